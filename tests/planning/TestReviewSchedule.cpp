#include "PlanningFixture.h"
#include "TestWorkspace.h"

#include "demo/DemoBuilder.h"
#include "planning/PlanStore.h"
#include "planning/ReviewSchedule.h"

#include <QtTest>

using namespace Kingside;
using namespace Kingside::Test;

class TestReviewSchedule : public QObject
{
    Q_OBJECT

private slots:
    void nextDateAddsCalendarMonths();
    void neverReviewedCountsFromCreation();
    void overdueFlipsTheDayAfterTheDueDate();
    void cadenceComesFromTheAccount();
    void onlyPlanReviewsResetTheClock();
    void demoPortfolioFlagsBrightwater();
    void overdueActionsAndRedObjectivesAcrossThePortfolio();
};

void TestReviewSchedule::nextDateAddsCalendarMonths()
{
    QCOMPARE(ReviewSchedule::nextReviewDate(QDate(2026, 1, 15), 3, {}), QDate(2026, 4, 15));
    // The end of a short month: Qt clamps to the last day.
    QCOMPARE(ReviewSchedule::nextReviewDate(QDate(2026, 11, 30), 3, {}), QDate(2027, 2, 28));
    QCOMPARE(ReviewSchedule::nextReviewDate(QDate(2026, 1, 15), 12, {}), QDate(2027, 1, 15));
    QVERIFY(!ReviewSchedule::nextReviewDate({}, 3, {}).isValid());
}

void TestReviewSchedule::neverReviewedCountsFromCreation()
{
    TestWorkspace ws;
    QVERIFY(ws.isValid());
    const auto a = SmallAccount::create(ws->database());
    const ReviewStatus status = ReviewSchedule::status(ws->database(), a.account, {2026, 3, 1});
    QVERIFY(!status.lastReview.isValid());
    QCOMPARE(status.nextReview, QDate(2026, 4, 10)); // created 2026-01-10, default 3 months
    QVERIFY(!status.overdue);
    QCOMPARE(status.mentorName, QStringLiteral("Acme Mentor"));
    QVERIFY(ReviewSchedule::status(ws->database(), a.account, {2026, 4, 11}).overdue);
}

void TestReviewSchedule::overdueFlipsTheDayAfterTheDueDate()
{
    TestWorkspace ws;
    const auto a = SmallAccount::create(ws->database());
    SmallAccount::insert(ws->database(),
                         QStringLiteral("INSERT INTO reviews (account_id, review_date, "
                                        "reviewer_name, kind, created_at) VALUES (?, "
                                        "'2026-02-20', 'M', 'plan', 'x')"),
                         {a.account});
    const QSqlDatabase db = ws->database();
    auto onDay = [&](const QDate &day) { return ReviewSchedule::status(db, a.account, day); };
    QCOMPARE(onDay({2026, 5, 20}).nextReview, QDate(2026, 5, 20));
    QVERIFY(!onDay({2026, 5, 19}).overdue);
    QVERIFY(!onDay({2026, 5, 20}).overdue); // due today is not overdue yet
    QVERIFY(onDay({2026, 5, 21}).overdue);
    QCOMPARE(onDay({2026, 5, 21}).daysOverdue, 1);
    QCOMPARE(onDay({2026, 6, 19}).daysOverdue, 30);
    QCOMPARE(ReviewSchedule::overdue(db, {2026, 5, 20}).size(), 0);
    QCOMPARE(ReviewSchedule::overdue(db, {2026, 5, 21}).size(), 1);
    QVERIFY(ReviewSchedule::overdueSummary(db, {2026, 5, 21}).contains(QStringLiteral("Acme")));
    QVERIFY(ReviewSchedule::overdueSummary(db, {2026, 5, 20}).isEmpty());
}

void TestReviewSchedule::cadenceComesFromTheAccount()
{
    TestWorkspace ws;
    const auto a = SmallAccount::create(ws->database());
    const QSqlDatabase db = ws->database();
    SmallAccount::insert(db,
                         QStringLiteral("INSERT INTO reviews (account_id, review_date, "
                                        "reviewer_name, kind, created_at) VALUES (?, "
                                        "'2026-02-20', 'M', 'plan', 'x')"),
                         {a.account});
    QVERIFY(
        Sql::run(db, QStringLiteral("UPDATE accounts SET review_cadence_months = 6"), {}, nullptr));
    const ReviewStatus status = ReviewSchedule::status(db, a.account, {2026, 6, 1});
    QCOMPARE(status.cadenceMonths, 6);
    QCOMPARE(status.nextReview, QDate(2026, 8, 20));
    QVERIFY(!status.overdue);
}

void TestReviewSchedule::onlyPlanReviewsResetTheClock()
{
    TestWorkspace ws;
    const auto a = SmallAccount::create(ws->database());
    const QSqlDatabase db = ws->database();
    const QString review = QStringLiteral(
        "INSERT INTO reviews (account_id, review_date, reviewer_name, kind, created_at) "
        "VALUES (?, ?, 'M', ?, 'x')");
    SmallAccount::insert(db, review, {a.account, "2026-01-20", "plan"});
    SmallAccount::insert(db, review, {a.account, "2026-03-20", "proposal"});
    SmallAccount::insert(db, review, {a.account, "2026-04-01", "presentation"});
    const ReviewStatus status = ReviewSchedule::status(db, a.account, {2026, 4, 25});
    QCOMPARE(status.lastReview, QDate(2026, 1, 20));
    QCOMPARE(status.nextReview, QDate(2026, 4, 20));
    QVERIFY(status.overdue);
}

void TestReviewSchedule::demoPortfolioFlagsBrightwater()
{
    TestWorkspace ws(TestWorkspace::Content::Demo);
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const QList<ReviewStatus> late = ReviewSchedule::overdue(ws->database(), fixedToday());
    QStringList names;
    for (const ReviewStatus &status : late)
        names.append(status.accountName);
    // Reviewed 130 days ago with a 3-month cadence; Halvorsen (80 days) is on time.
    QVERIFY2(names.contains(QStringLiteral("Brightwater Utilities")), qPrintable(names.join(',')));
    QVERIFY(!names.contains(DemoBuilder::largestAccountName()));
    const ReviewStatus halvorsen = ReviewSchedule::status(
        ws->database(), ws.accountId(DemoBuilder::largestAccountName()), fixedToday());
    QCOMPARE(halvorsen.lastReview, fixedToday().addDays(-80));
    QCOMPARE(halvorsen.nextReview, fixedToday().addDays(-80).addMonths(3));
    QCOMPARE(halvorsen.mentorName, QStringLiteral("Helena Voss"));
}

void TestReviewSchedule::overdueActionsAndRedObjectivesAcrossThePortfolio()
{
    TestWorkspace ws;
    const QSqlDatabase db = ws->database();
    const auto a = SmallAccount::create(db, QStringLiteral("Acme"));
    const auto b = SmallAccount::create(db, QStringLiteral("Bolt"));
    const QString action = QStringLiteral(
        "INSERT INTO actions (account_id, title, owner_id, due_date, status, created_at) "
        "VALUES (?, ?, ?, ?, ?, 'x')");
    SmallAccount::insert(db, action, {a.account, "late open", a.manager, "2026-06-01", "open"});
    SmallAccount::insert(db, action,
                         {a.account, "late in progress", a.manager, "2026-06-14", "in_progress"});
    SmallAccount::insert(db, action, {a.account, "due today", a.manager, "2026-06-15", "open"});
    SmallAccount::insert(db, action, {a.account, "late but done", a.manager, "2026-06-01", "done"});
    SmallAccount::insert(db, action,
                         {b.account, "late cancelled", b.manager, "2026-06-01", "cancelled"});
    SmallAccount::insert(db, action, {b.account, "late in Bolt", b.manager, "2026-05-01", "open"});
    const PlanStore store(db);
    QCOMPARE(store.overdueActions(fixedToday()).size(), 3);
    const QList<PlanAction> inAcme = store.overdueActions(fixedToday(), a.account);
    QCOMPARE(inAcme.size(), 2);
    QCOMPARE(inAcme[0].title, QStringLiteral("late open")); // earliest due first
    QVERIFY(inAcme[0].isOverdue(fixedToday()));
    QCOMPARE(store.redObjectives().size(), 2);
    QCOMPARE(store.redObjectives(b.account).size(), 1);
    QVERIFY(Sql::run(db,
                     QStringLiteral("UPDATE objectives SET traffic_light = 'amber' WHERE id = ?"),
                     {b.objective}, nullptr));
    QCOMPARE(store.redObjectives().size(), 1);
}

QTEST_GUILESS_MAIN(TestReviewSchedule)
#include "TestReviewSchedule.moc"
