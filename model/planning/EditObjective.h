#pragma once

#include "SetPlanColumns.h"

namespace Kingside {

// Edits an objective: kind, title, measure, target_date, traffic_light, position.
class EditObjective : public SetPlanColumns
{
public:
    EditObjective(Workspace *workspace, qint64 objectiveId, const QVariantMap &values);
};

} // namespace Kingside
