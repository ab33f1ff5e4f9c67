#include "CommandGroup.h"

#include <QCoreApplication>

namespace Kingside {

CommandGroup::CommandGroup(Workspace *workspace, const QString &text)
    : WorkspaceCommand(workspace, text)
{}

CommandGroup::~CommandGroup() = default;

void CommandGroup::add(WorkspaceCommand *command)
{
    m_parts.emplace_back(command);
}

// The parts run inside this command's transaction, so a refusal of any part rolls back
// the parts before it; their change events are announced with the group's.
bool CommandGroup::apply(QString *error)
{
    if (m_parts.empty()) {
        *error = QCoreApplication::translate("Kingside::CommandGroup", "Nothing to change.");
        return false;
    }
    for (const auto &part : m_parts) {
        part->m_pending.clear();
        if (!part->apply(error))
            return false;
        for (const Change &change : std::as_const(part->m_pending))
            record(change.entity, change.kind, change.id, change.accountId);
    }
    return true;
}

bool CommandGroup::revert(QString *error)
{
    for (auto it = m_parts.rbegin(); it != m_parts.rend(); ++it) {
        (*it)->m_pending.clear();
        if (!(*it)->revert(error))
            return false;
        for (const Change &change : std::as_const((*it)->m_pending))
            record(change.entity, change.kind, change.id, change.accountId);
    }
    return true;
}

} // namespace Kingside
