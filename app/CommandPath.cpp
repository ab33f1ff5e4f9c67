#include "CommandLine.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AnalysisReport.h"
#include "analysis/AnalysisStore.h"
#include "analysis/PersonLookup.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Kingside::Cli {

namespace {
int runPath(const QStringList &arguments);
const Registrar registrar({"path",
                           QT_TRANSLATE_NOOP("Kingside::Cli",
                                             "Print the strongest introduction path to a person"),
                           false, runPath, 41});

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::Cli", text);
}

// Finds PERSON in the account; prints why not and gives BadInput when it cannot.
int lookUp(const AnalysisInput &input, const QString &text, const QString &accountName,
           qint64 *personId)
{
    switch (PersonLookup::find(input, text, personId)) {
    case PersonLookup::Result::Found:
        return Ok;
    case PersonLookup::Result::NotFound:
        err() << tr("There is nobody called “%1” in %2.").arg(text, accountName) << Qt::endl;
        return BadInput;
    case PersonLookup::Result::Ambiguous:
        err() << tr("More than one person in %2 is called “%1”; give the e-mail address instead.")
                     .arg(text, accountName)
              << Qt::endl;
        return BadInput;
    }
    return BadInput;
}

} // namespace

// kingside path WORKSPACE --account NAME --to PERSON [--from TEAM_MEMBER]: the cheapest
// chain of introductions (cost 6 − strength per line; walls and tension lines are never
// crossed). Exit 0 with a path, 1 when there is none, 2 for bad input.
namespace {
int runPath(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the strongest introduction path from our team to a client person. Each line "
           "costs 6 − its strength (5 costs 1, 1 costs 5); lines across a wall and pairs in "
           "tension are never used."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace file."));
    const QCommandLineOption account(QStringLiteral("account"), tr("The account."), tr("NAME"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The person to reach (name or e-mail)."),
                                tr("PERSON"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("Start from this team member; default: whoever of our team "
                                     "gives the strongest path."),
                                  tr("TEAM_MEMBER"));
    parser.addOptions({account, to, from});
    if (const auto stop = parseArguments(parser, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(account) || !parser.isSet(to)) {
        err() << tr("usage: kingside path WORKSPACE --account NAME --to PERSON "
                    "[--from TEAM_MEMBER]")
              << Qt::endl;
        return BadInput;
    }
    const QString path = parser.positionalArguments().first();
    Workspace workspace;
    int exitCode = Ok;
    const auto found = openAccount(workspace, path, parser.value(account), &exitCode);
    if (!found)
        return exitCode;
    QString error;
    const auto input =
        AnalysisStore(workspace.database()).load(found->id, QDate::currentDate(), &error);
    if (!input) {
        err() << error << Qt::endl;
        return Failed;
    }
    qint64 targetId = 0;
    if (const int status = lookUp(*input, parser.value(to), found->name, &targetId); status != Ok)
        return status;
    qint64 fromId = 0;
    if (parser.isSet(from)) {
        if (const int status = lookUp(*input, parser.value(from), found->name, &fromId);
            status != Ok)
            return status;
    }
    const AnalysisReport names(*input, AccountAnalysis{});
    if (fromId > 0 && !names.person(fromId)->isTeam()) {
        err() << tr("%1 is not on our team; --from takes a team member.").arg(names.nameOf(fromId))
              << Qt::endl;
        return BadInput;
    }
    if (fromId == 0 && names.person(targetId)->isTeam()) {
        out() << tr("%1 is on our team; no introduction is needed.").arg(names.nameOf(targetId))
              << Qt::endl;
        return Ok;
    }
    const IntroductionPath route = AccountAnalyzer::introductionPath(*input, targetId, fromId);
    if (!route.found) {
        out() << (fromId > 0 ? tr("There is no introduction path from %1 to %2 that avoids walls "
                                  "and tension lines.")
                                   .arg(names.nameOf(fromId), names.nameOf(targetId))
                             : tr("There is no introduction path from our team to %1 that avoids "
                                  "walls and tension lines.")
                                   .arg(names.nameOf(targetId)))
              << Qt::endl;
        return Failed;
    }
    const Answer answer = names.introductionAnswer(route, targetId);
    QStringList steps;
    for (qint64 id : route.people)
        steps.append(names.nameOf(id));
    out() << tr("Strongest introduction path to %1 (cost %2):")
                 .arg(names.nameOf(targetId))
                 .arg(route.cost)
          << "\n  " << steps.join(QStringLiteral(" → ")) << "\n";
    for (const Evidence &step : answer.evidence)
        out() << "  - " << step.text << "\n";
    out().flush();
    return Ok;
}

} // namespace

} // namespace Kingside::Cli
