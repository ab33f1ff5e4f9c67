#include "CommandLine.h"

#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Kingside::Cli {

namespace {
int runNew(const QStringList &arguments);
const Registrar registrar({"new", QT_TRANSLATE_NOOP("Kingside::Cli", "Create an empty workspace"),
                           false, runNew, 11});
} // namespace

// kingside new WORKSPACE: an empty workspace at a path that does not exist yet.
// Exit 0 created, 1 refused (the file exists) or failed, 2 usage.
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::Cli", text);
}

int runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create an empty Kingside workspace at WORKSPACE. An existing file is never "
           "replaced."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"),
                                 tr("The workspace file to create, by convention NAME.kingside."));
    const QString usage = tr("usage: kingside new WORKSPACE");
    if (const auto stop = parseArguments(parser, arguments, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        err() << usage << Qt::endl;
        return BadInput;
    }
    const QString path = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    Workspace workspace;
    if (!workspace.create(path)) {
        err() << workspace.errorString() << Qt::endl;
        return Failed;
    }
    workspace.close();
    out() << tr("Created the empty workspace %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Ok;
}

} // namespace

} // namespace Kingside::Cli
