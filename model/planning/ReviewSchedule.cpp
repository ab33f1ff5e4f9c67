#include "ReviewSchedule.h"

#include "PlanStore.h"
#include "domain/LocalFormat.h"
#include "workspace/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kingside {

QDate ReviewSchedule::nextReviewDate(const QDate &lastReview, int cadenceMonths,
                                     const QDate &accountCreated)
{
    const int months = std::clamp(cadenceMonths, 1, 24);
    if (lastReview.isValid())
        return lastReview.addMonths(months);
    if (accountCreated.isValid())
        return accountCreated.addMonths(months);
    return {};
}

ReviewStatus ReviewSchedule::status(const QSqlDatabase &db, qint64 accountId, const QDate &today)
{
    ReviewStatus status;
    status.accountId = accountId;
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT name, review_cadence_months, substr(created_at, 1, 10), "
                                  "(SELECT max(review_date) FROM reviews r WHERE r.account_id = "
                                  "accounts.id AND r.kind = 'plan') FROM accounts WHERE id = ?"),
                   {accountId}, nullptr) ||
        !query.next())
        return status;
    status.accountName = query.value(0).toString();
    status.cadenceMonths = query.value(1).toInt();
    const QDate created = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    status.lastReview = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    status.nextReview = nextReviewDate(status.lastReview, status.cadenceMonths, created);
    if (const auto mentor = PlanStore(db).mentor(accountId))
        status.mentorName = mentor->name;
    if (status.nextReview.isValid() && status.nextReview < today) {
        status.overdue = true;
        status.daysOverdue = int(status.nextReview.daysTo(today));
    }
    return status;
}

QList<ReviewStatus> ReviewSchedule::portfolio(const QSqlDatabase &db, const QDate &today)
{
    QList<ReviewStatus> statuses;
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("SELECT id FROM accounts ORDER BY name"), {}, nullptr))
        return statuses;
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    for (qint64 id : std::as_const(ids))
        statuses.append(status(db, id, today));
    return statuses;
}

QList<ReviewStatus> ReviewSchedule::overdue(const QSqlDatabase &db, const QDate &today)
{
    QList<ReviewStatus> late;
    for (const ReviewStatus &status : portfolio(db, today)) {
        if (status.overdue)
            late.append(status);
    }
    return late;
}

QString ReviewSchedule::overdueSummary(const QSqlDatabase &db, const QDate &today)
{
    QStringList lines;
    for (const ReviewStatus &status : overdue(db, today))
        lines.append(QCoreApplication::translate("Kingside::ReviewSchedule",
                                                 "%1: review due since %2 (%n day(s) overdue)",
                                                 nullptr, status.daysOverdue)
                         .arg(status.accountName, LocalFormat::date(status.nextReview)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Kingside
