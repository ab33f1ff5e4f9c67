#include "AddPlanAction.h"

#include "PlanStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {

AddPlanAction::AddPlanAction(Workspace *workspace, const PlanAction &action)
    : WorkspaceCommand(workspace,
                       QCoreApplication::translate("Kingside::AddPlanAction", "Add action %1")
                           .arg(action.title)),
      m_action(action)
{}

bool AddPlanAction::apply(QString *error)
{
    const PlanStore store(database());
    if (m_action.id == 0) {
        if (m_action.title.trimmed().isEmpty()) {
            *error =
                QCoreApplication::translate("Kingside::AddPlanAction", "An action needs a title.");
            return false;
        }
        for (const QString &problem :
             {store.ownerProblem(m_action.accountId, m_action.ownerId),
              store.linkedPersonProblem(m_action.accountId, m_action.personId),
              store.objectiveProblem(m_action.accountId, m_action.objectiveId)}) {
            if (!problem.isEmpty()) {
                *error = problem;
                return false;
            }
        }
        if (m_action.createdAt.isEmpty())
            m_action.createdAt = Sql::nowStamp();
    }
    QString sqlError;
    const qint64 id = store.insertAction(m_action, &sqlError);
    if (id <= 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    m_action.id = id;
    record(Change::Entity::Action, Change::Kind::Added, id, m_action.accountId);
    return true;
}

bool AddPlanAction::revert(QString *error)
{
    if (!PlanStore(database()).deleteAction(m_action.id, error))
        return false;
    record(Change::Entity::Action, Change::Kind::Removed, m_action.id, m_action.accountId);
    return true;
}

} // namespace Kingside
