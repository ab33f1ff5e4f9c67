#include "Migrator.h"

#include "Sql.h"
#include "SqlDialect.h"
#include "SqlErrors.h"
#include "TransactionGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Kingside {
namespace {

const QString migrationFolder = QStringLiteral(":/kingside/migrations");

QString scriptPath(int version)
{
    const QDir dir(migrationFolder);
    const QString prefix = QStringLiteral("%1_").arg(version, 3, 10, QLatin1Char('0'));
    const QStringList names = dir.entryList({prefix + QStringLiteral("*.sql")}, QDir::Files);
    return names.isEmpty() ? QString() : dir.filePath(names.first());
}

// A script's own markers: "-- kingside: sqlite-only" (PostgreSQL records the step and
// runs nothing) and "-- kingside: foreign-keys-off" (SQLite rebuilds tables in it).
bool scriptHasMarker(int version, QLatin1String marker)
{
    QFile file(scriptPath(version));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = QByteArrayLiteral("-- kingside: ") + QByteArray(marker.data());
    for (const QByteArray &each : file.readAll().split('\n'))
        if (each.trimmed() == line)
            return true;
    return false;
}

} // namespace

int Migrator::latestVersion()
{
    int latest = 0;
    const QStringList names =
        QDir(migrationFolder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        latest = std::max(latest, name.section(QLatin1Char('_'), 0, 0).toInt());
    return latest;
}

QStringList Migrator::statementsOf(int version)
{
    QFile file(scriptPath(version));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList statements;
    QString current;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || (trimmed.isEmpty() && current.isEmpty()))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

int Migrator::userVersion(const QSqlDatabase &db)
{
    if (SqlDialect::of(db) == SqlDialect::Kind::PostgreSql) {
        if (!SqlDialect::tables(db).contains(SqlDialect::versionTable()))
            return 0;
        return Sql::scalar(db,
                           QStringLiteral("SELECT version FROM %1").arg(SqlDialect::versionTable()))
            .value_or(0)
            .toInt();
    }
    return Sql::scalar(db, QStringLiteral("PRAGMA user_version")).value_or(0).toInt();
}

bool Migrator::applyStep(QSqlDatabase db, int version, QString *error)
{
    const SqlDialect::Kind dialect = SqlDialect::of(db);
    const bool skipped = dialect == SqlDialect::Kind::PostgreSql &&
                         scriptHasMarker(version, QLatin1String("sqlite-only"));
    const QStringList statements = skipped ? QStringList() : statementsOf(version);
    if (statements.isEmpty() && !skipped) {
        *error = QCoreApplication::translate("Kingside::Migrator",
                                             "The upgrade script for schema version %1 "
                                             "is missing from this build.")
                     .arg(version);
        return false;
    }
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(SqlDialect::translate(statement, dialect))) {
            *error = QCoreApplication::translate("Kingside::Migrator",
                                                 "Upgrading to schema version %1 failed: %2")
                         .arg(version)
                         .arg(SqlErrors::explain(query.lastError()));
            return false;
        }
    }
    // The version is our own integer, not user text (PRAGMA takes no bound values).
    QStringList record;
    if (dialect == SqlDialect::Kind::PostgreSql) {
        if (version == 1)
            record << QStringLiteral("CREATE TABLE %1 (version BIGINT NOT NULL)")
                          .arg(SqlDialect::versionTable());
        record << QStringLiteral("DELETE FROM %1").arg(SqlDialect::versionTable())
               << QStringLiteral("INSERT INTO %1 (version) VALUES (%2)")
                      .arg(SqlDialect::versionTable())
                      .arg(version);
    } else {
        record << QStringLiteral("PRAGMA user_version = %1").arg(version);
    }
    for (const QString &statement : std::as_const(record)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = QCoreApplication::translate("Kingside::Migrator",
                                                 "Could not record schema version %1: %2")
                         .arg(version)
                         .arg(SqlErrors::explain(query.lastError()));
            return false;
        }
    }
    // A step's fixed rows (the built-in tier schemes) name their ids.
    QString identityError;
    if (!SqlDialect::resetIdentities(db, &identityError)) {
        *error = QCoreApplication::translate("Kingside::Migrator",
                                             "Upgrading to schema version %1 failed: %2")
                     .arg(version)
                     .arg(identityError);
        return false;
    }
    return true;
}

bool Migrator::migrateWithin(QSqlDatabase db, int fromVersion, QString *error, int toVersion)
{
    if (toVersion < 0)
        toVersion = latestVersion();
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        if (!applyStep(db, version, error))
            return false;
    }
    return true;
}

bool Migrator::migrate(QSqlDatabase db, int fromVersion, QString *error, int toVersion)
{
    if (toVersion < 0)
        toVersion = latestVersion();
    const bool onSqlite = SqlDialect::of(db) == SqlDialect::Kind::SQLite;
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        // A step that rebuilds tables runs with foreign keys off, so that dropping the old
        // table removes no row that refers to it, and is checked before it commits.
        // SQLite ignores the pragma inside a transaction: then the step is refused. The
        // setting is put back as it was.
        const bool keysOff =
            onSqlite && scriptHasMarker(version, QLatin1String("foreign-keys-off"));
        const bool keysWereOn = keysOff && foreignKeysOn(db);
        if (keysWereOn && !setForeignKeys(db, false, error))
            return false;
        const bool ok = migrateStep(db, version, keysOff, error);
        if (keysWereOn) {
            QString restoreError;
            if (!setForeignKeys(db, true, &restoreError) && ok) {
                *error = restoreError;
                return false;
            }
        }
        if (!ok)
            return false;
    }
    return true;
}

bool Migrator::setForeignKeys(QSqlDatabase db, bool on, QString *error)
{
    QString runError;
    if (!Sql::run(db,
                  on ? QStringLiteral("PRAGMA foreign_keys = ON")
                     : QStringLiteral("PRAGMA foreign_keys = OFF"),
                  {}, &runError)) {
        *error = QCoreApplication::translate("Kingside::Migrator",
                                             "Could not set foreign keys for the upgrade: %1")
                     .arg(SqlErrors::explain(runError));
        return false;
    }
    if (foreignKeysOn(db) != on) {
        *error = QCoreApplication::translate("Kingside::Migrator",
                                             "The upgrade rebuilds tables and cannot run "
                                             "inside an open transaction.");
        return false;
    }
    return true;
}

bool Migrator::foreignKeysOn(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).value_or(0).toInt() == 1;
}

bool Migrator::migrateStep(QSqlDatabase db, int version, bool checkKeys, QString *error)
{
    {
        TransactionGuard transaction(db);
        if (!transaction.isActive()) {
            *error = QCoreApplication::translate("Kingside::Migrator",
                                                 "Upgrading to schema version %1 failed: %2")
                         .arg(version)
                         .arg(transaction.errorText());
            return false;
        }
        if (!applyStep(db, version, error))
            return false;
        if (checkKeys) {
            const std::optional<QVariant> broken =
                Sql::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
            if (!broken || broken->toInt() != 0) {
                *error = QCoreApplication::translate(
                             "Kingside::Migrator",
                             "Upgrading to schema version %1 failed: %2 rows refer to rows "
                             "that do not exist.")
                             .arg(version)
                             .arg(broken ? broken->toInt() : -1);
                return false;
            }
        }
        if (!transaction.commit()) {
            *error = QCoreApplication::translate("Kingside::Migrator",
                                                 "Could not record schema version %1: %2")
                         .arg(version)
                         .arg(transaction.errorText());
            return false;
        }
    }
    return true;
}

} // namespace Kingside
