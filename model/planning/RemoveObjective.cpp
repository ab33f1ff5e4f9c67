#include "RemoveObjective.h"

#include "PlanStore.h"
#include "workspace/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kingside {

RemoveObjective::RemoveObjective(Workspace *workspace, qint64 objectiveId)
    : WorkspaceCommand(
          workspace, QCoreApplication::translate("Kingside::RemoveObjective", "Remove objective")),
      m_objectiveId(objectiveId)
{}

bool RemoveObjective::apply(QString *error)
{
    const QSqlDatabase db = database();
    m_row = RowSet::capture(db, QStringLiteral("objectives"), QStringLiteral("id = ?"),
                            {m_objectiveId}, error);
    if (m_row.isEmpty()) {
        *error = QCoreApplication::translate("Kingside::RemoveObjective",
                                             "This objective no longer exists.");
        return false;
    }
    m_accountId = m_row.rows().first().value(QStringLiteral("account_id")).toLongLong();
    m_linkedActions.clear();
    QSqlQuery linked(db);
    if (!Sql::exec(linked, QStringLiteral("SELECT id FROM actions WHERE objective_id = ?"),
                   {m_objectiveId}, error))
        return false;
    while (linked.next())
        m_linkedActions.append(linked.value(0).toLongLong());
    if (!Sql::run(db,
                  QStringLiteral("UPDATE actions SET objective_id = NULL WHERE objective_id = ?"),
                  {m_objectiveId}, error) ||
        !PlanStore(db).deleteObjective(m_objectiveId, error))
        return false;
    record(Change::Entity::Objective, Change::Kind::Removed, m_objectiveId, m_accountId);
    for (qint64 action : std::as_const(m_linkedActions))
        record(Change::Entity::Action, Change::Kind::Modified, action, m_accountId);
    return true;
}

bool RemoveObjective::revert(QString *error)
{
    if (!m_row.restore(database(), error))
        return false;
    for (qint64 action : std::as_const(m_linkedActions)) {
        if (!Sql::run(database(),
                      QStringLiteral("UPDATE actions SET objective_id = ? WHERE id = ?"),
                      {m_objectiveId, action}, error))
            return false;
        record(Change::Entity::Action, Change::Kind::Modified, action, m_accountId);
    }
    record(Change::Entity::Objective, Change::Kind::Added, m_objectiveId, m_accountId);
    return true;
}

} // namespace Kingside
