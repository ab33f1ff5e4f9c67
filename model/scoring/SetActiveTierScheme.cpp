#include "SetActiveTierScheme.h"

#include "ScoringStore.h"
#include "Tiering.h"

#include <QCoreApplication>

namespace Kingside {

SetActiveTierScheme::SetActiveTierScheme(Workspace *workspace, const QString &schemeName)
    : WorkspaceCommand(workspace, QCoreApplication::translate("Kingside::SetActiveTierScheme",
                                                              "Use tier scheme %1")
                                      .arg(schemeName)),
      m_new(schemeName)
{}

bool SetActiveTierScheme::apply(QString *error)
{
    const ScoringStore store(database());
    if (!m_captured) {
        const auto scheme = store.tierSchemeNamed(m_new);
        if (!scheme) {
            *error = QCoreApplication::translate("Kingside::SetActiveTierScheme",
                                                 "There is no tier scheme “%1”.")
                         .arg(m_new);
            return false;
        }
        if (const QString problem = Tiering::validate(*scheme); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        m_new = scheme->name;
        m_old = store.activeSchemeName();
        m_captured = true;
    }
    if (!store.setActiveSchemeName(m_new, error))
        return false;
    record(Change::Entity::TierScheme, Change::Kind::Modified, 0, 0);
    return true;
}

bool SetActiveTierScheme::revert(QString *error)
{
    if (!ScoringStore(database()).setActiveSchemeName(m_old, error))
        return false;
    record(Change::Entity::TierScheme, Change::Kind::Modified, 0, 0);
    return true;
}

} // namespace Kingside
