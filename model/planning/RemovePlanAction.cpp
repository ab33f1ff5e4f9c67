#include "RemovePlanAction.h"

#include "PlanStore.h"
#include "workspace/Sql.h"

#include <QCoreApplication>

namespace Kingside {

RemovePlanAction::RemovePlanAction(Workspace *workspace, qint64 actionId)
    : WorkspaceCommand(workspace,
                       QCoreApplication::translate("Kingside::RemovePlanAction", "Remove action")),
      m_actionId(actionId)
{}

bool RemovePlanAction::apply(QString *error)
{
    m_row = RowSet::capture(database(), QStringLiteral("actions"), QStringLiteral("id = ?"),
                            {m_actionId}, error);
    if (m_row.isEmpty()) {
        *error = QCoreApplication::translate("Kingside::RemovePlanAction",
                                             "This action no longer exists.");
        return false;
    }
    m_accountId = m_row.rows().first().value(QStringLiteral("account_id")).toLongLong();
    if (!PlanStore(database()).deleteAction(m_actionId, error))
        return false;
    record(Change::Entity::Action, Change::Kind::Removed, m_actionId, m_accountId);
    return true;
}

bool RemovePlanAction::revert(QString *error)
{
    if (!m_row.restore(database(), error))
        return false;
    record(Change::Entity::Action, Change::Kind::Added, m_actionId, m_accountId);
    return true;
}

} // namespace Kingside
