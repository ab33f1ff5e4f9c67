#include "MoveAction.h"

#include "MoveReport.h"

#include "planning/PlanStore.h"
#include "planning/ReviewSchedule.h"

namespace Kingside {

QDate MoveAction::dueDate(const QSqlDatabase &db, const AnalysisInput &input)
{
    const ReviewStatus status = ReviewSchedule::status(db, input.account.id, input.today);
    if (status.nextReview.isValid() && status.nextReview > input.today)
        return status.nextReview;
    return input.today.addMonths(std::max(1, input.account.reviewCadenceMonths));
}

PlanAction MoveAction::actionFor(const QSqlDatabase &db, const AnalysisInput &input,
                                 const Move &move)
{
    PlanAction action;
    action.accountId = input.account.id;
    action.title = MoveReport(input).describe(move);
    action.ownerId = move.actorId;
    action.personId = move.targetId;
    action.dueDate = dueDate(db, input);
    for (const Objective &objective : PlanStore(db).objectives(input.account.id)) {
        if (objective.kind == ObjectiveKind::Relationship) {
            action.objectiveId = objective.id;
            break;
        }
    }
    return action;
}

} // namespace Kingside
