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
    bool arrow = false; // influence: arrowhead at the end of the path
    QPainterPath head;  // the arrowhead, built once with the path
};

// Lines sharing one look, drawn with one pen in one call.
struct LineBatch
{
    bool team = false;
    RelationshipKind kind = RelationshipKind::Working;
    Freshness freshness = Freshness::Never;
    qreal width = 1;
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
    };

    void build(const BoardData &data, const BoardLayout &layout, const BoardFilterMatch &filter,
               Detail detail, const QDate &today);

    Detail detail() const { return m_detail; }
    const QList<LineShape> &lines() const { return m_lines; }
    const QList<LineBatch> &batches() const { return m_batches; }
    int indexOf(qint64 relationshipId) const { return m_byRelationship.value(relationshipId, -1); }
    // Lines whose bounds meet a rect (through the grid index).
    QList<int> linesIn(const QRectF &rect) const;
    // The line nearest to a point within tolerance, or -1.
    int lineAt(const QPointF &point, qreal tolerance) const;
    // Batches of just the given lines (for a part of the board at close zoom).
    QList<LineBatch> batch(const QList<int> &indexes) const;

    static QPainterPath teamRoute(const BoardLayout &layout, qint64 memberId, qint64 personId);
    static QPainterPath clientRoute(const BoardLayout &layout, qint64 fromId, qint64 toId,
                                    bool bendLeft);
    static QPainterPath zigzag(const QPainterPath &path, qreal amplitude, qreal step);
    static QPainterPath arrowHead(const QPainterPath &path, qreal size, qreal inset);

private:
    void index();

    Detail m_detail = Detail::Individual;
    QList<LineShape> m_lines;
    QList<LineBatch> m_batches;
    QHash<qint64, int> m_byRelationship;
    QHash<quint64, QList<int>> m_grid;
};

} // namespace Kingside
