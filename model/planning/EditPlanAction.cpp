#include "EditPlanAction.h"

#include "PlanStore.h"
#include "workspace/Sql.h"

#include <QCoreApplication>

namespace Kingside {

namespace {

QVariant storedDate(const QDate &date)
{
    return Sql::textOrNull(date.isValid() ? date.toString(Qt::ISODate) : QString());
}

QVariantMap stored(const PlanActionEdit &edit, const QDate &today)
{
    QVariantMap values;
    if (edit.title)
        values.insert(QStringLiteral("title"), edit.title->trimmed());
    // 0 means "none" for the links: stored as NULL.
    if (edit.ownerId)
        values.insert(QStringLiteral("owner_id"), Sql::idOrNull(*edit.ownerId));
    if (edit.objectiveId)
        values.insert(QStringLiteral("objective_id"), Sql::idOrNull(*edit.objectiveId));
    if (edit.personId)
        values.insert(QStringLiteral("person_id"), Sql::idOrNull(*edit.personId));
    if (edit.dueDate)
        values.insert(QStringLiteral("due_date"), storedDate(*edit.dueDate));
    if (edit.status) {
        values.insert(QStringLiteral("status"), codeOf(*edit.status));
        if (!edit.doneDate)
            values.insert(QStringLiteral("done_date"),
                          storedDate(*edit.status == ActionStatus::Done ? today : QDate()));
    }
    if (edit.doneDate)
        values.insert(QStringLiteral("done_date"), storedDate(*edit.doneDate));
    return values;
}

} // namespace

EditPlanAction::EditPlanAction(Workspace *workspace, qint64 actionId, const PlanActionEdit &edit,
                               const QDate &today)
    : SetPlanColumns(
          workspace,
          {"actions",
           "id",
           Change::Entity::Action,
           false,
           {"title", "owner_id", "due_date", "status", "done_date", "objective_id", "person_id"}},
          actionId, stored(edit, today),
          QCoreApplication::translate("Kingside::EditPlanAction", "Edit action")),
      m_edit(edit)
{}

QString EditPlanAction::validate(qint64 accountId, const QVariantMap &) const
{
    if (m_edit.title && m_edit.title->trimmed().isEmpty())
        return QCoreApplication::translate("Kingside::EditPlanAction", "An action needs a title.");
    const PlanStore store(database());
    if (m_edit.ownerId) {
        const QString problem = store.ownerProblem(accountId, *m_edit.ownerId);
        if (!problem.isEmpty())
            return problem;
    }
    if (m_edit.personId) {
        const QString problem = store.linkedPersonProblem(accountId, *m_edit.personId);
        if (!problem.isEmpty())
            return problem;
    }
    if (m_edit.objectiveId) {
        const QString problem = store.objectiveProblem(accountId, *m_edit.objectiveId);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace Kingside
