#include "DatabaseDump.h"
#include "TestWorkspace.h"

#include "demo/DemoBuilder.h"
#include "workspace/Sql.h"
#include "workspace/WorkspaceCheck.h"

#include <QtTest>

using namespace Kingside;

// The demo must show what Kingside is for; these are the promises of the foundation issue.
class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accountsOfDifferentSize();
    void largestAccountShape();
    void oneKingPerAccount();
    void theStoryIsThere();
    void isSoundAndDeterministic();

private:
    int count(const QString &sql, const QVariantList &values = {})
    {
        return Sql::scalar(m_ws->workspace().database(), sql, values).value_or(-1).toInt();
    }
    std::unique_ptr<Test::TestWorkspace> m_ws;
    qint64 m_largest = 0;
};

void TestDemo::initTestCase()
{
    m_ws = std::make_unique<Test::TestWorkspace>(Test::TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_largest = m_ws->accountId(DemoBuilder::largestAccountName());
    QVERIFY(m_largest > 0);
}

void TestDemo::accountsOfDifferentSize()
{
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM accounts")) >= 3);
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT annual_sales) FROM accounts")) >= 3);
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT lifecycle_stage) FROM accounts")) >= 3);
    // Scored so that tiers differ: the spread of scores is wide.
    QVERIFY(count(QStringLiteral("SELECT max(s) - min(s) FROM (SELECT sum(score) AS s FROM "
                                 "criterion_scores GROUP BY account_id)")) >= 15);
}

void TestDemo::largestAccountShape()
{
    const QVariantList a{m_largest};
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people WHERE account_id = ? AND side = "
                                  "'team' AND team_role <> 'mentor'"),
                   a),
             10);
    QCOMPARE(count(QStringLiteral(
                       "SELECT count(*) FROM people WHERE account_id = ? AND team_role = 'mentor'"),
                   a),
             1);
    const int client = count(
        QStringLiteral("SELECT count(*) FROM people WHERE account_id = ? AND side = 'client'"), a);
    QVERIFY2(client >= 55 && client <= 65, qPrintable(QString::number(client)));
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM departments WHERE account_id = ?"), a) >= 7);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM levels WHERE account_id = ?"), a) >= 6);
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT department_id) FROM people WHERE "
                                 "account_id = ? AND side = 'client'"),
                  a) >= 7);
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT level_id) FROM people WHERE account_id = ? "
                                 "AND side = 'client'"),
                  a) >= 6);
    const int lines =
        count(QStringLiteral("SELECT count(*) FROM relationships WHERE account_id = ?"), a);
    QVERIFY2(lines >= 350 && lines <= 450, qPrintable(QString::number(lines)));
    for (const char *kind : {"working", "reporting", "influence", "alliance", "tension"})
        QVERIFY2(count(QStringLiteral(
                           "SELECT count(*) FROM relationships WHERE account_id = ? AND kind = ?"),
                       {m_largest, QString::fromLatin1(kind)}) >= 10,
                 kind);
}

void TestDemo::oneKingPerAccount()
{
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM accounts a WHERE (SELECT count(*) FROM people p "
                 "WHERE p.account_id = a.id AND p.decision_role = 'decision_maker') <> 1")),
             0);
}

void TestDemo::theStoryIsThere()
{
    const QVariantList a{m_largest};
    // A Queen, champions and opponents.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people WHERE account_id = ? AND "
                                  "decision_role = 'power_influencer'"),
                   a),
             1);
    QVERIFY(count(QStringLiteral(
                      "SELECT count(*) FROM people WHERE account_id = ? AND attitude = 'champion'"),
                  a) >= 3);
    QVERIFY(count(QStringLiteral(
                      "SELECT count(*) FROM people WHERE account_id = ? AND attitude = 'opponent'"),
                  a) >= 2);
    // A competitor with its own champions.
    QVERIFY(count(QStringLiteral(
                      "SELECT max(n) FROM (SELECT count(*) AS n FROM people WHERE account_id = ? "
                      "AND competitor_id IS NOT NULL GROUP BY competitor_id)"),
                  a) >= 2);
    // A wall between two departments, with no line across it but tension.
    QCOMPARE(count(QStringLiteral(
                       "SELECT count(*) FROM walls WHERE account_id = ? AND kind = 'department'"),
                   a),
             1);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM relationships r JOIN people f ON f.id = "
                             "r.from_id JOIN people t ON t.id = r.to_id "
                             "JOIN walls w ON w.account_id = r.account_id AND ((w.department_a = "
                             "f.department_id AND w.department_b = t.department_id) "
                             "OR (w.department_b = f.department_id AND w.department_a = "
                             "t.department_id)) WHERE r.account_id = ? AND r.kind <> 'tension'"),
              a),
        0);
    // Products with users and specifiers.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM product_roles r JOIN people p ON p.id = "
                                 "r.person_id WHERE p.account_id = ? AND role = 'user'"),
                  a) >= 5);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM product_roles r JOIN people p ON p.id = "
                                 "r.person_id WHERE p.account_id = ? AND role = 'specifier'"),
                  a) >= 2);
    // Whitespace: some department × level squares hold nobody.
    const int squares =
        count(QStringLiteral("SELECT (SELECT count(*) FROM departments WHERE account_id = ?) * "
                             "(SELECT count(*) FROM levels WHERE account_id = ?)"),
              {m_largest, m_largest});
    const int occupied =
        count(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT department_id, level_id FROM "
                             "people WHERE account_id = ? AND side = 'client')"),
              a);
    QVERIFY(squares - occupied >= 5);
    // Single-threaded key people: key pieces reached by exactly one team member.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM people c WHERE c.account_id = ? AND "
                                 "c.decision_role NOT IN ('user', 'none') AND "
                                 "(SELECT count(DISTINCT t.id) FROM relationships r JOIN people t "
                                 "ON t.side = 'team' AND (t.id = r.from_id OR t.id = r.to_id) "
                                 "WHERE (r.from_id = c.id OR r.to_id = c.id)) = 1"),
                  a) >= 2);
    // Cooling relationships: last contact older than the 90-day window.
    QVERIFY(
        count(QStringLiteral(
                  "SELECT count(*) FROM relationships WHERE account_id = ? AND last_contact < ?"),
              {m_largest, Test::fixedToday().addDays(-90).toString(Qt::ISODate)}) >= 20);
    // A plan with actions (one of them overdue) and two past mentor reviews.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM plans WHERE account_id = ?"), a), 1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM actions WHERE account_id = ?"), a) >= 4);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM actions WHERE account_id = ? AND status IN "
                                 "('open', 'in_progress') AND due_date < ?"),
                  {m_largest, Test::fixedToday().toString(Qt::ISODate)}) >= 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews WHERE account_id = ?"), a), 2);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM reviews WHERE review_date > ?"),
                  {Test::fixedToday().toString(Qt::ISODate)}) == 0);
}

void TestDemo::isSoundAndDeterministic()
{
    // The workspace's own creation time differs; the demo's content must not.
    const QRegularExpression creation(QStringLiteral("created_at\\|[^\\n]*\\n"));
    const QString first = Test::dumpDatabase(m_ws->workspace().database()).remove(creation);
    Test::TestWorkspace second(Test::TestWorkspace::Content::Demo);
    QVERIFY(second.isValid());
    QCOMPARE(Test::dumpDatabase(second.workspace().database()).remove(creation), first);
    const QString path = second.path();
    second.workspace().close();
    const WorkspaceCheck check = WorkspaceCheck::run(path);
    QVERIFY2(check.status == WorkspaceCheck::Status::Sound, qPrintable(check.summary));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "TestDemo.moc"
