#include "ConnectTool.h"

#include "BoardScene.h"

#include <QGraphicsSceneMouseEvent>

namespace Kingside {

void ConnectTool::begin(qint64 fromId)
{
    m_from = fromId;
    scene()->selectPerson(fromId);
}

void ConnectTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const qint64 person = scene()->personAt(event->scenePos());
    if (person > 0)
        begin(person);
}

void ConnectTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (!isActive())
        return;
    BoardScene::Preview preview;
    preview.rubber = QLineF(scene()->sceneCentreOf(m_from), event->scenePos());
    const qint64 target = scene()->personAt(event->scenePos());
    if (target > 0 && target != m_from) {
        if (const auto *place = scene()->layout().place(target))
            preview.target = place->slot;
        else if (const auto *member = scene()->layout().teamPlace(target))
            preview.target = member->card;
        // Our team's lines go to client people, not to each other.
        preview.valid = !(scene()->data().isTeam(m_from) && scene()->data().isTeam(target));
    }
    scene()->setPreview(preview);
}

void ConnectTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (!isActive())
        return;
    const qint64 from = std::exchange(m_from, 0);
    scene()->setPreview({});
    const qint64 target = scene()->personAt(event->scenePos());
    if (target > 0 && target != from)
        scene()->requestConnection(from, target, event->scenePos());
    else if (target == from && from > 0)
        scene()->selectPerson(from); // a click without a drag: show them in the inspector
}

void ConnectTool::cancel()
{
    m_from = 0;
    scene()->setPreview({});
}

} // namespace Kingside
