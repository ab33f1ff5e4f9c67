#pragma once

#include <QPointF>

namespace Kingside {

// The point at `t` (0 … 1) of the cubic Bézier curve p0 → p3 with controls p1 and p2.
inline QPointF cubicPoint(const QPointF &p0, const QPointF &p1, const QPointF &p2,
                          const QPointF &p3, qreal t)
{
    const qreal u = 1 - t;
    return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

} // namespace Kingside
