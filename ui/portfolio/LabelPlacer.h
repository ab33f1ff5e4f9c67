#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>
#include <vector>

namespace Kingside {

// Finds free places for labels beside circles (the matrix chart's bubbles): each label goes
// to the first candidate position around its circle that stays inside the bounds and touches
// no circle, no obstacle and no label placed before it; a uniform grid keeps each test to the
// few shapes nearby (README "The directional-policy matrix").
class LabelPlacer
{
public:
    struct Placement
    {
        QRectF rect;
        bool away = false; // moved off the circle's rim: wants a leader line
    };

    explicit LabelPlacer(const QRectF &bounds, double cellSize = 24);

    // Shapes a label must not touch: every bubble, and fixed texts such as quadrant names.
    void addCircle(const QPointF &centre, double radius);
    void addObstacle(const QRectF &rect);

    // Right, left, above, below, then the diagonals, first on the circle's rim and then
    // further out, up to `reach` beyond the rim; the first free one is reserved and
    // returned. std::nullopt when none is.
    std::optional<Placement> place(const QPointF &centre, double radius, const QSizeF &size,
                                   double reach = NearReach);

    static constexpr double NearReach = 24; // for one account's label
    static constexpr double FarReach = 160; // for the label of many accounts at one spot

    // True when `rect` lies inside the bounds and touches no shape added so far.
    bool isFree(const QRectF &rect) const;

    // The leader line from a circle's rim to the nearest point of its moved label.
    static QPointF leaderStart(const QPointF &centre, double radius, const QRectF &label);
    static QPointF leaderEnd(const QPointF &centre, const QRectF &label);

    // Distance kept between a label and any other shape.
    static constexpr double Clearance = 1.0;

private:
    struct Circle
    {
        QPointF centre;
        double radius;
    };
    struct Segment
    {
        QPointF from;
        QPointF to;
    };
    enum Kind
    {
        CircleKind,
        RectKind,
        SegmentKind,
        Kinds
    };
    void addSegment(const QPointF &from, const QPointF &to);
    bool isClearPath(const QPointF &from, const QPointF &to) const; // crosses no label
    void insert(const QRectF &box, int item);
    int columnOf(double x) const;
    int rowOf(double y) const;

    QRectF m_bounds;
    double m_cellSize;
    int m_columns = 1;
    int m_rows = 1;
    std::vector<Circle> m_circles;
    std::vector<QRectF> m_rects;
    std::vector<Segment> m_segments; // leader lines: labels keep off them
    // Per cell, the shapes overlapping it, shape i of kind k as i × Kinds + k.
    std::vector<std::vector<int>> m_cells;
};

} // namespace Kingside
