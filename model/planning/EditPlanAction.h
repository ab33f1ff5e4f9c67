#pragma once

#include "SetPlanColumns.h"

#include <QDate>

namespace Kingside {

// Edits a plan action: title, owner_id, due_date, status, done_date, objective_id,
// person_id. The owner must be on the account's team; marking an action done records
// `today` as its done date unless one is given, reopening it clears the date.
class EditPlanAction : public SetPlanColumns
{
public:
    EditPlanAction(Workspace *workspace, qint64 actionId, const QVariantMap &values,
                   const QDate &today = QDate::currentDate());

protected:
    QString validate(qint64 accountId, const QVariantMap &values) const override;
    void complete(QVariantMap &values) const override;

private:
    QDate m_today;
};

} // namespace Kingside
