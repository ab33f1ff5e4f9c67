#include "AddObjective.h"

#include "PlanStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {

AddObjective::AddObjective(Workspace *workspace, const Objective &objective)
    : WorkspaceCommand(workspace,
                       QCoreApplication::translate("Kingside::AddObjective", "Add objective %1")
                           .arg(objective.title)),
      m_objective(objective)
{}

bool AddObjective::apply(QString *error)
{
    if (m_objective.title.trimmed().isEmpty()) {
        *error =
            QCoreApplication::translate("Kingside::AddObjective", "An objective needs a title.");
        return false;
    }
    QString sqlError;
    const qint64 id = PlanStore(database()).insertObjective(m_objective, &sqlError);
    if (id <= 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    m_objective.id = id;
    record(Change::Entity::Objective, Change::Kind::Added, id, m_objective.accountId);
    return true;
}

bool AddObjective::revert(QString *error)
{
    if (!PlanStore(database()).deleteObjective(m_objective.id, error))
        return false;
    record(Change::Entity::Objective, Change::Kind::Removed, m_objective.id, m_objective.accountId);
    return true;
}

} // namespace Kingside
