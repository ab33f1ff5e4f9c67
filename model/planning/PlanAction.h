#pragma once

#include "PlanningEnums.h"

#include <QDate>
#include <QString>

namespace Kingside {

// A short-term action of the account plan, owned by a member of our team.
struct PlanAction
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString title;
    qint64 ownerId = 0; // a team member; 0: nobody yet
    QDate dueDate;      // invalid: none
    ActionStatus status = ActionStatus::Open;
    QDate doneDate;
    qint64 objectiveId = 0;
    qint64 personId = 0; // the client person it concerns
    qint64 reviewId = 0; // the review that agreed it
    QString createdAt;

    bool isFinished() const
    {
        return status == ActionStatus::Done || status == ActionStatus::Cancelled;
    }
    // Past its due date and not finished on `today`.
    bool isOverdue(const QDate &today) const
    {
        return !isFinished() && dueDate.isValid() && dueDate < today;
    }
};

} // namespace Kingside
