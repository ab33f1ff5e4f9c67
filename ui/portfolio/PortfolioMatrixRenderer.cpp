#include "PortfolioMatrixRenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Kingside {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::PortfolioMatrixRenderer", text);
}

constexpr double MarginLeft = 46;
constexpr double MarginBottom = 40;
constexpr double MarginTop = 28;
constexpr double MarginRight = 12;

QColor quadrantColour(PolicyQuadrant quadrant)
{
    switch (quadrant) {
    case PolicyQuadrant::Strategic:
        return QColor(0xe3, 0xf1, 0xe0);
    case PolicyQuadrant::Star:
        return QColor(0xfd, 0xf3, 0xd8);
    case PolicyQuadrant::Status:
        return QColor(0xe1, 0xec, 0xf7);
    case PolicyQuadrant::Streamline:
        break;
    }
    return QColor(0xee, 0xee, 0xee);
}

QColor bubbleColour(int tierIndex)
{
    static const QColor colours[] = {QColor(0x1b, 0x5e, 0x20), QColor(0x1f, 0x6f, 0xb2),
                                     QColor(0xc7, 0x7c, 0x02), QColor(0x8e, 0x24, 0xaa),
                                     QColor(0x6d, 0x6d, 0x6d)};
    if (tierIndex < 0)
        return QColor(0x9e, 0x9e, 0x9e);
    return colours[std::min(tierIndex, 4)];
}

} // namespace

QRectF PortfolioMatrixRenderer::plotRect(const QRectF &area)
{
    return area.adjusted(MarginLeft, MarginTop, -MarginRight, -MarginBottom);
}

QList<PortfolioMatrixRenderer::Bubble>
PortfolioMatrixRenderer::layout(const QRectF &area, const QList<PortfolioEntry> &entries,
                                BubbleSize size)
{
    const auto amount = [size](const PortfolioEntry &entry) {
        return size == BubbleSize::Potential ? entry.account.potential3y
                                             : entry.account.annualSales;
    };
    const QRectF plot = plotRect(area);
    double largest = 0;
    for (const PortfolioEntry &entry : entries)
        largest = std::max(largest, amount(entry));
    const double maxRadius = std::max(8.0, std::min(plot.width(), plot.height()) / 10.0);
    const double minRadius = 5.0;
    QList<Bubble> bubbles;
    for (const PortfolioEntry &entry : entries) {
        Bubble bubble;
        bubble.accountId = entry.account.id;
        // Strength grows to the right, attractiveness upwards; both 0 … 100.
        bubble.centre =
            QPointF(plot.left() + plot.width() * entry.scores.strength / 100.0,
                    plot.bottom() - plot.height() * entry.scores.attractiveness / 100.0);
        // Area proportional to the amount.
        const double share = largest > 0 ? std::sqrt(std::max(0.0, amount(entry)) / largest) : 0;
        bubble.radius = minRadius + (maxRadius - minRadius) * share;
        bubbles.append(bubble);
    }
    return bubbles;
}

void PortfolioMatrixRenderer::paint(QPainter *painter, const QRectF &area,
                                    const QList<PortfolioEntry> &entries, const QString &title,
                                    qint64 highlighted, BubbleSize size)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(area, Qt::white);
    const QRectF plot = plotRect(area);
    const QPointF middle(plot.left() + plot.width() * PolicyMatrixMidpoint / 100.0,
                         plot.bottom() - plot.height() * PolicyMatrixMidpoint / 100.0);

    // Quadrants: attractive at the top, strong on the right.
    const struct
    {
        PolicyQuadrant quadrant;
        QRectF rect;
        Qt::Alignment corner;
    } quadrants[] = {
        {PolicyQuadrant::Strategic,
         QRectF(middle.x(), plot.top(), plot.right() - middle.x(), middle.y() - plot.top()),
         Qt::AlignRight | Qt::AlignTop},
        {PolicyQuadrant::Star,
         QRectF(plot.left(), plot.top(), middle.x() - plot.left(), middle.y() - plot.top()),
         Qt::AlignLeft | Qt::AlignTop},
        {PolicyQuadrant::Status,
         QRectF(middle.x(), middle.y(), plot.right() - middle.x(), plot.bottom() - middle.y()),
         Qt::AlignRight | Qt::AlignBottom},
        {PolicyQuadrant::Streamline,
         QRectF(plot.left(), middle.y(), middle.x() - plot.left(), plot.bottom() - middle.y()),
         Qt::AlignLeft | Qt::AlignBottom},
    };
    QFont labelFont = painter->font();
    labelFont.setBold(true);
    for (const auto &q : quadrants) {
        painter->fillRect(q.rect, quadrantColour(q.quadrant));
        painter->setFont(labelFont);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(q.rect.adjusted(6, 4, -6, -4), int(q.corner), displayName(q.quadrant));
    }
    painter->setFont(QFont(painter->font().family(), std::max(7, painter->font().pointSize() - 1)));
    painter->setPen(QPen(QColor(0x90, 0x90, 0x90), 1, Qt::DashLine));
    painter->drawLine(QPointF(middle.x(), plot.top()), QPointF(middle.x(), plot.bottom()));
    painter->drawLine(QPointF(plot.left(), middle.y()), QPointF(plot.right(), middle.y()));
    painter->setPen(QPen(Qt::black, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(plot);

    // Axes, ticks and titles.
    QFont axisFont = painter->font();
    painter->setFont(axisFont);
    const QFontMetricsF metrics(axisFont);
    for (int value = 0; value <= 100; value += 25) {
        const double x = plot.left() + plot.width() * value / 100.0;
        const double y = plot.bottom() - plot.height() * value / 100.0;
        painter->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        painter->drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y));
        painter->drawText(QRectF(x - 20, plot.bottom() + 5, 40, metrics.height()),
                          Qt::AlignHCenter | Qt::AlignTop, QString::number(value));
        painter->drawText(QRectF(plot.left() - 40, y - metrics.height() / 2, 34, metrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }
    painter->drawText(
        QRectF(plot.left(), plot.bottom() + 6 + metrics.height(), plot.width(),
               metrics.height() + 4),
        Qt::AlignHCenter | Qt::AlignTop,
        tr("Our relative strength →      (bubble area: %1, colour: tier)")
            .arg(size == BubbleSize::Potential ? tr("3-year potential") : tr("annual sales")));
    painter->save();
    painter->translate(area.left() + metrics.height() / 2 + 1, plot.center().y());
    painter->rotate(-90);
    painter->drawText(
        QRectF(-plot.height() / 2, -metrics.height() / 2, plot.height(), metrics.height()),
        Qt::AlignCenter, tr("Account attractiveness →"));
    painter->restore();
    if (!title.isEmpty()) {
        QFont titleFont = axisFont;
        titleFont.setBold(true);
        painter->setFont(titleFont);
        painter->drawText(QRectF(area.left(), area.top() + 4, area.width(), MarginTop - 6),
                          Qt::AlignHCenter | Qt::AlignVCenter, title);
        painter->setFont(axisFont);
    }

    // Bubbles, largest first so that small ones stay visible and clickable.
    const QList<Bubble> bubbles = layout(area, entries, size);
    QList<int> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return bubbles[a].radius > bubbles[b].radius; });
    painter->setClipRect(area);
    for (const int i : std::as_const(order)) {
        const Bubble &bubble = bubbles[i];
        const PortfolioEntry &entry = entries[i];
        QColor fill = bubbleColour(entry.tierIndex);
        fill.setAlpha(170);
        painter->setBrush(fill);
        painter->setPen(QPen(entry.account.id == highlighted ? Qt::black : fill.darker(140),
                             entry.account.id == highlighted ? 3 : 1));
        painter->drawEllipse(bubble.centre, bubble.radius, bubble.radius);
        painter->setPen(Qt::black);
        const QString label = entry.tier.isEmpty()
                                  ? entry.account.name
                                  : QStringLiteral("%1 (%2)").arg(entry.account.name, entry.tier);
        const double width = metrics.horizontalAdvance(label) + 4;
        double x = bubble.centre.x() + bubble.radius + 3;
        if (x + width > area.right())
            x = bubble.centre.x() - bubble.radius - 3 - width;
        painter->drawText(
            QRectF(x, bubble.centre.y() - metrics.height() / 2, width, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    if (entries.isEmpty()) {
        painter->drawText(plot, Qt::AlignCenter, tr("No accounts yet"));
    }
    painter->restore();
}

qint64 PortfolioMatrixRenderer::accountAt(const QRectF &area, const QList<PortfolioEntry> &entries,
                                          const QPointF &point, BubbleSize size)
{
    qint64 found = 0;
    double smallest = 0;
    for (const Bubble &bubble : layout(area, entries, size)) {
        const QPointF d = point - bubble.centre;
        if (d.x() * d.x() + d.y() * d.y() <= bubble.radius * bubble.radius &&
            (found == 0 || bubble.radius < smallest)) {
            found = bubble.accountId;
            smallest = bubble.radius;
        }
    }
    return found;
}

} // namespace Kingside
