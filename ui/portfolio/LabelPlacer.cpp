#include "LabelPlacer.h"

#include <algorithm>
#include <cmath>

namespace Kingside {

namespace {

constexpr double Gap = 2; // between a bubble's rim and its label
// On the rim, then further out (with a leader line): near rings for every label, far ones
// for labels worth a long line.
constexpr double Rings[] = {0.0, 10.0, 24.0, 42.0, 64.0, 90.0, 120.0, 160.0};
constexpr double Diagonal = 0.70710678;

bool touches(const QRectF &rect, const QPointF &centre, double radius)
{
    const double dx = std::max({rect.left() - centre.x(), 0.0, centre.x() - rect.right()});
    const double dy = std::max({rect.top() - centre.y(), 0.0, centre.y() - rect.bottom()});
    return dx * dx + dy * dy < radius * radius;
}

// Liang–Barsky: does the segment a–b pass through the inside of `rect`?
bool crosses(const QPointF &a, const QPointF &b, const QRectF &rect)
{
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(),
                        rect.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] <= 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 >= t1)
            return false;
    }
    return true;
}

} // namespace

QPointF LabelPlacer::leaderStart(const QPointF &centre, double radius, const QRectF &label)
{
    const QPointF end = leaderEnd(centre, label);
    const QPointF along = end - centre;
    const double length = std::hypot(along.x(), along.y());
    return length > radius ? centre + along * (radius / length) : end;
}

QPointF LabelPlacer::leaderEnd(const QPointF &centre, const QRectF &label)
{
    return {std::clamp(centre.x(), label.left(), label.right()),
            std::clamp(centre.y(), label.top(), label.bottom())};
}

LabelPlacer::LabelPlacer(const QRectF &bounds, double cellSize)
    : m_bounds(bounds), m_cellSize(std::max(4.0, cellSize))
{
    m_columns = std::max(1, int(std::ceil(bounds.width() / m_cellSize)));
    m_rows = std::max(1, int(std::ceil(bounds.height() / m_cellSize)));
    m_cells.resize(size_t(m_columns) * size_t(m_rows));
}

int LabelPlacer::columnOf(double x) const
{
    return std::clamp(int(std::floor((x - m_bounds.left()) / m_cellSize)), 0, m_columns - 1);
}

int LabelPlacer::rowOf(double y) const
{
    return std::clamp(int(std::floor((y - m_bounds.top()) / m_cellSize)), 0, m_rows - 1);
}

void LabelPlacer::insert(const QRectF &box, int item)
{
    if (!box.intersects(m_bounds))
        return; // nothing placed outside the bounds can touch it
    const int left = columnOf(box.left()), right = columnOf(box.right());
    const int top = rowOf(box.top()), bottom = rowOf(box.bottom());
    for (int row = top; row <= bottom; ++row) {
        for (int column = left; column <= right; ++column)
            m_cells[size_t(row) * size_t(m_columns) + size_t(column)].push_back(item);
    }
}

void LabelPlacer::addCircle(const QPointF &centre, double radius)
{
    const double r = radius + Clearance;
    m_circles.push_back({centre, r});
    insert(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r),
           int(m_circles.size() - 1) * Kinds + CircleKind);
}

void LabelPlacer::addObstacle(const QRectF &rect)
{
    const QRectF grown = rect.adjusted(-Clearance, -Clearance, Clearance, Clearance);
    m_rects.push_back(grown);
    insert(grown, int(m_rects.size() - 1) * Kinds + RectKind);
}

void LabelPlacer::addSegment(const QPointF &from, const QPointF &to)
{
    m_segments.push_back({from, to});
    insert(QRectF(from, to).normalized().adjusted(-1, -1, 1, 1),
           int(m_segments.size() - 1) * Kinds + SegmentKind);
}

bool LabelPlacer::isClearPath(const QPointF &from, const QPointF &to) const
{
    const QRectF box = QRectF(from, to).normalized();
    const int left = columnOf(box.left()), right = columnOf(box.right());
    const int top = rowOf(box.top()), bottom = rowOf(box.bottom());
    for (int row = top; row <= bottom; ++row) {
        for (int column = left; column <= right; ++column) {
            for (const int item : m_cells[size_t(row) * size_t(m_columns) + size_t(column)]) {
                if (item % Kinds == RectKind && crosses(from, to, m_rects[size_t(item / Kinds)]))
                    return false;
            }
        }
    }
    return true;
}

bool LabelPlacer::isFree(const QRectF &rect) const
{
    if (rect.left() < m_bounds.left() || rect.top() < m_bounds.top() ||
        rect.right() > m_bounds.right() || rect.bottom() > m_bounds.bottom())
        return false;
    const int left = columnOf(rect.left()), right = columnOf(rect.right());
    const int top = rowOf(rect.top()), bottom = rowOf(rect.bottom());
    for (int row = top; row <= bottom; ++row) {
        for (int column = left; column <= right; ++column) {
            for (const int item : m_cells[size_t(row) * size_t(m_columns) + size_t(column)]) {
                const size_t index = size_t(item / Kinds);
                switch (item % Kinds) {
                case CircleKind:
                    if (touches(rect, m_circles[index].centre, m_circles[index].radius))
                        return false;
                    break;
                case RectKind:
                    if (m_rects[index].intersects(rect))
                        return false;
                    break;
                default:
                    if (crosses(m_segments[index].from, m_segments[index].to,
                                rect.adjusted(-Clearance, -Clearance, Clearance, Clearance)))
                        return false;
                    break;
                }
            }
        }
    }
    return true;
}

std::optional<LabelPlacer::Placement> LabelPlacer::place(const QPointF &centre, double radius,
                                                         const QSizeF &size, double reach)
{
    const double w = size.width(), h = size.height();
    const double cx = centre.x(), cy = centre.y();
    for (const double extra : Rings) {
        if (extra > reach)
            break;
        const double d = radius + Clearance + Gap + extra;
        const double k = d * Diagonal;
        const QPointF corners[] = {
            {cx + d, cy - h / 2},     // right
            {cx - d - w, cy - h / 2}, // left
            {cx - w / 2, cy - d - h}, // above
            {cx - w / 2, cy + d},     // below
            {cx + k, cy - k - h},     // above right
            {cx - k - w, cy - k - h}, // above left
            {cx + k, cy + k},         // below right
            {cx - k - w, cy + k},     // below left
        };
        for (const QPointF &corner : corners) {
            const QRectF rect(corner, size);
            if (!isFree(rect))
                continue;
            if (extra > 0) {
                // The leader line, too, passes under no label and no quadrant name.
                const QPointF from = leaderStart(centre, radius, rect);
                const QPointF to = leaderEnd(centre, rect);
                if (!isClearPath(from, to))
                    continue;
                addObstacle(rect);
                addSegment(from, to);
            } else {
                addObstacle(rect);
            }
            return Placement{rect, extra > 0};
        }
    }
    return std::nullopt;
}

} // namespace Kingside
