#include "PortfolioMatrixRenderer.h"

#include "LabelPlacer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Kingside {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::PortfolioMatrixRenderer", text);
}

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::PortfolioMatrixRenderer)
};

constexpr double MarginLeft = 46;
// Tick numbers, the axis title and, in the bottom right corner, the hidden-label count.
constexpr double MarginBottom = 56;
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

// Bubbles closer than this (in the chart's units) are one spot with one label.
constexpr double SpotTolerance = 2.0;
constexpr double LabelPadding = 2.0;    // left and right of a label's text
constexpr int FarLabelAccounts = 3;     // a spot of this many may have its label far off
constexpr double BubbleAreaShare = 0.2; // of the plot that all bubbles together may cover

struct Quadrant
{
    PolicyQuadrant quadrant;
    QRectF rect;
    Qt::Alignment corner;
};

// Attractive at the top, strong on the right; each name in its outer corner.
QList<Quadrant> quadrantsOf(const QRectF &plot)
{
    const QPointF middle(plot.left() + plot.width() * PolicyMatrixMidpoint / 100.0,
                         plot.bottom() - plot.height() * PolicyMatrixMidpoint / 100.0);
    return {
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
}

QFont quadrantFont()
{
    QFont font = PortfolioMatrixRenderer::labelFont();
    font.setPixelSize(12);
    font.setBold(true);
    return font;
}

// The box a quadrant's name takes, which labels keep clear of.
QRectF quadrantNameRect(const Quadrant &q, const QFontMetricsF &metrics)
{
    const QRectF inner = q.rect.adjusted(6, 4, -6, -4);
    const QSizeF size(metrics.horizontalAdvance(displayName(q.quadrant)), metrics.height());
    const double x = q.corner & Qt::AlignRight ? inner.right() - size.width() : inner.left();
    const double y = q.corner & Qt::AlignBottom ? inner.bottom() - size.height() : inner.top();
    return QRectF(QPointF(x, y), size);
}

double amountOf(const PortfolioEntry &entry, PortfolioMatrixRenderer::BubbleSize size)
{
    return size == PortfolioMatrixRenderer::BubbleSize::Potential ? entry.account.potential3y
                                                                  : entry.account.annualSales;
}

// Most important first: the best tier (no tier last), then the larger bubble, then the name.
QList<int> importanceOrder(const QList<PortfolioEntry> &entries,
                           PortfolioMatrixRenderer::BubbleSize size)
{
    QList<int> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const PortfolioEntry &x = entries[a], &y = entries[b];
        const int tierX = x.tierIndex < 0 ? std::numeric_limits<int>::max() : x.tierIndex;
        const int tierY = y.tierIndex < 0 ? std::numeric_limits<int>::max() : y.tierIndex;
        if (tierX != tierY)
            return tierX < tierY;
        if (amountOf(x, size) != amountOf(y, size))
            return amountOf(x, size) > amountOf(y, size);
        return x.account.name < y.account.name;
    });
    return order;
}

// Bubbles at one spot (equal scores), as lists of entry indices, most important first;
// the spots themselves in the order of their first account.
QList<QList<int>> spotsOf(const QList<PortfolioMatrixRenderer::Bubble> &bubbles,
                          const QList<int> &order)
{
    QList<QList<int>> spots;
    QHash<quint64, QList<int>> heads; // grid cell → spots whose first bubble is in it
    const double cell = 2 * SpotTolerance;
    const auto key = [](qint64 column, qint64 row) {
        return (quint64(quint32(column)) << 32) | quint32(row);
    };
    for (const int i : order) {
        const QPointF centre = bubbles[i].centre;
        const qint64 column = qint64(std::floor(centre.x() / cell));
        const qint64 row = qint64(std::floor(centre.y() / cell));
        int found = -1;
        for (qint64 c = column - 1; c <= column + 1 && found < 0; ++c) {
            for (qint64 r = row - 1; r <= row + 1 && found < 0; ++r) {
                for (const int spot : heads.value(key(c, r))) {
                    const QPointF d = bubbles[spots[spot].first()].centre - centre;
                    if (d.x() * d.x() + d.y() * d.y() <= SpotTolerance * SpotTolerance) {
                        found = spot;
                        break;
                    }
                }
            }
        }
        if (found >= 0) {
            spots[found].append(i);
        } else {
            heads[key(column, row)].append(int(spots.size()));
            spots.append(QList<int>{i});
        }
    }
    return spots;
}

// A label names the account only: its tier is the bubble's colour, told by the key.
QString labelText(const PortfolioEntry &entry)
{
    return entry.account.name;
}

QString hiddenLabelsText(int hidden)
{
    return hidden == 1 ? Text::tr("1 label hidden — hover a bubble for its account")
                       : Text::tr("%1 labels hidden — hover a bubble for its account").arg(hidden);
}

} // namespace

QList<PortfolioMatrixRenderer::KeyEntry>
PortfolioMatrixRenderer::tierKey(const QList<PortfolioEntry> &entries)
{
    QMap<int, QString> tiers; // best tier first; no tier (-1) is put last below
    bool untiered = false;
    for (const PortfolioEntry &entry : entries) {
        if (entry.tierIndex < 0 || entry.tier.isEmpty())
            untiered = true;
        else
            tiers.insert(entry.tierIndex, entry.tier);
    }
    QList<KeyEntry> key;
    for (auto it = tiers.cbegin(); it != tiers.cend(); ++it)
        key.append({it.value(), bubbleColour(it.key())});
    if (untiered)
        key.append({tr("no tier"), bubbleColour(-1)});
    return key;
}

QFont PortfolioMatrixRenderer::labelFont()
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(11);
    return font;
}

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
    const double minRadius = 5.0;
    double maxRadius = std::max(8.0, std::min(plot.width(), plot.height()) / 10.0);
    // Many accounts: all bubbles shrink alike until together they cover at most a fifth
    // of the plot, so that the chart stays readable (README "The directional-policy
    // matrix"). Areas stay proportional to the amounts above the smallest bubble.
    double sum = 0, sumOfSquares = 0;
    for (const PortfolioEntry &entry : entries) {
        const double share = largest > 0 ? std::sqrt(std::max(0.0, amount(entry)) / largest) : 0;
        sum += share;
        sumOfSquares += share * share;
    }
    const double budget = BubbleAreaShare * plot.width() * plot.height() / M_PI;
    const double n = double(entries.size());
    const double atLargest = n * minRadius * minRadius +
                             2 * minRadius * (maxRadius - minRadius) * sum +
                             (maxRadius - minRadius) * (maxRadius - minRadius) * sumOfSquares;
    if (atLargest > budget && sumOfSquares > 0) {
        // Σ (min + k·share)² = budget, solved for k.
        const double c = n * minRadius * minRadius - budget;
        const double b = 2 * minRadius * sum;
        const double k =
            c >= 0 ? 0 : (-b + std::sqrt(b * b - 4 * sumOfSquares * c)) / (2 * sumOfSquares);
        maxRadius = minRadius + std::clamp(k, 0.0, maxRadius - minRadius);
    }
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

PortfolioMatrixRenderer::LabelLayout
PortfolioMatrixRenderer::labelLayout(const QRectF &area, const QList<PortfolioEntry> &entries,
                                     BubbleSize size)
{
    LabelLayout result;
    const QRectF plot = plotRect(area);
    const QList<Bubble> bubbles = layout(area, entries, size);
    const QFontMetricsF metrics(labelFont());

    LabelPlacer placer(plot);
    for (const Bubble &bubble : bubbles)
        placer.addCircle(bubble.centre, bubble.radius);
    const QFontMetricsF quadrantMetrics(quadrantFont());
    for (const Quadrant &q : quadrantsOf(plot))
        placer.addObstacle(quadrantNameRect(q, quadrantMetrics));

    for (const QList<int> &spot : spotsOf(bubbles, importanceOrder(entries, size))) {
        const PortfolioEntry &first = entries[spot.first()];
        Label label;
        label.accountId = first.account.id;
        label.accounts = int(spot.size());
        label.centre = bubbles[spot.first()].centre;
        for (const int i : spot)
            label.radius = std::max(label.radius, bubbles[i].radius);
        label.text = spot.size() == 1 ? labelText(first)
                                      : tr("%1 +%2").arg(first.account.name).arg(spot.size() - 1);
        const QSizeF box(metrics.horizontalAdvance(label.text) + 2 * LabelPadding,
                         metrics.height());
        const double reach =
            spot.size() >= FarLabelAccounts ? LabelPlacer::FarReach : LabelPlacer::NearReach;
        if (const auto placed = placer.place(label.centre, label.radius, box, reach)) {
            label.rect = placed->rect;
            label.leader = placed->away;
            result.labels.append(label);
        } else {
            ++result.hidden;
        }
    }
    if (result.hidden > 0) {
        result.hiddenText = hiddenLabelsText(result.hidden);
        const double top = plot.bottom() + 6 + 2 * metrics.height() + 4;
        // The right part of the row; the tier key takes the left.
        result.hiddenRect =
            QRectF(plot.left() + plot.width() * 0.4, top, plot.width() * 0.6, metrics.height());
    }
    return result;
}

QList<qint64> PortfolioMatrixRenderer::accountsAtSpotOf(const QRectF &area,
                                                        const QList<PortfolioEntry> &entries,
                                                        qint64 accountId, BubbleSize size)
{
    const QList<Bubble> bubbles = layout(area, entries, size);
    for (const QList<int> &spot : spotsOf(bubbles, importanceOrder(entries, size))) {
        QList<qint64> ids;
        for (const int i : spot)
            ids.append(entries[i].account.id);
        if (ids.contains(accountId)) {
            ids.removeOne(accountId);
            ids.prepend(accountId);
            return ids;
        }
    }
    return {};
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

    // Quadrants, each named in its outer corner.
    const QFont nameFont = quadrantFont();
    const QFontMetricsF nameMetrics(nameFont);
    painter->setFont(nameFont);
    for (const Quadrant &q : quadrantsOf(plot)) {
        painter->fillRect(q.rect, quadrantColour(q.quadrant));
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(quadrantNameRect(q, nameMetrics), Qt::AlignCenter,
                          displayName(q.quadrant));
    }
    painter->setPen(QPen(QColor(0x90, 0x90, 0x90), 1, Qt::DashLine));
    painter->drawLine(QPointF(middle.x(), plot.top()), QPointF(middle.x(), plot.bottom()));
    painter->drawLine(QPointF(plot.left(), middle.y()), QPointF(plot.right(), middle.y()));
    painter->setPen(QPen(Qt::black, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(plot);

    // Axes, ticks and titles.
    const QFont axisFont = labelFont();
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
    // On a narrow chart the axis keeps its name and leaves out what bubbles stand for
    // (the "Bubbles" box above the chart says it), rather than being cut at both ends.
    QString axisTitle =
        tr("Our relative strength →      (bubble area: %1)")
            .arg(size == BubbleSize::Potential ? tr("3-year potential") : tr("annual sales"));
    if (metrics.horizontalAdvance(axisTitle) > plot.width())
        axisTitle = tr("Our relative strength →");
    painter->drawText(QRectF(plot.left(), plot.bottom() + 6 + metrics.height(), plot.width(),
                             metrics.height() + 4),
                      Qt::AlignHCenter | Qt::AlignTop, axisTitle);
    // The tier key, under the axis title on the left; the hidden-label count, if any, is
    // on the right of the same row.
    const LabelLayout labels = labelLayout(area, entries, size);
    {
        const QList<KeyEntry> key = tierKey(entries);
        const double top = plot.bottom() + 6 + 2 * metrics.height() + 4;
        const double dot = metrics.height() * 0.7;
        double x = plot.left();
        const double right = labels.hidden > 0 ? labels.hiddenRect.left() : plot.right();
        for (qsizetype i = 0; i < key.size(); ++i) {
            const double width = dot + 4 + metrics.horizontalAdvance(key[i].name) + 12;
            if (x + width > right && i > 0) {
                painter->setPen(Qt::black);
                painter->drawText(QRectF(x, top, 20, metrics.height()), Qt::AlignVCenter,
                                  QStringLiteral("…"));
                break;
            }
            QColor fill = key[i].colour;
            fill.setAlpha(170);
            painter->setBrush(fill);
            painter->setPen(QPen(fill.darker(140), 1));
            painter->drawEllipse(QRectF(x, top + (metrics.height() - dot) / 2, dot, dot));
            painter->setPen(Qt::black);
            painter->drawText(QRectF(x + dot + 4, top, width, metrics.height()), Qt::AlignVCenter,
                              key[i].name);
            x += width;
        }
        painter->setBrush(Qt::NoBrush);
    }
    painter->save();
    painter->translate(area.left() + metrics.height() / 2 + 1, plot.center().y());
    painter->rotate(-90);
    painter->drawText(
        QRectF(-plot.height() / 2, -metrics.height() / 2, plot.height(), metrics.height()),
        Qt::AlignCenter, tr("Account attractiveness →"));
    painter->restore();
    if (!title.isEmpty()) {
        QFont titleFont = quadrantFont();
        painter->setFont(titleFont);
        painter->setPen(Qt::black);
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
    int highlightedIndex = -1;
    for (const int i : std::as_const(order)) {
        const Bubble &bubble = bubbles[i];
        QColor fill = bubbleColour(entries[i].tierIndex);
        fill.setAlpha(170);
        painter->setBrush(fill);
        painter->setPen(QPen(fill.darker(140), 1));
        painter->drawEllipse(bubble.centre, bubble.radius, bubble.radius);
        if (highlighted != 0 && entries[i].account.id == highlighted)
            highlightedIndex = i;
    }

    // Labels over the bubbles, never on one (README "The directional-policy matrix").
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(QColor(0x70, 0x70, 0x70), 0.8));
    for (const Label &label : labels.labels) {
        if (!label.leader)
            continue;
        painter->drawLine(LabelPlacer::leaderStart(label.centre, label.radius, label.rect),
                          LabelPlacer::leaderEnd(label.centre, label.rect));
    }
    painter->setPen(Qt::black);
    bool highlightedNamed = false;
    for (const Label &label : labels.labels) {
        painter->drawText(label.rect, Qt::AlignCenter, label.text);
        highlightedNamed = highlightedNamed || label.accountId == highlighted;
    }
    if (!labels.hiddenText.isEmpty()) {
        painter->setPen(QColor(0x44, 0x44, 0x44));
        painter->drawText(
            labels.hiddenRect, Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(labels.hiddenText, Qt::ElideRight, labels.hiddenRect.width()));
    }

    // The highlighted (current or hovered) account stands out, named even where its
    // label found no place.
    if (highlightedIndex >= 0) {
        const Bubble &bubble = bubbles[highlightedIndex];
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(Qt::black, 3));
        painter->drawEllipse(bubble.centre, bubble.radius, bubble.radius);
        if (!highlightedNamed) {
            const QString text = labelText(entries[highlightedIndex]);
            const QSizeF box(metrics.horizontalAdvance(text) + 4 * LabelPadding,
                             metrics.height() + 2);
            QPointF corner(bubble.centre.x() + bubble.radius + 4,
                           bubble.centre.y() - box.height() / 2);
            if (corner.x() + box.width() > area.right())
                corner.setX(bubble.centre.x() - bubble.radius - 4 - box.width());
            const QRectF rect(corner, box);
            painter->setPen(QPen(Qt::black, 1));
            painter->setBrush(QColor(255, 255, 255, 235));
            painter->drawRoundedRect(rect, 3, 3);
            painter->drawText(rect, Qt::AlignCenter, text);
        }
    }
    if (entries.isEmpty()) {
        painter->setPen(Qt::black);
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
