#include "CommandLine.h"

#include "commands/SetStructure.h"
#include "workspace/AccountStore.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Kingside::Cli {

namespace {
int runStructure(const QStringList &arguments);
const Registrar registrar({"structure",
                           QT_TRANSLATE_NOOP("Kingside::Cli",
                                             "Show or set an account's departments and levels"),
                           false, runStructure, 13});
} // namespace

// kingside structure WORKSPACE --account NAME [--departments "A,B,C"] [--levels "X,Y"] [--show]
// Sets the board's files and ranks to exactly these names in this order, as one step.
// Exit 0 done, 1 refused (people on a department or level to remove, a bad name; nothing
// changed) or the file cannot be opened, 2 usage or an unknown account.
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::Cli", text, disambiguation, n);
}

QStringList names(const QString &list)
{
    QStringList result;
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            result.append(name.trimmed());
    }
    return result;
}

void show(const AccountStore &store, const Account &account)
{
    out() << tr("%1: departments, left to right:").arg(account.name) << Qt::endl;
    const QList<Department> departments = store.departments(account.id);
    for (int i = 0; i < departments.size(); ++i)
        out() << QStringLiteral("  %1. %2 (%3)")
                     .arg(i + 1)
                     .arg(departments[i].name,
                          tr("%n person(s)", nullptr, store.peopleOn(departments[i].id)))
              << Qt::endl;
    if (departments.isEmpty())
        out() << tr("  none") << Qt::endl;
    out() << tr("%1: levels, top first:").arg(account.name) << Qt::endl;
    const QList<Level> levels = store.levels(account.id);
    for (int i = 0; i < levels.size(); ++i)
        out() << QStringLiteral("  %1. %2 (%3)")
                     .arg(i + 1)
                     .arg(levels[i].name,
                          tr("%n person(s)", nullptr, store.peopleOnLevel(levels[i].id)))
              << Qt::endl;
    if (levels.isEmpty())
        out() << tr("  none") << Qt::endl;
}

int runStructure(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show or set the board of an account: its departments (files, left to right) and "
           "levels (ranks, top first). Setting keeps the departments and levels named (ignoring "
           "case), adds the new ones, puts them in the order given and removes the others, as "
           "one step; it is refused, changing nothing, while people stand on one to remove."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace file."));
    const QCommandLineOption account(QStringLiteral("account"), tr("The account."), tr("NAME"));
    const QCommandLineOption departments(QStringLiteral("departments"),
                                         tr("The departments, left to right, separated by commas."),
                                         QStringLiteral("A,B,C"));
    const QCommandLineOption levels(QStringLiteral("levels"),
                                    tr("The levels, top first, separated by commas."),
                                    QStringLiteral("TOP,…,BOTTOM"));
    const QCommandLineOption showOption(QStringLiteral("show"),
                                        tr("Print the departments and levels."));
    parser.addOptions({account, departments, levels, showOption});
    const QString usage =
        tr("usage: kingside structure WORKSPACE --account NAME [--departments \"A,B,C\"] "
           "[--levels \"TOP,…,BOTTOM\"] [--show]");
    if (const auto stop = parseArguments(parser, arguments, usage))
        return *stop;
    const bool setting = parser.isSet(departments) || parser.isSet(levels);
    if (parser.positionalArguments().size() != 1 || parser.value(account).trimmed().isEmpty() ||
        (!setting && !parser.isSet(showOption))) {
        err() << usage << Qt::endl;
        return BadInput;
    }
    const QString path = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    Workspace workspace;
    if (!setting) {
        int exitCode = Ok;
        const auto found = openAccount(workspace, path, parser.value(account), &exitCode);
        if (!found)
            return exitCode;
        show(AccountStore(workspace.database()), *found);
        return Ok;
    }
    if (!QFileInfo::exists(path)) {
        err() << tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return Failed;
    }
    if (!workspace.open(path)) {
        err() << workspace.errorString() << Qt::endl;
        return Failed;
    }
    const AccountStore store(workspace.database());
    const auto found = store.accountByName(parser.value(account));
    if (!found) {
        err() << tr("There is no account “%1” in %2.")
                     .arg(parser.value(account).trimmed(), QDir::toNativeSeparators(path))
              << Qt::endl;
        return BadInput;
    }
    const auto listOf = [&parser](const QCommandLineOption &option) {
        return parser.isSet(option) ? std::optional(names(parser.value(option))) : std::nullopt;
    };
    if (!workspace.execute(
            new SetStructure(&workspace, found->id, listOf(departments), listOf(levels)))) {
        err() << workspace.errorString() << Qt::endl;
        return Failed;
    }
    out() << tr("Set the board of “%1”.").arg(found->name) << Qt::endl;
    if (parser.isSet(showOption))
        show(store, *found);
    return Ok;
}

} // namespace

} // namespace Kingside::Cli
