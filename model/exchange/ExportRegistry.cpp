#include "ExportRegistry.h"

#include "AccountCsvWriter.h"
#include "AccountData.h"
#include "DotWriter.h"
#include "GraphMLWriter.h"
#include "OutputGuard.h"
#include "SaveFile.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::ExportRegistry)
};

bool writeWith(const ExportRequest &request, QString *error,
               QByteArray (*generate)(const AccountData &))
{
    if (!request.workspace || !request.workspace->isOpen()) {
        *error = Text::tr("No workspace is open.");
        return false;
    }
    if (const QString refusal = OutputGuard::refusal(request.outputPath, request.workspace->path());
        !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const std::optional<AccountData> data =
        AccountData::load(request.workspace->database(), request.accountId);
    if (!data) {
        *error = Text::tr("The account no longer exists.");
        return false;
    }
    return SaveFile::write(request.outputPath, generate(*data), error);
}

QList<ExportFormat> builtIns()
{
    return {
        {QStringLiteral("graphml"),
         Text::tr("GraphML for networkx, Gephi, yEd (people, relationships, typed attributes)"),
         [](const ExportRequest &request, QString *error) {
             return writeWith(request, error, &GraphMLWriter::write);
         },
         false},
        {QStringLiteral("dot"), Text::tr("Graphviz DOT, clustered by department"),
         [](const ExportRequest &request, QString *error) {
             return writeWith(request, error, &DotWriter::write);
         },
         false},
        {QStringLiteral("csv"),
         Text::tr("CSV of people (with --relationships: of relationships), re-importable"),
         [](const ExportRequest &request, QString *error) {
             return writeWith(request, error,
                              request.relationships ? &AccountCsvWriter::relationships
                                                    : &AccountCsvWriter::people);
         },
         false},
    };
}

QList<ExportFormat> &registry()
{
    static QList<ExportFormat> formats = builtIns();
    return formats;
}

} // namespace

void ExportRegistry::add(const ExportFormat &format)
{
    QList<ExportFormat> &formats = registry();
    for (ExportFormat &existing : formats) {
        if (existing.name == format.name) {
            existing = format;
            return;
        }
    }
    formats.append(format);
}

const ExportFormat *ExportRegistry::find(const QString &name)
{
    for (const ExportFormat &format : registry()) {
        if (format.name.compare(name, Qt::CaseInsensitive) == 0)
            return &format;
    }
    return nullptr;
}

QList<ExportFormat> ExportRegistry::formats()
{
    return registry();
}

QStringList ExportRegistry::names()
{
    QStringList names;
    for (const ExportFormat &format : registry())
        names.append(format.name);
    return names;
}

QStringList ExportRegistry::expectedNames()
{
    return {QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("png"),
            QStringLiteral("review-pdf")};
}

} // namespace Kingside
