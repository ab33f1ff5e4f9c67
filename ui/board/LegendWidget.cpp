#include "LegendWidget.h"

#include "BoardLegend.h"

#include <QPainter>

namespace Kingside {

LegendWidget::LegendWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("boardLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void LegendWidget::setContext(int freshnessDays, const BoardHighlights &highlights)
{
    m_freshnessDays = freshnessDays;
    m_highlights = highlights;
    updateGeometry();
    update();
}

int LegendWidget::heightForWidth(int width) const
{
    const QSizeF natural = BoardLegend::size(0, m_highlights, true);
    return qCeil(natural.height() * width / natural.width()) + 8;
}

QSize LegendWidget::sizeHint() const
{
    return QSize(300, heightForWidth(300));
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xFF, 0xFD, 0xF8));
    const QSizeF natural = BoardLegend::size(0, m_highlights, true);
    const qreal scale = qMin((width() - 8) / natural.width(), (height() - 8) / natural.height());
    painter.translate(6, 4);
    painter.scale(scale, scale);
    BoardLegend::paint(&painter, QRectF(QPointF(0, 0), natural), m_freshnessDays, m_highlights,
                       true);
}

} // namespace Kingside
