#include "CommandLine.h"

#include "analysis/AnalysisStore.h"
#include "moves/MoveAction.h"
#include "moves/MovePlanner.h"
#include "moves/MoveReport.h"
#include "planning/AddPlanAction.h"
#include "workspace/AccountStore.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceCheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace Kingside::Cli {

namespace {
int runMoves(const QStringList &arguments);
const Registrar
    registrar({"moves",
               QT_TRANSLATE_NOOP("Kingside::Cli",
                                 "Propose the next moves for one account, with their effects, and "
                                 "record one as a plan action"),
               false, runMoves, 42});

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::Cli", text);
}

// Largest plan the command proposes: beyond a dozen moves a plan stops being a plan.
constexpr int MaxCount = 12;

} // namespace

// kingside moves WORKSPACE --account NAME [--count K] [--json] [--today DATE] [--apply N]
// (README "Next moves"). Exit 0 done; 1 the workspace cannot be opened or written; 2 bad
// input (missing account, unknown account, a count or move number out of range, a bad date).
namespace {
int runMoves(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Propose the next moves for one account: the few relationships to build, "
           "strengthen or refresh that mend the most of what the ten questions find, chosen "
           "together, each with who acts, whom they meet, who introduces them, the effort and "
           "the effect measured on the questions. --apply N records move N as a plan action."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace file."));
    const QCommandLineOption account(QStringLiteral("account"), tr("The account."), tr("NAME"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   tr("How many moves to choose together (1 to 12; default 5)."),
                                   tr("K"), QStringLiteral("5"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write the plan as JSON."));
    const QCommandLineOption today(QStringLiteral("today"),
                                   tr("Judge freshness as on DATE (YYYY-MM-DD) instead of today."),
                                   tr("DATE"));
    const QCommandLineOption apply(QStringLiteral("apply"),
                                   tr("Record move N of the plan as an action of the account "
                                      "plan (one undoable change)."),
                                   tr("N"));
    parser.addOptions({account, count, json, today, apply});
    const QString usage = tr("usage: kingside moves WORKSPACE --account NAME [--count K] [--json] "
                             "[--today YYYY-MM-DD] [--apply N]");
    if (const auto stop = parseArguments(parser, arguments, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1 || parser.value(account).trimmed().isEmpty()) {
        err() << usage << Qt::endl;
        return BadInput;
    }
    bool ok = false;
    const int moves = parser.value(count).toInt(&ok);
    if (!ok || moves < 1 || moves > MaxCount) {
        err() << tr("--count takes a number from 1 to 12, not “%1”.").arg(parser.value(count))
              << Qt::endl;
        return BadInput;
    }
    QDate day = QDate::currentDate();
    if (parser.isSet(today)) {
        day = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!day.isValid()) {
            err() << tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(parser.value(today))
                  << Qt::endl;
            return BadInput;
        }
    }
    int applyNumber = 0;
    if (parser.isSet(apply)) {
        applyNumber = parser.value(apply).toInt(&ok);
        if (!ok || applyNumber < 1) {
            err() << tr("--apply takes the number of a move (1, 2, …), not “%1”.")
                         .arg(parser.value(apply))
                  << Qt::endl;
            return BadInput;
        }
    }

    const QString path = parser.positionalArguments().first();
    Workspace workspace;
    std::optional<Account> found;
    if (applyNumber == 0) {
        int exitCode = Ok;
        found = openAccount(workspace, path, parser.value(account).trimmed(), &exitCode);
        if (!found)
            return exitCode;
    } else {
        if (!QFileInfo::exists(path)) {
            err() << tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
            return Failed;
        }
        if (!workspace.open(path, Workspace::Mode::ReadWrite)) {
            err() << workspace.errorString() << Qt::endl;
            return Failed;
        }
        const QStringList problems = WorkspaceCheck::problemsOf(workspace.database());
        if (!problems.isEmpty()) {
            err() << tr("Nothing was written: %1 is damaged (%2). Run “kingside check” on it "
                        "and restore it from a backup copy.")
                         .arg(QDir::toNativeSeparators(workspace.path()), problems.first())
                  << Qt::endl;
            return Failed;
        }
        found = AccountStore(workspace.database()).accountByName(parser.value(account).trimmed());
        if (!found) {
            err() << tr("There is no account “%1” in %2.")
                         .arg(parser.value(account).trimmed(), QDir::toNativeSeparators(path))
                  << Qt::endl;
            return BadInput;
        }
    }
    QString error;
    const auto input = AnalysisStore(workspace.database()).load(found->id, day, &error);
    if (!input) {
        err() << error << Qt::endl;
        return Failed;
    }
    const MovePlanner planner(*input);
    const MovePlan plan = planner.plan(moves);
    const MoveReport report(*input);

    if (applyNumber > 0) {
        if (applyNumber > plan.chosen.size()) {
            err() << tr("Nothing was written: there is no move %1; the plan ends at move %2.")
                         .arg(applyNumber)
                         .arg(plan.chosen.size())
                  << Qt::endl;
            return BadInput;
        }
        const Move &move = plan.candidates[plan.chosen[applyNumber - 1]];
        const PlanAction action = MoveAction::actionFor(workspace.database(), *input, move);
        if (!workspace.execute(new AddPlanAction(&workspace, action))) {
            err() << tr("Nothing was written: %1").arg(workspace.errorString()) << Qt::endl;
            return Failed;
        }
        out() << tr("Added to the plan of “%1”: %2 — owner %3, due %4.")
                     .arg(plan.accountName, action.title, report.nameOf(action.ownerId),
                          action.dueDate.toString(Qt::ISODate))
              << Qt::endl;
        return Ok;
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(report.toJson(plan)).toJson(QJsonDocument::Indented);
        out().flush();
        return Ok;
    }
    out() << report.planText(plan);
    out().flush();
    return Ok;
}

} // namespace

} // namespace Kingside::Cli
