#include "EditObjective.h"

#include "PlanStore.h"
#include "workspace/Sql.h"

#include <QCoreApplication>

namespace Kingside {

namespace {

QVariantMap stored(const ObjectiveEdit &edit)
{
    QVariantMap values;
    if (edit.kind)
        values.insert(QStringLiteral("kind"), codeOf(*edit.kind));
    if (edit.title)
        values.insert(QStringLiteral("title"), edit.title->trimmed());
    if (edit.measure)
        values.insert(QStringLiteral("measure"), PlanStore::nonNull(*edit.measure));
    if (edit.targetDate)
        values.insert(QStringLiteral("target_date"),
                      Sql::textOrNull(edit.targetDate->toString(Qt::ISODate)));
    if (edit.light)
        values.insert(QStringLiteral("traffic_light"), codeOf(*edit.light));
    if (edit.position)
        values.insert(QStringLiteral("position"), *edit.position);
    return values;
}

} // namespace

EditObjective::EditObjective(Workspace *workspace, qint64 objectiveId, const ObjectiveEdit &edit)
    : SetPlanColumns(workspace,
                     {"objectives",
                      "id",
                      Change::Entity::Objective,
                      false,
                      {"kind", "title", "measure", "target_date", "traffic_light", "position"}},
                     objectiveId, stored(edit),
                     QCoreApplication::translate("Kingside::EditObjective", "Edit objective")),
      m_edit(edit)
{}

QString EditObjective::validate(qint64, const QVariantMap &) const
{
    if (m_edit.title && m_edit.title->trimmed().isEmpty())
        return QCoreApplication::translate("Kingside::EditObjective",
                                           "An objective needs a title.");
    return {};
}

} // namespace Kingside
