#pragma once

#include "BoardTool.h"

namespace Kingside {

// Drag from one person to another to add a relationship; the strength is then asked
// inline where the drag ended.
class ConnectTool : public BoardTool
{
public:
    using BoardTool::BoardTool;

    void mousePress(QGraphicsSceneMouseEvent *event) override;
    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;
    void cancel() override;

    // Start from a given person (the select tool hands over drags from the team rail).
    void begin(qint64 fromId);
    bool isActive() const { return m_from > 0; }

private:
    qint64 m_from = 0;
};

} // namespace Kingside
