#pragma once

#include "scoring/Portfolio.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace Kingside {

// Paints the directional-policy matrix (attractiveness up, our strength to the right,
// bubble area ∝ annual sales or potential) onto any QPainter: screen, printer, PDF, SVG or image.
class PortfolioMatrixRenderer
{
public:
    // What a bubble's area stands for.
    enum class BubbleSize
    {
        AnnualSales,
        Potential, // 3-year potential
    };

    struct Bubble
    {
        qint64 accountId = 0;
        QPointF centre;
        double radius = 0;
    };

    // Where the plot area and each account's bubble sit inside `area`.
    static QRectF plotRect(const QRectF &area);
    static QList<Bubble> layout(const QRectF &area, const QList<PortfolioEntry> &entries,
                                BubbleSize size = BubbleSize::AnnualSales);

    // `title` goes above the plot (the scheme, say); `highlighted` is drawn emphasised.
    static void paint(QPainter *painter, const QRectF &area, const QList<PortfolioEntry> &entries,
                      const QString &title = {}, qint64 highlighted = 0,
                      BubbleSize size = BubbleSize::AnnualSales);

    // The account under a point (the smallest bubble wins where they overlap), or 0.
    static qint64 accountAt(const QRectF &area, const QList<PortfolioEntry> &entries,
                            const QPointF &point, BubbleSize size = BubbleSize::AnnualSales);
};

} // namespace Kingside
