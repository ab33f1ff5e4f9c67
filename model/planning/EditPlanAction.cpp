#include "EditPlanAction.h"

#include "PlanStore.h"
#include "workspace/Sql.h"

#include <QCoreApplication>

namespace Kingside {

EditPlanAction::EditPlanAction(Workspace *workspace, qint64 actionId, const QVariantMap &values,
                               const QDate &today)
    : SetPlanColumns(
          workspace,
          {"actions",
           "id",
           Change::Entity::Action,
           false,
           {"title", "owner_id", "due_date", "status", "done_date", "objective_id", "person_id"}},
          actionId, values, QCoreApplication::translate("Kingside::EditPlanAction", "Edit action")),
      m_today(today)
{}

QString EditPlanAction::validate(qint64 accountId, const QVariantMap &values) const
{
    const PlanStore store(database());
    if (values.contains(QStringLiteral("owner_id"))) {
        const QString problem =
            store.ownerProblem(accountId, values.value(QStringLiteral("owner_id")).toLongLong());
        if (!problem.isEmpty())
            return problem;
    }
    if (values.contains(QStringLiteral("person_id"))) {
        const QString problem = store.linkedPersonProblem(
            accountId, values.value(QStringLiteral("person_id")).toLongLong());
        if (!problem.isEmpty())
            return problem;
    }
    if (values.contains(QStringLiteral("objective_id"))) {
        const QString problem = store.objectiveProblem(
            accountId, values.value(QStringLiteral("objective_id")).toLongLong());
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

void EditPlanAction::complete(QVariantMap &values) const
{
    // 0 means "none" for the links: store NULL.
    for (const char *column : {"owner_id", "objective_id", "person_id"}) {
        const QString key = QLatin1String(column);
        if (values.contains(key))
            values.insert(key, Sql::idOrNull(values.value(key).toLongLong()));
    }
    if (!values.contains(QStringLiteral("status")) || values.contains(QStringLiteral("done_date")))
        return;
    if (values.value(QStringLiteral("status")).toString() == QLatin1String("done"))
        values.insert(QStringLiteral("done_date"), m_today.toString(Qt::ISODate));
    else
        values.insert(QStringLiteral("done_date"), Sql::textOrNull({}));
}

} // namespace Kingside
