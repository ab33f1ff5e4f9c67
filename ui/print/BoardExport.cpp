#include "BoardExport.h"

#include "MapPrinter.h"
#include "domain/LocalFormat.h"

#include "exchange/OutputGuard.h"
#include "exchange/SaveFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace Kingside::BoardExport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::BoardExport", text);
}

// The output refused (the workspace, a folder, …) before anything is drawn.
bool refused(const PrintContext &context, const QString &path, QString *error)
{
    const QString refusal = OutputGuard::refusal(path, context.workspacePath);
    if (refusal.isEmpty())
        return false;
    if (error)
        *error = refusal;
    return true;
}

// Paint devices do not report write errors, so the picture is drawn into memory and then
// written, every byte checked, by SaveFile.
bool save(const QString &path, const QByteArray &bytes, QString *error)
{
    QString problem;
    if (SaveFile::write(path, bytes, &problem))
        return true;
    if (error)
        *error = problem;
    return false;
}

} // namespace

BoardRenderOptions pictureOptions(const PrintContext &context)
{
    BoardRenderOptions options;
    options.today = context.today;
    options.highlights = context.highlights;
    options.legend = true;
    options.header = true;
    QStringList facts;
    facts << (context.tier.isEmpty() ? tr("No tier") : tr("Tier %1").arg(context.tier));
    facts << context.stage;
    facts << tr("Workspace: %1").arg(context.workspaceName);
    options.headerText = facts.join(QStringLiteral(" · "));
    options.footerText = tr("%1 · %2 · printed by Kingside")
                             .arg(MapPrinter::confidentialText(), context.data.account.name);
    return options;
}

QSizeF pictureSize(const PrintContext &context)
{
    const BoardRenderer renderer(context.data);
    return renderer.naturalSize(pictureOptions(context), true);
}

bool writePdf(const PrintContext &context, const PageSetup &setup, const QString &path,
              QString *error)
{
    const QString problem = setup.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (refused(context, path, error))
        return false;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(int(MapPrinter::Dpi));
        writer.setPageLayout(setup.pageLayout());
        writer.setTitle(tr("%1 — relationship map").arg(context.data.account.name));
        writer.setCreator(QStringLiteral("Kingside"));
        const MapPrinter printer(context, setup);
        if (!printer.print(&writer, error))
            return false;
    }
    return save(path, buffer.data(), error);
}

bool writeSvg(const PrintContext &context, const QString &path, QString *error)
{
    if (refused(context, path, error))
        return false;
    const QSizeF size = pictureSize(context);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setResolution(int(MapPrinter::Dpi));
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setTitle(tr("%1 — relationship map").arg(context.data.account.name));
        generator.setDescription(tr("Relationship map of %1, %2, drawn by Kingside. %3")
                                     .arg(context.data.account.name,
                                          LocalFormat::date(context.today),
                                          MapPrinter::confidentialText()));
        QPainter painter;
        if (!painter.begin(&generator)) {
            if (error)
                *error =
                    tr("Cannot start the SVG drawing for %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        const BoardRenderer renderer(context.data);
        renderer.paint(&painter, QRectF(QPointF(0, 0), size), pictureOptions(context));
        if (!painter.end()) {
            if (error)
                *error =
                    tr("Cannot finish the SVG drawing for %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    return save(path, buffer.data(), error);
}

bool writePng(const PrintContext &context, int dpi, const QString &path, QString *error)
{
    if (dpi < 10 || dpi > 2400) {
        if (error)
            *error = tr("The resolution is 10 to 2400 dpi, not %1.").arg(dpi);
        return false;
    }
    if (refused(context, path, error))
        return false;
    const QSizeF size = pictureSize(context);
    const qreal factor = dpi / MapPrinter::Dpi;
    const QSize pixels(qCeil(size.width() * factor), qCeil(size.height() * factor));
    if (qint64(pixels.width()) * pixels.height() > MaxPngPixels) {
        if (error)
            *error = tr("At %1 dpi the map would be %2 × %3 pixels, too large; choose a lower "
                        "resolution.")
                         .arg(dpi)
                         .arg(pixels.width())
                         .arg(pixels.height());
        return false;
    }
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = tr("Not enough memory for a %1 × %2 pixel image.")
                         .arg(pixels.width())
                         .arg(pixels.height());
        return false;
    }
    image.fill(Qt::white);
    {
        // Painted at the image's default 96 dpi so the renderer's point-sized fonts keep
        // their size relative to the board; the real resolution is recorded afterwards.
        QPainter painter(&image);
        painter.scale(factor, factor);
        const BoardRenderer renderer(context.data);
        renderer.paint(&painter, QRectF(QPointF(0, 0), size), pictureOptions(context));
    }
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.setText(QStringLiteral("Title"),
                  tr("%1 — relationship map").arg(context.data.account.name));
    image.setText(QStringLiteral("Software"), QStringLiteral("Kingside"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = tr("Cannot encode the PNG for %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return save(path, buffer.data(), error);
}

} // namespace Kingside::BoardExport
