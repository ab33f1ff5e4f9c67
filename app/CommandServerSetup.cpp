#include "CommandLine.h"

#include "workspace/ServerAddress.h"
#include "workspace/ServerSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlDatabase>

namespace Kingside::Cli {

namespace {

// The texts of this file's free functions, in its context (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::Cli)
};

int runServerSetup(const QStringList &arguments);
const Registrar registrar(
    {"server-setup",
     QT_TRANSLATE_NOOP("Kingside::Cli",
                       "Create a shared workspace's schema and roles in an empty PostgreSQL "
                       "database"),
     false, runServerSetup, 25});
} // namespace

// kingside server-setup URL [--role-prefix P]: README "A shared workspace for a team".
// 0 set up, 1 refused (not empty, no connection, no right to create roles) or failed,
// 2 usage or an address Kingside does not take.
namespace {
int runServerSetup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Create the Kingside schema in an empty PostgreSQL database, with the group roles "
        "PREFIXteam (writes the workspace), PREFIXmentor (comments and review records only) "
        "and PREFIXleadership (reads everything, writes nothing). Credentials come from "
        "~/.pgpass, PGSERVICEFILE or PGPASSWORD, never from the address. Exit 0 set up, 1 "
        "refused or failed, 2 usage."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("URL"),
        Text::tr("postgresql://user@host:port/database, or postgresql:///?service=NAME."));
    const QCommandLineOption prefix(QStringLiteral("role-prefix"),
                                    Text::tr("How the roles' names start (default kingside_)."),
                                    QStringLiteral("PREFIX"), ServerSetup::defaultPrefix());
    parser.addOption(prefix);
    const QString usage = Text::tr("usage: kingside server-setup URL [--role-prefix PREFIX]");
    if (const auto stop = parseArguments(parser, arguments, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        err() << usage << Qt::endl;
        return BadInput;
    }
    QString error;
    const auto address = ServerAddress::parse(parser.positionalArguments().first(), &error);
    if (!address) {
        err() << error << Qt::endl;
        return BadInput;
    }
    if (const QString problem = ServerSetup::prefixProblem(parser.value(prefix));
        !problem.isEmpty()) {
        err() << problem << Qt::endl;
        return BadInput;
    }
    const QString connection = QStringLiteral("kingside-server-setup");
    if (!address->open(connection, &error)) {
        err() << error << Qt::endl;
        return Failed;
    }
    std::optional<ServerSetup::Report> report;
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        report = ServerSetup::run(db, address->text(), parser.value(prefix), &error);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!report) {
        err() << error << Qt::endl;
        return Failed;
    }
    out() << Text::tr("Set up %1: schema version %2, %3 tables.")
                 .arg(address->text())
                 .arg(report->schemaVersion)
                 .arg(report->tables)
          << Qt::endl;
    for (const QString &role : {report->roles.team, report->roles.mentor, report->roles.leadership})
        out() << "  "
              << (report->createdRoles.contains(role)
                      ? Text::tr("created the role %1")
                      : Text::tr("gave the existing role %1 its rights"))
                     .arg(role)
              << Qt::endl;
    out() << Text::tr("Give people a login of their own in one of these roles, for example: "
                      "CREATE ROLE anna LOGIN PASSWORD '…' IN ROLE %1;")
                 .arg(report->roles.team)
          << Qt::endl;
    return Ok;
}

} // namespace

} // namespace Kingside::Cli
