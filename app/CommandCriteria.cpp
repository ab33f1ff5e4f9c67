#include "CommandLine.h"

#include "exchange/OutputGuard.h"
#include "exchange/SaveFile.h"
#include "scoring/CriteriaCsv.h"
#include "scoring/ReplaceCriteria.h"
#include "scoring/ScoreCalculator.h"
#include "scoring/ScoringStore.h"
#include "workspace/AccountStore.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>

namespace Kingside::Cli {

namespace {
int runCriteria(const QStringList &arguments);
const Registrar registrar(
    {"criteria",
     QT_TRANSLATE_NOOP("Kingside::Cli", "List, import or export selection criteria and scores"),
     false, runCriteria, 41});

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::Cli", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int importCsv(Workspace &workspace, const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        err() << tr("%1 cannot be read: %2").arg(native(file), input.errorString()) << Qt::endl;
        return Failed;
    }
    const QByteArray bytes = input.readAll();
    const ScoringStore store(workspace.database());
    CriteriaCsv::Import import;
    QString error;
    if (!CriteriaCsv::read(bytes, AccountStore(workspace.database()).accounts(), store.criteria(),
                           &import, &error)) {
        err() << native(file) << ": " << error << Qt::endl;
        err() << tr("Nothing was stored.") << Qt::endl;
        return BadInput;
    }
    if (!workspace.execute(new ReplaceCriteria(&workspace, import.criteria, import.scores,
                                               tr("Import criteria from %1").arg(file)))) {
        err() << native(file) << ": " << workspace.errorString() << Qt::endl;
        err() << tr("Nothing was stored.") << Qt::endl;
        return BadInput;
    }
    out() << tr("Imported %1 criteria and %2 scores from %3.")
                 .arg(import.criteria.size())
                 .arg(import.scores.size())
                 .arg(native(file))
          << Qt::endl;
    return Ok;
}

int exportCsv(Workspace &workspace, const QString &file)
{
    if (const QString refusal = OutputGuard::refusal(file, workspace.path()); !refusal.isEmpty()) {
        err() << refusal << Qt::endl;
        return Failed;
    }
    const ScoringStore store(workspace.database());
    const QByteArray bytes = CriteriaCsv::write(AccountStore(workspace.database()).accounts(),
                                                store.criteria(), store.scores());
    QString error;
    if (!SaveFile::write(file, bytes, &error)) {
        err() << error << Qt::endl;
        return Failed;
    }
    out() << tr("Wrote %1.").arg(native(file)) << Qt::endl;
    return Ok;
}

void listCriteria(Workspace &workspace)
{
    const ScoreCalculator calculator(ScoringStore(workspace.database()).criteria());
    const QLocale c = QLocale::c();
    for (const Criterion &criterion : calculator.criteria())
        out() << codeOf(criterion.axis).leftJustified(15) << criterion.name.leftJustified(32)
              << tr("weight %1").arg(c.toString(criterion.weight, 'g', 6)).leftJustified(14)
              << tr("= %1 % of the axis")
                     .arg(c.toString(calculator.normalisedWeight(criterion), 'f', 1))
              << Qt::endl;
}

int runCriteria(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the workspace's selection criteria, or bring criteria and scores in from a "
           "spreadsheet (CSV with the header account,criterion,axis,weight,score,note) or out "
           "to one. An import replaces all criteria and scores; it is one step to undo."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace file."));
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          tr("Replace criteria and scores by FILE."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption exportOption(
        QStringLiteral("export"), tr("Write criteria and scores to FILE."), QStringLiteral("FILE"));
    parser.addOptions({importOption, exportOption});
    if (const auto stop = parseArguments(parser, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1 ||
        (parser.isSet(importOption) && parser.isSet(exportOption))) {
        err() << tr("usage: kingside criteria WORKSPACE [--import FILE.csv | --export FILE.csv]")
              << Qt::endl;
        return BadInput;
    }
    Workspace workspace;
    const bool writing = parser.isSet(importOption);
    if (!workspace.open(parser.positionalArguments().first(),
                        writing ? Workspace::Mode::ReadWrite : Workspace::Mode::ReadOnly)) {
        err() << workspace.errorString() << Qt::endl;
        return Failed;
    }
    if (writing)
        return importCsv(workspace, parser.value(importOption));
    if (parser.isSet(exportOption))
        return exportCsv(workspace, parser.value(exportOption));
    listCriteria(workspace);
    return Ok;
}

} // namespace

} // namespace Kingside::Cli
