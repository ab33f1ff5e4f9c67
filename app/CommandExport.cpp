#include "CommandLine.h"

#include "exchange/ExportRegistry.h"
#include "exchange/OutputGuard.h"
#include "workspace/AccountStore.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace Kingside::Cli {

namespace {
int runExport(const QStringList &arguments);
// needsGui: the rendered formats that other parts of Kingside register paint with fonts.
const Registrar
    registrar({"export",
               QT_TRANSLATE_NOOP("Kingside::Cli",
                                 "Export an account: graphml, dot, csv (and the formats the board "
                                 "adds)"),
               true, runExport, 45});
} // namespace

// kingside export WORKSPACE --account NAME --format F --output FILE [--relationships]
// [--paper A4|A3|Letter|Legal] [--landscape] [--tiles COLSxROWS] [--dpi N]
// The formats come from ExportRegistry. Exit 0 written, 1 failed or the output refused
// (the workspace, a folder, a missing folder), 2 bad arguments.
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::Cli", text);
}

QString formatList()
{
    QString text;
    for (const ExportFormat &format : ExportRegistry::formats())
        text += QStringLiteral("  %1  %2\n").arg(format.name.leftJustified(10), format.description);
    return text;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export one account of a workspace. Formats in this build:\n%1").arg(formatList()));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace file."));
    const QCommandLineOption account(QStringLiteral("account"), tr("The account to export."),
                                     tr("NAME"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("The format: %1.").arg(ExportRegistry::names().join(QStringLiteral(", "))),
        tr("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"), tr("The file to write."), tr("FILE"));
    const QCommandLineOption relationships(
        QStringLiteral("relationships"), tr("csv: write the relationships instead of the people."));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   tr("Paper for printed formats: A4, A3, Letter or Legal."),
                                   tr("PAPER"));
    const QCommandLineOption landscape(QStringLiteral("landscape"),
                                       tr("Landscape paper for printed formats."));
    const QCommandLineOption tiles(QStringLiteral("tiles"),
                                   tr("Spread the map over COLSxROWS pages."),
                                   QStringLiteral("COLSxROWS"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), tr("Resolution of raster formats."),
                                 QStringLiteral("N"));
    parser.addOptions({account, format, output, relationships, paper, landscape, tiles, dpi});
    if (const auto stop = parseArguments(parser, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(account) ||
        !parser.isSet(format) || !parser.isSet(output)) {
        err() << tr("usage: kingside export WORKSPACE --account NAME --format FORMAT --output FILE "
                    "[--relationships] [--paper A4|A3|Letter|Legal] [--landscape] "
                    "[--tiles COLSxROWS] [--dpi N]")
              << Qt::endl;
        return BadInput;
    }
    const QString formatName = parser.value(format).trimmed().toLower();
    const ExportFormat *exporter = ExportRegistry::find(formatName);
    if (!exporter) {
        if (ExportRegistry::expectedNames().contains(formatName))
            err() << tr("The export format “%1” is not available in this build (it comes with "
                        "the board renderer). Available: %2.")
                         .arg(formatName, ExportRegistry::names().join(QStringLiteral(", ")))
                  << Qt::endl;
        else
            err() << tr("Unknown export format “%1”. Available: %2.")
                         .arg(formatName, ExportRegistry::names().join(QStringLiteral(", ")))
                  << Qt::endl;
        return BadInput;
    }

    ExportRequest request;
    request.outputPath = parser.value(output);
    request.relationships = parser.isSet(relationships);
    request.landscape = parser.isSet(landscape);
    if (parser.isSet(paper)) {
        static const QStringList papers{QStringLiteral("A4"), QStringLiteral("A3"),
                                        QStringLiteral("Letter"), QStringLiteral("Legal")};
        const QString wanted = parser.value(paper).trimmed();
        for (const QString &candidate : papers) {
            if (candidate.compare(wanted, Qt::CaseInsensitive) == 0)
                request.paper = candidate;
        }
        if (request.paper.isEmpty()) {
            err() << tr("--paper is A4, A3, Letter or Legal, not “%1”.").arg(wanted) << Qt::endl;
            return BadInput;
        }
    }
    if (parser.isSet(tiles)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})[xX×](\\d{1,2})$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(tiles).trimmed());
        request.tileColumns = match.hasMatch() ? match.captured(1).toInt() : 0;
        request.tileRows = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (request.tileColumns < 1 || request.tileRows < 1) {
            err() << tr("--tiles is COLSxROWS, for example 2x2, not “%1”.").arg(parser.value(tiles))
                  << Qt::endl;
            return BadInput;
        }
    }
    if (parser.isSet(dpi)) {
        bool ok = false;
        request.dpi = parser.value(dpi).toInt(&ok);
        if (!ok || request.dpi < 10 || request.dpi > 2400) {
            err() << tr("--dpi is a number from 10 to 2400, not “%1”.").arg(parser.value(dpi))
                  << Qt::endl;
            return BadInput;
        }
    }

    Workspace workspace;
    if (!workspace.open(parser.positionalArguments().first(), Workspace::Mode::ReadOnly)) {
        err() << workspace.errorString() << Qt::endl;
        return BadInput;
    }
    const auto found = AccountStore(workspace.database()).accountByName(parser.value(account));
    if (!found) {
        err() << tr("There is no account “%1” in %2.")
                     .arg(parser.value(account), QDir::toNativeSeparators(workspace.path()))
              << Qt::endl;
        return BadInput;
    }
    // Checked here for every format, before anything is drawn: the workspace itself, its
    // companions and backups are never an export's output (exit 1, README "Exports never
    // overwrite the workspace, and are complete or absent").
    if (const QString refusal = OutputGuard::refusal(request.outputPath, workspace.path());
        !refusal.isEmpty()) {
        err() << refusal << Qt::endl;
        return Failed;
    }
    request.workspace = &workspace;
    request.accountId = found->id;
    QString error;
    if (!exporter->write(request, &error)) {
        err() << error << Qt::endl;
        return Failed;
    }
    out() << tr("Wrote %1 (%2) for “%3”.")
                 .arg(QDir::toNativeSeparators(request.outputPath), exporter->name, found->name)
          << Qt::endl;
    return Ok;
}

} // namespace

} // namespace Kingside::Cli
