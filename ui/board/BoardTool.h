#pragma once

#include <QPointF>
#include <Qt>

class QGraphicsSceneMouseEvent;

namespace Kingside {

class BoardScene;

// Base of the board's tools: the scene hands them its mouse events.
class BoardTool
{
public:
    explicit BoardTool(BoardScene *scene) : m_scene(scene) {}
    virtual ~BoardTool() = default;

    virtual void mousePress(QGraphicsSceneMouseEvent *event);
    virtual void mouseMove(QGraphicsSceneMouseEvent *event);
    virtual void mouseRelease(QGraphicsSceneMouseEvent *event);
    // Leave any gesture in progress (Escape, tool change).
    virtual void cancel();

protected:
    BoardScene *scene() const { return m_scene; }

private:
    BoardScene *m_scene;
};

} // namespace Kingside
