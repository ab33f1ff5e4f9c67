#pragma once

#include "PlanEdits.h"
#include "SetPlanColumns.h"

namespace Kingside {

// Edits an objective: its kind, title, measure, target date, traffic light or position.
class EditObjective : public SetPlanColumns
{
public:
    EditObjective(Workspace *workspace, qint64 objectiveId, const ObjectiveEdit &edit);

protected:
    QString validate(qint64 accountId, const QVariantMap &values) const override;

private:
    ObjectiveEdit m_edit;
};

} // namespace Kingside
