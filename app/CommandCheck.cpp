#include "CommandLine.h"

#include "workspace/WorkspaceCheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Kingside::Cli {

namespace {
int runCheck(const QStringList &arguments);
const Registrar registrar(
    {"check", QT_TRANSLATE_NOOP("Kingside::Cli", "Check that a file is a sound Kingside workspace"),
     false, runCheck, 20});
} // namespace

// kingside check WORKSPACE: 0 sound, 1 damaged, 2 not a Kingside workspace, 3 locked
// or unreadable right now. One line of reason; the problems follow, one per line.
namespace {
int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Kingside::Cli", "Check a workspace: schema version, integrity, foreign keys. "
                         "Exit 0 sound, 1 damaged, 2 not a Kingside workspace, 3 locked."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("WORKSPACE"),
        QCoreApplication::translate("Kingside::Cli", "The workspace file."));
    if (const auto stop = parseArguments(parser, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        err() << QCoreApplication::translate("Kingside::Cli", "usage: kingside check WORKSPACE")
              << Qt::endl;
        return BadInput;
    }
    const WorkspaceCheck check = WorkspaceCheck::run(parser.positionalArguments().first());
    QTextStream &stream = check.status == WorkspaceCheck::Status::Sound ? out() : err();
    stream << check.summary << Qt::endl;
    for (qsizetype i = 1; i < check.problems.size() && i < 50; ++i)
        stream << "  " << check.problems[i] << Qt::endl;
    return int(check.status);
}

} // namespace

} // namespace Kingside::Cli
