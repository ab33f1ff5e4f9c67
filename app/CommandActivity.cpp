#include "CommandLine.h"

#include "activity/ActivityPlanner.h"
#include "activity/ActivityReader.h"
#include "commands/RecordActivity.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceCheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace Kingside::Cli {

namespace {
int runActivity(const QStringList &arguments);
const Registrar
    registrar({"activity",
               QT_TRANSLATE_NOOP("Kingside::Cli",
                                 "Move lines' last contact forward from calendar (.ics) and mail "
                                 "(mbox, .eml) exports"),
               false, runActivity, 41});
} // namespace

// kingside activity WORKSPACE FILE… --account NAME [--dry-run] [--create-lines]
// Exit 0: read and written (or nothing to change); 1: the workspace is damaged or the
// write failed; 2: bad arguments, no such account, or a file that cannot be read (then
// nothing is written).
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::Cli", text, disambiguation, n);
}

int runActivity(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read meetings from calendar exports (.ics from Outlook, Google Calendar, Apple "
           "Calendar) and correspondence from mail exports (mbox, .eml: the From, To, Cc and "
           "Date header fields only, never a body). For each pair of one of the account's team "
           "and a client person, matched by e-mail address, their lines' last contact moves "
           "forward, never back, and each meeting or message is counted once. Exit 0 when "
           "done, 1 when writing failed, 2 when a file or the account cannot be found."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Calendar or mail exports."),
                                 QStringLiteral("FILE…"));
    const QCommandLineOption account(QStringLiteral("account"), tr("The account."), tr("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show what would change; write nothing."));
    const QCommandLineOption createLines(
        QStringLiteral("create-lines"),
        tr("Draw a working line at strength 1, marked as from the calendar, between one of our "
           "team and a client person who met and have no line yet."));
    parser.addOptions({account, dryRun, createLines});
    if (const auto stop = parseArguments(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2 || parser.value(account).trimmed().isEmpty()) {
        err() << tr("usage: kingside activity WORKSPACE FILE… --account NAME [--dry-run] "
                    "[--create-lines]")
              << Qt::endl;
        return BadInput;
    }
    const QStringList files = positional.mid(1);
    for (const QString &file : files)
        if (ActivityReader::formatOf(file) == ActivityReader::Format::Unknown) {
            ActivityReadResult failed = ActivityReader::read(file, {}, {});
            err() << tr("Nothing was written: %1").arg(failed.error) << Qt::endl;
            return BadInput;
        }

    Workspace workspace;
    if (!workspace.open(positional[0], parser.isSet(dryRun) ? Workspace::Mode::ReadOnly
                                                            : Workspace::Mode::ReadWrite)) {
        err() << workspace.errorString() << Qt::endl;
        return BadInput;
    }
    if (!parser.isSet(dryRun)) {
        const QStringList problems = WorkspaceCheck::problemsOf(workspace.database());
        if (!problems.isEmpty()) {
            err() << tr("Nothing was written: %1 is damaged (%2). Run “kingside check” on it "
                        "and restore it from a backup copy.")
                         .arg(QDir::toNativeSeparators(workspace.path()), problems.first())
                  << Qt::endl;
            return Failed;
        }
    }

    ActivityPlanner::Options options;
    options.createLines = parser.isSet(createLines);
    ActivityPlanner planner(workspace.database(), parser.value(account).trimmed(), options);
    if (!planner.error().isEmpty()) {
        err() << planner.error() << Qt::endl;
        return BadInput;
    }
    for (const QString &file : files) {
        const ActivityReadResult result = ActivityReader::read(
            file, planner.window(), [&planner](const ActivityItem &item) { planner.add(item); });
        if (!result.readable) {
            err() << tr("Nothing was written: %1").arg(result.error) << Qt::endl;
            return BadInput;
        }
        planner.addResult(result);
        out() << tr("%1: %n meeting(s) or message(s)", nullptr, int(result.items))
                     .arg(QDir::toNativeSeparators(file))
              << Qt::endl;
    }
    const ActivityPlan plan = planner.finish();
    out() << plan.report() << Qt::endl;
    if (parser.isSet(dryRun)) {
        out() << tr("Nothing was written (--dry-run).") << Qt::endl;
        return Ok;
    }
    if (!plan.hasWrites()) {
        out() << tr("Nothing to change.") << Qt::endl;
        return Ok;
    }
    if (!workspace.execute(new RecordActivity(&workspace, plan))) {
        err() << tr("Nothing was written: %1").arg(workspace.errorString()) << Qt::endl;
        return Failed;
    }
    out()
        << tr("Updated %n line(s) of “%1”.", nullptr, int(plan.lines.size())).arg(plan.accountName)
        << Qt::endl;
    return Ok;
}

} // namespace

} // namespace Kingside::Cli
