#pragma once

#include <QLineF>
#include <QList>
#include <QPolygonF>

class QPainter;
class QPainterPath;
class QPen;

namespace Kingside {

// Wide antialiased lines drawn as lists of straight segments. Qt's raster engine draws
// square-capped segments three to five times faster than it strokes the same path: for
// a path it outlines the whole stroke, joins and all, and fills that outline. Square
// caps close the joints between segments, so a flattened curve or a zigzag looks as
// if stroked whole; dashes are laid along the path here, one chord per dash.
namespace SegmentStroke {

// Each subpath of `path` as a polyline; cubic curves become chords at most `chord`
// long that stay within `tolerance` of the curve (both in the path's units).
QList<QPolygonF> flatten(const QPainterPath &path, qreal chord, qreal tolerance);

// The dashes of `pattern` (dash, gap, dash, gap … lengths in the polyline's units) laid
// along `polyline` from `offset` into the pattern, each as one chord from its start to
// its end; appended to `out`.
void addDashes(const QPolygonF &polyline, const QList<qreal> &pattern, qreal offset,
               QList<QLineF> *out);

// Strokes `path` with `pen` as segments where that is faster and looks the same (wide
// pens on a raster device under a scaling transform); elsewhere (print, PDF, SVG,
// hairlines) strokes the path itself. Solid pens get square caps at the joints.
void stroke(QPainter *painter, const QPen &pen, const QPainterPath &path);

} // namespace SegmentStroke

} // namespace Kingside
