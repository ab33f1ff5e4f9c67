#include "LegendWidget.h"

#include "BoardLegend.h"

#include <QPainter>
#include <QtMath>

namespace Kingside {

LegendWidget::LegendWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("boardLegend"));
    setAccessibleName(tr("Legend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void LegendWidget::setContext(int freshnessDays, const BoardHighlights &highlights)
{
    m_freshnessDays = freshnessDays;
    m_highlights = highlights;
    // A screen reader reads the legend's rows (README "Accessibility").
    setAccessibleDescription(BoardLegend::entries(highlights).join(QStringLiteral("; ")));
    setMinimumHeight(heightForWidth(width()));
    updateGeometry();
    update();
}

qreal LegendWidget::scaleFor(int width) const
{
    // Fitted to the width, but never so small that its text drops under 9 pixels (the
    // panel scrolls instead).
    const QSizeF natural = BoardLegend::size(0, m_highlights, true);
    return qBound(0.92, (width - 8) / natural.width(), 1.3);
}

int LegendWidget::heightForWidth(int width) const
{
    const QSizeF natural = BoardLegend::size(0, m_highlights, true);
    return qCeil(natural.height() * scaleFor(width)) + 8;
}

QSize LegendWidget::sizeHint() const
{
    return QSize(280, heightForWidth(280));
}

QSize LegendWidget::minimumSizeHint() const
{
    return QSize(120, 60);
}

void LegendWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // In a scroll area that resizes it to its width: take the height that width needs.
    const int height = heightForWidth(width());
    if (minimumHeight() != height)
        setMinimumHeight(height);
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xFF, 0xFD, 0xF8));
    const QSizeF natural = BoardLegend::size(0, m_highlights, true);
    const qreal scale = scaleFor(width());
    painter.translate(6, 4);
    painter.scale(scale, scale);
    BoardLegend::paint(&painter, QRectF(QPointF(0, 0), natural), m_freshnessDays, m_highlights,
                       true);
}

} // namespace Kingside
