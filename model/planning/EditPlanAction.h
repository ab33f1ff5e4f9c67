#pragma once

#include "PlanEdits.h"
#include "SetPlanColumns.h"

#include <QDate>

namespace Kingside {

// Edits a plan action: its title, owner, due date, status, done date, objective or linked
// person. The owner must be on the account's team; marking an action done records
// `today` as its done date unless one is given, reopening it clears the date.
class EditPlanAction : public SetPlanColumns
{
public:
    EditPlanAction(Workspace *workspace, qint64 actionId, const PlanActionEdit &edit,
                   const QDate &today = QDate::currentDate());

protected:
    QString validate(qint64 accountId, const QVariantMap &values) const override;

private:
    PlanActionEdit m_edit;
};

} // namespace Kingside
