#pragma once

#include <QStringList>
#include <QTextStream>

namespace Kingside::Cli {

// One `kingside NAME …` command. Commands run without a window; those that render
// (needsGui) get an offscreen QGuiApplication when no display is there.
struct Command
{
    const char *name;
    const char *summary;
    bool needsGui;
    int (*run)(const QStringList &arguments); // arguments start with the command name
};

const QList<Command> &commands();
const Command *findCommand(const QString &name);

QTextStream &out();
QTextStream &err();

// Exit codes shared by the commands.
enum Exit
{
    Ok = 0,
    Failed = 1,
    BadInput = 2
};

} // namespace Kingside::Cli
