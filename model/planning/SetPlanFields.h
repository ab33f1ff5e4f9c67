#pragma once

#include "PlanEdits.h"
#include "SetPlanColumns.h"

namespace Kingside {

// Edits the plan of an account: its version, strategy, notes on competitors, planned
// revenue and profit. Creates the plan when the account has none yet (undo removes it).
class SetPlanFields : public SetPlanColumns
{
public:
    SetPlanFields(Workspace *workspace, qint64 accountId, const PlanEdit &edit);

protected:
    QString validate(qint64 accountId, const QVariantMap &values) const override;
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    PlanEdit m_edit;
    bool m_createdPlan = false;
    bool m_checked = false;
};

} // namespace Kingside
