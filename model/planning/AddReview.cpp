#include "AddReview.h"

#include "PlanStore.h"
#include "Snapshot.h"
#include "domain/LocalFormat.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::AddReview", text);
}
} // namespace

AddReview::AddReview(Workspace *workspace, const Review &review, const QList<NewComment> &comments,
                     const QList<PlanAction> &agreedActions, const QDate &today)
    : WorkspaceCommand(workspace, tr("Record review")), m_review(review), m_newComments(comments),
      m_actions(agreedActions), m_today(today)
{}

QList<qint64> AddReview::actionIds() const
{
    QList<qint64> ids;
    for (const PlanAction &action : m_actions)
        ids.append(action.id);
    return ids;
}

bool AddReview::validate(QString *error) const
{
    if (!m_review.date.isValid()) {
        *error = tr("A review needs a date.");
        return false;
    }
    if (m_review.date > m_today) {
        *error = tr("A review cannot be dated in the future (%1 is after today, %2). Record it "
                    "on the day it took place.")
                     .arg(LocalFormat::date(m_review.date), LocalFormat::date(m_today));
        return false;
    }
    if (m_review.reviewerName.trimmed().isEmpty()) {
        *error = tr("A review needs the name of its reviewer.");
        return false;
    }
    const auto account =
        Sql::scalar(database(), QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"),
                    {m_review.accountId});
    if (!account || account->toInt() == 0) {
        *error = tr("The account of this review no longer exists.");
        return false;
    }
    for (const NewComment &comment : m_newComments) {
        if (comment.body.trimmed().isEmpty()) {
            *error = tr("A comment cannot be empty.");
            return false;
        }
    }
    const PlanStore store(database());
    for (const PlanAction &action : m_actions) {
        if (action.title.trimmed().isEmpty()) {
            *error = tr("An agreed action needs a title.");
            return false;
        }
        for (const QString &problem :
             {store.ownerProblem(m_review.accountId, action.ownerId),
              store.linkedPersonProblem(m_review.accountId, action.personId),
              store.objectiveProblem(m_review.accountId, action.objectiveId)}) {
            if (!problem.isEmpty()) {
                *error = tr("Agreed action “%1”: %2").arg(action.title, problem);
                return false;
            }
        }
    }
    return true;
}

bool AddReview::apply(QString *error)
{
    const QSqlDatabase db = database();
    const PlanStore store(db);
    if (!m_prepared) {
        if (!validate(error))
            return false;
        const QString now = Sql::nowStamp();
        m_review.createdAt = now;
        m_comments.clear();
        for (const NewComment &comment : m_newComments) {
            ReviewComment stored;
            stored.accountId = m_review.accountId;
            stored.target = comment.target;
            stored.targetId = comment.targetId;
            stored.targetLabel = store.labelFor(comment.target, comment.targetId);
            stored.author = m_review.reviewerName;
            stored.body = comment.body;
            stored.createdAt = now;
            m_comments.append(stored);
        }
        for (PlanAction &action : m_actions) {
            action.accountId = m_review.accountId;
            action.createdAt = now;
        }
        // The account as the mentor saw it, before the agreed actions join the plan.
        m_snapshot = Snapshot::capture(db, m_review.accountId, m_review.date);
        m_prepared = true;
    }

    QString sqlError;
    m_review.id = store.insertReview(m_review, &sqlError);
    if (m_review.id <= 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    for (ReviewComment &comment : m_comments) {
        comment.reviewId = m_review.id;
        comment.id = store.insertComment(comment, &sqlError);
        if (comment.id <= 0) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
        record(Change::Entity::Comment, Change::Kind::Added, comment.id, m_review.accountId);
    }
    m_snapshotId = Snapshot::store(db, m_snapshot, m_review.id,
                                   tr("Review of %1").arg(m_review.date.toString(Qt::ISODate)),
                                   &sqlError, m_snapshotId);
    if (m_snapshotId <= 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    for (PlanAction &action : m_actions) {
        action.reviewId = m_review.id;
        const qint64 id = store.insertAction(action, &sqlError);
        if (id <= 0) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
        action.id = id;
        record(Change::Entity::Action, Change::Kind::Added, id, m_review.accountId);
    }
    record(Change::Entity::Review, Change::Kind::Added, m_review.id, m_review.accountId);
    record(Change::Entity::Snapshot, Change::Kind::Added, m_snapshotId, m_review.accountId);
    return true;
}

bool AddReview::revert(QString *error)
{
    const QSqlDatabase db = database();
    const PlanStore store(db);
    for (const PlanAction &action : std::as_const(m_actions)) {
        if (!store.deleteAction(action.id, error))
            return false;
        record(Change::Entity::Action, Change::Kind::Removed, action.id, m_review.accountId);
    }
    if (!Snapshot::remove(db, m_snapshotId, error) || !store.deleteReview(m_review.id, error))
        return false;
    for (const ReviewComment &comment : std::as_const(m_comments))
        record(Change::Entity::Comment, Change::Kind::Removed, comment.id, m_review.accountId);
    record(Change::Entity::Snapshot, Change::Kind::Removed, m_snapshotId, m_review.accountId);
    record(Change::Entity::Review, Change::Kind::Removed, m_review.id, m_review.accountId);
    return true;
}

} // namespace Kingside
