#include "ServerSetup.h"

#include "Migrator.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "SqlErrors.h"
#include "TransactionGuard.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Kingside {
namespace {

// The texts of this file's free functions, in its context (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::ServerSetup)
};

QString identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

// The review records a mentor writes (README "The account plan and the mentor's review").
const QStringList reviewTables = {QStringLiteral("reviews"),
                                  QStringLiteral("review_traffic_lights"),
                                  QStringLiteral("comments"), QStringLiteral("snapshots")};

// The statements that give the three roles their rights. Names are our own (validated
// prefix, our table names); nothing here comes from the database's content.
QStringList grantsFor(const ServerSetup::Roles &roles, const QString &database)
{
    const QString team = identifier(roles.team);
    const QString mentor = identifier(roles.mentor);
    const QString leadership = identifier(roles.leadership);
    const QString all = QStringList{team, mentor, leadership}.join(QStringLiteral(", "));
    QStringList statements = {
        // Only the three roles (and the owner) may connect.
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(identifier(database)),
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2")
            .arg(identifier(database), all),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(all),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(all),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1")
            .arg(team),
        // The schema version is changed by server-setup and upgrades only.
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON %1 FROM %2")
            .arg(SqlDialect::versionTable(), team),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1, %2").arg(team, mentor),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
            .arg(reviewTables.join(QStringLiteral(", ")), mentor),
        // A review's agreed actions join the plan (AddReview), so a mentor may add them and
        // take them back, and no other action: a row-level policy on review_id.
        QStringLiteral("GRANT INSERT, DELETE ON actions TO %1").arg(mentor),
        QStringLiteral("ALTER TABLE actions ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY team_writes ON actions TO %1 USING (true) "
                       "WITH CHECK (true)")
            .arg(team),
        QStringLiteral("CREATE POLICY all_read ON actions FOR SELECT TO %1, %2 USING (true)")
            .arg(mentor, leadership),
        QStringLiteral("CREATE POLICY mentor_adds_agreed ON actions FOR INSERT TO %1 "
                       "WITH CHECK (review_id IS NOT NULL)")
            .arg(mentor),
        QStringLiteral("CREATE POLICY mentor_removes_agreed ON actions FOR DELETE TO %1 "
                       "USING (review_id IS NOT NULL)")
            .arg(mentor),
    };
    return statements;
}

} // namespace

ServerSetup::Roles ServerSetup::rolesFor(const QString &prefix)
{
    return {prefix + QStringLiteral("team"), prefix + QStringLiteral("mentor"),
            prefix + QStringLiteral("leadership")};
}

QString ServerSetup::prefixProblem(const QString &prefix)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (valid.match(prefix).hasMatch())
        return {};
    return Text::tr("The role prefix “%1” is not accepted: use lower-case letters, digits and “_”, "
                    "starting with a letter, at most 40 characters.")
        .arg(prefix);
}

std::optional<ServerSetup::Report> ServerSetup::run(QSqlDatabase db, const QString &name,
                                                    const QString &prefix, QString *error)
{
    if (SqlDialect::of(db) != SqlDialect::Kind::PostgreSql) {
        *error = Text::tr("%1 is not a PostgreSQL database.").arg(name);
        return std::nullopt;
    }
    if (const QString problem = prefixProblem(prefix); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    QString readError;
    const QStringList existing = SqlDialect::tables(db, &readError);
    if (!readError.isEmpty()) {
        *error = Text::tr("Could not read what %1 holds: %2").arg(name, readError);
        return std::nullopt;
    }
    if (!existing.isEmpty()) {
        *error = Text::tr("%1 is not empty: it holds tables, “%2” first. server-setup writes "
                          "only into an empty database; nothing was changed.")
                     .arg(name, existing.first());
        return std::nullopt;
    }
    const QString database = Sql::scalar(db, QStringLiteral("SELECT current_database()"))
                                 .value_or(QVariant())
                                 .toString();

    Report report;
    report.roles = rolesFor(prefix);
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        *error = Text::tr("Could not start writing to %1: %2").arg(name, transaction.errorText());
        return std::nullopt;
    }
    QString stepError;
    if (!Migrator::migrateWithin(db, 0, &stepError)) {
        *error = Text::tr("Could not create the schema in %1: %2 Nothing was changed.")
                     .arg(name, stepError);
        return std::nullopt;
    }
    const auto execute = [&](const QString &statement) {
        QSqlQuery query(db);
        if (query.exec(statement))
            return true;
        *error = Text::tr("Could not set up the roles in %1: %2 Nothing was changed.")
                     .arg(name, query.lastError().text().trimmed());
        return false;
    };
    for (const QString &role : {report.roles.team, report.roles.mentor, report.roles.leadership}) {
        const bool exists =
            Sql::scalar(db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {role})
                .has_value();
        if (exists)
            continue;
        if (!execute(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(identifier(role))))
            return std::nullopt;
        report.createdRoles.append(role);
    }
    for (const QString &statement : grantsFor(report.roles, database)) {
        if (!execute(statement))
            return std::nullopt;
    }
    if (!transaction.commit()) {
        *error = Text::tr("Could not finish setting up %1: %2 Nothing was changed.")
                     .arg(name, transaction.errorText());
        return std::nullopt;
    }
    report.schemaVersion = Migrator::latestVersion();
    report.tables = int(SqlDialect::tables(db).size());
    return report;
}

} // namespace Kingside
