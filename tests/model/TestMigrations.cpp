#include "workspace/Migrator.h"
#include "workspace/Sql.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
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
    void rebuildKeepsEveryRowThatRefersToIt();
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

// Step 5 rebuilds people and relationships (README "Speed of import"). Dropping a table
// with foreign keys on would delete every line, contact and product role of its people:
// the rows that refer to them must all survive, and the rules still hold afterwards.
void TestMigrations::rebuildKeepsEveryRowThatRefersToIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.kingside"));
    makeWorkspaceAtVersion(path, 4);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        const QStringList rows = {
            QStringLiteral("INSERT INTO departments (id, account_id, name, position) "
                           "VALUES (1, 1, 'Finance', 0)"),
            QStringLiteral("INSERT INTO levels (id, account_id, name, rank) "
                           "VALUES (1, 1, 'Board', 1)"),
            QStringLiteral("INSERT INTO people (id, account_id, side, name, department_id, "
                           "level_id, decision_role, attitude, created_at, updated_at) VALUES "
                           "(1, 1, 'client', 'Ingrid Berg', 1, 1, 'decision_maker', "
                           "'sceptic', 'x', 'x')"),
            QStringLiteral("INSERT INTO people (id, account_id, side, name, team_role, "
                           "created_at, updated_at) VALUES (2, 1, 'team', 'Ola Nordmann', "
                           "'account_manager', 'x', 'x')"),
            QStringLiteral("INSERT INTO relationships (id, account_id, from_id, to_id, kind, "
                           "strength, last_contact, created_at, updated_at) VALUES "
                           "(1, 1, 2, 1, 'working', 4, '2026-10-01', 'x', 'x')"),
            QStringLiteral("INSERT INTO relationship_contacts (relationship_id, contact_key, "
                           "day, kind) VALUES (1, '%1', '2026-10-01', 'meeting')")
                .arg(QString(40, QLatin1Char('a'))),
            QStringLiteral("INSERT INTO products (id, name) VALUES (1, 'Fleet Insight')"),
            QStringLiteral(
                "INSERT INTO product_roles (product_id, person_id, role) VALUES (1, 1, 'buyer')"),
        };
        for (const QString &row : rows)
            QVERIFY2(query.exec(row),
                     qPrintable(row + QLatin1Char(' ') + query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));

    Workspace workspace;
    QVERIFY2(workspace.open(path), qPrintable(workspace.errorString()));
    QCOMPARE(workspace.schemaVersion(), Migrator::latestVersion());
    QSqlDatabase db = workspace.database();
    const auto count = [&db](const char *table) {
        return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            ->toInt();
    };
    QCOMPARE(count("people"), 2);
    QCOMPARE(count("relationships"), 1);
    QCOMPARE(count("relationship_contacts"), 1);
    QCOMPARE(count("product_roles"), 1);
    QCOMPARE(
        Sql::scalar(db, QStringLiteral("SELECT attitude FROM people WHERE id = 1"))->toString(),
        QStringLiteral("sceptic"));
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    {
        QSqlQuery check(db);
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());
    }

    // The rebuilt tables keep every rule of version 1, as the last guard.
    QSqlQuery query(db);
    QVERIFY(!query.exec(QStringLiteral("UPDATE people SET attitude = 'fanatic' WHERE id = 1")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE relationships SET kind = 'friend' WHERE id = 1")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE relationships SET strength = 6 WHERE id = 1")));
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO people (account_id, side, name, decision_role, created_at, updated_at) "
        "VALUES (1, 'client', 'Second King', 'decision_maker', 'x', 'x')")));
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO people (account_id, side, name, created_at, updated_at) "
                       "VALUES (1, 'team', 'No role', 'x', 'x')")));
    QVERIFY(query.exec(QStringLiteral("UPDATE people SET attitude = 'champion' WHERE id = 1")));

    // And deleting a person still takes their lines and contacts with them.
    QVERIFY(query.exec(QStringLiteral("DELETE FROM people WHERE id = 1")));
    QCOMPARE(count("relationships"), 0);
    QCOMPARE(count("relationship_contacts"), 0);
    QCOMPARE(count("product_roles"), 0);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
