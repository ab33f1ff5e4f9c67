#include "CommandLine.h"

#include <cstdio>

namespace Kingside::Cli {

int runDemo(const QStringList &arguments);
int runCheck(const QStringList &arguments);

const QList<Command> &commands()
{
    // Later commands add one line here and one file beside this one.
    static const QList<Command> all{
        {"demo", "Write the demo workspace to a file", false, runDemo},
        {"check", "Check that a file is a sound Kingside workspace", false, runCheck},
    };
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
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
