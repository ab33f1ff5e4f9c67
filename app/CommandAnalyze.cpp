#include "CommandLine.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AnalysisJson.h"
#include "analysis/AnalysisReport.h"
#include "analysis/AnalysisStore.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace Kingside::Cli {

namespace {
int runAnalyze(const QStringList &arguments);
const Registrar registrar({"analyze",
                           QT_TRANSLATE_NOOP("Kingside::Cli",
                                             "Answer the key account questions for one account"),
                           false, runAnalyze, 40});

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::Cli", text);
}

} // namespace

// kingside analyze WORKSPACE --account NAME [--json] [--today DATE]: the ten questions of
// DESIGN.md answered in order, or the whole analysis as JSON. Exit 2 for a missing or
// unknown account, 1 when the workspace cannot be opened.
namespace {
int runAnalyze(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Analyse one account's relationship map: the King and Queen, champions and "
           "opponents, single-threading, articulation points and bridges, reachability, "
           "hidden influencers, whitespace, cooling lines and changes since the last review."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace file."));
    const QCommandLineOption account(QStringLiteral("account"), tr("The account to analyse."),
                                     tr("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write the analysis as JSON."));
    const QCommandLineOption today(QStringLiteral("today"),
                                   tr("Judge freshness and lateness as on DATE (YYYY-MM-DD) "
                                      "instead of today."),
                                   tr("DATE"));
    parser.addOptions({account, json, today});
    if (const auto stop = parseArguments(parser, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(account)) {
        err() << tr("usage: kingside analyze WORKSPACE --account NAME [--json] [--today DATE]")
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
    const QString path = parser.positionalArguments().first();
    Workspace workspace;
    int exitCode = Ok;
    const auto found = openAccount(workspace, path, parser.value(account), &exitCode);
    if (!found)
        return exitCode;
    QString error;
    const auto input = AnalysisStore(workspace.database()).load(found->id, day, &error);
    if (!input) {
        err() << error << Qt::endl;
        return Failed;
    }
    const AccountAnalysis analysis = AccountAnalyzer::analyse(*input);
    if (parser.isSet(json)) {
        out() << QJsonDocument(AnalysisJson::toJson(*input, analysis))
                     .toJson(QJsonDocument::Indented);
        out().flush();
        return Ok;
    }
    out() << tr("%1 — as on %2").arg(analysis.accountName, day.toString(Qt::ISODate)) << "\n\n";
    const AnalysisReport report(*input, analysis);
    for (const Answer &answer : report.answers()) {
        out() << answer.id << ". " << answer.question << "\n   " << answer.answer << "\n";
        for (const Evidence &evidence : answer.evidence)
            out() << "     - " << evidence.text << "\n";
        out() << "\n";
    }
    const AccountHealth &health = analysis.health;
    auto share = [](std::optional<double> value) {
        return value ? QStringLiteral("%1 %").arg(qRound(*value * 100)) : tr("n/a");
    };
    out() << tr("Health: key pieces covered %1, supporters %2, single-threaded %3, reachable "
                "%4, cooling lines %5, King %6.")
                 .arg(share(health.keyPieceCoverage), share(health.supporterShare))
                 .arg(health.singleThreaded.size())
                 .arg(share(health.reachableShare))
                 .arg(health.coolingLines.size())
                 .arg(!health.hasKing      ? tr("not marked")
                      : health.kingInCheck ? tr("in check")
                                           : tr("safe"))
          << Qt::endl;
    return Ok;
}

} // namespace

} // namespace Kingside::Cli
