#pragma once

#include "PlanningEnums.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace Kingside {

// A mentor's comment, attached to the plan or one of its elements. A comment on
// something deleted since is kept; targetRemoved then says so.
struct ReviewComment
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 reviewId = 0; // 0: a comment outside a review
    CommentTarget target = CommentTarget::Plan;
    qint64 targetId = 0;
    QString targetLabel; // what the target was called when the comment was made
    QString author;
    QString body;
    QString createdAt;
    bool targetRemoved = false;
};

// A mentor's review of the long-term plan, a proposal or a presentation.
struct Review
{
    qint64 id = 0;
    qint64 accountId = 0;
    QDate date;
    qint64 reviewerId = 0;
    QString reviewerName;
    ReviewKind kind = ReviewKind::Plan;
    QString summary;
    QMap<ReviewSection, TrafficLight> lights;
    QString createdAt;
};

} // namespace Kingside
