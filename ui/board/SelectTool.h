#pragma once

#include "BoardTool.h"
#include "ConnectTool.h"

#include <QPointF>

namespace Kingside {

// Click to select a piece, line or wall; drag a piece to another square to move it;
// drag from a team member to a piece to connect them; click "+N" to open a square; click
// a "+" on the edge to add a department or level, drag a file or rank label to reorder.
class SelectTool : public BoardTool
{
public:
    explicit SelectTool(BoardScene *scene) : BoardTool(scene), m_connect(scene) {}

    void mousePress(QGraphicsSceneMouseEvent *event) override;
    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;
    void cancel() override;

private:
    ConnectTool m_connect;
    qint64 m_pressed = 0;
    QPointF m_pressPos;
    bool m_dragging = false;
    // A file (true) or rank label being dragged to another place, by its board index.
    bool m_labelIsFile = true;
    int m_label = -1;
};

} // namespace Kingside
