#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Kingside {

// Brings a workspace to the current schema with the numbered scripts compiled in
// under :/kingside/migrations/, each step in its own transaction, on SQLite or
// PostgreSQL (SqlDialect).
class Migrator
{
public:
    // The schema version this build writes: the number of the last script.
    static int latestVersion();

    // The statements of one numbered script, split at lines ending in ';'.
    static QStringList statementsOf(int version);

    // Apply every step after `fromVersion`, up to `toVersion` (default: latest).
    // Returns false with *error set when a step fails; that step is rolled back.
    static bool migrate(QSqlDatabase db, int fromVersion, QString *error, int toVersion = -1);

    // The same steps inside a transaction the caller holds (server-setup creates the
    // schema and the roles in one).
    static bool migrateWithin(QSqlDatabase db, int fromVersion, QString *error, int toVersion = -1);

    // The schema version: PRAGMA user_version on SQLite, the one row of
    // SqlDialect::versionTable() on PostgreSQL (0 when there is none).
    static int userVersion(const QSqlDatabase &db);

private:
    // One numbered script in the database's dialect, then its version recorded.
    static bool applyStep(QSqlDatabase db, int version, QString *error);
    // One step in its own transaction; with `checkKeys`, every foreign key is checked
    // before it commits.
    static bool migrateStep(QSqlDatabase db, int version, bool checkKeys, QString *error);
    static bool setForeignKeys(QSqlDatabase db, bool on, QString *error);
    static bool foreignKeysOn(const QSqlDatabase &db);
};

} // namespace Kingside
