#include "CommandLine.h"

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
