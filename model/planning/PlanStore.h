#pragma once

#include "Objective.h"
#include "Plan.h"
#include "PlanAction.h"
#include "Review.h"
#include "domain/Person.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Kingside {

// SQL for the account plan, the reviews and their comments.
class PlanStore
{
public:
    explicit PlanStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Text for a NOT NULL column: Qt binds a null QString as NULL.
    static QString nonNull(const QString &text)
    {
        return text.isNull() ? QStringLiteral("") : text;
    }

    std::optional<Plan> plan(qint64 accountId) const;
    QList<LifecycleEntry> lifecycle(qint64 accountId) const; // oldest first
    QList<Objective> objectives(qint64 accountId) const;
    std::optional<Objective> objective(qint64 id) const;
    QList<PlanAction> actions(qint64 accountId) const;
    std::optional<PlanAction> action(qint64 id) const;
    QList<PlanAgreement> agreements(qint64 accountId) const;

    // Our day-to-day team (the mentor stands apart).
    QList<Person> teamMembers(qint64 accountId) const;
    std::optional<Person> mentor(qint64 accountId) const;

    QList<Review> reviews(qint64 accountId) const; // oldest first
    std::optional<Review> review(qint64 id) const;
    // The reviews of one account on one day, latest recorded last.
    QList<Review> reviewsOn(qint64 accountId, const QDate &date) const;
    // reviewId < 0: every comment of the account; 0: comments outside reviews.
    QList<ReviewComment> comments(qint64 accountId, qint64 reviewId = -1) const;

    // Whether a comment's target still exists, and how to name it now.
    bool targetExists(CommentTarget target, qint64 id) const;
    QString labelFor(CommentTarget target, qint64 id) const;

    // Empty when `ownerId` may own an action of the account, else the reason.
    QString ownerProblem(qint64 accountId, qint64 ownerId) const;
    // Empty when `personId` may be linked to an action (a client person of the account).
    QString linkedPersonProblem(qint64 accountId, qint64 personId) const;
    QString objectiveProblem(qint64 accountId, qint64 objectiveId) const;

    // Across the portfolio (accountId 0) or for one account.
    QList<PlanAction> overdueActions(const QDate &today, qint64 accountId = 0) const;
    QList<Objective> redObjectives(qint64 accountId = 0) const;

    // Inserts with the given id when > 0 (undo/redo keeps ids), else a new one.
    qint64 insertObjective(const Objective &objective, QString *error) const;
    qint64 insertAction(const PlanAction &action, QString *error) const;
    // The lifecycle history: an account entered `entry.stage` on `entry.since`.
    qint64 insertLifecycleEntry(qint64 accountId, const LifecycleEntry &entry,
                                QString *error) const;
    bool deleteLifecycleEntry(qint64 entryId, QString *error) const;
    bool deleteObjective(qint64 id, QString *error) const;
    bool deleteAction(qint64 id, QString *error) const;

    // The plan's own row: every field of `plan`; an account has at most one.
    bool insertPlan(const Plan &plan, QString *error) const;
    bool deletePlan(qint64 accountId, QString *error) const;
    // A team member's agreement to a version of the plan.
    qint64 insertAgreement(qint64 accountId, const PlanAgreement &agreement, QString *error) const;
    bool deleteAgreement(qint64 id, QString *error) const;

    // A review with its traffic lights; deleteReview removes both and the review's comments.
    qint64 insertReview(const Review &review, QString *error) const;
    bool deleteReview(qint64 id, QString *error) const;
    qint64 insertComment(const ReviewComment &comment, QString *error) const;
    bool deleteComment(qint64 id, QString *error) const;

private:
    QList<PlanAction> actionsWhere(const QString &condition, const QVariantList &values) const;
    QList<Objective> objectivesWhere(const QString &condition, const QVariantList &values) const;
    QList<Review> reviewsWhere(const QString &condition, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace Kingside
