#pragma once

#include <QHash>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>

#include <optional>

namespace Kingside {

struct BoardData;

// A square of the board: file (department, 0 = left) and rank (level, 0 = top).
struct BoardSquare
{
    int file = -1;
    int rank = -1;
    bool isValid() const { return file >= 0 && rank >= 0; }
    bool operator==(const BoardSquare &) const = default;
};
inline size_t qHash(const BoardSquare &square, size_t seed = 0)
{
    return ::qHash(square.file * 4096 + square.rank, seed);
}

// Where everything of one account's board stands, in scene units (a square is
// SquareSize wide): the team rail, the squares and their labels, each person's slot,
// the groups of crowded squares. Pure geometry shared by scene, renderer and tests.
class BoardLayout
{
public:
    static constexpr qreal SquareSize = 120;
    static constexpr qreal ChannelHeight = 18; // the top strip of a square where lines run
    static constexpr int SquareCapacity = 4;   // more people than this are grouped

    struct PiecePlace
    {
        qint64 personId = 0;
        BoardSquare square;  // invalid: not placed on the board (no department or level)
        QRectF slot;         // piece and name
        QRectF piece;        // the piece's 100 × 100 artwork box
        bool visible = true; // false when folded into a group
        bool inExpanded = false;
    };
    struct Group
    {
        BoardSquare square;
        QRectF badge; // "+N"
        int hidden = 0;
        int total = 0;
    };
    struct TeamPlace
    {
        qint64 personId = 0;
        QRectF card;
        QPointF anchor; // where this member's lines leave the rail
        int lane = 0;   // lane index inside a rank's channel
        bool mentor = false;
    };

    void build(const BoardData &data, const QSet<BoardSquare> &expanded = {});

    int files() const { return m_files; }
    int ranks() const { return m_ranks; }
    QRectF boardRect() const { return m_board; }
    QRectF railRect() const { return m_rail; }
    QRectF unplacedRect() const { return m_unplaced; } // empty when everyone is placed
    QRectF contentRect() const { return m_content; }
    QRectF squareRect(const BoardSquare &square) const;
    QRectF fileLabelRect(int file, bool top) const;
    QRectF rankLabelRect(int rank, bool left) const;
    // The board's edges, where its structure is edited (README "Your first account"): the
    // "+" that adds a department (right of the top labels) or a level (below the left
    // labels), and which file or rank label a point is on (-1: none; top or bottom,
    // left or right).
    QRectF addFileButtonRect() const;
    QRectF addRankButtonRect() const;
    int fileLabelAt(const QPointF &point) const;
    int rankLabelAt(const QPointF &point) const;
    // The y of a team member's lane in the channel at the top of a rank.
    qreal laneY(int rank, int lane) const;

    BoardSquare squareAt(const QPointF &point) const;
    // The border nearest to a point within `tolerance`: between files (vertical) or ranks.
    struct Border
    {
        bool betweenFiles = true;
        int index = -1; // between index and index + 1
        bool isValid() const { return index >= 0; }
    };
    Border borderAt(const QPointF &point, qreal tolerance) const;
    QLineF borderLine(const Border &border) const;

    const PiecePlace *place(qint64 personId) const;
    const QList<PiecePlace> &places() const { return m_places; }
    const QList<Group> &groups() const { return m_groups; }
    const Group *groupAt(const BoardSquare &square) const;
    const QList<TeamPlace> &team() const { return m_team; }
    const TeamPlace *teamPlace(qint64 personId) const;
    QList<qint64> peopleOn(const BoardSquare &square) const; // ordered by power, then name
    std::optional<QRectF> expandedRect(const BoardSquare &square) const;
    // Where a person's lines attach: the piece, or the group badge of a folded square.
    QPointF attachPoint(qint64 personId) const;
    qreal attachRadius(qint64 personId) const;

    // Paper (README, Printed maps: "Names on paper"): every person of a square stands in
    // it, none folded into a "+N" group. moveTo() gives a person a new slot and piece box
    // and shows them; dropGroups() removes the "+N" badges.
    void moveTo(qint64 personId, const QRectF &slot, const QRectF &piece);
    void dropGroups() { m_groups.clear(); }

private:
    int m_files = 0;
    int m_ranks = 0;
    QRectF m_board;
    QRectF m_rail;
    QRectF m_unplaced;
    QRectF m_content;
    QList<PiecePlace> m_places;
    QHash<qint64, int> m_placeIndex;
    QList<Group> m_groups;
    QList<TeamPlace> m_team;
    QHash<qint64, int> m_teamIndex;
    QHash<BoardSquare, QList<qint64>> m_occupants;
    QHash<BoardSquare, QRectF> m_expanded;
};

} // namespace Kingside
