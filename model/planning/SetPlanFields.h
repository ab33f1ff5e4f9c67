#pragma once

#include "SetPlanColumns.h"

namespace Kingside {

// Edits the plan of an account: version, strategy, competitor_notes, revenue_planned,
// profit_planned. Creates the plan when the account has none yet (undo removes it).
class SetPlanFields : public SetPlanColumns
{
public:
    SetPlanFields(Workspace *workspace, qint64 accountId, const QVariantMap &values);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool m_createdPlan = false;
    bool m_checked = false;
};

} // namespace Kingside
