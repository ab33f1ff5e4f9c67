#pragma once

#include "BoardStyle.h"

#include <QHash>
#include <QList>
#include <QPainterPath>

namespace Kingside {

struct BoardData;
class BoardLayout;
class BoardFilterMatch;

// One drawn line: a relationship, or at overview detail several relationships of one
// team member to one square (or of one kind between two squares) merged.
struct LineShape
{
    qint64 relationshipId = 0; // 0 for a merged line
    qint64 fromId = 0;         // team member for team lines (also when merged)
    qint64 toId = 0;
    bool team = false;
    RelationshipKind kind = RelationshipKind::Working;
    Freshness freshness = Freshness::Never;
    int strength = 3;
    int count = 1;
    QPainterPath path;
    QRectF bounds;
    QList<QRectF> parts; // bounds of the drawn pieces (team lines), for culling
    // A team line whose way in along its member's lane is drawn once for all of that
    // member's lines to the rank (see BoardLines::trunks()): only this last part, from
    // the lane down to the piece, is drawn for the line itself. Empty: draw `path`.
    QPainterPath drop;
    bool arrow = false;    // influence: arrowhead at the end of the path
    QPainterPath head;     // the arrowhead, built once with the path
    bool hairline = false; // drawn one device pixel wide (client lines at overview)
};

// How a line looks (pen and width), and optionally the paths drawn in that look: the
// legend draws its samples through this.
struct LineBatch
{
    bool team = false;
    RelationshipKind kind = RelationshipKind::Working;
    Freshness freshness = Freshness::Never;
    qreal width = 1;
    bool hairline = false; // one device pixel whatever the zoom
    bool solid = false;    // no dash pattern (freshness shown by colour alone)
    QPainterPath path;
    QPainterPath arrows; // filled arrowheads
};

// The routed relationship lines of one board, with a grid index for culling and
// picking. Team lines leave the rail, enter the board in their member's lane of the
// channel along the top of the target rank and drop beside the piece, so that they do
// not run under pieces; client lines bend away from the straight path between pieces.
class BoardLines
{
public:
    enum class Detail
    {
        Individual, // one line per relationship
        Aggregated, // one weighted line per team member and square, per kind and square pair
        Overview,   // as Aggregated for the team; client lines per department pair (and
                    // per level pair inside a department), tension and influence apart
    };

    void build(const BoardData &data, const BoardLayout &layout, const BoardFilterMatch &filter,
               Detail detail, const QDate &today);

    Detail detail() const { return m_detail; }
    const QList<LineShape> &lines() const { return m_lines; }
    // Indexes of all lines in drawing order: weaker and client lines first.
    const QList<int> &drawOrder() const { return m_order; }
    // Shared ways in: one per team member and rank, from the rail along the member's
    // lane to the farthest of their lines there, in the look of the strongest, freshest
    // of them. Drawn before the lines (every line detail; merged details have none).
    const QList<LineShape> &trunks() const { return m_trunks; }
    const QList<int> &trunkOrder() const { return m_trunkOrder; } // drawing order
    QList<int> trunksIn(const QRectF &rect) const;                // in drawing order
    int indexOf(qint64 relationshipId) const { return m_byRelationship.value(relationshipId, -1); }
    // Lines with a part inside a rect (through the grid index), in drawing order.
    QList<int> linesIn(const QRectF &rect) const;
    // The line nearest to a point within tolerance, or -1.
    int lineAt(const QPointF &point, qreal tolerance) const;
    // The look of one line (its path and arrow stay in the LineShape).
    static LineBatch styleOf(const LineShape &line);

    // Bounds of each piece of a path (a straight piece has an empty rect).
    static QList<QRectF> partsOf(const QPainterPath &path);
    static QPainterPath teamRoute(const BoardLayout &layout, qint64 memberId, qint64 personId);
    static QPainterPath clientRoute(const BoardLayout &layout, qint64 fromId, qint64 toId,
                                    bool bendLeft);
    // A client line's curve: from a to b, bent towards control point c.
    static QLineF clientCurve(const BoardLayout &layout, qint64 fromId, qint64 toId, bool bendLeft,
                              QPointF *control);
    // The zigzag of a tension line along the quadratic curve a → c → b, and an
    // arrowhead `inset` before its end. Computed from the curve's formula, so building
    // thousands of them stays cheap.
    static QPainterPath zigzag(const QPointF &a, const QPointF &c, const QPointF &b,
                               qreal amplitude, qreal step);
    static QPainterPath arrowHead(const QPointF &a, const QPointF &c, const QPointF &b, qreal size,
                                  qreal inset);

private:
    void buildIndividual(const BoardData &data, const BoardLayout &layout,
                         const BoardFilterMatch &filter, const QDate &today);
    void buildTrunks(const BoardLayout &layout);
    void buildMerged(const BoardData &data, const BoardLayout &layout,
                     const BoardFilterMatch &filter, const QDate &today);
    void finishClientLine(LineShape &line, const QPointF &a, const QPointF &c, const QPointF &b,
                          qreal amplitude, qreal step);
    void index();

    Detail m_detail = Detail::Individual;
    QList<LineShape> m_lines;
    QList<int> m_order;
    QList<LineShape> m_trunks;
    QList<int> m_trunkOrder;
    QHash<qint64, int> m_byRelationship;
    QHash<quint64, QList<int>> m_grid;
    QHash<quint64, QList<int>> m_trunkGrid;
};

} // namespace Kingside
