#include "CommandLine.h"

#include "commands/AddAccount.h"
#include "commands/RemoveAccount.h"
#include "commands/RenameAccount.h"
#include "domain/AccountTemplates.h"
#include "workspace/AccountStore.h"
#include "workspace/ServerAddress.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kingside::Cli {

namespace {
int runAccount(const QStringList &arguments);
const Registrar registrar(
    {"account", QT_TRANSLATE_NOOP("Kingside::Cli", "Add, rename, remove or list accounts"), false,
     runAccount, 12});
} // namespace

// kingside account WORKSPACE --add NAME [--template KEY] | --rename OLD NEW |
// --remove NAME [--force] | --list [--json]
// Exit 0 done, 1 refused (a rule, an account with people without --force) or the file
// cannot be opened, 2 usage, an unknown template or an unknown account.
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::Cli", text, disambiguation, n);
}

QString templateKeys()
{
    QStringList keys;
    for (const AccountTemplate &candidate : AccountTemplates::all())
        keys.append(
            QStringLiteral("  %1  %2").arg(candidate.key.leftJustified(20), candidate.name));
    return keys.join(QLatin1Char('\n'));
}

// Everything an account holds, as the sentence a removal without --force answers with.
QString contentsSentence(const QString &name, const AccountContents &contents)
{
    return tr("“%1” holds %2, %3, %4, %5, %6 and %7.")
        .arg(name, tr("%n client person(s)", nullptr, contents.clientPeople),
             tr("%n team member(s)", nullptr, contents.teamPeople),
             tr("%n relationship(s)", nullptr, contents.relationships),
             tr("%n plan action(s)", nullptr, contents.actions),
             tr("%n review(s)", nullptr, contents.reviews),
             tr("%n snapshot(s)", nullptr, contents.snapshots));
}

bool openForWriting(Workspace &workspace, const QString &path)
{
    if (!ServerAddress::looksLikeAddress(path) && !QFileInfo::exists(path)) {
        err() << tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return false;
    }
    if (!workspace.open(path)) {
        err() << workspace.errorString() << Qt::endl;
        return false;
    }
    return true;
}

std::optional<Account> findAccount(Workspace &workspace, const QString &name)
{
    auto found = AccountStore(workspace.database()).accountByName(name);
    if (!found)
        err() << tr("There is no account “%1” in %2.")
                     .arg(name.trimmed(), QDir::toNativeSeparators(workspace.path()))
              << Qt::endl;
    return found;
}

int run(Workspace &workspace, WorkspaceCommand *command)
{
    if (!workspace.execute(command)) {
        err() << workspace.errorString() << Qt::endl;
        return Failed;
    }
    return Ok;
}

int listAccounts(const QString &path, bool json)
{
    Workspace workspace;
    if (!ServerAddress::looksLikeAddress(path) && !QFileInfo::exists(path)) {
        err() << tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return Failed;
    }
    if (!workspace.open(path, Workspace::Mode::ReadOnly)) {
        err() << workspace.errorString() << Qt::endl;
        return Failed;
    }
    const AccountStore store(workspace.database());
    QJsonArray array;
    for (const Account &account : store.accounts()) {
        const AccountContents contents = store.contentsSummary(account.id);
        if (json) {
            array.append(QJsonObject{
                {QStringLiteral("name"), account.name},
                {QStringLiteral("industry"), account.industry},
                {QStringLiteral("currency"), account.currency},
                {QStringLiteral("clientPeople"), contents.clientPeople},
                {QStringLiteral("teamPeople"), contents.teamPeople},
                {QStringLiteral("relationships"), contents.relationships},
                {QStringLiteral("departments"), int(store.departments(account.id).size())},
                {QStringLiteral("levels"), int(store.levels(account.id).size())},
            });
            continue;
        }
        out() << tr("%1 (%2): %3, %4")
                     .arg(account.name,
                          account.industry.isEmpty() ? tr("no industry") : account.industry,
                          tr("%n client person(s)", nullptr, contents.clientPeople),
                          tr("%n team member(s)", nullptr, contents.teamPeople))
              << Qt::endl;
    }
    if (json)
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else if (store.accounts().isEmpty())
        out() << tr("No accounts yet.") << Qt::endl;
    return Ok;
}

int runAccount(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add, rename, remove or list the accounts of WORKSPACE. Every change is one step, "
           "checked by the same rules as in the window. Exit 0 done, 1 refused or the "
           "workspace cannot be opened, 2 bad arguments, unknown template or account."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace file."));
    parser.addPositionalArgument(QStringLiteral("NEW"), tr("With --rename: the new name."),
                                 QStringLiteral("[NEW]"));
    const QCommandLineOption add(QStringLiteral("add"), tr("Add an account named NAME."),
                                 tr("NAME"));
    const QCommandLineOption from(
        QStringLiteral("template"),
        tr("With --add: the board to start from (default standard; blank for none)."), tr("KEY"),
        QStringLiteral("standard"));
    const QCommandLineOption rename(QStringLiteral("rename"), tr("Rename the account OLD to NEW."),
                                    tr("OLD"));
    const QCommandLineOption remove(
        QStringLiteral("remove"), tr("Remove the account NAME with everything in it."), tr("NAME"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("With --remove: remove an account that has people."));
    const QCommandLineOption list(QStringLiteral("list"),
                                  tr("List the accounts with their industry and people."));
    const QCommandLineOption json(QStringLiteral("json"), tr("With --list: print JSON."));
    parser.addOptions({add, from, rename, remove, force, list, json});
    const QString usage =
        tr("usage: kingside account WORKSPACE --add NAME [--template KEY] | --rename OLD NEW | "
           "--remove NAME [--force] | --list [--json]");
    if (const auto stop = parseArguments(parser, arguments, usage))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const int actions = int(parser.isSet(add)) + int(parser.isSet(rename)) +
                        int(parser.isSet(remove)) + int(parser.isSet(list));
    const int wantedPositionals = parser.isSet(rename) ? 2 : 1;
    if (actions != 1 || positional.size() != wantedPositionals) {
        err() << usage << Qt::endl;
        return BadInput;
    }
    // A server address (README "A shared workspace for a team") is read as it is given.
    const QString path = ServerAddress::looksLikeAddress(positional.first())
                             ? positional.first()
                             : QFileInfo(positional.first()).absoluteFilePath();
    if (parser.isSet(list))
        return listAccounts(path, parser.isSet(json));

    std::optional<AccountTemplate> chosen;
    if (parser.isSet(add)) {
        chosen = AccountTemplates::find(parser.value(from));
        if (!chosen) {
            err() << tr("There is no template “%1”. The templates are:").arg(parser.value(from))
                  << Qt::endl
                  << templateKeys() << Qt::endl;
            return BadInput;
        }
    }
    Workspace workspace;
    if (!openForWriting(workspace, path))
        return Failed;

    if (parser.isSet(add)) {
        Account account;
        account.name = parser.value(add).trimmed();
        auto *command = new AddAccount(&workspace, account, *chosen);
        if (const int exit = run(workspace, command); exit != Ok)
            return exit;
        const AccountStore store(workspace.database());
        out() << tr("Added the account “%1” from the template %2: %3, %4.")
                     .arg(
                         account.name, chosen->name,
                         tr("%n department(s)", nullptr,
                            int(store.departments(command->accountId()).size())),
                         tr("%n level(s)", nullptr, int(store.levels(command->accountId()).size())))
              << Qt::endl;
        return Ok;
    }
    if (parser.isSet(rename)) {
        const auto account = findAccount(workspace, parser.value(rename));
        if (!account)
            return BadInput;
        if (const int exit =
                run(workspace, new RenameAccount(&workspace, account->id, positional.at(1)));
            exit != Ok)
            return exit;
        out() << tr("Renamed “%1” to “%2”.").arg(account->name, positional.at(1).trimmed())
              << Qt::endl;
        return Ok;
    }
    const auto account = findAccount(workspace, parser.value(remove));
    if (!account)
        return BadInput;
    const AccountContents contents =
        AccountStore(workspace.database()).contentsSummary(account->id);
    if (contents.clientPeople + contents.teamPeople > 0 && !parser.isSet(force)) {
        err() << contentsSentence(account->name, contents) << ' '
              << tr("Nothing was removed; add --force to remove the account with all of it.")
              << Qt::endl;
        return Failed;
    }
    if (const int exit = run(workspace, new RemoveAccount(&workspace, account->id)); exit != Ok)
        return exit;
    out() << tr("Removed the account “%1”.").arg(account->name) << Qt::endl;
    return Ok;
}

} // namespace

} // namespace Kingside::Cli
