// The shared workspace on PostgreSQL (README "A shared workspace for a team"): the same
// migrations on both backends and where the dialects differ, server-setup and its roles
// through plain SQL, and the demo copied to PostgreSQL and back. Runs against the test
// cluster of tests/support/pg-cluster.sh; skips only when PostgreSQL is not installed.
#include "DatabaseDump.h"
#include "PostgresServer.h"
#include "TestWorkspace.h"

#include "demo/DemoBuilder.h"
#include "workspace/AccountStore.h"
#include "workspace/Migrator.h"
#include "workspace/PersonStore.h"
#include "workspace/ServerAddress.h"
#include "workspace/ServerSetup.h"
#include "workspace/Sql.h"
#include "workspace/SqlDialect.h"
#include "workspace/SqlErrors.h"
#include "workspace/StoreCopy.h"
#include "workspace/WorkspaceSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <algorithm>

using namespace Kingside;

namespace {

// A fresh in-memory SQLite database at the latest schema, for comparison.
class SqliteSchema
{
public:
    SqliteSchema() : m_name(Test::uniqueName(QStringLiteral("sqlite")))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QString error;
        m_ok = db.open() && Migrator::migrate(db, 0, &error);
    }
    ~SqliteSchema()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
};

// A login of the test server in one of the group roles, connected with its own password
// (test code only: Kingside itself never takes a password).
class Login
{
public:
    Login(const Test::TestDatabase &database, const QString &groupRole)
        : m_name(Test::uniqueName(QStringLiteral("login")))
    {
        QSqlQuery create(database.database());
        m_error = create.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'secret-%1' IN ROLE %2")
                                  .arg(m_name, groupRole))
                      ? QString()
                      : create.lastError().text();
        m_admin = database.database();
        if (!m_error.isEmpty())
            return;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(Test::postgresServer().port);
        db.setDatabaseName(database.name());
        db.setUserName(m_name);
        db.setPassword(QStringLiteral("secret-%1").arg(m_name));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~Login()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
        QSqlQuery drop(m_admin);
        drop.exec(QStringLiteral("DROP OWNED BY %1").arg(m_name));
        drop.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_name));
    }
    QString error() const { return m_error; }

    // The SQLSTATE of the statement's error, or "ok".
    QString run(const QString &statement) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(statement))
            return QStringLiteral("ok");
        return query.lastError().nativeErrorCode();
    }

private:
    QString m_name;
    QString m_error;
    QSqlDatabase m_admin;
};

void dropRoles(const QSqlDatabase &db, const ServerSetup::Roles &roles)
{
    for (const QString &role : {roles.team, roles.mentor, roles.leadership}) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("DROP OWNED BY %1").arg(role));
        query.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }
}

QStringList sqliteIndexes(const QSqlDatabase &db)
{
    QStringList names = Sql::rows(
        db,
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"),
        {}, [](const QSqlQuery &query) { return query.value(0).toString(); });
    names.sort();
    return names;
}

QStringList postgresIndexesNotForKeys(const QSqlDatabase &db)
{
    // Primary keys and UNIQUE constraints get indexes named after the constraint; the
    // schema's own CREATE INDEX statements are those without a constraint.
    QStringList names = Sql::rows(
        db,
        QStringLiteral("SELECT i.indexname FROM pg_indexes i WHERE i.schemaname = 'public' "
                       "AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                       "WHERE c.conname = i.indexname)"),
        {}, [](const QSqlQuery &query) { return query.value(0).toString(); });
    names.sort();
    return names;
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private slots:
    void dialectMapping_data();
    void dialectMapping();
    void addressesKeepCredentialsOut_data();
    void addressesKeepCredentialsOut();
    void migrationsGiveTheSameTablesAndColumns();
    void constraintsHoldOnBothBackends();
    void serverSetupOnAnEmptyDatabase();
    void serverSetupRefusesANonEmptyDatabase();
    void rolesAreEnforcedByTheServer();
    void demoCopiedToPostgresAndBack();
    void copyRefusesATargetThatDiffers();
    void workspaceOpensAServerReadOnly();
};

void TestPostgres::dialectMapping_data()
{
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("postgres");
    QTest::newRow("row id") << "id INTEGER PRIMARY KEY,"
                            << "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,";
    QTest::newRow("key that is a foreign key")
        << "account_id INTEGER PRIMARY KEY REFERENCES accounts(id)"
        << "account_id BIGINT PRIMARY KEY REFERENCES accounts(id)";
    QTest::newRow("64-bit integers") << "position INTEGER NOT NULL DEFAULT 0"
                                     << "position BIGINT NOT NULL DEFAULT 0";
    QTest::newRow("8-byte reals") << "weight REAL NOT NULL CHECK (weight >= 0)"
                                  << "weight DOUBLE PRECISION NOT NULL CHECK (weight >= 0)";
    QTest::newRow("insert or ignore") << "INSERT OR IGNORE INTO t (a) VALUES (1);"
                                      << "INSERT INTO t (a) VALUES (1) ON CONFLICT DO NOTHING;";
    QTest::newRow("partial unique index, the same")
        << "CREATE UNIQUE INDEX one_king ON people (account_id, decision_role) WHERE "
           "decision_role = 'decision_maker';"
        << "CREATE UNIQUE INDEX one_king ON people (account_id, decision_role) WHERE "
           "decision_role = 'decision_maker';";
    QTest::newRow("text, checks and dates, the same")
        << "due_date TEXT CHECK (due_date IS NULL OR length(due_date) = 10)"
        << "due_date TEXT CHECK (due_date IS NULL OR length(due_date) = 10)";
    QTest::newRow("words inside names untouched") << "integer_count TEXT, really REALM"
                                                  << "integer_count TEXT, really REALM";
}

void TestPostgres::dialectMapping()
{
    QFETCH(QString, sqlite);
    QFETCH(QString, postgres);
    QCOMPARE(SqlDialect::toPostgreSql(sqlite), postgres);
    QCOMPARE(SqlDialect::translate(sqlite, SqlDialect::Kind::SQLite), sqlite);
}

void TestPostgres::addressesKeepCredentialsOut_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("full") << "postgresql://anna@db.example:5433/kam" << true << "";
    QTest::newRow("service") << "postgresql:///?service=kam" << true << "";
    QTest::newRow("short scheme, tls required")
        << "postgres://db.example/kam?sslmode=require" << true << "";
    QTest::newRow("password in the user part")
        << "postgresql://anna:hunter2@db.example/kam" << false << "holds a password";
    QTest::newRow("password as a parameter")
        << "postgresql://db.example/kam?password=hunter2" << false << "holds a password";
    QTest::newRow("unknown keyword")
        << "postgresql://db.example/kam?options=-cfoo" << false << "does not pass on";
    QTest::newRow("value with a space")
        << "postgresql://db.example/kam?service=a%20b" << false << "a space";
    QTest::newRow("a file name") << "/tmp/kam.kingside" << false << "not a PostgreSQL address";
}

void TestPostgres::addressesKeepCredentialsOut()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QString, errorPart);
    QString error;
    const auto address = ServerAddress::parse(text, &error);
    QCOMPARE(address.has_value(), accepted);
    if (!accepted) {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error));
    }
}

void TestPostgres::migrationsGiveTheSameTablesAndColumns()
{
    KINGSIDE_REQUIRE_POSTGRES();
    Test::TestDatabase postgres;
    QVERIFY2(postgres.isValid(), qPrintable(postgres.error()));
    QString error;
    QVERIFY2(Migrator::migrate(postgres.database(), 0, &error), qPrintable(error));
    QCOMPARE(Migrator::userVersion(postgres.database()), Migrator::latestVersion());
    SqliteSchema sqlite;
    QVERIFY(sqlite.ok());

    // The same tables, except the one that holds the version where SQLite has a pragma.
    QStringList postgresTables = SqlDialect::tables(postgres.database());
    QVERIFY(postgresTables.removeOne(SqlDialect::versionTable()));
    QCOMPARE(postgresTables, SqlDialect::tables(sqlite.db()));
    QVERIFY(postgresTables.size() >= 25);

    // The same columns in the same order, with the types mapped as SqlDialect says.
    const QHash<QString, QString> mapped = {
        {QStringLiteral("INTEGER"), QStringLiteral("bigint")},
        {QStringLiteral("REAL"), QStringLiteral("double precision")},
        {QStringLiteral("TEXT"), QStringLiteral("text")}};
    int identities = 0;
    for (const QString &table : std::as_const(postgresTables)) {
        QCOMPARE(WorkspaceSchema::columnsOf(postgres.database(), table),
                 WorkspaceSchema::columnsOf(sqlite.db(), table));
        struct Column
        {
            QString name, type;
            bool key;
        };
        const auto sqliteColumns = Sql::rows(
            sqlite.db(), QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?)"), {table},
            [](const QSqlQuery &q) {
                return Column{q.value(0).toString(), q.value(1).toString(),
                              q.value(2).toInt() == 1};
            });
        const bool singleKey = std::count_if(sqliteColumns.cbegin(), sqliteColumns.cend(),
                                             [](const Column &c) { return c.key; }) == 1;
        for (const Column &column : sqliteColumns) {
            const auto pg = Sql::firstRow(
                postgres.database(),
                QStringLiteral("SELECT data_type, is_identity, is_nullable FROM "
                               "information_schema.columns WHERE table_schema = 'public' AND "
                               "table_name = ? AND column_name = ?"),
                {table, column.name}, [](const QSqlQuery &q) {
                    return QStringList{q.value(0).toString(), q.value(1).toString(),
                                       q.value(2).toString()};
                });
            QVERIFY(pg);
            QVERIFY2(mapped.contains(column.type), qPrintable(table + "." + column.name));
            QCOMPARE(pg->at(0), mapped.value(column.type));
            // A row id (INTEGER PRIMARY KEY) is an identity column; plans.account_id, a key
            // that is also a foreign key, is not.
            const bool rowId = singleKey && column.key && column.type == QLatin1String("INTEGER") &&
                               column.name == QLatin1String("id");
            QCOMPARE(pg->at(1) == QLatin1String("YES"), rowId);
            identities += rowId ? 1 : 0;
        }
    }
    QVERIFY(identities >= 18);

    // The schema's own indexes, by name; the two partial ones keep their WHERE.
    QCOMPARE(postgresIndexesNotForKeys(postgres.database()), sqliteIndexes(sqlite.db()));
    for (const char *name : {"one_king_per_account", "one_mentor_per_account"}) {
        const QString definition =
            Sql::scalar(postgres.database(),
                        QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = ?"),
                        {QString::fromLatin1(name)})
                .value_or(QVariant())
                .toString();
        QVERIFY2(definition.startsWith(QLatin1String("CREATE UNIQUE INDEX")) &&
                     definition.contains(QLatin1String("WHERE")),
                 qPrintable(definition));
    }
    // The same number of CHECK constraints (PostgreSQL names each; NOT NULL is not one).
    const int postgresChecks =
        Sql::scalar(postgres.database(),
                    QStringLiteral("SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON "
                                   "n.oid = c.connamespace WHERE n.nspname = 'public' AND "
                                   "c.contype = 'c'"))
            .value_or(0)
            .toInt();
    int sqliteChecks = 0;
    for (const int checks : Sql::rows(
             sqlite.db(), QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table'"), {},
             [](const QSqlQuery &q) {
                 return int(q.value(0).toString().count(QLatin1String("CHECK (")));
             }))
        sqliteChecks += checks;
    QVERIFY(sqliteChecks > 50);
    QCOMPARE(postgresChecks, sqliteChecks);
    // The built-in tier schemes of step 2 named their ids; the next one is 4, not 1.
    QVERIFY(Sql::run(postgres.database(),
                     QStringLiteral("INSERT INTO tier_schemes (name, basis) VALUES ('Mine', "
                                    "'rank')"),
                     {}, &error));
    QCOMPARE(Sql::scalar(postgres.database(),
                         QStringLiteral("SELECT id FROM tier_schemes WHERE name = 'Mine'"))
                 ->toLongLong(),
             4);
}

void TestPostgres::constraintsHoldOnBothBackends()
{
    KINGSIDE_REQUIRE_POSTGRES();
    Test::TestDatabase postgres;
    QVERIFY2(postgres.isValid(), qPrintable(postgres.error()));
    QString error;
    QVERIFY2(Migrator::migrate(postgres.database(), 0, &error), qPrintable(error));
    SqliteSchema sqlite;
    QVERIFY(sqlite.ok());
    const QStringList setup = {
        QStringLiteral("INSERT INTO accounts (id, name, created_at) VALUES (1, 'A', 'x')"),
        QStringLiteral("INSERT INTO people (id, account_id, side, name, decision_role, "
                       "created_at, updated_at) VALUES (1, 1, 'client', 'Ann', 'decision_maker', "
                       "'x', 'x')"),
        QStringLiteral("INSERT INTO people (id, account_id, side, name, created_at, updated_at) "
                       "VALUES (2, 1, 'client', 'Bob', 'x', 'x')")};
    // Each refused the same way on both: a second King (partial unique index), strength 6
    // (CHECK), a team member on the board (table CHECK), a line to a person of no account
    // (composite foreign key), an empty name (CHECK with trim()).
    const QStringList refused = {
        QStringLiteral("INSERT INTO people (account_id, side, name, decision_role, created_at, "
                       "updated_at) VALUES (1, 'client', 'Cy', 'decision_maker', 'x', 'x')"),
        QStringLiteral("INSERT INTO relationships (account_id, from_id, to_id, strength, "
                       "created_at, updated_at) VALUES (1, 1, 2, 6, 'x', 'x')"),
        QStringLiteral("INSERT INTO people (account_id, side, name, team_role, level_id, "
                       "created_at, updated_at) VALUES (1, 'team', 'Di', 'other', 1, 'x', 'x')"),
        QStringLiteral("INSERT INTO relationships (account_id, from_id, to_id, created_at, "
                       "updated_at) VALUES (1, 1, 99, 'x', 'x')"),
        QStringLiteral("UPDATE accounts SET name = '   ' WHERE id = 1")};
    for (const QSqlDatabase &db : {postgres.database(), sqlite.db()}) {
        QSqlQuery foreignKeys(db);
        if (SqlDialect::of(db) == SqlDialect::Kind::SQLite)
            QVERIFY(foreignKeys.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        for (const QString &statement : setup)
            QVERIFY2(Sql::run(db, statement, {}, &error), qPrintable(error));
        for (const QString &statement : refused) {
            QSqlQuery query(db);
            QVERIFY2(!query.exec(statement), qPrintable(statement));
            // The one generic sentence on both (README "Where the rules live").
            QCOMPARE(SqlErrors::explain(query.lastError()),
                     SqlErrors::explain(QStringLiteral("constraint failed")));
        }
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM people"))->toInt(), 2);
    }
}

void TestPostgres::serverSetupOnAnEmptyDatabase()
{
    KINGSIDE_REQUIRE_POSTGRES();
    Test::TestDatabase postgres;
    QVERIFY2(postgres.isValid(), qPrintable(postgres.error()));
    const QString prefix = Test::uniqueName(QStringLiteral("ks")) + QLatin1Char('_');
    QString error;
    const auto report = ServerSetup::run(postgres.database(), postgres.url(), prefix, &error);
    QVERIFY2(report, qPrintable(error));
    const ServerSetup::Roles roles = ServerSetup::rolesFor(prefix);
    QCOMPARE(report->schemaVersion, Migrator::latestVersion());
    QCOMPARE(Migrator::userVersion(postgres.database()), Migrator::latestVersion());
    QCOMPARE(report->createdRoles, (QStringList{roles.team, roles.mentor, roles.leadership}));
    QCOMPARE(report->tables,
             int(WorkspaceSchema::tablesInOrder(Migrator::latestVersion()).size()) + 1);
    // Group roles: nobody logs in as one of them.
    for (const QString &role : report->createdRoles)
        QCOMPARE(Sql::scalar(postgres.database(),
                             QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"),
                             {role})
                     ->toBool(),
                 false);
    // Holds what a new workspace holds: the built-in tier schemes.
    QCOMPARE(Sql::scalar(postgres.database(), QStringLiteral("SELECT count(*) FROM tier_schemes"))
                 ->toInt(),
             3);
    QVERIFY(StoreCopy::schemaProblem(postgres.database(), postgres.url()).isEmpty());

    // A second workspace on the same server shares the roles: they are given their rights
    // there too, and none is created twice.
    Test::TestDatabase second;
    QVERIFY2(second.isValid(), qPrintable(second.error()));
    const auto again = ServerSetup::run(second.database(), second.url(), prefix, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(again->createdRoles.isEmpty());
    QCOMPARE(Sql::scalar(second.database(),
                         QStringLiteral("SELECT has_table_privilege(?, 'plans', 'UPDATE')"),
                         {roles.team})
                 ->toBool(),
             true);
    QCOMPARE(Sql::scalar(second.database(),
                         QStringLiteral("SELECT has_table_privilege(?, 'plans', 'UPDATE')"),
                         {roles.mentor})
                 ->toBool(),
             false);
    dropRoles(second.database(), roles);
    dropRoles(postgres.database(), roles);
}

void TestPostgres::serverSetupRefusesANonEmptyDatabase()
{
    KINGSIDE_REQUIRE_POSTGRES();
    Test::TestDatabase postgres;
    QVERIFY2(postgres.isValid(), qPrintable(postgres.error()));
    QString error;
    // DDL cannot be a prepared statement on PostgreSQL: run directly.
    QSqlQuery create(postgres.database());
    QVERIFY2(create.exec(QStringLiteral("CREATE TABLE notes (body text)")),
             qPrintable(create.lastError().text()));
    const QString prefix = Test::uniqueName(QStringLiteral("ks")) + QLatin1Char('_');
    QVERIFY(!ServerSetup::run(postgres.database(), postgres.url(), prefix, &error));
    QVERIFY2(error.contains(QLatin1String("not empty")) && error.contains(QLatin1String("notes")),
             qPrintable(error));
    QCOMPARE(SqlDialect::tables(postgres.database()), QStringList{QStringLiteral("notes")});
    QVERIFY(!Sql::scalar(postgres.database(),
                         QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"),
                         {ServerSetup::rolesFor(prefix).team}));
    QVERIFY(!ServerSetup::run(postgres.database(), postgres.url(), QStringLiteral("Bad-Prefix"),
                              &error));
    QVERIFY2(error.contains(QLatin1String("Bad-Prefix")), qPrintable(error));
}

void TestPostgres::rolesAreEnforcedByTheServer()
{
    KINGSIDE_REQUIRE_POSTGRES();
    Test::TestDatabase postgres;
    QVERIFY2(postgres.isValid(), qPrintable(postgres.error()));
    const QString prefix = Test::uniqueName(QStringLiteral("ks")) + QLatin1Char('_');
    QString error;
    QVERIFY2(ServerSetup::run(postgres.database(), postgres.url(), prefix, &error),
             qPrintable(error));
    const ServerSetup::Roles roles = ServerSetup::rolesFor(prefix);
    // Something to read and to point at: an account with a person, a plan, an objective.
    for (const QString &statement :
         {QStringLiteral("INSERT INTO accounts (id, name, created_at) VALUES (1, 'A', 'x')"),
          QStringLiteral("INSERT INTO people (id, account_id, side, name, created_at, updated_at) "
                         "VALUES (1, 1, 'client', 'Ann', 'x', 'x')"),
          QStringLiteral("INSERT INTO plans (account_id, updated_at) VALUES (1, 'x')"),
          QStringLiteral("INSERT INTO objectives (id, account_id, kind, title) VALUES "
                         "(1, 1, 'commercial', 'Grow')"),
          QStringLiteral("INSERT INTO reviews (id, account_id, review_date, reviewer_name, kind, "
                         "created_at) VALUES (1, 1, '2026-06-01', 'Mia', 'plan', 'x')"),
          QStringLiteral("SELECT setval(pg_get_serial_sequence('reviews', 'id'), 10)"),
          QStringLiteral("SELECT setval(pg_get_serial_sequence('actions', 'id'), 10)"),
          QStringLiteral("SELECT setval(pg_get_serial_sequence('accounts', 'id'), 10)")})
        QVERIFY2(Sql::run(postgres.database(), statement, {}, &error), qPrintable(error));

    const QString denied = QStringLiteral("42501"); // insufficient_privilege, also for RLS
    {
        Login leader(postgres, roles.leadership);
        QVERIFY2(leader.error().isEmpty(), qPrintable(leader.error()));
        for (const char *table : {"accounts", "people", "plans", "objectives", "actions", "reviews",
                                  "comments", "snapshots", "workspace_info"})
            QCOMPARE(
                leader.run(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                QStringLiteral("ok"));
        QCOMPARE(leader.run(QStringLiteral("INSERT INTO accounts (name, created_at) VALUES "
                                           "('B', 'x')")),
                 denied);
        QCOMPARE(leader.run(QStringLiteral("UPDATE plans SET strategy = 'mine'")), denied);
        QCOMPARE(leader.run(QStringLiteral("DELETE FROM people")), denied);
        QCOMPARE(leader.run(QStringLiteral("INSERT INTO comments (account_id, target_kind, "
                                           "author, body, created_at) VALUES (1, 'plan', 'L', "
                                           "'Hm', 'x')")),
                 denied);
        QCOMPARE(leader.run(QStringLiteral("UPDATE workspace_info SET value = 'Olympic'")), denied);
        QCOMPARE(leader.run(QStringLiteral("CREATE TABLE mine (a int)")), denied);
    }
    {
        Login mentor(postgres, roles.mentor);
        QVERIFY2(mentor.error().isEmpty(), qPrintable(mentor.error()));
        // The plan's tables and the people stay as they are.
        QCOMPARE(mentor.run(QStringLiteral("UPDATE plans SET strategy = 'mine'")), denied);
        QCOMPARE(mentor.run(QStringLiteral("INSERT INTO objectives (account_id, kind, title) "
                                           "VALUES (1, 'visionary', 'Mine')")),
                 denied);
        QCOMPARE(mentor.run(QStringLiteral("UPDATE objectives SET title = 'Mine'")), denied);
        QCOMPARE(mentor.run(QStringLiteral("UPDATE actions SET title = 'Mine'")), denied);
        QCOMPARE(mentor.run(QStringLiteral("UPDATE people SET attitude = 'champion'")), denied);
        QCOMPARE(mentor.run(QStringLiteral("INSERT INTO actions (account_id, title, created_at) "
                                           "VALUES (1, 'Not from a review', 'x')")),
                 denied);
        // Comments and review records, and the actions a review agreed, are the mentor's.
        QCOMPARE(mentor.run(QStringLiteral("INSERT INTO comments (account_id, review_id, "
                                           "target_kind, author, body, created_at) VALUES (1, 1, "
                                           "'plan', 'Mia', 'Name the sponsor.', 'x')")),
                 QStringLiteral("ok"));
        QCOMPARE(mentor.run(QStringLiteral("INSERT INTO reviews (account_id, review_date, "
                                           "reviewer_name, kind, created_at) VALUES (1, "
                                           "'2026-06-10', 'Mia', 'proposal', 'x')")),
                 QStringLiteral("ok"));
        QCOMPARE(mentor.run(QStringLiteral("INSERT INTO review_traffic_lights (review_id, "
                                           "section, light) VALUES (1, 'overall', 'amber')")),
                 QStringLiteral("ok"));
        QCOMPARE(mentor.run(QStringLiteral("INSERT INTO actions (account_id, title, review_id, "
                                           "created_at) VALUES (1, 'Agreed', 1, 'x')")),
                 QStringLiteral("ok"));
        QCOMPARE(mentor.run(QStringLiteral("DELETE FROM actions WHERE review_id IS NOT NULL")),
                 QStringLiteral("ok"));
    }
    {
        Login member(postgres, roles.team);
        QVERIFY2(member.error().isEmpty(), qPrintable(member.error()));
        QCOMPARE(member.run(QStringLiteral("INSERT INTO accounts (name, created_at) VALUES "
                                           "('B', 'x')")),
                 QStringLiteral("ok"));
        QCOMPARE(member.run(QStringLiteral("UPDATE plans SET strategy = 'Land and expand'")),
                 QStringLiteral("ok"));
        QCOMPARE(member.run(QStringLiteral("INSERT INTO actions (account_id, title, created_at) "
                                           "VALUES (1, 'Call Ann', 'x')")),
                 QStringLiteral("ok"));
        QCOMPARE(member.run(QStringLiteral("UPDATE kingside_schema SET version = 99")), denied);
    }
    // What the refused statements would have changed is as it was.
    QCOMPARE(
        Sql::scalar(postgres.database(), QStringLiteral("SELECT strategy FROM plans"))->toString(),
        QStringLiteral("Land and expand"));
    QCOMPARE(Sql::scalar(postgres.database(), QStringLiteral("SELECT title FROM objectives"))
                 ->toString(),
             QStringLiteral("Grow"));
    QCOMPARE(
        Sql::scalar(postgres.database(), QStringLiteral("SELECT count(*) FROM comments"))->toInt(),
        1);
    QCOMPARE(Migrator::userVersion(postgres.database()), Migrator::latestVersion());
    // The server's refusal reads as a sentence.
    QSqlError refusal(QString(), QStringLiteral("permission denied for table plans"),
                      QSqlError::StatementError, denied);
    QVERIFY(SqlErrors::explain(refusal).contains(QLatin1String("does not let your role")));
    dropRoles(postgres.database(), roles);
}

void TestPostgres::demoCopiedToPostgresAndBack()
{
    KINGSIDE_REQUIRE_POSTGRES();
    Test::TestWorkspace demo(Test::TestWorkspace::Content::Demo);
    QVERIFY2(demo.isValid(), qPrintable(demo.error()));
    Test::TestDatabase postgres;
    QVERIFY2(postgres.isValid(), qPrintable(postgres.error()));
    const QString prefix = Test::uniqueName(QStringLiteral("ks")) + QLatin1Char('_');
    QString error;
    QVERIFY2(ServerSetup::run(postgres.database(), postgres.url(), prefix, &error),
             qPrintable(error));

    const auto there =
        StoreCopy::copy(demo->database(), demo.path(), postgres.database(), postgres.url(), &error);
    QVERIFY2(there, qPrintable(error));
    QVERIFY(!there->alreadyIdentical);
    QVERIFY(there->totalRows() > 500);
    for (const StoreCopy::TableCount &count : there->counts) {
        QCOMPARE(Sql::scalar(postgres.database(),
                             QStringLiteral("SELECT count(*) FROM %1").arg(count.table))
                     ->toLongLong(),
                 count.rows);
    }
    QVERIFY2(StoreCopy::difference(demo->database(), postgres.database(), &error).isEmpty(),
             qPrintable(error));

    // A second copy onto the result changes nothing: no row is rewritten (xmin, the
    // transaction that wrote each row, stays).
    const QString writtenBy =
        Sql::rows(postgres.database(), QStringLiteral("SELECT xmin::text FROM people ORDER BY id"),
                  {}, [](const QSqlQuery &q) { return q.value(0).toString(); })
            .join(QLatin1Char(','));
    const auto again =
        StoreCopy::copy(demo->database(), demo.path(), postgres.database(), postgres.url(), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(again->alreadyIdentical);
    QCOMPARE(Sql::rows(postgres.database(),
                       QStringLiteral("SELECT xmin::text FROM people ORDER BY id"), {},
                       [](const QSqlQuery &q) { return q.value(0).toString(); })
                 .join(QLatin1Char(',')),
             writtenBy);

    // The ids go on after the largest copied one.
    const qint64 largest =
        Sql::scalar(postgres.database(), QStringLiteral("SELECT max(id) FROM people"))
            ->toLongLong();
    QVERIFY(Sql::run(postgres.database(),
                     QStringLiteral("INSERT INTO accounts (name, created_at) VALUES ('New', 'x')"),
                     {}, &error));
    QVERIFY(Sql::run(postgres.database(),
                     QStringLiteral("INSERT INTO people (account_id, side, name, created_at, "
                                    "updated_at) SELECT id, 'client', 'Nia', 'x', 'x' FROM "
                                    "accounts WHERE name = 'New'"),
                     {}, &error));
    QCOMPARE(
        Sql::scalar(postgres.database(), QStringLiteral("SELECT id FROM people WHERE name = 'Nia'"))
            ->toLongLong(),
        largest + 1);
    QVERIFY(Sql::run(postgres.database(), QStringLiteral("DELETE FROM accounts WHERE name = 'New'"),
                     {}, &error));

    // And back into a new workspace file: the dump of every table, row for row, is the
    // demo's.
    Test::TestWorkspace back;
    QVERIFY2(back.isValid(), qPrintable(back.error()));
    const auto home =
        StoreCopy::copy(postgres.database(), postgres.url(), back->database(), back.path(), &error);
    QVERIFY2(home, qPrintable(error));
    QCOMPARE(home->totalRows(), there->totalRows());
    const QString demoDump = Test::dumpDatabase(demo->database());
    QVERIFY(demoDump.count(QLatin1Char('\n')) > 500);
    QCOMPARE(Test::dumpDatabase(back->database()), demoDump);
    dropRoles(postgres.database(), ServerSetup::rolesFor(prefix));
}

void TestPostgres::copyRefusesATargetThatDiffers()
{
    KINGSIDE_REQUIRE_POSTGRES();
    Test::TestWorkspace demo(Test::TestWorkspace::Content::Demo);
    QVERIFY2(demo.isValid(), qPrintable(demo.error()));
    Test::TestDatabase postgres;
    QVERIFY2(postgres.isValid(), qPrintable(postgres.error()));
    QString error;
    // Not set up yet: no workspace there.
    QVERIFY(!StoreCopy::copy(demo->database(), demo.path(), postgres.database(), postgres.url(),
                             &error));
    QVERIFY2(error.contains(QLatin1String("server-setup")), qPrintable(error));
    QVERIFY2(Migrator::migrate(postgres.database(), 0, &error), qPrintable(error));
    QVERIFY(Sql::run(postgres.database(),
                     QStringLiteral("INSERT INTO accounts (name, created_at) VALUES ('Other', "
                                    "'x')"),
                     {}, &error));
    QVERIFY(!StoreCopy::copy(demo->database(), demo.path(), postgres.database(), postgres.url(),
                             &error));
    QVERIFY2(error.contains(QLatin1String("differs")) && error.contains(QLatin1String("accounts")),
             qPrintable(error));
    QCOMPARE(
        Sql::scalar(postgres.database(), QStringLiteral("SELECT count(*) FROM accounts"))->toInt(),
        1);
    QVERIFY(!StoreCopy::difference(demo->database(), postgres.database(), &error).isEmpty());
}

void TestPostgres::workspaceOpensAServerReadOnly()
{
    KINGSIDE_REQUIRE_POSTGRES();
    Test::TestWorkspace demo(Test::TestWorkspace::Content::Demo);
    QVERIFY2(demo.isValid(), qPrintable(demo.error()));
    Test::TestDatabase postgres;
    QVERIFY2(postgres.isValid(), qPrintable(postgres.error()));
    QString error;
    Workspace onServer;
    // No workspace there yet: refused, saying so.
    QVERIFY(!onServer.open(postgres.url(), Workspace::Mode::ReadOnly));
    QVERIFY2(onServer.errorString().contains(QLatin1String("server-setup")),
             qPrintable(onServer.errorString()));
    QVERIFY2(Migrator::migrate(postgres.database(), 0, &error), qPrintable(error));
    QVERIFY2(
        StoreCopy::copy(demo->database(), demo.path(), postgres.database(), postgres.url(), &error),
        qPrintable(error));

    // Editing on a server is not there yet: only read-only is accepted.
    QVERIFY(!onServer.open(postgres.url(), Workspace::Mode::ReadWrite));
    QCOMPARE(onServer.lastError().code, WorkspaceError::Code::ReadOnly);
    QVERIFY2(onServer.open(postgres.url(), Workspace::Mode::ReadOnly),
             qPrintable(onServer.errorString()));
    QVERIFY(onServer.isOnServer());
    QCOMPARE(onServer.displayName(), postgres.name());
    QCOMPARE(onServer.schemaVersion(), Migrator::latestVersion());

    // The stores read the same accounts, in the same order (NOCASE on SQLite, lower() on
    // PostgreSQL), and find one by name ignoring case.
    const auto names = [](const QSqlDatabase &db) {
        QStringList result;
        for (const Account &account : AccountStore(db).accounts())
            result.append(QStringLiteral("%1 %2").arg(account.id).arg(account.name));
        return result;
    };
    QCOMPARE(names(onServer.database()), names(demo->database()));
    QVERIFY(names(onServer.database()).size() >= 4);
    const auto found = AccountStore(onServer.database())
                           .accountByName(DemoBuilder::largestAccountName().toUpper());
    QVERIFY(found);
    QCOMPARE(found->id, demo.accountId(DemoBuilder::largestAccountName()));
    QCOMPARE(PersonStore(onServer.database()).people(found->id).size(),
             PersonStore(demo->database()).people(found->id).size());

    // The server itself refuses a write on this session (read-only transaction).
    QSqlQuery write(onServer.database());
    QVERIFY(!write.exec(QStringLiteral("UPDATE accounts SET notes = 'x'")));
    QCOMPARE(write.lastError().nativeErrorCode(), QStringLiteral("25006"));
    QVERIFY(!onServer.mayWrite(false));
    onServer.close();
    QVERIFY(!onServer.isOnServer());
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "TestPostgres.moc"
