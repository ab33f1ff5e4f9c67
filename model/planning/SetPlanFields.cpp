#include "SetPlanFields.h"

#include "PlanStore.h"
#include "workspace/Sql.h"

#include <QCoreApplication>

#include <cmath>

namespace Kingside {

namespace {

QVariantMap stored(const PlanEdit &edit)
{
    QVariantMap values;
    if (edit.version)
        values.insert(QStringLiteral("version"), *edit.version);
    if (edit.strategy)
        values.insert(QStringLiteral("strategy"), PlanStore::nonNull(*edit.strategy));
    if (edit.competitorNotes)
        values.insert(QStringLiteral("competitor_notes"),
                      PlanStore::nonNull(*edit.competitorNotes));
    if (edit.revenuePlanned)
        values.insert(QStringLiteral("revenue_planned"), *edit.revenuePlanned);
    if (edit.profitPlanned)
        values.insert(QStringLiteral("profit_planned"), *edit.profitPlanned);
    return values;
}

} // namespace

SetPlanFields::SetPlanFields(Workspace *workspace, qint64 accountId, const PlanEdit &edit)
    : SetPlanColumns(
          workspace,
          {"plans",
           "account_id",
           Change::Entity::Plan,
           true,
           {"version", "strategy", "competitor_notes", "revenue_planned", "profit_planned"}},
          accountId, stored(edit),
          QCoreApplication::translate("Kingside::SetPlanFields", "Edit plan")),
      m_edit(edit)
{}

QString SetPlanFields::validate(qint64, const QVariantMap &) const
{
    if (m_edit.version && *m_edit.version < 1)
        return QCoreApplication::translate("Kingside::SetPlanFields",
                                           "A plan's version starts at 1.");
    if (m_edit.revenuePlanned &&
        !(std::isfinite(*m_edit.revenuePlanned) && *m_edit.revenuePlanned >= 0))
        return QCoreApplication::translate("Kingside::SetPlanFields",
                                           "Planned revenue cannot be negative.");
    if (m_edit.profitPlanned && !std::isfinite(*m_edit.profitPlanned))
        return QCoreApplication::translate("Kingside::SetPlanFields",
                                           "Planned profit must be a number.");
    return {};
}

bool SetPlanFields::apply(QString *error)
{
    if (!m_checked) {
        const auto exists = Sql::scalar(
            database(), QStringLiteral("SELECT count(*) FROM plans WHERE account_id = ?"), {key()});
        m_createdPlan = !exists || exists->toInt() == 0;
        m_checked = true;
    }
    if (m_createdPlan) {
        Plan plan;
        plan.accountId = key();
        if (!PlanStore(database()).insertPlan(plan, error))
            return false;
    }
    return SetPlanColumns::apply(error);
}

bool SetPlanFields::revert(QString *error)
{
    if (!SetPlanColumns::revert(error))
        return false;
    return !m_createdPlan || PlanStore(database()).deletePlan(key(), error);
}

} // namespace Kingside
