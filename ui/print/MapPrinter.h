#pragma once

#include "PageSetup.h"
#include "PrintContext.h"

#include "board/BoardLayout.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPainter;
class QPagedPaintDevice;

namespace Kingside {

// Lays the board out on paper: one page, or C × R tiles that overlap and carry crop marks
// and a grid label ("B2 of 3×2") so that they assemble into one map on a wall. Every page
// has a header (account, tier, stage, date, workspace), the legend and a footer
// ("Confidential", the account, page n of m). Names and titles print at 6 pt or more
// (PaperLabels); only when they cannot fit the squares at the chosen scale are they
// dropped: the pieces carry numbers and a key lists the people.
//
// Pages are laid out in device units at MapPrinter::Dpi: devices are set to that
// resolution (QPdfWriter, QPrinter) so that the renderer's point-sized fonts keep their
// size relative to the board.
class MapPrinter
{
public:
    static constexpr qreal Dpi = 96;
    // The smallest text the board renderer draws beside a piece (the person's title,
    // BoardRenderer::paintPerson) and the smallest text allowed on paper.
    static constexpr qreal SmallestLabelPt = 6;
    static constexpr qreal MinimumPrintedPt = 6;
    static constexpr qreal KeyFontPt = 6.5;

    struct KeyEntry
    {
        QString mark;        // the number on the board, or the team member's initials
        QString text;        // the person's name
        bool onBoard = true; // false: folded into a "+N" group or not placed
    };

    // Where everything goes on one page (device units).
    struct Geometry
    {
        QRectF page;
        QRectF header;
        QRectF footer;
        QRectF board;  // the window on the (tiled) board
        QRectF legend; // scaled by legendScale
        qreal legendScale = 1;
        bool legendBeside = true;
        QRectF key; // empty when labels are shown
        int keyColumns = 0;
        qreal boardScale = 1; // device units per board unit
        bool labels = true;
        qreal overlap = 0; // device units
    };

    MapPrinter(const PrintContext &context, const PageSetup &setup);

    const PageSetup &setup() const { return m_setup; }
    int pageCount() const { return m_setup.pageCount(); }
    Geometry geometry(const QSizeF &pageSize) const;
    // Whether every name and title fits its square and card at this scale (device units
    // per board unit) at 6 pt or more (PaperLabels).
    bool labelsFit(qreal boardScale) const;
    // The names and titles printed on the board on this page size; empty with a key.
    QStringList boardTexts(const QSizeF &pageSize) const;
    QList<KeyEntry> keyEntries() const;

    // Every page onto a device whose page layout is set; *error when it cannot paint.
    bool print(QPagedPaintDevice *device, QString *error) const;
    // One page; pageNumber counts from 1.
    void paintPage(QPainter *painter, const QSizeF &pageSize, int column, int row, int pageNumber,
                   int pageTotal) const;

    // The facts line of the header: "Tier A · Growth · 15 June 2026 · Workspace demo".
    QString factsLine() const;
    static QString confidentialText();

private:
    Geometry layoutWith(const QSizeF &pageSize, bool withKey, bool legendBeside) const;
    void paintHeader(QPainter *painter, const Geometry &g, int column, int row) const;
    void paintFooter(QPainter *painter, const Geometry &g, int column, int row, int pageNumber,
                     int pageTotal) const;
    void paintBoardWindow(QPainter *painter, const Geometry &g, int column, int row) const;
    void paintCropMarks(QPainter *painter, const Geometry &g, int column, int row) const;
    void paintKey(QPainter *painter, const Geometry &g) const;

    const PrintContext &m_context;
    PageSetup m_setup;
    BoardLayout m_layout; // as on screen; PaperLabels rearranges a copy
    QSizeF m_boardSize;   // the board's content rectangle, board units
    QPointF m_boardOrigin;
};

} // namespace Kingside
