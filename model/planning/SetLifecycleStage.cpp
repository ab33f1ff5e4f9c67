#include "SetLifecycleStage.h"

#include "PlanStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {

SetLifecycleStage::SetLifecycleStage(Workspace *workspace, qint64 accountId, LifecycleStage stage,
                                     const QDate &since)
    : WorkspaceCommand(
          workspace, QCoreApplication::translate("Kingside::SetLifecycleStage", "Move to stage %1")
                         .arg(displayName(stage))),
      m_accountId(accountId), m_stage(stage), m_since(since)
{}

bool SetLifecycleStage::apply(QString *error)
{
    if (m_oldStage.isEmpty()) {
        if (!m_since.isValid()) {
            *error = QCoreApplication::translate("Kingside::SetLifecycleStage",
                                                 "A lifecycle stage needs the day it began.");
            return false;
        }
        const auto old = Sql::scalar(
            database(), QStringLiteral("SELECT lifecycle_stage FROM accounts WHERE id = ?"),
            {m_accountId});
        if (!old) {
            *error = QCoreApplication::translate("Kingside::SetLifecycleStage",
                                                 "The account no longer exists.");
            return false;
        }
        m_oldStage = old->toString();
    }
    QString sqlError;
    if (!Sql::run(database(),
                  QStringLiteral("UPDATE accounts SET lifecycle_stage = ? WHERE id = ?"),
                  {codeOf(m_stage), m_accountId}, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    m_historyId =
        PlanStore(database())
            .insertLifecycleEntry(m_accountId, {m_historyId, m_stage, m_since}, &sqlError);
    if (m_historyId == 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Account, Change::Kind::Modified, m_accountId, m_accountId);
    record(Change::Entity::Plan, Change::Kind::Modified, m_accountId, m_accountId);
    return true;
}

bool SetLifecycleStage::revert(QString *error)
{
    if (!PlanStore(database()).deleteLifecycleEntry(m_historyId, error) ||
        !Sql::run(database(),
                  QStringLiteral("UPDATE accounts SET lifecycle_stage = ? WHERE id = ?"),
                  {m_oldStage, m_accountId}, error))
        return false;
    record(Change::Entity::Account, Change::Kind::Modified, m_accountId, m_accountId);
    record(Change::Entity::Plan, Change::Kind::Modified, m_accountId, m_accountId);
    return true;
}

} // namespace Kingside
