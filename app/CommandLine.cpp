#include "CommandLine.h"

#include "workspace/AccountStore.h"
#include "workspace/ServerAddress.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace Kingside::Cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> all;
    return all;
}
} // namespace

Registrar::Registrar(const Command &command)
{
    registry().append(command);
}

QList<Command> commands()
{
    QList<Command> sorted = registry();
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Command &a, const Command &b) { return a.order < b.order; });
    return sorted;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : registry()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  const QString &usage)
{
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        if (!usage.isEmpty())
            err() << usage << Qt::endl;
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    return std::nullopt;
}

std::optional<Account> openAccount(Workspace &workspace, const QString &path,
                                   const QString &accountName, int *exitCode)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Kingside::Cli", text);
    };
    *exitCode = Failed;
    if (!ServerAddress::looksLikeAddress(path) && !QFileInfo::exists(path)) {
        err() << tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return std::nullopt;
    }
    if (!workspace.open(path, Workspace::Mode::ReadOnly)) {
        err() << workspace.errorString() << Qt::endl;
        return std::nullopt;
    }
    auto found = AccountStore(workspace.database()).accountByName(accountName);
    if (!found) {
        err() << tr("There is no account “%1” in %2.")
                     .arg(accountName, QDir::toNativeSeparators(path))
              << Qt::endl;
        *exitCode = BadInput;
        return std::nullopt;
    }
    *exitCode = Ok;
    return found;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace Kingside::Cli
