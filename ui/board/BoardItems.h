#pragma once

#include "BoardLayout.h"

#include <QGraphicsItem>

namespace Kingside {

class BoardScene;

// The scene's items hold ids and sync() from the scene's model; they paint through
// the BoardRenderer and never write to the workspace.

// A client person's piece with name and title.
class PieceItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };
    PieceItem(BoardScene *scene, qint64 personId);
    int type() const override { return Type; }
    qint64 personId() const { return m_personId; }
    void sync();
    // In focus while someone is hovered: the piece stands above the veil.
    void setFocused(bool focused);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    BoardScene *m_scene;
    qint64 m_personId;
    QRectF m_slot; // in scene coordinates when the item stands at its place
    bool m_hovered = false;
    bool m_focused = false;
    qreal m_baseZ = 10;
};

// A member of our team on the rail.
class TeamMemberItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };
    TeamMemberItem(BoardScene *scene, qint64 personId);
    int type() const override { return Type; }
    qint64 personId() const { return m_personId; }
    void sync();
    void setFocused(bool focused);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    BoardScene *m_scene;
    qint64 m_personId;
    QRectF m_card;
    bool m_hovered = false;
};

// "+N" on a crowded square; a click opens the square.
class GroupItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 3
    };
    GroupItem(BoardScene *scene, const BoardSquare &square);
    int type() const override { return Type; }
    BoardSquare square() const { return m_square; }
    void sync();
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    BoardScene *m_scene;
    BoardSquare m_square;
    BoardLayout::Group m_group;
    bool m_hovered = false;
};

// The layers drawn by one call each: board + rail background, all lines, the card of
// an opened square, emphasis under the pieces, marks over them, and tool previews.
class BoardLayerItem : public QGraphicsItem
{
public:
    enum Layer
    {
        Board,
        Lines,
        Emphasis,
        Marks,
        Preview,
    };
    enum
    {
        Type = UserType + 4
    };
    BoardLayerItem(BoardScene *scene, Layer layer);
    int type() const override { return Type; }
    Layer layer() const { return m_layer; }
    void sync();
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    BoardScene *m_scene;
    Layer m_layer;
    QRectF m_bounds;
    QRectF m_painted; // emphasis: around the last paths drawn
    bool m_veiled = false;
};

// The opened card of a crowded square, under its pieces.
class ExpandedSquareItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 5
    };
    ExpandedSquareItem(const QRectF &card);
    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_card.adjusted(-2, -2, 2, 2); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_card;
};

// A "+" on the board's edge that adds a department (file) or a level (rank); drawn on
// screen only, never printed.
class EdgeButtonItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 6
    };
    explicit EdgeButtonItem(bool addsFile);
    int type() const override { return Type; }
    bool addsFile() const { return m_addsFile; }
    void setRect(const QRectF &rect);
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    bool m_addsFile;
    bool m_hovered = false;
    QRectF m_rect;
};

} // namespace Kingside
