#pragma once

#include "PlanAction.h"
#include "Review.h"
#include "commands/WorkspaceCommand.h"

#include <QDate>
#include <QJsonObject>

namespace Kingside {

// Records a mentor's review: the review with its traffic lights, its comments and its
// agreed actions (which join the plan as actions linked to the review), and freezes a
// snapshot of the account as it stands. A review record, so allowed in review mode.
class AddReview : public WorkspaceCommand
{
public:
    struct NewComment
    {
        CommentTarget target = CommentTarget::Plan;
        qint64 targetId = 0;
        QString body;
    };

    // `today` is the clock: a review dated after it is refused.
    AddReview(Workspace *workspace, const Review &review, const QList<NewComment> &comments,
              const QList<PlanAction> &agreedActions, const QDate &today);

    bool isCommentOnly() const override { return true; }
    qint64 reviewId() const { return m_review.id; }
    qint64 snapshotId() const { return m_snapshotId; }
    QList<qint64> actionIds() const;

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool validate(QString *error) const;

    Review m_review;
    QList<NewComment> m_newComments;
    QList<PlanAction> m_actions;
    QDate m_today;
    bool m_prepared = false;
    QList<ReviewComment> m_comments; // with ids, labels and stamps once applied
    QJsonObject m_snapshot;
    qint64 m_snapshotId = 0;
};

} // namespace Kingside
