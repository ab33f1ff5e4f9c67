#include "CommandLine.h"

#include "privacy/PersonDataExport.h"
#include "privacy/PersonEraser.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

// kingside person WORKSPACE --account NAME --export|--erase PERSON: README "A person's
// data, on request". Exit 0 done, 1 failed or refused, 2 bad input (no such account or
// person, an ambiguous name), 3 locked by another program.
namespace Kingside::Cli {

namespace {
int runPerson(const QStringList &arguments);
const Registrar
    registrar({"person",
               QT_TRANSLATE_NOOP("Kingside::Cli",
                                 "Export everything held about a person, or erase them for good"),
               false, runPerson, 75});

constexpr int Locked = 3;

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::Cli", text);
}

bool interactive()
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stdin)) && isatty(fileno(stdout));
#else
    return false;
#endif
}

QString describe(const Person &person)
{
    QString text = QStringLiteral("id %1: %2").arg(person.id).arg(person.name);
    QStringList details;
    if (!person.title.isEmpty())
        details.append(person.title);
    if (!person.email.isEmpty())
        details.append(person.email);
    details.append(person.isTeam() ? tr("our team") : tr("client"));
    return text + QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
}

// The one person meant by --id N or by the name PERSON within the account.
std::optional<Person> findPerson(const Workspace &workspace, const Account &account,
                                 const QString &name, const QString &idText, int *exitCode)
{
    *exitCode = BadInput;
    const QSqlDatabase db = workspace.database();
    if (!idText.isEmpty()) {
        bool ok = false;
        const qint64 id = idText.toLongLong(&ok);
        const auto person = ok ? PersonStore(db).person(id) : std::nullopt;
        if (!person || person->accountId != account.id) {
            err() << tr("There is no person with id %1 in “%2”.").arg(idText, account.name)
                  << Qt::endl;
            return std::nullopt;
        }
        *exitCode = Ok;
        return person;
    }
    const QList<Person> matches = PersonDataExport::peopleNamed(db, account.id, name);
    if (matches.isEmpty()) {
        err() << tr("There is no person named “%1” in “%2”.").arg(name, account.name) << Qt::endl;
        return std::nullopt;
    }
    if (matches.size() > 1) {
        err() << tr("“%1” names %2 people in “%3”; choose one with --id:")
                     .arg(name)
                     .arg(matches.size())
                     .arg(account.name)
              << Qt::endl;
        for (const Person &person : matches)
            err() << "  " << describe(person) << Qt::endl;
        return std::nullopt;
    }
    *exitCode = Ok;
    return matches.first();
}

int exportPerson(const Workspace &workspace, const Person &person, const QString &output)
{
    QString error;
    const auto document = PersonDataExport::collect(workspace.database(), person.id, &error);
    if (!document) {
        err() << error << Qt::endl;
        return Failed;
    }
    if (output.isEmpty()) {
        out() << PersonDataExport::toJson(*document);
        out().flush();
        return Ok;
    }
    if (!PersonDataExport::write(*document, output, &error)) {
        err() << error << Qt::endl;
        return Failed;
    }
    err() << tr("Wrote everything held about “%1” to %2 (readable by you only).")
                 .arg(person.name, QDir::toNativeSeparators(output))
          << Qt::endl;
    return Ok;
}

int erasePerson(Workspace &workspace, const Person &person, bool confirmed)
{
    PersonEraser eraser(workspace);
    QString error;
    if (!confirmed) {
        const auto preview = eraser.preview(person.id, &error);
        if (!preview) {
            err() << error << Qt::endl;
            return Failed;
        }
        out() << preview->describe(false) << Qt::endl;
        if (!interactive()) {
            err() << tr("Nothing was erased: add --yes to confirm.") << Qt::endl;
            return Failed;
        }
        out() << tr("Type “yes” to erase “%1” for good: ").arg(person.name);
        out().flush();
        QTextStream in(stdin);
        if (in.readLine().trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0) {
            err() << tr("Nothing was erased.") << Qt::endl;
            return Failed;
        }
    }
    const auto erasure = eraser.erase(person.id, &error);
    if (!erasure) {
        err() << error << Qt::endl;
        return Failed;
    }
    out() << erasure->describe(true) << Qt::endl;
    return erasure->wipeProblem.isEmpty() ? Ok : Failed;
}

int runPerson(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Everything Kingside holds about one person, for a request under data-protection "
           "law: --export writes it as JSON; --erase removes the person for good (not "
           "undoable) and wipes the deleted data from the file. Exit 0 done, 1 failed or "
           "refused, 2 bad input or an ambiguous name, 3 locked by another program."));
    parser.addHelpOption();
    const QCommandLineOption account(QStringLiteral("account"), tr("The account, by name."),
                                     tr("NAME"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          tr("Write everything held about the person as JSON."));
    const QCommandLineOption eraseOption(QStringLiteral("erase"), tr("Erase the person for good."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("With --export: the file to write (mode 0600) instead "
                                       "of standard output."),
                                    tr("FILE"));
    const QCommandLineOption id(QStringLiteral("id"), tr("The person by id instead of name."),
                                tr("N"));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 tr("With --erase: do not ask for confirmation."));
    parser.addOptions({account, exportOption, eraseOption, output, id, yes});
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace file."));
    parser.addPositionalArgument(QStringLiteral("PERSON"),
                                 tr("The person's name (exact, ignoring case)."),
                                 QStringLiteral("[PERSON]"));
    const QString usage =
        tr("usage: kingside person WORKSPACE --account NAME --export PERSON [--output FILE]\n"
           "       kingside person WORKSPACE --account NAME --erase PERSON [--yes]\n"
           "       (--id N instead of PERSON)");
    if (const auto stop = parseArguments(parser, arguments, usage))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const bool exporting = parser.isSet(exportOption);
    const bool erasing = parser.isSet(eraseOption);
    const bool byId = parser.isSet(id);
    if (exporting == erasing || !parser.isSet(account) || positional.size() != (byId ? 1 : 2) ||
        (erasing && parser.isSet(output)) || (exporting && parser.isSet(yes))) {
        err() << usage << Qt::endl;
        return BadInput;
    }
    const QString path = positional.first();
    if (!QFileInfo::exists(path)) {
        err() << tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return Failed;
    }
    Workspace workspace;
    // An export reads; an erase writes, holding the workspace's lock like the window does.
    if (!workspace.open(path, erasing ? Workspace::Mode::ReadWrite : Workspace::Mode::ReadOnly)) {
        err() << workspace.errorString() << Qt::endl;
        return workspace.lastError().code == WorkspaceError::Code::Locked ? Locked : Failed;
    }
    const auto found = AccountStore(workspace.database()).accountByName(parser.value(account));
    if (!found) {
        err() << tr("There is no account “%1” in %2.")
                     .arg(parser.value(account), QDir::toNativeSeparators(path))
              << Qt::endl;
        return BadInput;
    }
    int exitCode = Ok;
    const auto person = findPerson(workspace, *found, byId ? QString() : positional.at(1),
                                   byId ? parser.value(id) : QString(), &exitCode);
    if (!person)
        return exitCode;
    if (exporting)
        return exportPerson(workspace, *person, parser.value(output));
    return erasePerson(workspace, *person, parser.isSet(yes));
}

} // namespace

} // namespace Kingside::Cli
