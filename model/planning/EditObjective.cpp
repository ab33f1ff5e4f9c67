#include "EditObjective.h"

#include <QCoreApplication>

namespace Kingside {

EditObjective::EditObjective(Workspace *workspace, qint64 objectiveId, const QVariantMap &values)
    : SetPlanColumns(workspace,
                     {"objectives",
                      "id",
                      Change::Entity::Objective,
                      false,
                      {"kind", "title", "measure", "target_date", "traffic_light", "position"}},
                     objectiveId, values,
                     QCoreApplication::translate("Kingside::EditObjective", "Edit objective"))
{}

} // namespace Kingside
