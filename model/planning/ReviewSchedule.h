#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Kingside {

// Where an account stands in its mentor's review rhythm on a given day.
struct ReviewStatus
{
    qint64 accountId = 0;
    QString accountName;
    QString mentorName; // empty: no mentor named
    int cadenceMonths = 3;
    QDate lastReview; // the last long-term plan review; invalid: never reviewed
    QDate nextReview; // last review + cadence (never reviewed: account created + cadence)
    bool overdue = false;
    int daysOverdue = 0;
};

// The review cadence: the next long-term plan review is due `cadence` months after the
// last one. Proposal and presentation reviews do not reset the clock. `today` is a
// parameter so that the rule can be tested with a fixed clock.
class ReviewSchedule
{
public:
    static QDate nextReviewDate(const QDate &lastReview, int cadenceMonths,
                                const QDate &accountCreated);
    static ReviewStatus status(const QSqlDatabase &db, qint64 accountId, const QDate &today);
    static QList<ReviewStatus> portfolio(const QSqlDatabase &db, const QDate &today);
    static QList<ReviewStatus> overdue(const QSqlDatabase &db, const QDate &today);
    // One line per overdue account for a reminder when a workspace opens; empty when none.
    static QString overdueSummary(const QSqlDatabase &db, const QDate &today);
};

} // namespace Kingside
