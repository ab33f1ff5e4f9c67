#include "BoardLines.h"

#include "BoardData.h"
#include "BoardFilter.h"
#include "BoardLayout.h"

#include <QPainterPathStroker>
#include <QtMath>

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

QPainterPath BoardLines::clientRoute(const BoardLayout &layout, qint64 fromId, qint64 toId,
                                     bool bendLeft)
{
    const QPointF a = layout.attachPoint(fromId);
    const QPointF b = layout.attachPoint(toId);
    QPainterPath path(a);
    const QLineF line(a, b);
    const qreal length = line.length();
    if (length < 1) {
        path.lineTo(b);
        return path;
    }
    // Bend away from the straight path, which runs through the pieces between them.
    const QPointF normal(-(b.y() - a.y()) / length, (b.x() - a.x()) / length);
    const qreal bulge = qBound(18.0, length * 0.18, 70.0) * (bendLeft ? 1 : -1);
    path.quadTo((a + b) / 2 + normal * bulge, b);
    return path;
}

QPainterPath BoardLines::zigzag(const QPainterPath &path, qreal amplitude, qreal step)
{
    // Sampled by the curve parameter, not by arc length: the board's curves are gentle
    // and this keeps building thousands of tension lines cheap.
    QPainterPath result;
    const QRectF box = path.controlPointRect();
    const qreal length = qMax(QLineF(path.pointAtPercent(0), path.pointAtPercent(1)).length(),
                              0.5 * (box.width() + box.height()));
    const int steps = qMax(2, int(length / step));
    for (int i = 0; i <= steps; ++i) {
        const qreal t = qreal(i) / steps;
        const QPointF point = path.pointAtPercent(t);
        if (i == 0 || i == steps) {
            i == 0 ? result.moveTo(point) : result.lineTo(point);
            continue;
        }
        const qreal angle = qDegreesToRadians(path.angleAtPercent(t));
        const QPointF normal(-qSin(angle), -qCos(angle));
        result.lineTo(point + normal * (i % 2 ? amplitude : -amplitude));
    }
    return result;
}

QPainterPath BoardLines::arrowHead(const QPainterPath &path, qreal size, qreal inset)
{
    QPainterPath head;
    const QLineF chord(path.pointAtPercent(0), path.pointAtPercent(1));
    const qreal length = chord.length();
    if (length <= inset + size)
        return head;
    const qreal t = qBound(0.0, 1 - inset / length, 1.0);
    const QPointF tip = path.pointAtPercent(t);
    const qreal angle = qDegreesToRadians(path.angleAtPercent(t));
    const QPointF direction(qCos(angle), -qSin(angle));
    const QPointF normal(-direction.y(), direction.x());
    const QPointF back = tip - direction * size;
    head.moveTo(tip);
    head.lineTo(back + normal * size * 0.5);
    head.lineTo(back - normal * size * 0.5);
    head.closeSubpath();
    return head;
}

void BoardLines::build(const BoardData &data, const BoardLayout &layout,
                       const BoardFilterMatch &filter, Detail detail, const QDate &today)
{
    m_detail = detail;
    m_lines.clear();
    m_byRelationship.clear();
    const int freshnessDays = data.account.freshnessDays;

    if (detail == Detail::Individual) {
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
            line.freshness =
                BoardStyle::freshnessOf(relationship.lastContact, today, freshnessDays);
            if (fromTeam || toTeam) {
                line.team = true;
                line.fromId = fromTeam ? relationship.fromId : relationship.toId;
                line.toId = fromTeam ? relationship.toId : relationship.fromId;
                line.path = teamRoute(layout, line.fromId, line.toId);
            } else {
                line.fromId = relationship.fromId;
                line.toId = relationship.toId;
                line.path = clientRoute(layout, line.fromId, line.toId, relationship.id % 2 == 0);
                if (line.kind == RelationshipKind::Tension)
                    line.path = zigzag(line.path, 3.2, 7);
                line.arrow = line.kind == RelationshipKind::Influence;
            }
            if (line.path.isEmpty())
                continue;
            line.bounds = line.path.controlPointRect();
            if (line.arrow)
                line.head =
                    arrowHead(line.path, 6 + BoardStyle::strengthWidth(line.strength) * 1.2, 24);
            m_byRelationship.insert(relationship.id, int(m_lines.size()));
            m_lines.append(line);
        }
    } else {
        // One line per team member and square (best strength, freshest contact), and one
        // per kind between two squares; their width grows with how many they stand for.
        struct Merge
        {
            LineShape line;
            int best = 0;
        };
        std::map<std::tuple<qint64, int, int, int>, Merge> merged;
        for (const Relationship &relationship : data.relationships) {
            const bool fromTeam = data.isTeam(relationship.fromId);
            const bool toTeam = data.isTeam(relationship.toId);
            if (fromTeam && toTeam)
                continue;
            if (!filter.showsRelationship(relationship, fromTeam, toTeam))
                continue;
            const Freshness freshness =
                BoardStyle::freshnessOf(relationship.lastContact, today, freshnessDays);
            if (fromTeam || toTeam) {
                const qint64 member = fromTeam ? relationship.fromId : relationship.toId;
                const qint64 client = fromTeam ? relationship.toId : relationship.fromId;
                const BoardLayout::PiecePlace *place = layout.place(client);
                if (!place || !place->square.isValid())
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
            } else {
                const BoardLayout::PiecePlace *a = layout.place(relationship.fromId);
                const BoardLayout::PiecePlace *b = layout.place(relationship.toId);
                if (!a || !b || !a->square.isValid() || !b->square.isValid() ||
                    a->square == b->square)
                    continue;
                const int sa = a->square.file * 4096 + a->square.rank;
                const int sb = b->square.file * 4096 + b->square.rank;
                const bool directed = isDirected(relationship.kind);
                const int lo = directed ? sa : qMin(sa, sb);
                const int hi = directed ? sb : qMax(sa, sb);
                Merge &entry = merged[{-1 - int(relationship.kind), lo, hi, 0}];
                entry.line.kind = relationship.kind;
                entry.line.fromId = lo == sa ? relationship.fromId : relationship.toId;
                entry.line.toId = lo == sa ? relationship.toId : relationship.fromId;
                entry.line.strength = qMax(entry.line.strength, relationship.strength);
                ++entry.line.count;
            }
        }
        for (auto &[key, entry] : merged) {
            LineShape &line = entry.line;
            if (line.team) {
                const BoardLayout::TeamPlace *member = layout.teamPlace(line.fromId);
                const BoardLayout::PiecePlace *place = layout.place(line.toId);
                const QRectF square = layout.squareRect(place->square);
                const qreal lane = layout.laneY(place->square.rank, member->lane);
                const QRectF board = layout.boardRect();
                const qreal entryX = board.left() - 92;
                const QPointF start = member->anchor;
                const qreal bend = (entryX - start.x()) * 0.55;
                const qreal dropX = square.left() + 10 + member->lane * 4.0;
                line.path.moveTo(start);
                line.path.cubicTo(start + QPointF(bend, 0), QPointF(entryX - bend, lane),
                                  QPointF(entryX, lane));
                line.path.lineTo(dropX, lane);
                line.path.lineTo(dropX, lane + 14);
            } else {
                const QRectF a = layout.squareRect(layout.place(line.fromId)->square);
                const QRectF b = layout.squareRect(layout.place(line.toId)->square);
                line.path = QPainterPath(a.center());
                const QLineF straight(a.center(), b.center());
                const QPointF normal = QPointF(-straight.dy(), straight.dx()) / straight.length();
                line.path.quadTo(straight.center() + normal * straight.length() * 0.12, b.center());
                if (line.kind == RelationshipKind::Tension)
                    line.path = zigzag(line.path, 4, 9);
                line.arrow = line.kind == RelationshipKind::Influence;
                line.strength = qBound(1, 1 + int(qLn(line.count) / qLn(2.0)), 5);
            }
            line.bounds = line.path.controlPointRect();
            if (line.arrow)
                line.head =
                    arrowHead(line.path, 6 + BoardStyle::strengthWidth(line.strength) * 1.2, 24);
            m_lines.append(line);
        }
    }

    // Batches: the same look drawn with one call.
    std::map<int, int> batchOf;
    m_batches.clear();
    const QList<int> all = [this] {
        QList<int> indexes(m_lines.size());
        std::iota(indexes.begin(), indexes.end(), 0);
        return indexes;
    }();
    m_batches = batch(all);
    index();
}

QList<LineBatch> BoardLines::batch(const QList<int> &indexes) const
{
    std::map<int, int> batchOf;
    QList<LineBatch> batches;
    for (const int i : indexes) {
        const LineShape &line = m_lines[i];
        const int key = styleKey(line);
        auto it = batchOf.find(key);
        if (it == batchOf.end()) {
            LineBatch batch;
            batch.team = line.team;
            batch.kind = line.kind;
            batch.freshness = line.freshness;
            batch.width = line.team || line.kind != RelationshipKind::Reporting
                              ? BoardStyle::strengthWidth(line.strength)
                              : 1.2 + 0.5 * line.strength;
            it = batchOf.emplace(key, int(batches.size())).first;
            batches.append(batch);
        }
        LineBatch &batch = batches[it->second];
        batch.path.addPath(line.path);
        if (line.arrow)
            batch.arrows.addPath(line.head);
    }
    return batches;
}

void BoardLines::index()
{
    m_grid.clear();
    for (int i = 0; i < m_lines.size(); ++i) {
        const QRectF &b = m_lines[i].bounds;
        const int x0 = qFloor(b.left() / GridCell);
        const int x1 = qFloor(b.right() / GridCell);
        const int y0 = qFloor(b.top() / GridCell);
        const int y1 = qFloor(b.bottom() / GridCell);
        for (int x = x0; x <= x1; ++x)
            for (int y = y0; y <= y1; ++y)
                m_grid[cellKey(x, y)].append(i);
    }
}

QList<int> BoardLines::linesIn(const QRectF &rect) const
{
    QList<int> result;
    QSet<int> seen;
    const int x0 = qFloor(rect.left() / GridCell);
    const int x1 = qFloor(rect.right() / GridCell);
    const int y0 = qFloor(rect.top() / GridCell);
    const int y1 = qFloor(rect.bottom() / GridCell);
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y) {
            const auto it = m_grid.constFind(cellKey(x, y));
            if (it == m_grid.cend())
                continue;
            for (const int i : *it) {
                if (!seen.contains(i) && m_lines[i].bounds.intersects(rect)) {
                    seen.insert(i);
                    result.append(i);
                }
            }
        }
    }
    std::sort(result.begin(), result.end());
    return result;
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
            // Prefer the thinner, later-drawn line: it is the one on top.
            best = i;
        }
    }
    return best;
}

} // namespace Kingside
