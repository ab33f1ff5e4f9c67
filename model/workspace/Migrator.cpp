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
    const QStringList statements = statementsOf(version);
    if (statements.isEmpty()) {
        *error = QCoreApplication::translate("Kingside::Migrator",
                                             "The upgrade script for schema version %1 "
                                             "is missing from this build.")
                     .arg(version);
        return false;
    }
    const SqlDialect::Kind dialect = SqlDialect::of(db);
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
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
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
