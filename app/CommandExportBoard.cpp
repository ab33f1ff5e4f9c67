// The rendered export formats of `kingside export`: pdf, svg, png and review-pdf. They
// register with the export registry here, in the executable, so that the linker keeps
// them (see exchange/ExportRegistry.h).
#include "exchange/ExportRegistry.h"
#include "print/BoardExport.h"
#include "print/PageSetup.h"
#include "print/PrintContext.h"
#include "print/ReviewPack.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::Cli)
};

// The paper and tiles asked for; *error when they cannot be used.
std::optional<PageSetup> pageSetupOf(const ExportRequest &request, QString *error)
{
    PageSetup setup;
    if (!request.paper.isEmpty()) {
        const auto paper = PageSetup::paperFromName(request.paper);
        if (!paper) {
            *error = Text::tr("--paper is A4, A3, Letter or Legal, not “%1”.").arg(request.paper);
            return std::nullopt;
        }
        setup.paper = *paper;
    }
    setup.landscape = request.landscape;
    if (request.tileColumns != 0 || request.tileRows != 0) {
        setup.columns = request.tileColumns;
        setup.rows = request.tileRows;
    }
    const QString problem = setup.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return setup;
}

std::optional<PrintContext> contextOf(const ExportRequest &request, QString *error)
{
    if (!request.workspace) {
        *error = Text::tr("No workspace is open.");
        return std::nullopt;
    }
    return PrintContext::load(*request.workspace, request.accountId, PrintContext::defaultToday(),
                              error);
}

// Options that do not apply to a format are refused rather than silently ignored.
bool refuse(const ExportRequest &request, bool paper, bool dpi, const QString &format,
            QString *error)
{
    if (!paper && (!request.paper.isEmpty() || request.landscape || request.tileColumns ||
                   request.tileRows)) {
        *error = Text::tr("--paper, --landscape and --tiles do not apply to %1.").arg(format);
        return true;
    }
    if (!dpi && request.dpi) {
        *error = Text::tr("--dpi applies to png only.");
        return true;
    }
    if (request.relationships) {
        *error = Text::tr("--relationships applies to csv only.");
        return true;
    }
    return false;
}

bool writePdf(const ExportRequest &request, QString *error)
{
    if (refuse(request, true, false, QStringLiteral("pdf"), error))
        return false;
    const auto setup = pageSetupOf(request, error);
    if (!setup)
        return false;
    const auto context = contextOf(request, error);
    return context && BoardExport::writePdf(*context, *setup, request.outputPath, error);
}

bool writeSvg(const ExportRequest &request, QString *error)
{
    if (refuse(request, false, false, QStringLiteral("svg"), error))
        return false;
    const auto context = contextOf(request, error);
    return context && BoardExport::writeSvg(*context, request.outputPath, error);
}

bool writePng(const ExportRequest &request, QString *error)
{
    if (refuse(request, false, true, QStringLiteral("png"), error))
        return false;
    const auto context = contextOf(request, error);
    return context && BoardExport::writePng(
                          *context, request.dpi > 0 ? request.dpi : BoardExport::DefaultPngDpi,
                          request.outputPath, error);
}

bool writeReviewPdf(const ExportRequest &request, QString *error)
{
    if (refuse(request, true, false, QStringLiteral("review-pdf"), error))
        return false;
    if (request.tileColumns || request.tileRows) {
        *error = Text::tr("--tiles applies to pdf only.");
        return false;
    }
    const auto setup = pageSetupOf(request, error);
    if (!setup || !request.workspace)
        return false;
    const ReviewPack pack(*request.workspace, request.accountId, PrintContext::defaultToday());
    return pack.write(*setup, request.outputPath, error);
}

const ExportRegistrar pdf({QStringLiteral("pdf"),
                           QStringLiteral("The board as vector PDF: one page or --tiles CxR"),
                           writePdf, true});
const ExportRegistrar svg({QStringLiteral("svg"), QStringLiteral("The board as SVG"), writeSvg,
                           true});
const ExportRegistrar png({QStringLiteral("png"),
                           QStringLiteral("The board as PNG at --dpi N (default 150)"), writePng,
                           true});
const ExportRegistrar reviewPdf({QStringLiteral("review-pdf"),
                                 QStringLiteral("The account review pack as one PDF"),
                                 writeReviewPdf, true});

} // namespace
} // namespace Kingside
