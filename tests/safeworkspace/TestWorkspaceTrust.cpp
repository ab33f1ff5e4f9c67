#include "PlantedFile.h"
#include "TestWorkspace.h"

#include "demo/DemoBuilder.h"
#include "workspace/Sql.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceCheck.h"
#include "workspace/WorkspaceSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kingside;

using Test::countOf;
using Test::plant;

namespace {

int countRows(const QString &path, const QString &table)
{
    return Test::countOf(path, QStringLiteral("SELECT count(*) FROM %1").arg(table));
}

} // namespace

class TestWorkspaceTrust : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void foreignSchemaIsRefusedInEveryMode_data();
    void foreignSchemaIsRefusedInEveryMode();
    void plantedTriggerNeverRuns();
    void everyConnectionDistrustsTheSchema_data();
    void everyConnectionDistrustsTheSchema();
    void checkFindsCheckViolations_data();
    void checkFindsCheckViolations();
    void hugeValuesAreRefused_data();
    void hugeValuesAreRefused();
    void valuesAtTheBoundOpen();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestWorkspaceTrust::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("w%1.kingside").arg(++n));
    QString error;
    QVERIFY2(DemoBuilder::write(m_path, Test::fixedToday(), &error), qPrintable(error));
}

void TestWorkspaceTrust::foreignSchemaIsRefusedInEveryMode_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("reason");
    QTest::newRow("trigger") << "CREATE TRIGGER z AFTER INSERT ON people BEGIN DELETE FROM "
                                "relationships; END"
                             << "contains a trigger “z” that Kingside did not create";
    QTest::newRow("view") << "CREATE VIEW v AS SELECT * FROM people"
                          << "contains a view “v” that Kingside did not create";
    QTest::newRow("index") << "CREATE INDEX by_name ON people (name)"
                           << "contains an index “by_name” that Kingside did not create";
    QTest::newRow("table") << "CREATE TABLE extra (x)"
                           << "contains a table “extra” that Kingside did not create";
    QTest::newRow("altered table") << "ALTER TABLE people ADD COLUMN x TEXT"
                                   << "contains a table “people” that differs";
    QTest::newRow("missing index") << "DROP INDEX one_king_per_account"
                                   << "lacks an index “one_king_per_account”";
}

void TestWorkspaceTrust::foreignSchemaIsRefusedInEveryMode()
{
    QFETCH(QString, statement);
    QFETCH(QString, reason);
    plant(m_path, {statement});
    for (const Workspace::Mode mode :
         {Workspace::Mode::ReadWrite, Workspace::Mode::ReadOnly, Workspace::Mode::Review}) {
        Workspace workspace;
        QVERIFY(!workspace.open(m_path, mode));
        QCOMPARE(workspace.lastError().code, WorkspaceError::Code::Untrusted);
        QVERIFY2(workspace.errorString().contains(reason), qPrintable(workspace.errorString()));
        QVERIFY(workspace.errorString().contains(QFileInfo(m_path).fileName()));
        QVERIFY(!workspace.isOpen());
    }
    Workspace inspector;
    QVERIFY(!inspector.openForInspection(m_path));
    const WorkspaceCheck check = WorkspaceCheck::run(m_path);
    QCOMPARE(check.status, WorkspaceCheck::Status::Damaged);
    QVERIFY2(check.summary.contains(reason), qPrintable(check.summary));
}

void TestWorkspaceTrust::plantedTriggerNeverRuns()
{
    plant(m_path, {QStringLiteral("CREATE TRIGGER z AFTER INSERT ON people BEGIN DELETE FROM "
                                  "relationships; END")});
    const int relationships = countRows(m_path, QStringLiteral("relationships"));
    QVERIFY(relationships > 0);
    Workspace workspace;
    QVERIFY(!workspace.open(m_path));
    QCOMPARE(countRows(m_path, QStringLiteral("relationships")), relationships);
}

void TestWorkspaceTrust::everyConnectionDistrustsTheSchema_data()
{
    QTest::addColumn<Workspace::Mode>("mode");
    QTest::newRow("read-write") << Workspace::Mode::ReadWrite;
    QTest::newRow("read-only") << Workspace::Mode::ReadOnly;
    QTest::newRow("review") << Workspace::Mode::Review;
}

void TestWorkspaceTrust::everyConnectionDistrustsTheSchema()
{
    QFETCH(Workspace::Mode, mode);
    Workspace workspace;
    QVERIFY2(workspace.open(m_path, mode), qPrintable(workspace.errorString()));
    const QSqlDatabase db = workspace.database();
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA trusted_schema"))->toInt(), 0);
    // Defensive mode: even with writable_schema on, sqlite_master cannot be written.
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA writable_schema = ON")));
    QVERIFY(
        !query.exec(QStringLiteral("UPDATE sqlite_master SET sql = sql WHERE name = 'people'")));
    if (mode != Workspace::Mode::ReadOnly) // read-only refuses every write anyway
        QVERIFY2(query.lastError().text().contains(QStringLiteral("may not be modified")),
                 qPrintable(query.lastError().text()));
}

void TestWorkspaceTrust::checkFindsCheckViolations_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("table");
    QTest::newRow("attitude") << "UPDATE people SET attitude = 'furious' WHERE id = (SELECT "
                                 "min(id) FROM people)"
                              << "people";
    QTest::newRow("strength") << "UPDATE relationships SET strength = 'abc' WHERE id = (SELECT "
                                 "min(id) FROM relationships)"
                              << "relationships";
}

void TestWorkspaceTrust::checkFindsCheckViolations()
{
    QFETCH(QString, statement);
    QFETCH(QString, table);
    plant(m_path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"), statement});
    const WorkspaceCheck check = WorkspaceCheck::run(m_path);
    QCOMPARE(check.status, WorkspaceCheck::Status::Damaged);
    QVERIFY2(check.problems.join(QLatin1Char('\n')).contains(QStringLiteral("CHECK")),
             qPrintable(check.problems.join(QLatin1Char('\n'))));
    QVERIFY2(check.summary.contains(table), qPrintable(check.summary));
    // The check leaves the folder as it was: no -wal or -shm beside the file.
    QCOMPARE(QDir(m_dir.path())
                 .entryList({QFileInfo(m_path).fileName() + QLatin1Char('*')}, QDir::Files),
             QStringList{QFileInfo(m_path).fileName()});
}

void TestWorkspaceTrust::hugeValuesAreRefused_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    // Made inside SQLite, so that the test holds none of it in memory.
    QTest::newRow("10 MB name") << "UPDATE people SET name = hex(zeroblob(5000000)) WHERE id = "
                                   "(SELECT min(id) FROM people)"
                                << "people"
                                << "name";
    QTest::newRow("50 MB blob") << "UPDATE relationships SET notes = zeroblob(50000000) WHERE id "
                                   "= (SELECT min(id) FROM relationships)"
                                << "relationships"
                                << "notes";
    QTest::newRow("blob in a number")
        << "UPDATE accounts SET annual_sales = zeroblob(200000) WHERE id = "
           "(SELECT min(id) FROM accounts)"
        << "accounts"
        << "annual_sales";
}

void TestWorkspaceTrust::hugeValuesAreRefused()
{
    QFETCH(QString, statement);
    QFETCH(QString, table);
    QFETCH(QString, column);
    plant(m_path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"), statement});
    QCOMPARE(countRows(m_path, QStringLiteral("%1 WHERE length(%2) > 100000").arg(table, column)),
             1);
    for (const Workspace::Mode mode : {Workspace::Mode::ReadWrite, Workspace::Mode::ReadOnly}) {
        Workspace workspace;
        QVERIFY(!workspace.open(m_path, mode));
        QCOMPARE(workspace.lastError().code, WorkspaceError::Code::Untrusted);
        const QString message = workspace.errorString();
        QVERIFY2(message.contains(QStringLiteral("table “%1”").arg(table)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("column “%1”").arg(column)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("row ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("100,000")), qPrintable(message));
    }
    const WorkspaceCheck check = WorkspaceCheck::run(m_path);
    QCOMPARE(check.status, WorkspaceCheck::Status::Damaged);
    QVERIFY2(check.summary.contains(QStringLiteral("column “%1”").arg(column)),
             qPrintable(check.summary));
}

void TestWorkspaceTrust::valuesAtTheBoundOpen()
{
    QCOMPARE(WorkspaceSchema::maxValueLength(), qsizetype(100000));
    plant(m_path, {QStringLiteral("UPDATE people SET notes = hex(zeroblob(50000)) WHERE id = "
                                  "(SELECT min(id) FROM people)")});
    Workspace workspace;
    QVERIFY2(workspace.open(m_path), qPrintable(workspace.errorString()));
}

QTEST_GUILESS_MAIN(TestWorkspaceTrust)
#include "TestWorkspaceTrust.moc"
