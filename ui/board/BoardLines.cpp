#include "BoardLines.h"

#include "Bezier.h"
#include "BoardData.h"
#include "BoardFilter.h"
#include "BoardLayout.h"

#include <QPainterPathStroker>
#include <QtMath>

#include <algorithm>
#include <numeric>

#include <map>

namespace Kingside {
namespace {

constexpr qreal GridCell = 160;

quint64 cellKey(int x, int y)
{
    return (quint64(quint32(x)) << 32) | quint32(y);
}

// Where a drop beside a piece runs: along the left margin of its slot.
QPointF dropPoint(const BoardLayout::PiecePlace &place, int lane, int lanes)
{
    const qreal margin = qMax(2.0, place.piece.left() - place.slot.left());
    const qreal x = place.slot.left() + margin * (lane + 1) / (lanes + 1);
    return QPointF(x, place.piece.center().y());
}

int styleKey(const LineShape &line)
{
    return (line.team ? 1000 : 0) + int(line.kind) * 100 + int(line.freshness) * 10 +
           qBound(1, line.strength, 9);
}

} // namespace

QPainterPath BoardLines::teamRoute(const BoardLayout &layout, qint64 memberId, qint64 personId)
{
    QPainterPath path;
    const BoardLayout::TeamPlace *member = layout.teamPlace(memberId);
    const BoardLayout::PiecePlace *place = layout.place(personId);
    if (!member || !place)
        return path;
    const QPointF start = member->anchor;
    path.moveTo(start);
    const QPointF target = place->piece.center();
    const int lanes = qMax(1, int(layout.team().size()));
    if (!place->square.isValid() || place->inExpanded) {
        const qreal dx = (target.x() - start.x()) * 0.5;
        path.cubicTo(start + QPointF(dx, 0), target - QPointF(dx, 0), target);
        return path;
    }
    const qreal lane = layout.laneY(place->square.rank, member->lane);
    const QRectF board = layout.boardRect();
    const qreal entryX = board.left() - 92;
    const qreal bend = (entryX - start.x()) * 0.55;
    path.cubicTo(start + QPointF(bend, 0), QPointF(entryX - bend, lane), QPointF(entryX, lane));
    if (!place->visible) {
        // Folded into a group: run to the badge.
        const QPointF badge = place->piece.center();
        path.lineTo(badge.x() - 6, lane);
        path.quadTo(badge.x(), lane, badge.x(), lane + 6);
        path.lineTo(badge.x(), place->piece.top() + 2);
        return path;
    }
    const QPointF drop = dropPoint(*place, member->lane, lanes);
    const qreal r = qMin(6.0, (drop.y() - lane) / 2);
    path.lineTo(drop.x() - r, lane);
    path.quadTo(drop.x(), lane, drop.x(), lane + r);
    path.lineTo(drop.x(), drop.y() - r);
    path.quadTo(drop.x(), drop.y(), drop.x() + r, drop.y());
    path.lineTo(place->piece.left() + place->piece.width() * 0.3, drop.y());
    return path;
}

QLineF BoardLines::clientCurve(const BoardLayout &layout, qint64 fromId, qint64 toId, bool bendLeft,
                               QPointF *control)
{
    const QPointF a = layout.attachPoint(fromId);
    const QPointF b = layout.attachPoint(toId);
    const qreal length = QLineF(a, b).length();
    if (length < 1) {
        *control = (a + b) / 2;
        return QLineF(a, b);
    }
    // Bend away from the straight path, which runs through the pieces between them.
    const QPointF normal(-(b.y() - a.y()) / length, (b.x() - a.x()) / length);
    const qreal bulge = qBound(18.0, length * 0.18, 70.0) * (bendLeft ? 1 : -1);
    *control = (a + b) / 2 + normal * bulge;
    return QLineF(a, b);
}

QPainterPath BoardLines::clientRoute(const BoardLayout &layout, qint64 fromId, qint64 toId,
                                     bool bendLeft)
{
    QPointF control;
    const QLineF ends = clientCurve(layout, fromId, toId, bendLeft, &control);
    QPainterPath path(ends.p1());
    if (ends.length() < 1)
        path.lineTo(ends.p2());
    else
        path.quadTo(control, ends.p2());
    return path;
}

namespace {

QPointF quadAt(const QPointF &a, const QPointF &c, const QPointF &b, qreal t)
{
    const qreal u = 1 - t;
    return u * u * a + 2 * u * t * c + t * t * b;
}

QPointF quadTangent(const QPointF &a, const QPointF &c, const QPointF &b, qreal t)
{
    const QPointF d = 2 * (1 - t) * (c - a) + 2 * t * (b - c);
    const qreal length = std::hypot(d.x(), d.y());
    return length > 0 ? d / length : QPointF(1, 0);
}

// Arc length of a gentle quadratic curve: between chord and control polygon.
qreal quadLength(const QPointF &a, const QPointF &c, const QPointF &b)
{
    return (QLineF(a, b).length() + QLineF(a, c).length() + QLineF(c, b).length()) / 2;
}

} // namespace

QPainterPath BoardLines::zigzag(const QPointF &a, const QPointF &c, const QPointF &b,
                                qreal amplitude, qreal step)
{
    QPainterPath result(a);
    const int steps = qMax(2, int(quadLength(a, c, b) / step));
    for (int i = 1; i < steps; ++i) {
        const qreal t = qreal(i) / steps;
        const QPointF along = quadTangent(a, c, b, t);
        const QPointF normal(-along.y(), along.x());
        result.lineTo(quadAt(a, c, b, t) + normal * (i % 2 ? amplitude : -amplitude));
    }
    result.lineTo(b);
    return result;
}

QPainterPath BoardLines::arrowHead(const QPointF &a, const QPointF &c, const QPointF &b, qreal size,
                                   qreal inset)
{
    QPainterPath head;
    const qreal length = quadLength(a, c, b);
    if (length <= inset + size)
        return head;
    const qreal t = qBound(0.0, 1 - inset / length, 1.0);
    const QPointF tip = quadAt(a, c, b, t);
    const QPointF direction = quadTangent(a, c, b, t);
    const QPointF normal(-direction.y(), direction.x());
    const QPointF back = tip - direction * size;
    head.moveTo(tip);
    head.lineTo(back + normal * size * 0.5);
    head.lineTo(back - normal * size * 0.5);
    head.closeSubpath();
    return head;
}

void BoardLines::finishClientLine(LineShape &line, const QPointF &a, const QPointF &c,
                                  const QPointF &b, qreal amplitude, qreal step)
{
    if (line.kind == RelationshipKind::Tension) {
        line.path = zigzag(a, c, b, amplitude, step);
    } else {
        line.path = QPainterPath(a);
        line.path.quadTo(c, b);
    }
    line.arrow = line.kind == RelationshipKind::Influence;
    line.bounds = line.path.controlPointRect();
    if (line.arrow) {
        line.head = arrowHead(a, c, b, 6 + BoardStyle::strengthWidth(line.strength) * 1.2, 24);
        line.bounds |= line.head.controlPointRect();
    }
}

void BoardLines::build(const BoardData &data, const BoardLayout &layout,
                       const BoardFilterMatch &filter, Detail detail, const QDate &today)
{
    m_detail = detail;
    m_lines.clear();
    m_trunks.clear();
    m_trunkOrder.clear();
    m_byRelationship.clear();
    if (detail == Detail::Individual) {
        buildIndividual(data, layout, filter, today);
        buildTrunks(layout);
    } else {
        buildMerged(data, layout, filter, today);
    }

    // Drawing order: client lines under team lines; within each, by kind and freshness,
    // weaker under stronger.
    m_order.resize(m_lines.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(),
                     [this](int a, int b) { return styleKey(m_lines[a]) < styleKey(m_lines[b]); });
    index();
}

void BoardLines::buildIndividual(const BoardData &data, const BoardLayout &layout,
                                 const BoardFilterMatch &filter, const QDate &today)
{
    const int freshnessDays = data.account.freshnessDays;
    m_lines.reserve(data.relationships.size());
    m_byRelationship.reserve(data.relationships.size());
    for (const Relationship &relationship : data.relationships) {
        const bool fromTeam = data.isTeam(relationship.fromId);
        const bool toTeam = data.isTeam(relationship.toId);
        if (fromTeam && toTeam)
            continue; // within our team: not drawn on the board
        if (!filter.showsRelationship(relationship, fromTeam, toTeam))
            continue;
        LineShape line;
        line.relationshipId = relationship.id;
        line.kind = relationship.kind;
        line.strength = relationship.strength;
        line.freshness = BoardStyle::freshnessOf(relationship.lastContact, today, freshnessDays);
        if (fromTeam || toTeam) {
            line.team = true;
            line.fromId = fromTeam ? relationship.fromId : relationship.toId;
            line.toId = fromTeam ? relationship.toId : relationship.fromId;
            line.path = teamRoute(layout, line.fromId, line.toId);
            if (line.path.isEmpty())
                continue;
            line.bounds = line.path.controlPointRect();
        } else {
            line.fromId = relationship.fromId;
            line.toId = relationship.toId;
            if (!layout.place(line.fromId) || !layout.place(line.toId))
                continue;
            QPointF control;
            const QLineF ends =
                clientCurve(layout, line.fromId, line.toId, relationship.id % 2 == 0, &control);
            if (ends.length() < 1)
                continue; // both folded into the same "+N" badge: nothing to draw
            finishClientLine(line, ends.p1(), control, ends.p2(), 3.2, 7);
        }
        m_byRelationship.insert(relationship.id, int(m_lines.size()));
        m_lines.append(std::move(line));
    }
}

void BoardLines::buildMerged(const BoardData &data, const BoardLayout &layout,
                             const BoardFilterMatch &filter, const QDate &today)
{
    // One line per team member and square (best strength, freshest contact). Client
    // lines: per kind between two squares. At overview: between departments, one line
    // per department pair for tension, for influence and for the other kinds together
    // (ends at the mean height of the people joined); inside a department one line per
    // level pair. A line that merges kinds is drawn in the look of the most common.
    // Widths grow with how many lines a merged line stands for.
    const int freshnessDays = data.account.freshnessDays;
    const bool overview = m_detail == Detail::Overview;
    struct Merge
    {
        Merge() { line.count = 0; }
        LineShape line;
        QPointF fromSum;
        QPointF toSum;
        int kinds[5] = {0, 0, 0, 0, 0};
    };
    std::map<std::tuple<qint64, int, int, int>, Merge> merged;
    for (const Relationship &relationship : data.relationships) {
        const bool fromTeam = data.isTeam(relationship.fromId);
        const bool toTeam = data.isTeam(relationship.toId);
        if (fromTeam && toTeam)
            continue;
        if (!filter.showsRelationship(relationship, fromTeam, toTeam))
            continue;
        if (fromTeam || toTeam) {
            const Freshness freshness =
                BoardStyle::freshnessOf(relationship.lastContact, today, freshnessDays);
            const qint64 member = fromTeam ? relationship.fromId : relationship.toId;
            const qint64 client = fromTeam ? relationship.toId : relationship.fromId;
            const BoardLayout::PiecePlace *place = layout.place(client);
            if (!place || !place->square.isValid() || !layout.teamPlace(member))
                continue;
            Merge &entry = merged[{member, place->square.file, place->square.rank, -1}];
            if (entry.line.count == 0 || relationship.strength > entry.line.strength)
                entry.line.strength = relationship.strength;
            if (entry.line.count == 0 || int(freshness) < int(entry.line.freshness))
                entry.line.freshness = freshness;
            entry.line.team = true;
            entry.line.fromId = member;
            entry.line.toId = client;
            ++entry.line.count;
            continue;
        }
        const BoardLayout::PiecePlace *a = layout.place(relationship.fromId);
        const BoardLayout::PiecePlace *b = layout.place(relationship.toId);
        if (!a || !b || !a->square.isValid() || !b->square.isValid() || a->square == b->square)
            continue;
        bool directed = isDirected(relationship.kind);
        int group = -1 - int(relationship.kind);
        int sa = a->square.file * 4096 + a->square.rank;
        int sb = b->square.file * 4096 + b->square.rank;
        if (overview) {
            if (a->square.file == b->square.file) {
                group = -100; // inside a department: one line per level pair
            } else {
                if (relationship.kind != RelationshipKind::Tension &&
                    relationship.kind != RelationshipKind::Influence)
                    group = -101;                  // reporting, working and alliance together
                sa = a->square.file * 4096 + 4095; // the whole department
                sb = b->square.file * 4096 + 4095;
            }
            directed = group == -1 - int(RelationshipKind::Influence);
        }
        const bool swap = !directed && sb < sa;
        Merge &entry = merged[{group, swap ? sb : sa, swap ? sa : sb, 0}];
        const BoardLayout::PiecePlace *from = swap ? b : a;
        const BoardLayout::PiecePlace *to = swap ? a : b;
        entry.line.kind = relationship.kind;
        entry.line.fromId = from->personId;
        entry.line.toId = to->personId;
        entry.fromSum += layout.squareRect(from->square).center();
        entry.toSum += layout.squareRect(to->square).center();
        ++entry.kinds[int(relationship.kind)];
        ++entry.line.count;
    }
    m_lines.reserve(qsizetype(merged.size()));
    const QRectF board = layout.boardRect();
    const qreal entryX = board.left() - 92;
    for (auto &[key, entry] : merged) {
        LineShape &line = entry.line;
        if (line.team) {
            const BoardLayout::TeamPlace *member = layout.teamPlace(line.fromId);
            const BoardLayout::PiecePlace *place = layout.place(line.toId);
            const QRectF square = layout.squareRect(place->square);
            const qreal lane = layout.laneY(place->square.rank, member->lane);
            const QPointF start = member->anchor;
            const qreal bend = (entryX - start.x()) * 0.55;
            const qreal dropX = square.left() + 10 + member->lane * 4.0;
            line.path.moveTo(start);
            line.path.cubicTo(start + QPointF(bend, 0), QPointF(entryX - bend, lane),
                              QPointF(entryX, lane));
            line.path.lineTo(dropX, lane);
            line.path.lineTo(dropX, lane + 14);
            line.bounds = line.path.controlPointRect();
            m_lines.append(std::move(line));
            continue;
        }
        // The look of the most common kind among those merged.
        int best = int(line.kind);
        for (int k = 0; k < 5; ++k)
            if (entry.kinds[k] > entry.kinds[best])
                best = k;
        line.kind = RelationshipKind(best);
        const QPointF a = entry.fromSum / line.count;
        const QPointF b = entry.toSum / line.count;
        const QLineF straight(a, b);
        if (straight.length() < 1)
            continue;
        const QPointF normal = QPointF(-straight.dy(), straight.dx()) / straight.length();
        const QPointF c = straight.center() + normal * straight.length() * 0.12;
        line.strength = qBound(1, 1 + int(qLn(line.count) / qLn(2.0)), 5);
        // At overview the many client lines are hairlines under the team's lines: the
        // pattern of links between departments shows, and it draws several times faster.
        line.hairline = overview;
        finishClientLine(line, a, c, b, overview ? 5 : 4, overview ? 14 : 9);
        m_lines.append(std::move(line));
    }
}

void BoardLines::buildTrunks(const BoardLayout &layout)
{
    // A laned team route is: move to the rail anchor, a curve to the lane's entry, a
    // straight run along the lane, then the drop to the piece. Lines of one member to one
    // rank share everything up to their drop: that part is drawn once, as a trunk.
    std::map<std::pair<qint64, int>, int> trunkOf;
    for (LineShape &line : m_lines) {
        if (!line.team)
            continue;
        const QPainterPath &path = line.path;
        const BoardLayout::PiecePlace *place = layout.place(line.toId);
        if (!place || !place->square.isValid() || place->inExpanded || path.elementCount() < 6 ||
            !path.elementAt(1).isCurveTo() || !path.elementAt(4).isLineTo())
            continue;
        const QPointF laneEnd = path.elementAt(4);
        QPainterPath drop(laneEnd);
        for (int e = 5; e < path.elementCount(); ++e) {
            const QPainterPath::Element element = path.elementAt(e);
            if (element.isCurveTo() && e + 2 < path.elementCount()) {
                drop.cubicTo(element, path.elementAt(e + 1), path.elementAt(e + 2));
                e += 2;
            } else {
                drop.lineTo(element);
            }
        }
        line.drop = drop;
        const auto key = std::make_pair(line.fromId, place->square.rank);
        auto it = trunkOf.find(key);
        if (it == trunkOf.end()) {
            LineShape trunk;
            trunk.team = true;
            trunk.fromId = line.fromId;
            trunk.strength = line.strength;
            trunk.freshness = line.freshness;
            trunk.count = 0;
            trunk.path = QPainterPath(path.elementAt(0));
            trunk.path.cubicTo(path.elementAt(1), path.elementAt(2), path.elementAt(3));
            trunk.path.lineTo(laneEnd);
            it = trunkOf.emplace(key, int(m_trunks.size())).first;
            m_trunks.append(trunk);
        }
        LineShape &trunk = m_trunks[it->second];
        ++trunk.count;
        trunk.strength = qMax(trunk.strength, line.strength);
        if (int(line.freshness) < int(trunk.freshness))
            trunk.freshness = line.freshness;
        const int last = trunk.path.elementCount() - 1;
        if (laneEnd.x() > trunk.path.elementAt(last).x)
            trunk.path.setElementPositionAt(last, laneEnd.x(), laneEnd.y());
    }
    for (LineShape &trunk : m_trunks)
        trunk.bounds = trunk.path.controlPointRect();
    m_trunkOrder.resize(m_trunks.size());
    std::iota(m_trunkOrder.begin(), m_trunkOrder.end(), 0);
    std::stable_sort(m_trunkOrder.begin(), m_trunkOrder.end(), [this](int a, int b) {
        return styleKey(m_trunks[a]) < styleKey(m_trunks[b]);
    });
}

LineBatch BoardLines::styleOf(const LineShape &line)
{
    LineBatch style;
    style.team = line.team;
    style.kind = line.kind;
    style.freshness = line.freshness;
    style.hairline = line.hairline;
    style.width = line.team || line.kind != RelationshipKind::Reporting
                      ? BoardStyle::strengthWidth(line.strength)
                      : 1.2 + 0.5 * line.strength;
    return style;
}

void BoardLines::index()
{
    // Each line is filed under the cells its parts cross: a team line's long way in from
    // the rail is a thin lane, not the whole rectangle it spans.
    m_grid.clear();
    const auto file = [this](int line, const QRectF &b) {
        const int x0 = qFloor(b.left() / GridCell);
        const int x1 = qFloor(b.right() / GridCell);
        const int y0 = qFloor(b.top() / GridCell);
        const int y1 = qFloor(b.bottom() / GridCell);
        for (int x = x0; x <= x1; ++x) {
            for (int y = y0; y <= y1; ++y) {
                QList<int> &cell = m_grid[cellKey(x, y)];
                if (cell.isEmpty() || cell.last() != line)
                    cell.append(line);
            }
        }
    };
    for (int i = 0; i < m_lines.size(); ++i) {
        LineShape &line = m_lines[i];
        if (!line.team) {
            file(i, line.bounds);
            continue;
        }
        const QPainterPath &drawn = line.drop.isEmpty() ? line.path : line.drop;
        line.parts = partsOf(drawn);
        line.bounds = drawn.controlPointRect();
        for (const QRectF &part : std::as_const(line.parts))
            file(i, part);
    }
    m_trunkGrid.clear();
    for (int i = 0; i < m_trunks.size(); ++i) {
        LineShape &trunk = m_trunks[i];
        trunk.parts = partsOf(trunk.path);
        for (const QRectF &b : std::as_const(trunk.parts)) {
            for (int x = qFloor(b.left() / GridCell); x <= qFloor(b.right() / GridCell); ++x) {
                for (int y = qFloor(b.top() / GridCell); y <= qFloor(b.bottom() / GridCell); ++y) {
                    QList<int> &cell = m_trunkGrid[cellKey(x, y)];
                    if (cell.isEmpty() || cell.last() != i)
                        cell.append(i);
                }
            }
        }
    }
}

QList<QRectF> BoardLines::partsOf(const QPainterPath &path)
{
    // Straight pieces as they are; a curve in eight short chords (a long curve's bounding
    // rect would cover far more of the board than the curve does).
    const auto rectOf = [](const QPointF &a, const QPointF &b) {
        return QRectF(QPointF(qMin(a.x(), b.x()), qMin(a.y(), b.y())),
                      QPointF(qMax(a.x(), b.x()), qMax(a.y(), b.y())));
    };
    QList<QRectF> parts;
    QPointF previous;
    for (int e = 0; e < path.elementCount(); ++e) {
        const QPainterPath::Element element = path.elementAt(e);
        if (element.isMoveTo()) {
            previous = element;
            continue;
        }
        if (element.isCurveTo() && e + 2 < path.elementCount()) {
            const QPointF p0 = previous;
            const QPointF p1 = element;
            const QPointF p2 = path.elementAt(e + 1);
            const QPointF p3 = path.elementAt(e + 2);
            e += 2;
            constexpr int Chords = 8;
            QPointF from = p0;
            for (int i = 1; i <= Chords; ++i) {
                const QPointF to = cubicPoint(p0, p1, p2, p3, qreal(i) / Chords);
                parts.append(rectOf(from, to));
                from = to;
            }
            previous = p3;
            continue;
        }
        parts.append(rectOf(previous, element));
        previous = element;
    }
    return parts;
}

namespace {

// Rects meet when their edges overlap; a horizontal or vertical piece has an empty rect,
// which QRectF::intersects() would never report.
bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && a.right() >= b.left() && a.top() <= b.bottom() &&
           a.bottom() >= b.top();
}

bool meets(const LineShape &line, const QRectF &rect)
{
    if (!overlaps(line.bounds, rect))
        return false;
    return line.parts.isEmpty() ||
           std::any_of(line.parts.cbegin(), line.parts.cend(),
                       [&rect](const QRectF &part) { return overlaps(part, rect); });
}

// The shapes filed in `grid` with a part inside `area`, in `order`. The area is widened
// by half the widest stroke and the chords' distance from a curve, so that a line whose
// ink reaches into it is never left out.
QList<int> shapesIn(const QList<LineShape> &shapes, const QHash<quint64, QList<int>> &grid,
                    const QList<int> &order, const QRectF &area)
{
    std::vector<bool> seen(std::size_t(shapes.size()), false);
    const QRectF rect = area.adjusted(-6, -6, 6, 6);
    for (int x = qFloor(rect.left() / GridCell); x <= qFloor(rect.right() / GridCell); ++x) {
        for (int y = qFloor(rect.top() / GridCell); y <= qFloor(rect.bottom() / GridCell); ++y) {
            const auto it = grid.constFind(cellKey(x, y));
            if (it == grid.cend())
                continue;
            for (const int i : *it)
                seen[std::size_t(i)] = seen[std::size_t(i)] || meets(shapes[i], rect);
        }
    }
    QList<int> result;
    for (const int i : order)
        if (seen[std::size_t(i)])
            result.append(i);
    return result;
}

} // namespace

QList<int> BoardLines::linesIn(const QRectF &area) const
{
    return shapesIn(m_lines, m_grid, m_order, area);
}

QList<int> BoardLines::trunksIn(const QRectF &area) const
{
    return shapesIn(m_trunks, m_trunkGrid, m_trunkOrder, area);
}

int BoardLines::lineAt(const QPointF &point, qreal tolerance) const
{
    const QRectF area(point - QPointF(tolerance, tolerance), QSizeF(2 * tolerance, 2 * tolerance));
    QPainterPath probe;
    probe.addEllipse(point, tolerance, tolerance);
    int best = -1;
    for (const int i : linesIn(area)) {
        QPainterPathStroker stroker;
        stroker.setWidth(qMax(2.0, BoardStyle::strengthWidth(m_lines[i].strength)));
        if (stroker.createStroke(m_lines[i].path).intersects(probe)) {
            // The later-drawn line is the one on top.
            best = i;
        }
    }
    return best;
}

} // namespace Kingside
