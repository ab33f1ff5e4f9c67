#include "workspace/Migrator.h"
#include "workspace/Sql.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kingside;

namespace {

// A workspace file stopped at an older schema version, as an older Kingside wrote it.
void makeWorkspaceAtVersion(const QString &path, int version)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Workspace::ApplicationId)));
        QString error;
        QVERIFY2(Migrator::migrate(db, 0, &error, version), qPrintable(error));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO accounts (name, created_at) VALUES ('Old account', 'x')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void scriptsAreNumberedWithoutGaps();
    void everyStepAppliesOnTopOfThePrevious();
    void olderWorkspaceIsUpgradedAfterABackup();
    void failedStepIsRolledBack();
    void readOnlyRefusesOlderSchema();
};

void TestMigrations::scriptsAreNumberedWithoutGaps()
{
    const int latest = Migrator::latestVersion();
    QVERIFY(latest >= 2);
    for (int version = 1; version <= latest; ++version)
        QVERIFY2(!Migrator::statementsOf(version).isEmpty(), qPrintable(QString::number(version)));
    QVERIFY(Migrator::statementsOf(latest + 1).isEmpty());
}

void TestMigrations::everyStepAppliesOnTopOfThePrevious()
{
    QTemporaryDir dir;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("steps"));
        db.setDatabaseName(dir.filePath(QStringLiteral("steps.db")));
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        for (int version = 1; version <= Migrator::latestVersion(); ++version) {
            QString error;
            QVERIFY2(Migrator::migrate(db, version - 1, &error, version), qPrintable(error));
            QCOMPARE(Migrator::userVersion(db), version);
        }
        QSqlQuery check(db);
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());
        check.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("steps"));
}

void TestMigrations::olderWorkspaceIsUpgradedAfterABackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.kingside"));
    makeWorkspaceAtVersion(path, 1);
    Workspace workspace;
    QVERIFY2(workspace.open(path), qPrintable(workspace.errorString()));
    QCOMPARE(workspace.schemaVersion(), Migrator::latestVersion());
    QVERIFY(!workspace.backupPath().isEmpty());
    QVERIFY(QFile::exists(workspace.backupPath()));
    // The data survived and the new step's rows are there.
    QCOMPARE(
        Sql::scalar(workspace.database(), QStringLiteral("SELECT name FROM accounts"))->toString(),
        QStringLiteral("Old account"));
    QCOMPARE(Sql::scalar(workspace.database(), QStringLiteral("SELECT count(*) FROM tier_schemes"))
                 ->toInt(),
             3);
    // The backup is the old version, readable as it was.
    {
        QSqlDatabase backup =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        backup.setDatabaseName(workspace.backupPath());
        QVERIFY(backup.open());
        QCOMPARE(Migrator::userVersion(backup), 1);
        QCOMPARE(Sql::scalar(backup, QStringLiteral("SELECT name FROM accounts"))->toString(),
                 QStringLiteral("Old account"));
        backup.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
}

void TestMigrations::failedStepIsRolledBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clash.kingside"));
    makeWorkspaceAtVersion(path, 1);
    {
        // A row that makes step 2 fail (its scheme id 1 is taken).
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clash"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral(
            "INSERT INTO tier_schemes (id, name, basis) VALUES (1, 'Mine', 'score')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("clash"));
    Workspace workspace;
    QVERIFY(!workspace.open(path));
    QCOMPARE(workspace.lastError().code, WorkspaceError::Code::MigrationFailed);
    QVERIFY(workspace.errorString().contains(QStringLiteral("schema version 1")));
    QVERIFY(workspace.open(path, Workspace::Mode::ReadOnly) ==
            false); // still old: must upgrade first
    Workspace inspector;
    QVERIFY(inspector.openForInspection(path));
    QCOMPARE(inspector.schemaVersion(), 1);
    QCOMPARE(Sql::scalar(inspector.database(), QStringLiteral("SELECT count(*) FROM tier_bands"))
                 ->toInt(),
             0);
}

void TestMigrations::readOnlyRefusesOlderSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.kingside"));
    makeWorkspaceAtVersion(path, 1);
    Workspace workspace;
    QVERIFY(!workspace.open(path, Workspace::Mode::ReadOnly));
    QCOMPARE(workspace.lastError().code, WorkspaceError::Code::ReadOnly);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
