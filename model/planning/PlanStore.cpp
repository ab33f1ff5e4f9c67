#include "PlanStore.h"

#include "workspace/PersonStore.h"
#include "workspace/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::PlanStore", text);
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

const QString objectiveColumns =
    QStringLiteral("id, account_id, kind, title, measure, target_date, traffic_light, position");

Objective objectiveFrom(const QSqlQuery &query)
{
    Objective objective;
    objective.id = query.value(0).toLongLong();
    objective.accountId = query.value(1).toLongLong();
    objective.kind = planningFromCode<ObjectiveKind>(query.value(2).toString())
                         .value_or(ObjectiveKind::Relationship);
    objective.title = query.value(3).toString();
    objective.measure = query.value(4).toString();
    objective.targetDate = dateOf(query.value(5));
    objective.light =
        planningFromCode<TrafficLight>(query.value(6).toString()).value_or(TrafficLight::Green);
    objective.position = query.value(7).toInt();
    return objective;
}

const QString actionColumns =
    QStringLiteral("id, account_id, title, owner_id, due_date, status, done_date, objective_id, "
                   "person_id, review_id, created_at");

PlanAction actionFrom(const QSqlQuery &query)
{
    PlanAction action;
    action.id = query.value(0).toLongLong();
    action.accountId = query.value(1).toLongLong();
    action.title = query.value(2).toString();
    action.ownerId = query.value(3).toLongLong();
    action.dueDate = dateOf(query.value(4));
    action.status =
        planningFromCode<ActionStatus>(query.value(5).toString()).value_or(ActionStatus::Open);
    action.doneDate = dateOf(query.value(6));
    action.objectiveId = query.value(7).toLongLong();
    action.personId = query.value(8).toLongLong();
    action.reviewId = query.value(9).toLongLong();
    action.createdAt = query.value(10).toString();
    return action;
}

const QString reviewColumns = QStringLiteral(
    "id, account_id, review_date, reviewer_id, reviewer_name, kind, summary, created_at");

} // namespace

std::optional<Plan> PlanStore::plan(qint64 accountId) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT version, strategy, competitor_notes, revenue_planned, "
                                  "profit_planned, updated_at FROM plans WHERE account_id = ?"),
                   {accountId}, nullptr) ||
        !query.next())
        return std::nullopt;
    Plan plan;
    plan.accountId = accountId;
    plan.version = query.value(0).toInt();
    plan.strategy = query.value(1).toString();
    plan.competitorNotes = query.value(2).toString();
    plan.revenuePlanned = query.value(3).toDouble();
    plan.profitPlanned = query.value(4).toDouble();
    plan.updatedAt = query.value(5).toString();
    return plan;
}

QList<LifecycleEntry> PlanStore::lifecycle(qint64 accountId) const
{
    return Sql::rows(m_db,
                     QStringLiteral("SELECT id, stage, since FROM lifecycle_history "
                                    "WHERE account_id = ? ORDER BY since, id"),
                     {accountId}, [](const QSqlQuery &query) {
                         return LifecycleEntry{
                             query.value(0).toLongLong(),
                             enumFromCode<LifecycleStage>(query.value(1).toString())
                                 .value_or(LifecycleStage::Presale),
                             dateOf(query.value(2))};
                     });
}

QList<Objective> PlanStore::objectivesWhere(const QString &condition,
                                            const QVariantList &values) const
{
    return Sql::rows(m_db,
                     QStringLiteral("SELECT %1 FROM objectives WHERE %2 ORDER BY account_id, "
                                    "position, id")
                         .arg(objectiveColumns, condition),
                     values, objectiveFrom);
}

QList<Objective> PlanStore::objectives(qint64 accountId) const
{
    return objectivesWhere(QStringLiteral("account_id = ?"), {accountId});
}

std::optional<Objective> PlanStore::objective(qint64 id) const
{
    const QList<Objective> found = objectivesWhere(QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<PlanAction> PlanStore::actionsWhere(const QString &condition,
                                          const QVariantList &values) const
{
    // Actions with a due date first, earliest first; then the undated ones.
    return Sql::rows(m_db,
                     QStringLiteral("SELECT %1 FROM actions WHERE %2 ORDER BY account_id, "
                                    "due_date IS NULL, due_date, id")
                         .arg(actionColumns, condition),
                     values, actionFrom);
}

QList<PlanAction> PlanStore::actions(qint64 accountId) const
{
    return actionsWhere(QStringLiteral("account_id = ?"), {accountId});
}

std::optional<PlanAction> PlanStore::action(qint64 id) const
{
    const QList<PlanAction> found = actionsWhere(QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<PlanAgreement> PlanStore::agreements(qint64 accountId) const
{
    return Sql::rows(m_db,
                     QStringLiteral("SELECT a.id, a.person_id, p.name, a.plan_version, a.agreed_at "
                                    "FROM plan_agreements a JOIN people p ON p.id = a.person_id "
                                    "WHERE a.account_id = ? ORDER BY a.plan_version, a.agreed_at, "
                                    "a.id"),
                     {accountId}, [](const QSqlQuery &query) {
                         return PlanAgreement{query.value(0).toLongLong(),
                                              query.value(1).toLongLong(),
                                              query.value(2).toString(), query.value(3).toInt(),
                                              query.value(4).toString()};
                     });
}

QList<Person> PlanStore::teamMembers(qint64 accountId) const
{
    QList<Person> team;
    for (const Person &person : PersonStore(m_db).people(accountId)) {
        if (person.isTeam() && person.teamRole != TeamRole::Mentor)
            team.append(person);
    }
    return team;
}

std::optional<Person> PlanStore::mentor(qint64 accountId) const
{
    for (const Person &person : PersonStore(m_db).people(accountId)) {
        if (person.isTeam() && person.teamRole == TeamRole::Mentor)
            return person;
    }
    return std::nullopt;
}

QList<Review> PlanStore::reviewsWhere(const QString &condition, const QVariantList &values) const
{
    QList<Review> reviews = Sql::rows(
        m_db,
        QStringLiteral("SELECT %1 FROM reviews WHERE %2 ORDER BY review_date, id")
            .arg(reviewColumns, condition),
        values, [](const QSqlQuery &query) {
            Review review;
            review.id = query.value(0).toLongLong();
            review.accountId = query.value(1).toLongLong();
            review.date = dateOf(query.value(2));
            review.reviewerId = query.value(3).toLongLong();
            review.reviewerName = query.value(4).toString();
            review.kind =
                planningFromCode<ReviewKind>(query.value(5).toString()).value_or(ReviewKind::Plan);
            review.summary = query.value(6).toString();
            review.createdAt = query.value(7).toString();
            return review;
        });
    for (Review &review : reviews) {
        Sql::forEachRow(m_db,
                        QStringLiteral("SELECT section, light FROM review_traffic_lights "
                                       "WHERE review_id = ?"),
                        {review.id}, [&review](const QSqlQuery &lights) {
                            const auto section =
                                planningFromCode<ReviewSection>(lights.value(0).toString());
                            const auto light =
                                planningFromCode<TrafficLight>(lights.value(1).toString());
                            if (section && light)
                                review.lights.insert(*section, *light);
                        });
    }
    return reviews;
}

QList<Review> PlanStore::reviews(qint64 accountId) const
{
    return reviewsWhere(QStringLiteral("account_id = ?"), {accountId});
}

std::optional<Review> PlanStore::review(qint64 id) const
{
    const QList<Review> found = reviewsWhere(QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Review> PlanStore::reviewsOn(qint64 accountId, const QDate &date) const
{
    return reviewsWhere(QStringLiteral("account_id = ? AND review_date = ?"),
                        {accountId, date.toString(Qt::ISODate)});
}

QList<ReviewComment> PlanStore::comments(qint64 accountId, qint64 reviewId) const
{
    QString condition = QStringLiteral("account_id = ?");
    QVariantList values{accountId};
    if (reviewId == 0) {
        condition += QStringLiteral(" AND review_id IS NULL");
    } else if (reviewId > 0) {
        condition += QStringLiteral(" AND review_id = ?");
        values.append(reviewId);
    }
    QList<ReviewComment> comments =
        Sql::rows(m_db,
                  QStringLiteral("SELECT id, account_id, review_id, target_kind, target_id, "
                                 "target_label, author, body, created_at FROM comments "
                                 "WHERE %1 ORDER BY created_at, id")
                      .arg(condition),
                  values, [](const QSqlQuery &query) {
                      ReviewComment comment;
                      comment.id = query.value(0).toLongLong();
                      comment.accountId = query.value(1).toLongLong();
                      comment.reviewId = query.value(2).toLongLong();
                      comment.target = planningFromCode<CommentTarget>(query.value(3).toString())
                                           .value_or(CommentTarget::Plan);
                      comment.targetId = query.value(4).toLongLong();
                      comment.targetLabel = query.value(5).toString();
                      comment.author = query.value(6).toString();
                      comment.body = query.value(7).toString();
                      comment.createdAt = query.value(8).toString();
                      return comment;
                  });
    for (ReviewComment &comment : comments)
        comment.targetRemoved = !targetExists(comment.target, comment.targetId);
    return comments;
}

bool PlanStore::targetExists(CommentTarget target, qint64 id) const
{
    QString table;
    switch (target) {
    case CommentTarget::Account:
    case CommentTarget::Plan:
        return true; // the comment goes with its account
    case CommentTarget::Objective:
        table = QStringLiteral("objectives");
        break;
    case CommentTarget::Action:
        table = QStringLiteral("actions");
        break;
    case CommentTarget::Person:
        table = QStringLiteral("people");
        break;
    case CommentTarget::Relationship:
        table = QStringLiteral("relationships");
        break;
    }
    const auto count =
        Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), {id});
    return count && count->toInt() > 0;
}

QString PlanStore::labelFor(CommentTarget target, qint64 id) const
{
    switch (target) {
    case CommentTarget::Account:
        return tr("Account");
    case CommentTarget::Plan:
        return tr("Plan");
    case CommentTarget::Objective:
        return Sql::scalar(m_db, QStringLiteral("SELECT title FROM objectives WHERE id = ?"), {id})
            .value_or(QVariant())
            .toString();
    case CommentTarget::Action:
        return Sql::scalar(m_db, QStringLiteral("SELECT title FROM actions WHERE id = ?"), {id})
            .value_or(QVariant())
            .toString();
    case CommentTarget::Person:
        return Sql::scalar(m_db, QStringLiteral("SELECT name FROM people WHERE id = ?"), {id})
            .value_or(QVariant())
            .toString();
    case CommentTarget::Relationship:
        return Sql::scalar(m_db,
                           QStringLiteral("SELECT a.name || ' – ' || b.name FROM relationships r "
                                          "JOIN people a ON a.id = r.from_id "
                                          "JOIN people b ON b.id = r.to_id WHERE r.id = ?"),
                           {id})
            .value_or(QVariant())
            .toString();
    }
    return {};
}

QString PlanStore::ownerProblem(qint64 accountId, qint64 ownerId) const
{
    if (ownerId <= 0)
        return {};
    const auto owner = PersonStore(m_db).person(ownerId);
    if (!owner || owner->accountId != accountId)
        return tr("The owner of an action must be a member of this account's team.");
    if (!owner->isTeam())
        return tr("%1 is a client person, not a member of our team; an action must be owned by "
                  "the team.")
            .arg(owner->name);
    if (owner->teamRole == TeamRole::Mentor)
        return tr("%1 is the account's mentor, outside the day-to-day team; choose a team "
                  "member as owner.")
            .arg(owner->name);
    return {};
}

QString PlanStore::linkedPersonProblem(qint64 accountId, qint64 personId) const
{
    if (personId <= 0)
        return {};
    const auto person = PersonStore(m_db).person(personId);
    if (!person || person->accountId != accountId || person->isTeam())
        return tr("An action can only be linked to a client person of this account.");
    return {};
}

QString PlanStore::objectiveProblem(qint64 accountId, qint64 objectiveId) const
{
    if (objectiveId <= 0)
        return {};
    const auto found = objective(objectiveId);
    if (!found || found->accountId != accountId)
        return tr("An action can only be linked to an objective of the same account.");
    return {};
}

QList<PlanAction> PlanStore::overdueActions(const QDate &today, qint64 accountId) const
{
    QString condition = QStringLiteral(
        "status IN ('open', 'in_progress') AND due_date IS NOT NULL AND due_date < ?");
    QVariantList values{today.toString(Qt::ISODate)};
    if (accountId > 0) {
        condition += QStringLiteral(" AND account_id = ?");
        values.append(accountId);
    }
    return actionsWhere(condition, values);
}

QList<Objective> PlanStore::redObjectives(qint64 accountId) const
{
    if (accountId > 0)
        return objectivesWhere(QStringLiteral("traffic_light = 'red' AND account_id = ?"),
                               {accountId});
    return objectivesWhere(QStringLiteral("traffic_light = 'red'"), {});
}

qint64 PlanStore::insertObjective(const Objective &objective, QString *error) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO objectives (id, account_id, kind, title, measure, "
                                  "target_date, traffic_light, position) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {Sql::idOrNull(objective.id), objective.accountId, codeOf(objective.kind),
                    objective.title, nonNull(objective.measure), dateOrNull(objective.targetDate),
                    codeOf(objective.light), objective.position},
                   error))
        return 0;
    return query.lastInsertId().toLongLong();
}

qint64 PlanStore::insertLifecycleEntry(qint64 accountId, const LifecycleEntry &entry,
                                       QString *error) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO lifecycle_history (id, account_id, stage, since) "
                                  "VALUES (?, ?, ?, ?)"),
                   {Sql::idOrNull(entry.id), accountId, codeOf(entry.stage),
                    entry.since.toString(Qt::ISODate)},
                   error))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool PlanStore::deleteLifecycleEntry(qint64 entryId, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM lifecycle_history WHERE id = ?"), {entryId},
                    error);
}

qint64 PlanStore::insertAction(const PlanAction &action, QString *error) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO actions (id, account_id, title, owner_id, due_date, "
                                  "status, done_date, objective_id, person_id, review_id, "
                                  "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {Sql::idOrNull(action.id), action.accountId, action.title,
                    Sql::idOrNull(action.ownerId), dateOrNull(action.dueDate),
                    codeOf(action.status), dateOrNull(action.doneDate),
                    Sql::idOrNull(action.objectiveId), Sql::idOrNull(action.personId),
                    Sql::idOrNull(action.reviewId),
                    action.createdAt.isEmpty() ? Sql::nowStamp() : action.createdAt},
                   error))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool PlanStore::deleteObjective(qint64 id, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM objectives WHERE id = ?"), {id}, error);
}

bool PlanStore::deleteAction(qint64 id, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM actions WHERE id = ?"), {id}, error);
}

bool PlanStore::insertPlan(const Plan &plan, QString *error) const
{
    return Sql::run(m_db,
                    QStringLiteral("INSERT INTO plans (account_id, version, strategy, "
                                   "competitor_notes, revenue_planned, profit_planned, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {plan.accountId, plan.version, nonNull(plan.strategy),
                     nonNull(plan.competitorNotes), plan.revenuePlanned, plan.profitPlanned,
                     plan.updatedAt.isEmpty() ? Sql::nowStamp() : plan.updatedAt},
                    error);
}

bool PlanStore::deletePlan(qint64 accountId, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM plans WHERE account_id = ?"), {accountId},
                    error);
}

qint64 PlanStore::insertAgreement(qint64 accountId, const PlanAgreement &agreement,
                                  QString *error) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO plan_agreements (id, account_id, person_id, "
                                  "plan_version, agreed_at) VALUES (?, ?, ?, ?, ?)"),
                   {Sql::idOrNull(agreement.id), accountId, agreement.personId,
                    agreement.planVersion, agreement.agreedAt},
                   error))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool PlanStore::deleteAgreement(qint64 id, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM plan_agreements WHERE id = ?"), {id}, error);
}

qint64 PlanStore::insertReview(const Review &review, QString *error) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO reviews (id, account_id, review_date, reviewer_id, "
                                  "reviewer_name, kind, summary, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {Sql::idOrNull(review.id), review.accountId, review.date.toString(Qt::ISODate),
                    Sql::idOrNull(review.reviewerId), review.reviewerName, codeOf(review.kind),
                    nonNull(review.summary),
                    review.createdAt.isEmpty() ? Sql::nowStamp() : review.createdAt},
                   error))
        return 0;
    const qint64 id = query.lastInsertId().toLongLong();
    for (auto it = review.lights.cbegin(); it != review.lights.cend(); ++it) {
        if (!Sql::run(m_db,
                      QStringLiteral("INSERT INTO review_traffic_lights (review_id, section, "
                                     "light) VALUES (?, ?, ?)"),
                      {id, codeOf(it.key()), codeOf(it.value())}, error))
            return 0;
    }
    return id;
}

bool PlanStore::deleteReview(qint64 id, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM comments WHERE review_id = ?"), {id},
                    error) &&
           Sql::run(m_db, QStringLiteral("DELETE FROM review_traffic_lights WHERE review_id = ?"),
                    {id}, error) &&
           Sql::run(m_db, QStringLiteral("DELETE FROM reviews WHERE id = ?"), {id}, error);
}

qint64 PlanStore::insertComment(const ReviewComment &comment, QString *error) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO comments (id, account_id, review_id, target_kind, "
                                  "target_id, target_label, author, body, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {Sql::idOrNull(comment.id), comment.accountId, Sql::idOrNull(comment.reviewId),
                    codeOf(comment.target), Sql::idOrNull(comment.targetId),
                    nonNull(comment.targetLabel), comment.author, comment.body,
                    comment.createdAt.isEmpty() ? Sql::nowStamp() : comment.createdAt},
                   error))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool PlanStore::deleteComment(qint64 id, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM comments WHERE id = ?"), {id}, error);
}

} // namespace Kingside
