#pragma once

#include "BoardLayout.h"
#include "BoardTool.h"

namespace Kingside {

// Click a border between two files (or ranks) to build a wall there, or click a wall to
// take it down; or drag from one file to another to wall them apart.
class WallTool : public BoardTool
{
public:
    using BoardTool::BoardTool;

    void mousePress(QGraphicsSceneMouseEvent *event) override;
    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;
    void cancel() override;

private:
    BoardSquare m_start;
};

} // namespace Kingside
