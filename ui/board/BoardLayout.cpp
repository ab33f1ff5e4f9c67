#include "BoardLayout.h"

#include "BoardData.h"

#include <QLineF>
#include <QtMath>

#include <algorithm>

namespace Kingside {
namespace {

constexpr qreal RailWidth = 170;
constexpr qreal RailGap = 80; // room for lines to fan out from the rail
constexpr qreal RankLabelWidth = 92;
constexpr qreal FileLabelHeight = 36;
constexpr qreal NameHeight = 24;
constexpr qreal MaxPiece = 52;

// Lay `count` cells of a grid into `area`, row by row.
QList<QRectF> grid(const QRectF &area, int count, int columns)
{
    const int rows = (count + columns - 1) / columns;
    const qreal width = area.width() / columns;
    const qreal height = area.height() / rows;
    QList<QRectF> cells;
    for (int i = 0; i < count; ++i) {
        const int row = i / columns;
        const int column = i % columns;
        // Centre an incomplete last row.
        const int inRow = row == rows - 1 ? count - row * columns : columns;
        const qreal offset = (columns - inRow) * width / 2;
        cells.append(QRectF(area.left() + offset + column * width, area.top() + row * height, width,
                            height));
    }
    return cells;
}

QRectF pieceIn(const QRectF &slot)
{
    const qreal size = qMin(MaxPiece, qMin(slot.width() * 0.86, slot.height() - NameHeight - 2));
    const qreal top = slot.top() + (slot.height() - size - NameHeight) / 2;
    return QRectF(slot.center().x() - size / 2, top, size, size);
}

} // namespace

void BoardLayout::build(const BoardData &data, const QSet<BoardSquare> &expanded)
{
    *this = BoardLayout();
    const qreal s = SquareSize;
    m_files = qMax(1, int(data.departments.size()));
    m_ranks = qMax(1, int(data.levels.size()));
    const qreal boardLeft = RailWidth + RailGap + RankLabelWidth;
    m_board = QRectF(boardLeft, FileLabelHeight, m_files * s, m_ranks * s);
    m_rail = QRectF(0, m_board.top(), RailWidth, m_board.height());

    // People per square, most powerful first so that groups show the pieces that matter.
    QList<qint64> unplaced;
    for (const Person &person : data.clients) {
        const BoardSquare square{data.fileOf(person.departmentId), data.rankOf(person.levelId)};
        if (square.isValid())
            m_occupants[square].append(person.id);
        else
            unplaced.append(person.id);
    }
    const auto byPower = [&data](qint64 a, qint64 b) {
        const Person *pa = data.person(a);
        const Person *pb = data.person(b);
        if (pa->piece() != pb->piece())
            return pa->piece() < pb->piece();
        return pa->name.localeAwareCompare(pb->name) < 0;
    };
    for (auto it = m_occupants.begin(); it != m_occupants.end(); ++it)
        std::sort(it->begin(), it->end(), byPower);

    for (auto it = m_occupants.cbegin(); it != m_occupants.cend(); ++it) {
        const BoardSquare square = it.key();
        const QList<qint64> &people = *it;
        const QRectF cell = squareRect(square);
        const QRectF area = cell.adjusted(3, ChannelHeight, -3, -2);
        const int count = int(people.size());
        if (expanded.contains(square) && count > 1) {
            // An expanded square opens a card over its neighbours with every person.
            const int columns = qCeil(qSqrt(count));
            const int rows = (count + columns - 1) / columns;
            const QSizeF size(columns * s / 2, rows * s / 2);
            QRectF card(cell.center() - QPointF(size.width() / 2, size.height() / 2), size);
            card.adjust(-8, -8, 8, 8);
            card.moveLeft(qBound(m_board.left() - RankLabelWidth, card.left(),
                                 m_board.right() + RankLabelWidth - card.width()));
            card.moveTop(
                qBound(0.0, card.top(), m_board.bottom() + FileLabelHeight - card.height()));
            m_expanded.insert(square, card);
            const QList<QRectF> cells = grid(card.adjusted(8, 8, -8, -8), count, columns);
            for (int i = 0; i < count; ++i)
                m_places.append({people[i], square, cells[i], pieceIn(cells[i]), true, true});
            continue;
        }
        const bool crowded = count > SquareCapacity;
        const int shown = crowded ? SquareCapacity - 1 : count;
        const int slotCount = crowded ? SquareCapacity : count;
        const int columns = slotCount == 1 ? 1 : 2;
        const QList<QRectF> cells = grid(area, slotCount, columns);
        for (int i = 0; i < count; ++i) {
            if (i < shown)
                m_places.append({people[i], square, cells[i], pieceIn(cells[i]), true, false});
            else
                m_places.append(
                    {people[i], square, cells.last(), pieceIn(cells.last()), false, false});
        }
        if (crowded) {
            const QRectF badge = pieceIn(cells.last());
            m_groups.append({square, badge, count - shown, count});
        }
    }

    qreal bottom = m_board.bottom() + FileLabelHeight;
    if (!unplaced.isEmpty()) {
        std::sort(unplaced.begin(), unplaced.end(), byPower);
        const int perRow = qMax(1, int(m_board.width() / (s / 2)));
        const int rows = (int(unplaced.size()) + perRow - 1) / perRow;
        m_unplaced = QRectF(m_board.left(), bottom + 24, m_board.width(), rows * s / 2 + 24);
        const QRectF area = m_unplaced.adjusted(0, 24, 0, 0);
        const QList<QRectF> cells =
            grid(QRectF(area.topLeft(), QSizeF(perRow * s / 2, rows * s / 2)), int(unplaced.size()),
                 perRow);
        for (int i = 0; i < unplaced.size(); ++i)
            m_places.append({unplaced[i], BoardSquare{}, cells[i], pieceIn(cells[i]), true, false});
        bottom = m_unplaced.bottom() + 8;
    }
    for (int i = 0; i < m_places.size(); ++i)
        m_placeIndex.insert(m_places[i].personId, i);

    // The rail: our team top down, the mentor apart below a gap.
    const int members = int(data.team.size());
    const bool hasMentor = members > 0 && data.team.last().teamRole == TeamRole::Mentor;
    const qreal mentorGap = hasMentor ? 40 : 0;
    const qreal pitch = members > 0 ? qMin(62.0, (m_rail.height() - mentorGap) / members) : 0;
    const qreal cardHeight = qMax(14.0, pitch - 8);
    for (int i = 0; i < members; ++i) {
        const bool mentor = hasMentor && i == members - 1;
        const qreal top = m_rail.top() + i * pitch + (mentor ? mentorGap : 0);
        const QRectF card(m_rail.left(), top, RailWidth, cardHeight);
        const int working = hasMentor ? members - 1 : members;
        m_team.append({data.team[i].id, card, QPointF(card.right(), card.center().y()),
                       mentor ? working : i, mentor});
        m_teamIndex.insert(data.team[i].id, i);
    }
    qreal right = m_board.right() + RankLabelWidth;
    for (const QRectF &card : std::as_const(m_expanded)) {
        right = qMax(right, card.right());
        bottom = qMax(bottom, card.bottom());
    }
    m_content = QRectF(0, 0, right, qMax(bottom, m_rail.bottom()));
}

QRectF BoardLayout::squareRect(const BoardSquare &square) const
{
    return QRectF(m_board.left() + square.file * SquareSize,
                  m_board.top() + square.rank * SquareSize, SquareSize, SquareSize);
}

QRectF BoardLayout::fileLabelRect(int file, bool top) const
{
    const qreal x = m_board.left() + file * SquareSize;
    return top ? QRectF(x, m_board.top() - FileLabelHeight, SquareSize, FileLabelHeight)
               : QRectF(x, m_board.bottom(), SquareSize, FileLabelHeight);
}

QRectF BoardLayout::rankLabelRect(int rank, bool left) const
{
    const qreal y = m_board.top() + rank * SquareSize;
    return left ? QRectF(m_board.left() - RankLabelWidth, y, RankLabelWidth, SquareSize)
                : QRectF(m_board.right(), y, RankLabelWidth, SquareSize);
}

QRectF BoardLayout::addFileButtonRect() const
{
    return QRectF(m_board.right() + 8, 4, 28, 28);
}

QRectF BoardLayout::addRankButtonRect() const
{
    return QRectF(m_board.left() - RankLabelWidth + 4, m_board.bottom() + 4, 28, 28);
}

int BoardLayout::fileLabelAt(const QPointF &point) const
{
    for (int file = 0; file < m_files; ++file)
        for (const bool top : {true, false})
            if (fileLabelRect(file, top).contains(point))
                return file;
    return -1;
}

int BoardLayout::rankLabelAt(const QPointF &point) const
{
    for (int rank = 0; rank < m_ranks; ++rank)
        for (const bool left : {true, false})
            if (rankLabelRect(rank, left).contains(point))
                return rank;
    return -1;
}

qreal BoardLayout::laneY(int rank, int lane) const
{
    const int lanes = qMax(1, int(m_team.size()));
    const qreal usable = ChannelHeight - 6;
    const qreal step = lanes > 1 ? usable / (lanes - 1) : 0;
    return m_board.top() + rank * SquareSize + 3 + lane * step;
}

BoardSquare BoardLayout::squareAt(const QPointF &point) const
{
    if (!m_board.contains(point))
        return {};
    const int file = qBound(0, int((point.x() - m_board.left()) / SquareSize), m_files - 1);
    const int rank = qBound(0, int((point.y() - m_board.top()) / SquareSize), m_ranks - 1);
    return {file, rank};
}

BoardLayout::Border BoardLayout::borderAt(const QPointF &point, qreal tolerance) const
{
    if (!m_board.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(point))
        return {};
    const qreal fx = (point.x() - m_board.left()) / SquareSize;
    const qreal fy = (point.y() - m_board.top()) / SquareSize;
    const int nearestFile = qRound(fx);
    const int nearestRank = qRound(fy);
    const qreal dx = qAbs(fx - nearestFile) * SquareSize;
    const qreal dy = qAbs(fy - nearestRank) * SquareSize;
    if (dx <= dy && dx <= tolerance && nearestFile > 0 && nearestFile < m_files)
        return {true, nearestFile - 1};
    if (dy <= tolerance && nearestRank > 0 && nearestRank < m_ranks)
        return {false, nearestRank - 1};
    return {};
}

QLineF BoardLayout::borderLine(const Border &border) const
{
    if (border.betweenFiles) {
        const qreal x = m_board.left() + (border.index + 1) * SquareSize;
        return QLineF(x, m_board.top(), x, m_board.bottom());
    }
    const qreal y = m_board.top() + (border.index + 1) * SquareSize;
    return QLineF(m_board.left(), y, m_board.right(), y);
}

const BoardLayout::PiecePlace *BoardLayout::place(qint64 personId) const
{
    const auto it = m_placeIndex.constFind(personId);
    return it == m_placeIndex.cend() ? nullptr : &m_places[*it];
}

const BoardLayout::Group *BoardLayout::groupAt(const BoardSquare &square) const
{
    for (const Group &group : m_groups) {
        if (group.square == square)
            return &group;
    }
    return nullptr;
}

const BoardLayout::TeamPlace *BoardLayout::teamPlace(qint64 personId) const
{
    const auto it = m_teamIndex.constFind(personId);
    return it == m_teamIndex.cend() ? nullptr : &m_team[*it];
}

QList<qint64> BoardLayout::peopleOn(const BoardSquare &square) const
{
    return m_occupants.value(square);
}

std::optional<QRectF> BoardLayout::expandedRect(const BoardSquare &square) const
{
    const auto it = m_expanded.constFind(square);
    if (it == m_expanded.cend())
        return std::nullopt;
    return *it;
}

QPointF BoardLayout::attachPoint(qint64 personId) const
{
    if (const TeamPlace *member = teamPlace(personId))
        return member->anchor;
    if (const PiecePlace *p = place(personId))
        return p->piece.center();
    return {};
}

qreal BoardLayout::attachRadius(qint64 personId) const
{
    if (const PiecePlace *p = place(personId))
        return p->piece.width() * 0.42;
    return 0;
}

void BoardLayout::moveTo(qint64 personId, const QRectF &slot, const QRectF &piece)
{
    const auto it = m_placeIndex.constFind(personId);
    if (it == m_placeIndex.cend())
        return;
    PiecePlace &place = m_places[*it];
    place.slot = slot;
    place.piece = piece;
    place.visible = true;
    place.inExpanded = false;
}

} // namespace Kingside
