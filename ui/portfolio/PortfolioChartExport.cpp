#include "PortfolioChartExport.h"

#include "exchange/OutputGuard.h"
#include "exchange/SaveFile.h"

#include <QBuffer>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace Kingside {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::PortfolioChartExport", text);
}

// The chart is laid out on a fixed logical page and scaled onto the device.
constexpr double LogicalWidth = 800;
constexpr double LogicalHeight = 600;

void paintScaled(QPainter *painter, const QRect &viewport, const QList<PortfolioEntry> &entries,
                 const QString &title, PortfolioMatrixRenderer::BubbleSize size)
{
    const double scale =
        std::min(viewport.width() / LogicalWidth, viewport.height() / LogicalHeight);
    painter->scale(scale, scale);
    PortfolioMatrixRenderer::paint(painter, QRectF(0, 0, LogicalWidth, LogicalHeight), entries,
                                   title, 0, size);
}
} // namespace

bool PortfolioChartExport::write(const QString &path, const QString &workspacePath,
                                 const QList<PortfolioEntry> &entries, const QString &title,
                                 PortfolioMatrixRenderer::BubbleSize size, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString shown = QDir::toNativeSeparators(path);
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
        suffix != QLatin1String("pdf")) {
        *error = tr("%1: choose a file ending in .png, .svg or .pdf.").arg(shown);
        return false;
    }
    if (const QString refusal = OutputGuard::refusal(path, workspacePath); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    // Drawn in memory (a paint device reports no write errors), then written by SaveFile.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        QImage image(1600, 1200, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintScaled(&painter, image.rect(), entries, title, size);
        painter.end();
        if (!image.save(&buffer, "PNG")) {
            *error = tr("%1 cannot be written: the PNG could not be encoded.").arg(shown);
            return false;
        }
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(int(LogicalWidth), int(LogicalHeight)));
        generator.setViewBox(QRect(0, 0, int(LogicalWidth), int(LogicalHeight)));
        generator.setTitle(title);
        QPainter painter(&generator);
        PortfolioMatrixRenderer::paint(&painter, QRectF(0, 0, LogicalWidth, LogicalHeight), entries,
                                       title, 0, size);
        if (!painter.end()) {
            *error = tr("%1 cannot be written: the SVG could not be drawn.").arg(shown);
            return false;
        }
    } else {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Kingside"));
        writer.setPageOrientation(QPageLayout::Landscape);
        QPainter painter(&writer);
        paintScaled(&painter, painter.viewport(), entries, title, size);
        if (!painter.end()) {
            *error = tr("%1 cannot be written: the PDF could not be drawn.").arg(shown);
            return false;
        }
    }
    return SaveFile::write(path, buffer.data(), error);
}

} // namespace Kingside
