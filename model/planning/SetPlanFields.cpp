#include "SetPlanFields.h"

#include "workspace/Sql.h"

#include <QCoreApplication>

namespace Kingside {

SetPlanFields::SetPlanFields(Workspace *workspace, qint64 accountId, const QVariantMap &values)
    : SetPlanColumns(
          workspace,
          {"plans",
           "account_id",
           Change::Entity::Plan,
           true,
           {"version", "strategy", "competitor_notes", "revenue_planned", "profit_planned"}},
          accountId, values, QCoreApplication::translate("Kingside::SetPlanFields", "Edit plan"))
{}

bool SetPlanFields::apply(QString *error)
{
    if (!m_checked) {
        const auto exists = Sql::scalar(
            database(), QStringLiteral("SELECT count(*) FROM plans WHERE account_id = ?"), {key()});
        m_createdPlan = !exists || exists->toInt() == 0;
        m_checked = true;
    }
    if (m_createdPlan &&
        !Sql::run(database(),
                  QStringLiteral("INSERT INTO plans (account_id, updated_at) VALUES (?, ?)"),
                  {key(), Sql::nowStamp()}, error))
        return false;
    return SetPlanColumns::apply(error);
}

bool SetPlanFields::revert(QString *error)
{
    if (!SetPlanColumns::revert(error))
        return false;
    return !m_createdPlan ||
           Sql::run(database(), QStringLiteral("DELETE FROM plans WHERE account_id = ?"), {key()},
                    error);
}

} // namespace Kingside
