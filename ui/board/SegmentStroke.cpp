#include "SegmentStroke.h"

#include "Bezier.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <cmath>

namespace Kingside::SegmentStroke {

namespace {

// Chords in device pixels: at most this long, and within a quarter pixel of the curve.
constexpr qreal ChordPixels = 48;
constexpr qreal TolerancePixels = 0.25;

bool segmentsAreFaster(const QPainter *painter, const QPen &pen)
{
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster)
        return false; // vector targets keep real curves and joins
    const QTransform &transform = painter->worldTransform();
    if (transform.type() > QTransform::TxScale)
        return false;
    // Hairlines already take the raster engine's fastest way.
    return !pen.isCosmetic() && pen.widthF() * transform.m11() > 1.0;
}

} // namespace

QList<QPolygonF> flatten(const QPainterPath &path, qreal chord, qreal tolerance)
{
    QList<QPolygonF> polylines;
    const int count = path.elementCount();
    for (int i = 0; i < count; ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo() || polylines.isEmpty()) {
            polylines.append(QPolygonF{QPointF(e)});
            continue;
        }
        QPolygonF &line = polylines.last();
        if (e.isLineTo()) {
            line.append(QPointF(e));
            continue;
        }
        // A cubic: this element and the two data elements after it.
        if (i + 2 >= count)
            break;
        const QPointF p0 = line.last();
        const QPointF p1 = e;
        const QPointF p2 = path.elementAt(i + 1);
        const QPointF p3 = path.elementAt(i + 2);
        i += 2;
        // Enough chords that none strays more than `tolerance` from the curve (the
        // second differences of the control points bound the bend), and none longer
        // than `chord` (the control polygon is never shorter than the curve).
        const QPointF d1 = p0 - 2 * p1 + p2;
        const QPointF d2 = p1 - 2 * p2 + p3;
        const qreal bend = qMax(std::hypot(d1.x(), d1.y()), std::hypot(d2.x(), d2.y()));
        const qreal length =
            QLineF(p0, p1).length() + QLineF(p1, p2).length() + QLineF(p2, p3).length();
        const int steps = qBound(1,
                                 qMax(int(std::ceil(std::sqrt(0.75 * bend / tolerance))),
                                      int(std::ceil(length / chord))),
                                 256);
        for (int s = 1; s < steps; ++s)
            line.append(cubicPoint(p0, p1, p2, p3, qreal(s) / steps));
        line.append(p3);
    }
    return polylines;
}

void addDashes(const QPolygonF &polyline, const QList<qreal> &pattern, qreal offset,
               QList<QLineF> *out)
{
    qreal period = 0;
    for (const qreal length : pattern)
        period += length;
    if (polyline.size() < 2 || pattern.isEmpty() || period <= 0)
        return;
    // Where in the pattern the polyline starts.
    int index = 0;
    qreal left = std::fmod(std::fmod(offset, period) + period, period); // into the pattern
    while (left >= pattern[index]) {
        left -= pattern[index];
        index = (index + 1) % pattern.size();
    }
    qreal remaining = pattern[index] - left; // of the current dash or gap
    bool inDash = index % 2 == 0;
    QPointF dashStart = polyline.first();
    for (int i = 1; i < polyline.size(); ++i) {
        const QPointF a = polyline[i - 1];
        const QPointF b = polyline[i];
        const qreal length = QLineF(a, b).length();
        qreal at = 0;
        while (length - at >= remaining) {
            at += remaining;
            const QPointF point = a + (b - a) * (at / length);
            if (inDash)
                out->append(QLineF(dashStart, point));
            else
                dashStart = point;
            inDash = !inDash;
            index = (index + 1) % pattern.size();
            remaining = pattern[index];
        }
        remaining -= length - at;
    }
    if (inDash && dashStart != polyline.last())
        out->append(QLineF(dashStart, polyline.last()));
}

void stroke(QPainter *painter, const QPen &pen, const QPainterPath &path)
{
    if (!segmentsAreFaster(painter, pen)) {
        painter->setPen(pen);
        painter->drawPath(path);
        return;
    }
    const qreal scale = painter->worldTransform().m11();
    const QList<QPolygonF> polylines = flatten(path, ChordPixels / scale, TolerancePixels / scale);
    QList<QLineF> segments;
    QPen segmentPen = pen;
    QList<QPointF> roundCorners;
    if (pen.style() == Qt::SolidLine) {
        const bool roundJoins = pen.joinStyle() == Qt::RoundJoin;
        // A round-joined, round-capped line (our team's) keeps its round ends too.
        const bool roundEnds = roundJoins && pen.capStyle() == Qt::RoundCap;
        const qreal half = pen.widthF() / 2;
        for (const QPolygonF &line : polylines) {
            // A sharp corner of a round-joined line (a team line turning down to its
            // piece): both segments end flat at the corner, and a disc rounds it.
            QList<bool> sharp(line.size(), false);
            if (roundEnds && line.size() > 1) {
                sharp.first() = sharp.last() = true;
                roundCorners.append(line.first());
                roundCorners.append(line.last());
            }
            if (roundJoins) {
                for (int i = 1; i + 1 < line.size(); ++i) {
                    const QLineF in(line[i - 1], line[i]);
                    const QLineF out(line[i], line[i + 1]);
                    const qreal turn = in.angleTo(out);
                    sharp[i] = qMin(turn, 360 - turn) > 20;
                    if (sharp[i])
                        roundCorners.append(line[i]);
                }
            }
            for (int i = 1; i < line.size(); ++i) {
                QLineF segment(line[i - 1], line[i]);
                const qreal length = segment.length();
                if (length <= 0)
                    continue;
                // A square cap reaches half the width past the end: pulled back by as
                // much, the segment ends flat at the corner.
                const QPointF step = (segment.p2() - segment.p1()) * (half / length);
                if ((int(sharp[i - 1]) + int(sharp[i])) * half < length) {
                    if (sharp[i - 1])
                        segment.setP1(segment.p1() + step);
                    if (sharp[i])
                        segment.setP2(segment.p2() - step);
                }
                segments.append(segment);
            }
        }
        // Square caps fill the wedges between segments at every gentle joint.
        segmentPen.setCapStyle(Qt::SquareCap);
    } else {
        // The pen's pattern is in pen widths; its offset too.
        QList<qreal> pattern = pen.dashPattern();
        const qreal width = pen.widthF();
        for (qreal &length : pattern)
            length *= width;
        for (const QPolygonF &line : polylines)
            addDashes(line, pattern, pen.dashOffset() * width, &segments);
        segmentPen.setStyle(Qt::SolidLine);
        segmentPen.setCapStyle(Qt::FlatCap);
    }
    painter->setPen(segmentPen);
    painter->drawLines(segments.constData(), int(segments.size()));
    if (!roundCorners.isEmpty()) {
        const QBrush brush = painter->brush();
        const qreal radius = pen.widthF() / 2;
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.brush());
        for (const QPointF &corner : std::as_const(roundCorners))
            painter->drawEllipse(corner, radius, radius);
        painter->setBrush(brush);
        painter->setPen(segmentPen);
    }
}

} // namespace Kingside::SegmentStroke
