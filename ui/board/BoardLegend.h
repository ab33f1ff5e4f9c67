#pragma once

#include "BoardHighlight.h"

#include <QRectF>
#include <QStringList>

class QPainter;

namespace Kingside {

// The legend explaining every piece, colour, line and mark of the board; drawn by the
// renderer into every export and by the legend widget on screen.
namespace BoardLegend {

// The size the legend needs. Beside the board it flows into columns no taller than
// maxHeight (0: one column); below it, each section gets its own column.
QSizeF size(qreal maxHeight, const BoardHighlights &highlights, bool beside);
void paint(QPainter *painter, const QRectF &rect, int freshnessDays,
           const BoardHighlights &highlights, bool beside);
// The words of every row the legend shows for these marks, in order.
QStringList entries(const BoardHighlights &highlights);
// The legend's words for one kind of mark.
QString markEntry(HighlightKind kind);

} // namespace BoardLegend
} // namespace Kingside
