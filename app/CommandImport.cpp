#include "CommandLine.h"

#include "exchange/ApplyImport.h"
#include "exchange/ImportPlanner.h"
#include "exchange/ImportReader.h"
#include "exchange/RelationshipPlanner.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceCheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace Kingside::Cli {

namespace {
int runImport(const QStringList &arguments);
const Registrar
    registrar({"import",
               QT_TRANSLATE_NOOP("Kingside::Cli",
                                 "Import contacts (CRM and address-book exports, vCard, CSV) or "
                                 "relationships into an account"),
               false, runImport, 40});
} // namespace

// kingside import WORKSPACE FILE --account NAME [--side client|team] [--format …]
// [--dry-run] [--strict] [--relationships] [--any-company] [--sheet NAME]
// Exit 0: every row accepted; 1: some rows rejected (the others imported unless
// --strict), the workspace is damaged (checked before anything is written) or the import
// failed; 2: bad arguments, or the file or workspace cannot be read at all.
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::Cli", text, disambiguation, n);
}

// auto and the codes of the contact formats (relationships have --relationships).
QStringList contactFormatCodes()
{
    QStringList codes{codeOf(ImportFormat::Auto)};
    for (ImportFormat format : allImportFormats()) {
        if (format != ImportFormat::Relationships)
            codes.append(codeOf(format));
    }
    return codes;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import people into an account from the contact exports of Salesforce, HubSpot, "
           "Google Contacts, Outlook, Dynamics 365, Pipedrive, Zoho CRM and LinkedIn, a vCard "
           "file, any CSV or an Excel (.xlsx) or OpenDocument (.ods) workbook; or, with "
           "--relationships, lines from a CSV with the header from,to,strength,kind,"
           "last_contact. People are matched by e-mail, else by name within the account, so "
           "importing the same file again changes nothing. Exit 0 when every row was accepted, "
           "1 when any was rejected, 2 when the file cannot be read."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to import."));
    const QCommandLineOption account(QStringLiteral("account"),
                                     tr("The account to import into (created when missing)."),
                                     tr("NAME"));
    const QCommandLineOption side(QStringLiteral("side"),
                                  tr("Whose people these are: client (default) or team."),
                                  QStringLiteral("client|team"), QStringLiteral("client"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("The file's format: %1 (auto, the default, recognises it).")
                                        .arg(contactFormatCodes().join(QStringLiteral(", "))),
                                    tr("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show what would happen; write nothing."));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    tr("Import nothing when any row is rejected."));
    const QCommandLineOption relationships(
        QStringLiteral("relationships"),
        tr("FILE holds relationships (from,to,strength,kind,last_contact), not people."));
    const QCommandLineOption anyCompany(
        QStringLiteral("any-company"),
        tr("Import client contacts whatever their company (by default, rows of other "
           "companies are skipped)."));
    const QCommandLineOption sheet(
        QStringLiteral("sheet"),
        tr("Of an Excel (.xlsx) or OpenDocument (.ods) workbook, the sheet to read, by name or "
           "number (default: the first)."),
        tr("NAME"));
    parser.addOptions({account, side, format, dryRun, strict, relationships, anyCompany, sheet});
    if (const auto stop = parseArguments(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || parser.value(account).trimmed().isEmpty()) {
        err() << tr("usage: kingside import WORKSPACE FILE --account NAME [--side client|team] "
                    "[--format %1] [--dry-run] [--strict] [--relationships] [--any-company] "
                    "[--sheet NAME]")
                     .arg(contactFormatCodes().join(QLatin1Char('|')))
              << Qt::endl;
        return BadInput;
    }
    const std::optional<ImportFormat> requested = importFormatFromCode(parser.value(format));
    if (!requested || *requested == ImportFormat::Relationships) {
        err() << tr("Unknown format “%1”; use one of %2.")
                     .arg(parser.value(format), contactFormatCodes().join(QStringLiteral(", ")))
              << Qt::endl;
        return BadInput;
    }
    const QString sideText = parser.value(side).trimmed().toLower();
    if (sideText != QLatin1String("client") && sideText != QLatin1String("team")) {
        err() << tr("--side is client or team, not “%1”.").arg(parser.value(side)) << Qt::endl;
        return BadInput;
    }

    const ImportFile file = ImportReader::read(
        positional[1], parser.isSet(relationships) ? ImportFormat::Relationships : *requested,
        parser.value(sheet));
    // A file with from/to columns is a relationships file even without --relationships.
    const bool lines = file.format == ImportFormat::Relationships;
    if (!file.readable) {
        err() << file.error << Qt::endl;
        return BadInput;
    }

    Workspace workspace;
    if (!workspace.open(positional[0], parser.isSet(dryRun) ? Workspace::Mode::ReadOnly
                                                            : Workspace::Mode::ReadWrite)) {
        err() << workspace.errorString() << Qt::endl;
        return BadInput;
    }
    // Writing into a damaged file (one `kingside check` reports) would bury the damage
    // under new rows; say so and write nothing.
    if (!parser.isSet(dryRun)) {
        const QStringList problems = WorkspaceCheck::problemsOf(workspace.database());
        if (!problems.isEmpty()) {
            err() << tr("Nothing was imported: %1 is damaged (%2). Run “kingside check” on it "
                        "and restore it from a backup copy.")
                         .arg(QDir::toNativeSeparators(workspace.path()), problems.first())
                  << Qt::endl;
            return Failed;
        }
    }

    ImportOptions options;
    options.accountName = parser.value(account).trimmed();
    options.fileName = file.fileName;
    options.side = sideText == QLatin1String("team") ? Side::Team : Side::Client;
    options.anyCompany = parser.isSet(anyCompany);
    options.strictValues = file.format == ImportFormat::KingsideCsv;
    const ImportPlan plan =
        lines ? RelationshipPlanner::plan(workspace.database(), ImportReader::relationships(file),
                                          options)
              : ImportPlanner::plan(workspace.database(), ImportReader::contacts(file), options);
    if (!plan.error.isEmpty()) {
        err() << plan.error << Qt::endl;
        return Failed;
    }

    out() << tr("%1: %2, %3, %n data row(s)", nullptr, file.dataRowCount())
                 .arg(QDir::toNativeSeparators(positional[1]), displayName(file.format),
                      file.encoding)
          << Qt::endl;
    for (const QString &notice : file.notices)
        out() << tr("Note: %1").arg(notice) << Qt::endl;
    out() << plan.report() << Qt::endl;

    const int rejected = plan.count(ImportPlan::Outcome::Rejected);
    if (parser.isSet(dryRun)) {
        out() << tr("Nothing was written (--dry-run).") << Qt::endl;
        return rejected > 0 ? Failed : Ok;
    }
    if (rejected > 0 && parser.isSet(strict)) {
        err() << tr("Nothing was imported: %n row(s) were rejected and --strict is set.", nullptr,
                    rejected)
              << Qt::endl;
        return Failed;
    }
    if (plan.hasWrites()) {
        if (!workspace.execute(new ApplyImport(&workspace, plan))) {
            err() << tr("Nothing was imported: %1").arg(workspace.errorString()) << Qt::endl;
            return Failed;
        }
        out() << tr("Imported into “%1”.").arg(plan.accountName) << Qt::endl;
    } else {
        out() << tr("Nothing to change.") << Qt::endl;
    }
    return rejected > 0 ? Failed : Ok;
}

} // namespace

} // namespace Kingside::Cli
