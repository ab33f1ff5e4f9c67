#pragma once

#include "BoardFilter.h"
#include "BoardHighlight.h"
#include "BoardLayout.h"
#include "BoardLines.h"

#include <QDate>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace Kingside {

struct BoardData;
struct Person;

// What to draw besides the board itself, for the screen, print and every export.
struct BoardRenderOptions
{
    QDate today = QDate::currentDate(); // freshness is measured against this day
    BoardFilter filter;
    BoardHighlights highlights;
    QSet<BoardSquare> expanded;
    qint64 selectedPersonId = 0;
    qint64 selectedRelationshipId = 0;
    bool legend = true;
    bool header = true;     // account name and date above the board
    QString headerText;     // extra text at the right of the header (page header, "Confidential")
    QString footerText;     // a line under everything (page footer, file name)
    bool background = true; // fill the target white first
    std::optional<BoardLines::Detail> detail; // default: chosen from density and scale
};

// How one person is drawn right now.
struct PieceState
{
    bool faded = false;
    bool selected = false;
    bool hovered = false;
    bool showText = true;
};

// The one painter of the board: the scene's items call its parts, and paint() draws the
// whole account (header, team rail, board, lines, pieces, marks, legend) into any
// rectangle of any QPainter — widget, image, printer, PDF or SVG.
class BoardRenderer
{
public:
    explicit BoardRenderer(const BoardData &data) : m_data(data) {}

    // The whole board fitted into `target` (aspect kept, centred). Returns the rect the
    // board's scene coordinates were mapped into.
    QRectF paint(QPainter *painter, const QRectF &target, const BoardRenderOptions &options) const;
    // The size (in board units) paint() lays out, for choosing page orientation.
    QSizeF naturalSize(const BoardRenderOptions &options, bool legendBeside) const;

    // Detail level for a given number of device pixels per board unit.
    static BoardLines::Detail detailFor(const BoardData &data, qreal pixelsPerUnit);
    // How strongly the line layer is drawn (dense boards fade it a little).
    static qreal lineOpacity(const BoardLines &lines);
    // `font`, made smaller (down to 6.5 pt) until the longest word of `text` fits `width`:
    // an edge label wraps between words, and a word wider than its room would be cut.
    static QFont fittedLabelFont(QFont font, const QString &text, qreal width);

    // Parts, in scene coordinates of `layout`. Given an `area`, the board paints only
    // the squares, labels and walls that meet it (the rest is clipped away anyway).
    void paintBoard(QPainter *painter, const BoardLayout &layout,
                    const QRectF *area = nullptr) const;
    void paintRailBackground(QPainter *painter, const BoardLayout &layout) const;
    // Lines in a given look (the legend's samples).
    static void paintLines(QPainter *painter, const QList<LineBatch> &batches, qreal opacity = 1);
    // A board's lines (with the team's shared trunks) that reach into `area`, or all of
    // them when `area` is null.
    // `widestZoom` > 0 (the screen): beyond that many device pixels per unit, widths
    // stop growing, so that close up lines stay lines rather than ribbons.
    // `clientOpacity` >= 0: lines between client people drawn at that opacity instead.
    static void paintLines(QPainter *painter, const BoardLines &lines, const QRectF *area,
                           qreal opacity, qreal widestZoom = 0, qreal clientOpacity = -1);
    static void paintLines(QPainter *painter, const BoardLines &lines);
    void paintPerson(QPainter *painter, const BoardLayout::PiecePlace &place,
                     const PieceState &state) const;
    void paintTeamMember(QPainter *painter, const BoardLayout::TeamPlace &place,
                         const PieceState &state) const;
    static void paintGroup(QPainter *painter, const BoardLayout::Group &group, bool hovered);
    static void paintExpandedCard(QPainter *painter, const QRectF &card);
    void paintHighlights(QPainter *painter, const BoardLayout &layout, const BoardLines &lines,
                         const BoardHighlights &highlights) const;
    void paintRelationshipEmphasis(QPainter *painter, const BoardLayout &layout,
                                   const BoardLines &lines, qint64 relationshipId,
                                   const QColor &colour) const;

    // A chess piece alone: artwork filled by attitude, the attitude's marker (unless the
    // legend shows a piece for its shape alone), competitor badge.
    static void paintPiece(QPainter *painter, Piece piece, Attitude attitude, const QRectF &box,
                           const QString &competitor = {}, bool attitudeMarker = true);

private:
    const BoardData &m_data;
};

} // namespace Kingside
