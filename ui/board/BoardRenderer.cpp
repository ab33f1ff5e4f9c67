#include "BoardRenderer.h"

#include "Bezier.h"
#include "BoardData.h"
#include "BoardLegend.h"
#include "BoardStyle.h"
#include "PieceArtwork.h"
#include "SegmentStroke.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QStaticText>
#include <QtMath>
#include <algorithm>

namespace Kingside {
namespace {

constexpr qreal HeaderHeight = 64;
constexpr qreal FooterHeight = 30;
constexpr qreal Margin = 24;

QFont uiFont(qreal pointSize, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Sans Serif")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

bool rasterDevice(const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    return engine && engine->type() == QPaintEngine::Raster &&
           painter->worldTransform().type() <= QTransform::TxScale;
}

QString initialsOf(const QString &name)
{
    QString initials;
    for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (initials.size() < 2)
            initials += part.front().toUpper();
    }
    return initials;
}

// Names and titles are laid out (shaped, elided) once per font, width and text, not on
// every paint: thousands of labels then cost a glyph blit each. Painting happens on one
// thread at a time per thread, so the cache is per thread.
struct LaidOutText
{
    QString shown; // elided
    QStaticText text;
};

const LaidOutText &laidOut(const QString &text, const QFont &font, qreal width, bool elide)
{
    thread_local QHash<QString, LaidOutText> cache;
    const QString key = font.key() + QChar(0x1F) + QString::number(width, 'f', 1) + QChar(0x1F) +
                        (elide ? QLatin1Char('e') : QLatin1Char('-')) + text;
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 20000)
            cache.clear();
        LaidOutText entry;
        entry.shown = elide ? QFontMetricsF(font).elidedText(text, Qt::ElideRight, width) : text;
        entry.text.setText(entry.shown);
        entry.text.setTextFormat(Qt::PlainText);
        entry.text.setPerformanceHint(QStaticText::AggressiveCaching);
        entry.text.prepare(QTransform(), font);
        it = cache.insert(key, entry);
    }
    return *it;
}

// One line of text aligned in `rect` in the painter's font (elided to the width).
void drawLabel(QPainter *painter, const QRectF &rect, Qt::Alignment align, const QString &text,
               bool elide = true)
{
    if (text.isEmpty())
        return;
    const LaidOutText &label = laidOut(text, painter->font(), rect.width(), elide);
    if (!rasterDevice(painter)) {
        // Vector targets (PDF, SVG, printers) keep real text runs.
        painter->drawText(rect, int(align), label.shown);
        return;
    }
    const QSizeF size = label.text.size();
    const qreal x = align & Qt::AlignHCenter ? rect.center().x() - size.width() / 2
                    : align & Qt::AlignRight ? rect.right() - size.width()
                                             : rect.left();
    const qreal y = align & Qt::AlignVCenter  ? rect.center().y() - size.height() / 2
                    : align & Qt::AlignBottom ? rect.bottom() - size.height()
                                              : rect.top();
    painter->drawStaticText(QPointF(x, y), label.text);
}

// Attitude is told by a marker as well as by the fill, so that it survives greyscale
// print and colour blindness (README "Accessibility"): a solid disc with a plus for a
// champion, a plus for a supporter, a hollow disc for neutral, a minus for a sceptic and
// a solid disc with a cross for an opponent. In the artwork's 100 × 100 box, bottom right
// (the other corners carry the competitor badge, the eye and the Δ), inside the check
// ring's reach so that the ring leaves it whole.
void drawAttitudeMarker(QPainter *painter, Attitude attitude)
{
    const QPointF c(78, 78);
    const qreal r = 13;
    const QColor dark(0x14, 0x14, 0x14);
    const bool solid = attitude == Attitude::Champion || attitude == Attitude::Opponent;
    painter->setPen(QPen(QColor(255, 255, 255, 220), 4));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(c, r + 2, r + 2);
    painter->setPen(QPen(dark, 2.6));
    painter->setBrush(solid ? dark : QColor(Qt::white));
    painter->drawEllipse(c, r, r);
    painter->setPen(QPen(solid ? QColor(Qt::white) : dark, 4.4, Qt::SolidLine, Qt::FlatCap));
    const qreal a = r * 0.6;
    const qreal d = a * 0.8;
    switch (attitude) {
    case Attitude::Champion:
    case Attitude::Supporter:
        painter->drawLine(QPointF(c.x() - a, c.y()), QPointF(c.x() + a, c.y()));
        painter->drawLine(QPointF(c.x(), c.y() - a), QPointF(c.x(), c.y() + a));
        break;
    case Attitude::Neutral:
        break;
    case Attitude::Sceptic:
        painter->drawLine(QPointF(c.x() - a, c.y()), QPointF(c.x() + a, c.y()));
        break;
    case Attitude::Opponent:
        painter->drawLine(c + QPointF(-d, -d), c + QPointF(d, d));
        painter->drawLine(c + QPointF(-d, d), c + QPointF(d, -d));
        break;
    }
}

void drawPieceVector(QPainter *painter, Piece piece, Attitude attitude, const QRectF &box,
                     bool marker)
{
    painter->save();
    painter->translate(box.topLeft());
    painter->scale(box.width() / 100.0, box.height() / 100.0);
    const QPainterPath &outline = PieceArtwork::path(piece);
    // A pale halo keeps the piece apart from the lines under it.
    painter->setPen(
        QPen(QColor(255, 255, 255, 200), 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(outline);
    painter->setPen(
        QPen(QColor(0x14, 0x14, 0x14), 3.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(BoardStyle::attitudeFill(attitude));
    painter->drawPath(outline);
    QColor detail = BoardStyle::attitudeInk(attitude);
    detail.setAlpha(170);
    painter->setPen(QPen(detail, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(PieceArtwork::detail(piece));
    if (marker)
        drawAttitudeMarker(painter, attitude);
    painter->restore();
}

} // namespace

QFont BoardRenderer::fittedLabelFont(QFont font, const QString &text, qreal width)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (font.pointSizeF() > 6.5) {
        const QFontMetricsF metrics(font);
        bool fits = true;
        for (const QString &word : words)
            fits = fits && metrics.horizontalAdvance(word) <= width;
        if (fits)
            break;
        font.setPointSizeF(std::max(6.5, font.pointSizeF() - 0.5));
    }
    return font;
}

qreal BoardRenderer::lineOpacity(const BoardLines &lines)
{
    // Many lines recede a little so that the pieces stay readable; hovering brings a
    // person's own lines back to full strength.
    return lines.lines().size() > 150 ? 0.62 : 1.0;
}

BoardLines::Detail BoardRenderer::detailFor(const BoardData &data, qreal pixelsPerUnit)
{
    // Up to about a thousand lines read well one by one; beyond, individual lines appear
    // only once squares are large on screen.
    // Up to about a thousand and a half lines read well one by one. Beyond, individual
    // lines appear once squares are large on screen, and whole-board views of very dense
    // accounts show lines between departments: a reader cannot follow more, and drawing
    // stays within a frame's budget.
    const qreal squarePixels = pixelsPerUnit * BoardLayout::SquareSize;
    const qsizetype count = data.relationships.size();
    if (count <= 1500 || squarePixels >= (count > 5000 ? 600 : 400))
        return BoardLines::Detail::Individual;
    if (count <= 5000 || squarePixels >= 250)
        return BoardLines::Detail::Aggregated;
    return BoardLines::Detail::Overview;
}

void BoardRenderer::paintPiece(QPainter *painter, Piece piece, Attitude attitude, const QRectF &box,
                               const QString &competitor, bool attitudeMarker)
{
    if (rasterDevice(painter)) {
        // Raster targets reuse a pixmap per piece, attitude and size: thousands of pieces
        // then cost a blit each.
        const qreal scale =
            painter->worldTransform().m11() * painter->device()->devicePixelRatioF();
        const int pixels = qMax(4, qRound(box.width() * scale));
        const QString key = QStringLiteral("ks-piece-%1-%2-%3-%4")
                                .arg(int(piece))
                                .arg(int(attitude))
                                .arg(pixels)
                                .arg(int(attitudeMarker));
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            const int pad = qMax(2, pixels / 10);
            pixmap = QPixmap(pixels + 2 * pad, pixels + 2 * pad);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            drawPieceVector(&p, piece, attitude, QRectF(pad, pad, pixels, pixels), attitudeMarker);
            p.end();
            QPixmapCache::insert(key, pixmap);
        }
        const qreal unit = box.width() / pixels;
        const qreal pad = (pixmap.width() - pixels) / 2.0 * unit;
        painter->drawPixmap(box.adjusted(-pad, -pad, pad, pad), pixmap, QRectF(pixmap.rect()));
    } else {
        drawPieceVector(painter, piece, attitude, box, attitudeMarker);
    }
    if (!competitor.isEmpty()) {
        const qreal r = box.width() * 0.2;
        const QPointF centre(box.right() - r * 0.5, box.top() + r * 0.9);
        painter->setPen(QPen(Qt::white, r * 0.18));
        painter->setBrush(BoardStyle::competitorBadge());
        painter->drawEllipse(centre, r, r);
        QFont font = uiFont(8, true);
        font.setPixelSize(qMax(1, qRound(r * 1.15)));
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(QRectF(centre - QPointF(r, r), QSizeF(2 * r, 2 * r)), Qt::AlignCenter,
                          competitor.left(1).toUpper());
    }
}

void BoardRenderer::paintBoard(QPainter *painter, const BoardLayout &layout,
                               const QRectF *area) const
{
    const auto shown = [area](const QRectF &rect) { return !area || area->intersects(rect); };
    const QRectF board = layout.boardRect();
    painter->save();
    painter->setPen(Qt::NoPen);
    // Frame.
    painter->setBrush(BoardStyle::boardEdge());
    painter->drawRoundedRect(board.adjusted(-6, -6, 6, 6), 4, 4);
    QSet<BoardSquare> occupied;
    for (const BoardLayout::PiecePlace &place : layout.places())
        occupied.insert(place.square);
    const QColor hatchInk = BoardStyle::hatchInk();
    for (int file = 0; file < layout.files(); ++file) {
        for (int rank = 0; rank < layout.ranks(); ++rank) {
            const QRectF square = layout.squareRect({file, rank});
            if (!shown(square))
                continue;
            // Files and ranks alternate like a real board (the top-left square is light).
            const QColor colour =
                (file + rank) % 2 ? BoardStyle::darkSquare() : BoardStyle::lightSquare();
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawRect(square);
            if (occupied.contains({file, rank}))
                continue;
            // Whitespace: a department and level where we know nobody. Hatched in the
            // ink blended with the square by hand: opaque separate strokes draw many
            // times faster than one translucent path (ten milliseconds close up).
            const QRectF inner = square.adjusted(22, 30, -22, -22);
            QLineF strokes[5];
            for (int i = 1; i <= 5; ++i) {
                const qreal t = inner.width() * i / 6.0;
                strokes[i - 1] =
                    QLineF(inner.left() + t, inner.bottom(),
                           qMin(inner.right(), inner.left() + t + inner.height()),
                           inner.bottom() - qMin(inner.height(), inner.right() - inner.left() - t));
            }
            painter->setPen(
                QPen(BoardStyle::over(hatchInk, colour), 1.4, Qt::SolidLine, Qt::RoundCap));
            painter->drawLines(strokes, 5);
        }
    }
    painter->setBrush(Qt::NoBrush);

    // Labels on both edges.
    painter->setPen(BoardStyle::labelInk());
    for (int file = 0; file < layout.files() && file < m_data.departments.size(); ++file) {
        const QString name = m_data.departments[file].name;
        for (const bool top : {true, false}) {
            const QRectF label = layout.fileLabelRect(file, top).adjusted(4, 2, -4, -2);
            painter->setFont(
                BoardRenderer::fittedLabelFont(uiFont(9.5, true), name, label.width()));
            if (shown(label))
                painter->drawText(label, Qt::AlignCenter | Qt::TextWordWrap, name);
        }
    }
    for (int rank = 0; rank < layout.ranks() && rank < m_data.levels.size(); ++rank) {
        const QString name = m_data.levels[rank].name;
        const QRectF left =
            layout.rankLabelRect(rank, true).adjusted(4, BoardLayout::ChannelHeight, -10, -4);
        const QRectF right =
            layout.rankLabelRect(rank, false).adjusted(10, BoardLayout::ChannelHeight, -4, -4);
        painter->setFont(BoardRenderer::fittedLabelFont(uiFont(8.5, true), name, left.width()));
        if (shown(left))
            painter->drawText(left, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, name);
        if (shown(right))
            painter->drawText(right, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, name);
    }

    // Walls on the border between the files or ranks they separate.
    for (const Wall &wall : m_data.walls) {
        const bool byFile = wall.kind == WallKind::Department;
        const int a = byFile ? m_data.fileOf(wall.a) : m_data.rankOf(wall.a);
        const int b = byFile ? m_data.fileOf(wall.b) : m_data.rankOf(wall.b);
        if (a < 0 || b < 0)
            continue;
        QLineF line;
        if (qAbs(a - b) == 1) {
            line = layout.borderLine({byFile, qMin(a, b)});
        } else {
            // Not neighbours: the wall stands on the near side of the second one.
            line = layout.borderLine({byFile, a < b ? b - 1 : b});
        }
        if (!shown(QRectF(line.p1(), line.p2()).normalized().adjusted(-5, -5, 5, 5)))
            continue;
        painter->setPen(QPen(BoardStyle::wallColour(), 9, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(line);
        QPen bricks(QColor(0xF4, 0xD9, 0xC6), 9, Qt::CustomDashLine, Qt::FlatCap);
        bricks.setDashPattern({0.18, 1.6});
        painter->setPen(bricks);
        painter->drawLine(line);
    }
    if (!layout.unplacedRect().isEmpty()) {
        painter->setPen(QPen(BoardStyle::labelInk(), 1, Qt::DashLine));
        painter->setBrush(BoardStyle::cardFill());
        painter->drawRoundedRect(layout.unplacedRect(), 6, 6);
        painter->setFont(uiFont(9, true));
        painter->drawText(
            layout.unplacedRect().adjusted(10, 4, -10, 0), Qt::AlignLeft | Qt::AlignTop,
            QCoreApplication::translate("Kingside::BoardRenderer",
                                        "Not on the board yet (no department or level)"));
    }
    painter->restore();
}

void BoardRenderer::paintRailBackground(QPainter *painter, const BoardLayout &layout) const
{
    painter->save();
    painter->setPen(BoardStyle::labelInk());
    painter->setFont(uiFont(9.5, true));
    const QRectF rail = layout.railRect();
    painter->drawText(QRectF(rail.left(), rail.top() - 34, rail.width(), 30),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QCoreApplication::translate("Kingside::BoardRenderer", "Our team"));
    for (const BoardLayout::TeamPlace &member : layout.team()) {
        if (!member.mentor)
            continue;
        painter->setFont(uiFont(8, true));
        painter->drawText(
            QRectF(member.card.left(), member.card.top() - 22, member.card.width(), 20),
            Qt::AlignLeft | Qt::AlignBottom,
            QCoreApplication::translate("Kingside::BoardRenderer", "Mentor, apart"));
    }
    painter->restore();
}

namespace {

// A line's colour softened towards the board's squares, kept opaque: the rasterizer
// draws opaque antialiased strokes about five times faster than translucent ones, and
// painter opacity would cost more still.
QColor faded(QColor colour, qreal opacity)
{
    colour.setAlphaF(colour.alphaF() * opacity);
    return BoardStyle::tint(colour);
}

// Draws `path` (and filled `arrows`) in a line's look.
// `along`: how far along the whole line `path` starts (a clipped part keeps its dashes
// in step with the rest of the line).
void strokeInStyle(QPainter *painter, const LineBatch &style, const QPainterPath &path,
                   const QPainterPath &arrows, qreal opacity, qreal along = 0)
{
    if (style.team) {
        QPen pen(faded(BoardStyle::freshnessColour(style.freshness), opacity), style.width,
                 style.solid ? Qt::SolidLine : BoardStyle::freshnessDash(style.freshness),
                 Qt::RoundCap, Qt::RoundJoin);
        if (style.freshness != Freshness::Fresh)
            pen.setCapStyle(Qt::FlatCap);
        SegmentStroke::stroke(painter, pen, path);
        return;
    }
    const QColor colour = faded(BoardStyle::kindColour(style.kind), opacity);
    const auto fillArrows = [&] {
        if (arrows.isEmpty())
            return;
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPath(arrows);
        painter->setBrush(Qt::NoBrush);
    };
    if (style.hairline) {
        QPen pen(colour, 0); // cosmetic: one device pixel
        if (style.kind == RelationshipKind::Influence) {
            pen.setStyle(Qt::DashLine);
            pen.setDashOffset(along * painter->worldTransform().m11());
        }
        painter->setPen(pen);
        painter->drawPath(path);
        fillArrows();
        return;
    }
    switch (style.kind) {
    case RelationshipKind::Alliance:
        // A double line: wide in colour, a pale core.
        SegmentStroke::stroke(painter, QPen(colour, style.width + 3, Qt::SolidLine, Qt::RoundCap),
                              path);
        SegmentStroke::stroke(painter,
                              QPen(faded(QColor(255, 255, 255, 230), opacity),
                                   qMax(1.2, style.width - 0.6), Qt::SolidLine, Qt::RoundCap),
                              path);
        break;
    case RelationshipKind::Influence: {
        QPen pen(colour, qMax(1.4, style.width * 0.7), Qt::DashLine, Qt::FlatCap);
        pen.setDashPattern({4, 2.5});
        pen.setDashOffset(along / pen.widthF());
        SegmentStroke::stroke(painter, pen, path);
        fillArrows();
        break;
    }
    case RelationshipKind::Tension:
        // Bevelled corners: round joins on every zigzag corner cost twice the time.
        SegmentStroke::stroke(
            painter,
            QPen(colour, qMax(1.6, style.width * 0.7), Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin),
            path);
        break;
    case RelationshipKind::Reporting:
    case RelationshipKind::Working:
        SegmentStroke::stroke(painter, QPen(colour, style.width * 0.8, Qt::SolidLine, Qt::RoundCap),
                              path);
        break;
    }
}

} // namespace

namespace {

// The part of a one-curve path (move, cubic) that comes near `area`, found by sampling,
// as the sub-curve between the samples around it; `along` gets the length before it.
// Empty when the curve stays away from the area although its bounds meet it.
QPainterPath clippedCurve(const QPainterPath &path, const QRectF &area, qreal *along)
{
    const QPointF p0 = path.elementAt(0);
    const QPointF p1 = path.elementAt(1);
    const QPointF p2 = path.elementAt(2);
    const QPointF p3 = path.elementAt(3);
    const auto at = [&](qreal t) { return cubicPoint(p0, p1, p2, p3, t); };
    constexpr int Samples = 32;
    int first = -1;
    int last = -1;
    QPointF previous = p0;
    qreal length = 0;
    qreal before = 0;
    for (int i = 0; i <= Samples; ++i) {
        const QPointF point = at(qreal(i) / Samples);
        length += QLineF(previous, point).length();
        previous = point;
        if (area.contains(point)) {
            if (first < 0) {
                first = i;
                before = length;
            }
            last = i;
        }
    }
    if (first < 0)
        return {};
    const qreal t0 = qMax(0, first - 1) / qreal(Samples);
    const qreal t1 = qMin(Samples, last + 1) / qreal(Samples);
    // Length up to t0: the sampled length up to `first`, less the last sample step.
    *along =
        first > 0 ? qMax(0.0, before - QLineF(at(t0), at(qreal(first) / Samples)).length()) : 0.0;
    // De Casteljau: the sub-curve on [t0, t1] of a cubic.
    const auto split = [](QPointF a, QPointF b, QPointF c, QPointF d, qreal t, bool keepEnd,
                          QPointF out[4]) {
        const QPointF ab = a + (b - a) * t, bc = b + (c - b) * t, cd = c + (d - c) * t;
        const QPointF abc = ab + (bc - ab) * t, bcd = bc + (cd - bc) * t;
        const QPointF mid = abc + (bcd - abc) * t;
        if (keepEnd) {
            out[0] = mid, out[1] = bcd, out[2] = cd, out[3] = d;
        } else {
            out[0] = a, out[1] = ab, out[2] = abc, out[3] = mid;
        }
    };
    QPointF tail[4];
    split(p0, p1, p2, p3, t0, true, tail);
    QPointF part[4];
    const qreal t = t0 < 1 ? (t1 - t0) / (1 - t0) : 1;
    split(tail[0], tail[1], tail[2], tail[3], t, false, part);
    QPainterPath clipped(part[0]);
    clipped.cubicTo(part[1], part[2], part[3]);
    return clipped;
}

// The pieces of a polyline (a zigzag) that meet `area`, as runs of connected segments.
QPainterPath clippedPolyline(const QPainterPath &path, const QRectF &area)
{
    QPainterPath clipped;
    bool open = false;
    for (int e = 1; e < path.elementCount(); ++e) {
        const QPointF a = path.elementAt(e - 1);
        const QPointF b = path.elementAt(e);
        const QRectF segment(QPointF(qMin(a.x(), b.x()), qMin(a.y(), b.y())),
                             QPointF(qMax(a.x(), b.x()), qMax(a.y(), b.y())));
        const bool meets = segment.left() <= area.right() && segment.right() >= area.left() &&
                           segment.top() <= area.bottom() && segment.bottom() >= area.top();
        if (!meets) {
            open = false;
            continue;
        }
        if (!open)
            clipped.moveTo(a);
        clipped.lineTo(b);
        open = true;
    }
    return clipped;
}

} // namespace

void BoardRenderer::paintLines(QPainter *painter, const QList<LineBatch> &batches, qreal opacity)
{
    painter->save();
    painter->setBrush(Qt::NoBrush);
    for (const LineBatch &batch : batches)
        strokeInStyle(painter, batch, batch.path, batch.arrows, opacity);
    painter->restore();
}

void BoardRenderer::paintLines(QPainter *painter, const BoardLines &lines, const QRectF *area,
                               qreal teamOpacity, qreal widestZoom, qreal clientOpacity)
{
    // One call per line: the rasterizer strokes many small paths far faster than one
    // path holding them all.
    painter->save();
    painter->setBrush(Qt::NoBrush);
    // Many client lines on small squares are drawn as hairlines under the team's lines,
    // as at overview, and team lines without dashes (their colour still tells freshness):
    // widths there are too close to tell apart, and this draws several times faster.
    // Widths and dashes return as the user zooms in.
    const qreal squarePixels = painter->worldTransform().m11() * BoardLayout::SquareSize;
    const bool thin = lines.lines().size() > 600 && squarePixels < 110;
    // On very dense boards client lines are hairlines at every zoom: thousands of them
    // cross any part of the board on screen, and the team's lines must stand out.
    const bool dense = lines.lines().size() > 5000;
    const qreal zoom = painter->worldTransform().m11();
    const qreal narrower = widestZoom > 0 && zoom > widestZoom ? widestZoom / zoom : 1.0;
    const auto draw = [&](const LineShape &line) {
        const qreal opacity = line.team || clientOpacity < 0 ? teamOpacity : clientOpacity;
        LineBatch style = BoardLines::styleOf(line);
        style.width *= narrower;
        style.hairline |= (thin || dense) && !line.team;
        style.solid |= thin;
        const QPainterPath &path = line.drop.isEmpty() ? line.path : line.drop;
        if (dense && area && !line.team) {
            // Close up on a very dense board, a client line is drawn where one of its
            // people is on or near the screen: thousands of others only pass through.
            const QRectF near = area->adjusted(-BoardLayout::SquareSize, -BoardLayout::SquareSize,
                                               BoardLayout::SquareSize, BoardLayout::SquareSize);
            if (!near.contains(path.elementAt(0)) &&
                !near.contains(path.elementAt(path.elementCount() - 1)))
                return;
        }
        if (area && !line.team && line.kind != RelationshipKind::Tension &&
            (line.kind != RelationshipKind::Influence || style.hairline) &&
            path.elementCount() == 4 && path.elementAt(1).isCurveTo() &&
            !area->contains(line.bounds)) {
            // A long curve through the area: only the part near it is flattened and
            // stroked, and a curve that only has its bounds there is skipped. (Not for
            // wide dashed lines: their dashes must stay in step across exposed parts.)
            qreal along = 0;
            const QPainterPath part = clippedCurve(path, area->adjusted(-40, -40, 40, 40), &along);
            if (!part.isEmpty())
                strokeInStyle(painter, style, part, line.head, opacity, along);
            return;
        }
        if (area && line.kind == RelationshipKind::Tension && !line.team &&
            !area->contains(line.bounds)) {
            // A long zigzag: only its corners near the area are stroked.
            strokeInStyle(painter, style, clippedPolyline(path, area->adjusted(-12, -12, 12, 12)),
                          line.head, opacity);
            return;
        }
        strokeInStyle(painter, style, path, line.head, opacity);
    };
    if (area) {
        for (const int i : lines.trunksIn(*area))
            draw(lines.trunks()[i]);
        for (const int i : lines.linesIn(*area))
            draw(lines.lines()[i]);
    } else {
        for (const int i : lines.trunkOrder())
            draw(lines.trunks()[i]);
        for (const int i : lines.drawOrder())
            draw(lines.lines()[i]);
    }
    painter->restore();
}

void BoardRenderer::paintLines(QPainter *painter, const BoardLines &lines)
{
    paintLines(painter, lines, nullptr, lineOpacity(lines));
}

void BoardRenderer::paintPerson(QPainter *painter, const BoardLayout::PiecePlace &place,
                                const PieceState &state) const
{
    const Person *person = m_data.person(place.personId);
    if (!person)
        return;
    painter->save();
    if (state.hovered || state.selected) {
        painter->setPen(state.selected ? QPen(BoardStyle::selectionColour(), 3) : Qt::NoPen);
        painter->setBrush(QColor(0x1F, 0x6F, 0xEB, state.selected ? 40 : 26));
        painter->drawRoundedRect(place.slot.adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
    }
    if (state.faded)
        painter->setOpacity(0.22);
    paintPiece(painter, person->piece(), person->attitude, place.piece,
               m_data.competitorNames.value(person->competitorId));
    if (state.showText) {
        const QRectF text(place.slot.left() + 1, place.piece.bottom() + 1, place.slot.width() - 2,
                          22);
        // On screen a name that does not fit takes a smaller size before it is cut short
        // ("Mona L…" told nobody who she is).
        QFont nameFont = uiFont(8, true);
        if (rasterDevice(painter)) {
            for (const qreal size : {7.2, 6.5}) {
                if (QFontMetricsF(nameFont).horizontalAdvance(person->name) <= text.width())
                    break;
                nameFont = uiFont(size, true);
            }
        }
        painter->setFont(nameFont);
        painter->setPen(BoardStyle::nameInk());
        drawLabel(painter, QRectF(text.left(), text.top(), text.width(), 12),
                  Qt::AlignHCenter | Qt::AlignTop, person->name);
        painter->setFont(uiFont(6.5));
        painter->setPen(BoardStyle::titleInk());
        drawLabel(painter, QRectF(text.left(), text.top() + 11.5, text.width(), 10),
                  Qt::AlignHCenter | Qt::AlignTop, person->title);
    }
    painter->restore();
}

void BoardRenderer::paintTeamMember(QPainter *painter, const BoardLayout::TeamPlace &place,
                                    const PieceState &state) const
{
    const Person *person = m_data.person(place.personId);
    if (!person)
        return;
    painter->save();
    if (state.faded)
        painter->setOpacity(0.3);
    const QRectF card = place.card;
    const TeamRole role = person->teamRole.value_or(TeamRole::Other);
    QPen border(state.selected ? BoardStyle::selectionColour() : BoardStyle::cardBorder(),
                state.selected ? 3 : 1.2, place.mentor ? Qt::DashLine : Qt::SolidLine);
    painter->setPen(border);
    painter->setBrush(state.hovered ? BoardStyle::cardHover() : BoardStyle::cardFill());
    painter->drawRoundedRect(card, 8, 8);
    const qreal d = qMin(card.height() - 8, 36.0);
    const QRectF disc(card.left() + 6, card.center().y() - d / 2, d, d);
    painter->setPen(Qt::NoPen);
    painter->setBrush(BoardStyle::teamRoleColour(role));
    painter->drawEllipse(disc);
    QFont initials = uiFont(8, true);
    initials.setPixelSize(qMax(1, qRound(d * 0.42)));
    painter->setFont(initials);
    painter->setPen(Qt::white);
    drawLabel(painter, disc, Qt::AlignCenter, initialsOf(person->name), false);
    if (state.showText) {
        const QRectF text(disc.right() + 6, card.top() + 3, card.right() - disc.right() - 10,
                          card.height() - 6);
        painter->setFont(uiFont(7.5, true));
        painter->setPen(BoardStyle::nameInk());
        const qreal half = text.height() / 2;
        drawLabel(painter, QRectF(text.left(), text.top(), text.width(), half),
                  Qt::AlignLeft | Qt::AlignBottom, person->name);
        painter->setFont(uiFont(6.5));
        painter->setPen(BoardStyle::titleInk());
        const QString roleText =
            person->title.isEmpty()
                ? Kingside::displayName(role)
                : QStringLiteral("%1 · %2").arg(Kingside::displayName(role), person->title);
        drawLabel(painter, QRectF(text.left(), text.top() + half, text.width(), half),
                  Qt::AlignLeft | Qt::AlignTop, roleText);
    }
    painter->restore();
}

void BoardRenderer::paintGroup(QPainter *painter, const BoardLayout::Group &group, bool hovered)
{
    painter->save();
    const QRectF badge = group.badge.adjusted(4, 4, -4, -4);
    painter->setPen(QPen(QColor(0x3A, 0x2E, 0x20), 1.6));
    painter->setBrush(hovered ? QColor(0xFF, 0xF4, 0xD6) : QColor(0xFF, 0xFB, 0xF0));
    // A small stack: the square holds more people than it shows.
    painter->drawRoundedRect(badge.translated(4, -4), 6, 6);
    painter->drawRoundedRect(badge, 6, 6);
    QFont font = uiFont(10, true);
    font.setPixelSize(qMax(1, qRound(badge.height() * 0.38)));
    painter->setFont(font);
    painter->setPen(QColor(0x3A, 0x2E, 0x20));
    // Only "+N" on the badge: a line of text under it ran over the names below (its
    // tooltip and the legend say that a click opens the square).
    drawLabel(painter, badge, Qt::AlignCenter, QStringLiteral("+%1").arg(group.hidden), false);
    painter->restore();
}

void BoardRenderer::paintExpandedCard(QPainter *painter, const QRectF &card)
{
    painter->save();
    painter->setPen(QPen(BoardStyle::boardEdge(), 2));
    QColor fill = BoardStyle::cardFill();
    fill.setAlpha(245);
    painter->setBrush(fill);
    painter->drawRoundedRect(card, 10, 10);
    painter->restore();
}

void BoardRenderer::paintRelationshipEmphasis(QPainter *painter, const BoardLayout &layout,
                                              const BoardLines &lines, qint64 relationshipId,
                                              const QColor &colour) const
{
    QPainterPath path;
    const int index = lines.indexOf(relationshipId);
    if (index >= 0) {
        path = lines.lines()[index].path;
    } else if (const Relationship *relationship = m_data.relationship(relationshipId)) {
        const bool fromTeam = m_data.isTeam(relationship->fromId);
        const bool toTeam = m_data.isTeam(relationship->toId);
        if (fromTeam != toTeam)
            path =
                BoardLines::teamRoute(layout, fromTeam ? relationship->fromId : relationship->toId,
                                      fromTeam ? relationship->toId : relationship->fromId);
        else
            path = BoardLines::clientRoute(layout, relationship->fromId, relationship->toId,
                                           relationship->id % 2 == 0);
    }
    if (path.isEmpty())
        return;
    painter->save();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(colour, 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPath(path);
    painter->restore();
}

void BoardRenderer::paintHighlights(QPainter *painter, const BoardLayout &layout,
                                    const BoardLines &lines,
                                    const BoardHighlights &highlights) const
{
    painter->save();
    const auto ringOf = [&layout](qint64 personId) -> QRectF {
        if (const BoardLayout::PiecePlace *place = layout.place(personId))
            return place->piece.adjusted(-7, -7, 7, 7);
        if (const BoardLayout::TeamPlace *member = layout.teamPlace(personId))
            return member->card.adjusted(-4, -4, 4, 4);
        return {};
    };
    for (auto it = highlights.cbegin(); it != highlights.cend(); ++it) {
        const BoardHighlight &marks = it.value();
        switch (it.key()) {
        case HighlightKind::IntroductionPath:
            for (const qint64 id : marks.relationships)
                paintRelationshipEmphasis(painter, layout, lines, id,
                                          QColor(0x1F, 0x6F, 0xEB, 120));
            painter->setPen(QPen(QColor(0x1F, 0x6F, 0xEB), 3));
            painter->setBrush(Qt::NoBrush);
            for (const qint64 id : marks.people)
                if (const QRectF ring = ringOf(id); !ring.isEmpty())
                    painter->drawRoundedRect(ring, 8, 8);
            break;
        case HighlightKind::Check:
            for (const qint64 id : marks.people) {
                // Only a client piece can be in check: the team's cards are never marked.
                const BoardLayout::PiecePlace *place = layout.place(id);
                if (!place || !place->visible)
                    continue;
                // A ring round the piece, nothing over it: the King stays visible. A white
                // halo under a dark red ring keeps it apart from the lines and reads as a
                // dark ring in greyscale; the word says what it means.
                const QRectF ring = place->piece.adjusted(-6, -6, 6, 6);
                painter->setBrush(Qt::NoBrush);
                painter->setPen(QPen(QColor(255, 255, 255, 230), 7));
                painter->drawEllipse(ring);
                painter->setPen(QPen(QColor(0xB0, 0x0E, 0x18), 3.2));
                painter->drawEllipse(ring);
                painter->setPen(QPen(QColor(0xB0, 0x0E, 0x18), 1.2));
                painter->drawEllipse(ring.adjusted(-4.5, -4.5, 4.5, 4.5));
                const QString word =
                    QCoreApplication::translate("Kingside::BoardRenderer", "CHECK");
                painter->setFont(uiFont(7.5, true));
                const QFontMetricsF metrics(painter->font(), painter->device());
                const qreal w = metrics.horizontalAdvance(word) + 8;
                const qreal h = metrics.height() + 1;
                const QRectF tag(ring.center().x() - w / 2, ring.top() - h - 3, w, h);
                painter->setPen(QPen(QColor(0xB0, 0x0E, 0x18), 1));
                painter->setBrush(Qt::white);
                painter->drawRoundedRect(tag, h / 2, h / 2);
                painter->setPen(QColor(0xB0, 0x0E, 0x18));
                painter->drawText(tag, Qt::AlignCenter, word);
                painter->setBrush(Qt::NoBrush);
            }
            break;
        case HighlightKind::SingleThreaded: {
            QPen pen(QColor(0xE6, 0x7E, 0x00), 3, Qt::DashLine);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            for (const qint64 id : marks.people)
                if (const QRectF ring = ringOf(id); !ring.isEmpty())
                    painter->drawEllipse(ring);
            break;
        }
        case HighlightKind::HiddenInfluencer:
            for (const qint64 id : marks.people) {
                const QRectF ring = ringOf(id);
                if (ring.isEmpty())
                    continue;
                // A ring round the piece and a large eye on it: seen at the fit zoom.
                const QColor purple = BoardStyle::markColour(HighlightKind::HiddenInfluencer);
                painter->setPen(QPen(purple, 3));
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(ring);
                const QPointF c = ring.topLeft() + QPointF(5, 5);
                painter->setPen(QPen(Qt::white, 1.6));
                painter->setBrush(purple);
                painter->drawEllipse(c, 11, 11);
                painter->setBrush(Qt::white);
                painter->setPen(Qt::NoPen);
                painter->drawEllipse(c, 7.5, 4.4);
                painter->setBrush(purple);
                painter->drawEllipse(c, 2.6, 2.6);
            }
            break;
        case HighlightKind::ChangedSinceReview:
            for (const qint64 id : marks.people) {
                const QRectF ring = ringOf(id);
                if (ring.isEmpty())
                    continue;
                const QPointF c = ring.bottomLeft() + QPointF(6, -6);
                painter->setPen(QPen(Qt::white, 1.2));
                painter->setBrush(QColor(0x00, 0x89, 0x7B));
                painter->drawEllipse(c, 7, 7);
                painter->setPen(Qt::white);
                painter->setFont(uiFont(6.5, true));
                painter->drawText(QRectF(c - QPointF(7, 7), QSizeF(14, 14)), Qt::AlignCenter,
                                  QStringLiteral("Δ"));
            }
            for (const qint64 id : marks.relationships)
                paintRelationshipEmphasis(painter, layout, lines, id, QColor(0x00, 0x89, 0x7B, 90));
            break;
        case HighlightKind::Answer:
            for (const qint64 id : marks.relationships)
                paintRelationshipEmphasis(painter, layout, lines, id,
                                          BoardStyle::markColour(HighlightKind::Answer, 110));
            painter->setPen(QPen(BoardStyle::markColour(HighlightKind::Answer), 3.5));
            painter->setBrush(Qt::NoBrush);
            for (const qint64 id : marks.people)
                if (const QRectF ring = ringOf(id); !ring.isEmpty())
                    painter->drawRoundedRect(ring.adjusted(-2, -2, 2, 2), 10, 10);
            break;
        case HighlightKind::Search:
            painter->setPen(QPen(QColor(0xF2, 0xB7, 0x05), 5));
            painter->setBrush(Qt::NoBrush);
            for (const qint64 id : marks.people)
                if (const QRectF ring = ringOf(id); !ring.isEmpty())
                    painter->drawEllipse(ring.adjusted(-3, -3, 3, 3));
            break;
        }
    }
    painter->restore();
}

QSizeF BoardRenderer::naturalSize(const BoardRenderOptions &options, bool legendBeside) const
{
    BoardLayout layout;
    layout.build(m_data, options.expanded);
    QSizeF size = layout.contentRect().size();
    if (options.legend) {
        const QSizeF legend =
            BoardLegend::size(legendBeside ? size.height() : 0, options.highlights, legendBeside);
        size = legendBeside ? QSizeF(size.width() + Margin + legend.width(),
                                     qMax(size.height(), legend.height()))
                            : QSizeF(qMax(size.width(), legend.width()),
                                     size.height() + Margin + legend.height());
    }
    if (options.header)
        size.rheight() += HeaderHeight;
    if (!options.footerText.isEmpty())
        size.rheight() += FooterHeight;
    return size + QSizeF(2 * Margin, 2 * Margin);
}

QRectF BoardRenderer::paint(QPainter *painter, const QRectF &target,
                            const BoardRenderOptions &options) const
{
    // A whole picture is paper (print, PDF, SVG, PNG): light whatever the screen shows.
    const BoardStyle::PaperScheme paper;
    BoardLayout layout;
    layout.build(m_data, options.expanded);
    const QRectF content = layout.contentRect();
    // The legend goes beside a wide target and under a tall one.
    const QSizeF beside = naturalSize(options, true);
    const QSizeF below = naturalSize(options, false);
    const qreal scaleBeside =
        qMin(target.width() / beside.width(), target.height() / beside.height());
    const qreal scaleBelow = qMin(target.width() / below.width(), target.height() / below.height());
    const bool legendBeside = scaleBeside >= scaleBelow;
    const QSizeF natural = legendBeside ? beside : below;
    const qreal scale = legendBeside ? scaleBeside : scaleBelow;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    if (options.background)
        painter->fillRect(target, Qt::white);
    const QSizeF used = natural * scale;
    painter->translate(target.left() + (target.width() - used.width()) / 2,
                       target.top() + (target.height() - used.height()) / 2);
    painter->scale(scale, scale);
    qreal y = Margin;
    if (options.header) {
        painter->setPen(QColor(0x1A, 0x1A, 0x1A));
        painter->setFont(uiFont(18, true));
        const qreal width = natural.width() - 2 * Margin;
        painter->drawText(QRectF(Margin, y, width, 34), Qt::AlignLeft | Qt::AlignVCenter,
                          m_data.account.name);
        painter->setFont(uiFont(9));
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(
            QRectF(Margin, y + 34, width, 20), Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("Kingside::BoardRenderer",
                                        "Relationship map · %1 · contact fresh within %2 days")
                .arg(QLocale().toString(options.today, QLocale::LongFormat))
                .arg(m_data.account.freshnessDays));
        if (!options.headerText.isEmpty())
            painter->drawText(QRectF(Margin, y, width, 34), Qt::AlignRight | Qt::AlignVCenter,
                              options.headerText);
        y += HeaderHeight;
    }
    const QPointF origin(Margin, y);
    painter->save();
    painter->translate(origin - content.topLeft());
    const qreal pixelsPerUnit = scale * painter->device()->devicePixelRatioF();
    const BoardLines::Detail detail = options.detail.value_or(detailFor(m_data, pixelsPerUnit));
    const BoardFilterMatch filter(m_data, options.filter);
    BoardLines lines;
    lines.build(m_data, layout, filter, detail, options.today);
    paintBoard(painter, layout);
    paintRailBackground(painter, layout);
    paintLines(painter, lines);
    if (options.selectedRelationshipId > 0)
        paintRelationshipEmphasis(painter, layout, lines, options.selectedRelationshipId,
                                  QColor(0x1F, 0x6F, 0xEB, 110));
    const bool showText = pixelsPerUnit * 8 >= 4;
    for (const BoardLayout::TeamPlace &member : layout.team())
        paintTeamMember(painter, member,
                        {!filter.showsPerson(member.personId, true),
                         member.personId == options.selectedPersonId, false, showText});
    for (const BoardLayout::PiecePlace &place : layout.places()) {
        if (!place.visible || place.inExpanded)
            continue;
        const Person *person = m_data.person(place.personId);
        paintPerson(painter, place,
                    {!filter.showsPerson(*person), place.personId == options.selectedPersonId,
                     false, showText});
    }
    for (const BoardLayout::Group &group : layout.groups())
        paintGroup(painter, group, false);
    for (const BoardSquare &square : options.expanded) {
        const auto card = layout.expandedRect(square);
        if (!card)
            continue;
        paintExpandedCard(painter, *card);
        for (const qint64 id : layout.peopleOn(square)) {
            const BoardLayout::PiecePlace *place = layout.place(id);
            paintPerson(painter, *place,
                        {!filter.showsPerson(*m_data.person(id)), id == options.selectedPersonId,
                         false, showText});
        }
    }
    paintHighlights(painter, layout, lines, options.highlights);
    painter->restore();

    if (options.legend) {
        const QSizeF legend = BoardLegend::size(legendBeside ? content.height() : 0,
                                                options.highlights, legendBeside);
        const QRectF rect =
            legendBeside
                ? QRectF(origin.x() + content.width() + Margin, y, legend.width(), legend.height())
                : QRectF(Margin, y + content.height() + Margin, legend.width(), legend.height());
        BoardLegend::paint(painter, rect, m_data.account.freshnessDays, options.highlights,
                           legendBeside);
    }
    if (!options.footerText.isEmpty()) {
        painter->setFont(uiFont(8));
        painter->setPen(QColor(0x66, 0x66, 0x66));
        painter->drawText(QRectF(Margin, natural.height() - Margin - FooterHeight,
                                 natural.width() - 2 * Margin, FooterHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, options.footerText);
    }
    painter->restore();
    return QRectF(
        target.topLeft() +
            QPointF((target.width() - used.width()) / 2, (target.height() - used.height()) / 2) +
            (origin - content.topLeft()) * scale,
        content.size() * scale);
}

} // namespace Kingside
