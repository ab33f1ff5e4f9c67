#pragma once

#include "domain/Account.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Kingside {
class Workspace;
}

namespace Kingside::Cli {

// One `kingside NAME …` command. Commands run without a window; those that render
// (needsGui) get an offscreen QGuiApplication when no display is there.
struct Command
{
    const char *name;
    const char *summary;
    bool needsGui;
    int (*run)(const QStringList &arguments); // arguments start with the command name
    int order = 100;                          // position in `kingside --help`
};

// Each command file registers itself with a static Registrar, so adding a command
// touches no shared file:  static const Cli::Registrar registrar({"name", …});
struct Registrar
{
    explicit Registrar(const Command &command);
};

QList<Command> commands(); // in help order
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

// Parses a command's arguments. On a parse error it prints the error (and `usage`, when
// given) and returns BadInput; with --help it prints the help and returns Ok. Returns
// nothing when the command should go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  const QString &usage = {});

// Opens WORKSPACE read-only and finds the account named ACCOUNT. On failure it prints
// the reason and sets *exitCode: Failed when the file cannot be opened, BadInput when
// there is no such account.
std::optional<Account> openAccount(Workspace &workspace, const QString &path,
                                   const QString &accountName, int *exitCode);

} // namespace Kingside::Cli
