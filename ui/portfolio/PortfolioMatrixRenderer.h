#pragma once

#include "scoring/Portfolio.h"

#include <QColor>
#include <QFont>
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

    // One account label as drawn: beside its bubble, touching no bubble and no other label.
    struct Label
    {
        QRectF rect; // the text's box
        QString text;
        qint64 accountId = 0; // the account named; the first of a spot's accounts
        int accounts = 1;     // accounts at this one spot ("Name +N" when more than one)
        QPointF centre;       // of the bubble it names
        double radius = 0;
        bool leader = false; // moved away from the bubble: joined to it by a line
    };
    struct LabelLayout
    {
        QList<Label> labels;
        int hidden = 0;     // labels left out for want of a free place
        QString hiddenText; // "N labels hidden — hover a bubble for its account"; empty at 0
        QRectF hiddenRect;  // where hiddenText is drawn, a corner below the plot
    };

    // The tier key under the plot: each tier shown, best first, with its bubble colour,
    // and "no tier" last when an account has none.
    struct KeyEntry
    {
        QString name;
        QColor colour;
    };
    static QList<KeyEntry> tierKey(const QList<PortfolioEntry> &entries);

    // Where the plot area and each account's bubble sit inside `area`.
    static QRectF plotRect(const QRectF &area);
    static QList<Bubble> layout(const QRectF &area, const QList<PortfolioEntry> &entries,
                                BubbleSize size = BubbleSize::AnnualSales);

    // The labels, placed greedily: most important spot first (tier, then the bubble's
    // amount, then name), each at the first free place around its bubble (README "The
    // directional-policy matrix"). Accounts at one spot share one label.
    static LabelLayout labelLayout(const QRectF &area, const QList<PortfolioEntry> &entries,
                                   BubbleSize size = BubbleSize::AnnualSales);

    // Every account drawn at the same spot as `accountId` (itself first), for tooltips.
    static QList<qint64> accountsAtSpotOf(const QRectF &area, const QList<PortfolioEntry> &entries,
                                          qint64 accountId,
                                          BubbleSize size = BubbleSize::AnnualSales);

    // The fonts, sized in the chart's own units so that screen, print and files agree.
    static QFont labelFont();

    // `title` goes above the plot (the scheme, say); `highlighted` is drawn emphasised.
    static void paint(QPainter *painter, const QRectF &area, const QList<PortfolioEntry> &entries,
                      const QString &title = {}, qint64 highlighted = 0,
                      BubbleSize size = BubbleSize::AnnualSales);

    // The account under a point (the smallest bubble wins where they overlap), or 0.
    static qint64 accountAt(const QRectF &area, const QList<PortfolioEntry> &entries,
                            const QPointF &point, BubbleSize size = BubbleSize::AnnualSales);
};

} // namespace Kingside
