#include "TestWorkspace.h"

#include "workspace/Sql.h"

#include <QtTest>

using namespace Kingside;

// The schema itself refuses bad data, whatever code writes it.
class TestConstraints : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void badRowsAreRejected_data();
    void badRowsAreRejected();
    void deletingADepartmentInUseIsRefused();
    void deletingAnAccountRemovesEverythingInIt();

private:
    bool run(const QString &statement, QString *error = nullptr);
    std::unique_ptr<Test::TestWorkspace> m_ws;
};

bool TestConstraints::run(const QString &statement, QString *error)
{
    QString ignored;
    return Sql::run(m_ws->workspace().database(), statement, {}, error ? error : &ignored);
}

void TestConstraints::init()
{
    m_ws = std::make_unique<Test::TestWorkspace>();
    QVERIFY(m_ws->isValid());
    // Two accounts, each with a department and a level; a King and a team member in the first.
    const QStringList setup{
        "INSERT INTO accounts (id, name, created_at) VALUES (1, 'Acme', 'x'), (2, 'Globex', 'x')",
        "INSERT INTO departments (id, account_id, name, position) VALUES (10, 1, 'IT', 0), (20, 2, "
        "'IT', 0)",
        "INSERT INTO levels (id, account_id, name, rank) VALUES (11, 1, 'Board', 1), (21, 2, "
        "'Board', 1)",
        "INSERT INTO people (id, account_id, side, name, department_id, level_id, decision_role, "
        "created_at, updated_at) VALUES (100, 1, 'client', 'King', 10, 11, 'decision_maker', 'x', "
        "'x')",
        "INSERT INTO people (id, account_id, side, name, team_role, created_at, updated_at) "
        "VALUES (101, 1, 'team', 'Sofia', 'account_manager', 'x', 'x')",
        "INSERT INTO people (id, account_id, side, name, created_at, updated_at) "
        "VALUES (200, 2, 'client', 'Other', 'x', 'x')",
        "INSERT INTO criteria (id, name, axis, weight) VALUES (1, 'Sales', 'attractiveness', 10)",
    };
    for (const QString &statement : setup) {
        QString error;
        QVERIFY2(run(statement, &error), qPrintable(statement + QStringLiteral(": ") + error));
    }
}

void TestConstraints::cleanup()
{
    m_ws.reset();
}

void TestConstraints::badRowsAreRejected_data()
{
    QTest::addColumn<QString>("statement");
    const QString person = QStringLiteral(
        "INSERT INTO people (account_id, side, name, department_id, level_id, decision_role, "
        "attitude, team_role, created_at, updated_at) VALUES (%1)");
    QTest::newRow("second King") << person.arg(
        "1, 'client', 'Q', 10, 11, 'decision_maker', 'neutral', NULL, 'x', 'x'");
    QTest::newRow("empty name") << person.arg(
        "1, 'client', '  ', 10, 11, 'none', 'neutral', NULL, 'x', 'x'");
    QTest::newRow("unknown attitude")
        << person.arg("1, 'client', 'P', 10, 11, 'none', 'hostile', NULL, 'x', 'x'");
    QTest::newRow("unknown role") << person.arg(
        "1, 'client', 'P', 10, 11, 'emperor', 'neutral', NULL, 'x', 'x'");
    QTest::newRow("level of another account")
        << person.arg("1, 'client', 'P', 10, 21, 'none', 'neutral', NULL, 'x', 'x'");
    QTest::newRow("department of another account")
        << person.arg("1, 'client', 'P', 20, 11, 'none', 'neutral', NULL, 'x', 'x'");
    QTest::newRow("level that does not exist")
        << person.arg("1, 'client', 'P', 10, 999, 'none', 'neutral', NULL, 'x', 'x'");
    QTest::newRow("team member on the board")
        << person.arg("1, 'team', 'T', 10, 11, 'none', 'neutral', 'specialist', 'x', 'x'");
    QTest::newRow("team member without role")
        << person.arg("1, 'team', 'T', NULL, NULL, 'none', 'neutral', NULL, 'x', 'x'");
    QTest::newRow("client with team role")
        << person.arg("1, 'client', 'C', NULL, NULL, 'none', 'neutral', 'specialist', 'x', 'x'");
    QTest::newRow("unknown side") << person.arg(
        "1, 'vendor', 'C', NULL, NULL, 'none', 'neutral', NULL, 'x', 'x'");
    const QString line = QStringLiteral(
        "INSERT INTO relationships (account_id, from_id, to_id, kind, strength, last_contact, "
        "created_at, updated_at) VALUES (%1, 'x', 'x')");
    QTest::newRow("relationship to self") << line.arg("1, 100, 100, 'working', 3, NULL");
    QTest::newRow("strength 7") << line.arg("1, 101, 100, 'working', 7, NULL");
    QTest::newRow("strength 0") << line.arg("1, 101, 100, 'working', 0, NULL");
    QTest::newRow("unknown kind") << line.arg("1, 101, 100, 'friendship', 3, NULL");
    QTest::newRow("across accounts") << line.arg("1, 101, 200, 'working', 3, NULL");
    QTest::newRow("unknown person") << line.arg("1, 101, 999, 'working', 3, NULL");
    QTest::newRow("bad date") << line.arg("1, 101, 100, 'working', 3, 'yesterday'");
    QTest::newRow("duplicate account name")
        << QStringLiteral("INSERT INTO accounts (name, created_at) VALUES ('Acme', 'x')");
    QTest::newRow("negative sales") << QStringLiteral(
        "INSERT INTO accounts (name, annual_sales, created_at) VALUES ('N', -1, 'x')");
    QTest::newRow("unknown stage") << QStringLiteral(
        "INSERT INTO accounts (name, lifecycle_stage, created_at) VALUES ('N', 'dreaming', 'x')");
    QTest::newRow("cadence 0") << QStringLiteral(
        "INSERT INTO accounts (name, review_cadence_months, created_at) VALUES ('N', 0, 'x')");
    QTest::newRow("wall to itself")
        << QStringLiteral("INSERT INTO walls (account_id, kind, department_a, department_b) VALUES "
                          "(1, 'department', 10, 10)");
    QTest::newRow("wall mixing kinds")
        << QStringLiteral("INSERT INTO walls (account_id, kind, department_a, department_b, "
                          "level_a) VALUES (1, 'department', 10, 10, 11)");
    QTest::newRow("score 11") << QStringLiteral(
        "INSERT INTO criterion_scores (account_id, criterion_id, score) VALUES (1, 1, 11)");
    QTest::newRow("negative weight")
        << QStringLiteral("INSERT INTO criteria (name, axis, weight) VALUES ('W', 'strength', -2)");
    QTest::newRow("unknown axis") << QStringLiteral(
        "INSERT INTO criteria (name, axis, weight) VALUES ('W', 'beauty', 2)");
    QTest::newRow("action owned by someone of another account")
        << QStringLiteral("INSERT INTO actions (account_id, title, owner_id, created_at) VALUES "
                          "(1, 'Call', 200, 'x')");
    QTest::newRow("unknown traffic light")
        << QStringLiteral("INSERT INTO objectives (account_id, kind, title, traffic_light) VALUES "
                          "(1, 'commercial', 'Grow', 'blue')");
    QTest::newRow("second mentor") << QStringLiteral(
        "INSERT INTO people (account_id, side, name, team_role, created_at, updated_at) VALUES (1, "
        "'team', 'M1', 'mentor', 'x', 'x'), (1, 'team', 'M2', 'mentor', 'x', 'x')");
}

void TestConstraints::badRowsAreRejected()
{
    QFETCH(QString, statement);
    const QString before =
        Sql::scalar(m_ws->workspace().database(),
                    QStringLiteral("SELECT (SELECT count(*) FROM people) || '/' || "
                                   "(SELECT count(*) FROM relationships) || '/' || "
                                   "(SELECT count(*) FROM accounts)"))
            ->toString();
    QString error;
    QVERIFY2(!run(statement, &error), "the database accepted a bad row");
    QVERIFY(!error.isEmpty());
    const QString after =
        Sql::scalar(m_ws->workspace().database(),
                    QStringLiteral("SELECT (SELECT count(*) FROM people) || '/' || "
                                   "(SELECT count(*) FROM relationships) || '/' || "
                                   "(SELECT count(*) FROM accounts)"))
            ->toString();
    QCOMPARE(after, before);
}

void TestConstraints::deletingADepartmentInUseIsRefused()
{
    QVERIFY(!run(QStringLiteral("DELETE FROM departments WHERE id = 10")));
    QCOMPARE(Sql::scalar(m_ws->workspace().database(),
                         QStringLiteral("SELECT count(*) FROM departments WHERE id = 10"))
                 ->toInt(),
             1);
}

void TestConstraints::deletingAnAccountRemovesEverythingInIt()
{
    QVERIFY(run(
        QStringLiteral("INSERT INTO relationships (account_id, from_id, to_id, kind, strength, "
                       "created_at, updated_at) VALUES (1, 101, 100, 'working', 4, 'x', 'x')")));
    QString error;
    QVERIFY2(run(QStringLiteral("DELETE FROM accounts WHERE id = 1"), &error), qPrintable(error));
    const QSqlDatabase db = m_ws->workspace().database();
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM people WHERE account_id = 1"))
                 ->toInt(),
             0);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM relationships"))->toInt(), 0);
    QCOMPARE(
        Sql::scalar(db, QStringLiteral("SELECT count(*) FROM departments WHERE account_id = 1"))
            ->toInt(),
        0);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM people WHERE account_id = 2"))
                 ->toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestConstraints)
#include "TestConstraints.moc"
