#include "PortfolioChartExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
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

bool PortfolioChartExport::write(const QString &path, const QList<PortfolioEntry> &entries,
                                 const QString &title, PortfolioMatrixRenderer::BubbleSize size,
                                 QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString shown = QDir::toNativeSeparators(path);
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
        suffix != QLatin1String("pdf")) {
        *error = tr("%1: choose a file ending in .png, .svg or .pdf.").arg(shown);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(shown, file.errorString());
        return false;
    }
    if (suffix == QLatin1String("png")) {
        QImage image(1600, 1200, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintScaled(&painter, image.rect(), entries, title, size);
        painter.end();
        if (!image.save(&file, "PNG")) {
            file.cancelWriting();
            *error = tr("%1 cannot be written.").arg(shown);
            return false;
        }
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(QSize(int(LogicalWidth), int(LogicalHeight)));
        generator.setViewBox(QRect(0, 0, int(LogicalWidth), int(LogicalHeight)));
        generator.setTitle(title);
        QPainter painter(&generator);
        PortfolioMatrixRenderer::paint(&painter, QRectF(0, 0, LogicalWidth, LogicalHeight), entries,
                                       title, 0, size);
    } else {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Kingside"));
        writer.setPageOrientation(QPageLayout::Landscape);
        QPainter painter(&writer);
        paintScaled(&painter, painter.viewport(), entries, title, size);
    }
    if (!file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

} // namespace Kingside
