#include "WallTool.h"

#include "BoardScene.h"

#include <QGraphicsSceneMouseEvent>

namespace Kingside {
namespace {

constexpr qreal Tolerance = 16;

} // namespace

void WallTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF pos = event->scenePos();
    const BoardLayout::Border border = scene()->layout().borderAt(pos, Tolerance);
    if (border.isValid()) {
        if (const qint64 wall = scene()->wallOn(border))
            scene()->removeWall(wall, pos);
        else
            scene()->addWallOn(border, pos);
        m_start = {};
        return;
    }
    m_start = scene()->layout().squareAt(pos);
}

void WallTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    BoardScene::Preview preview;
    const QPointF pos = event->scenePos();
    if (m_start.isValid() && (event->buttons() & Qt::LeftButton)) {
        const BoardSquare here = scene()->layout().squareAt(pos);
        if (here.isValid() && here.file != m_start.file) {
            preview.border = scene()->layout().borderLine(
                {true, here.file > m_start.file ? here.file - 1 : here.file});
        }
    } else {
        const BoardLayout::Border border = scene()->layout().borderAt(pos, Tolerance);
        if (border.isValid()) {
            preview.border = scene()->layout().borderLine(border);
            preview.valid = scene()->wallOn(border) == 0; // red when a click removes it
        }
    }
    scene()->setPreview(preview);
}

void WallTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    const BoardSquare start = std::exchange(m_start, BoardSquare{});
    scene()->setPreview({});
    if (!start.isValid())
        return;
    const BoardSquare end = scene()->layout().squareAt(event->scenePos());
    if (!end.isValid() || end.file == start.file)
        return;
    const auto &departments = scene()->data().departments;
    scene()->addWall(WallKind::Department, departments[start.file].id, departments[end.file].id,
                     event->scenePos());
}

void WallTool::cancel()
{
    m_start = {};
    scene()->setPreview({});
}

} // namespace Kingside
