#include "SelectTool.h"

#include "BoardItems.h"
#include "BoardScene.h"

#include <QGraphicsSceneMouseEvent>

namespace Kingside {

void SelectTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF pos = event->scenePos();
    m_pressPos = pos;
    m_dragging = false;
    m_pressed = 0;
    m_label = -1;
    for (QGraphicsItem *item : scene()->items(pos)) {
        if (item->type() == EdgeButtonItem::Type && item->isVisible()) {
            emit scene()->addLabelRequested(static_cast<EdgeButtonItem *>(item)->addsFile());
            return;
        }
        if (item->type() == GroupItem::Type) {
            scene()->toggleExpanded(static_cast<GroupItem *>(item)->square());
            return;
        }
        if (item->type() == TeamMemberItem::Type) {
            m_connect.begin(static_cast<TeamMemberItem *>(item)->personId());
            return;
        }
        if (item->type() == PieceItem::Type && item->isVisible()) {
            m_pressed = static_cast<PieceItem *>(item)->personId();
            scene()->selectPerson(m_pressed);
            return;
        }
    }
    if (const int file = scene()->fileLabelAt(pos); file >= 0) {
        m_labelIsFile = true;
        m_label = file;
        return;
    }
    if (const int rank = scene()->rankLabelAt(pos); rank >= 0) {
        m_labelIsFile = false;
        m_label = rank;
        return;
    }
    if (const qint64 relationship = scene()->relationshipAt(pos)) {
        scene()->selectRelationship(relationship);
        return;
    }
    if (const qint64 wall = scene()->wallAt(pos)) {
        scene()->selectWall(wall);
        return;
    }
    const BoardSquare square = scene()->layout().squareAt(pos);
    bool insideCard = false;
    for (int file = 0; file < scene()->layout().files() && !insideCard; ++file)
        for (int rank = 0; rank < scene()->layout().ranks() && !insideCard; ++rank)
            if (const auto card = scene()->layout().expandedRect({file, rank}))
                insideCard = card->contains(pos);
    if (!insideCard)
        scene()->collapseAll();
    scene()->clearSelection();
    if (square.isValid())
        scene()->setCurrentSquare(square);
}

void SelectTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (m_connect.isActive()) {
        m_connect.mouseMove(event);
        return;
    }
    if (m_label >= 0 && (event->buttons() & Qt::LeftButton)) {
        // Show where the dragged label would go.
        BoardScene::Preview preview;
        const int over = m_labelIsFile ? scene()->layout().fileLabelAt(event->scenePos())
                                       : scene()->layout().rankLabelAt(event->scenePos());
        const int last = m_labelIsFile ? int(scene()->data().departments.size()) - 1
                                       : int(scene()->data().levels.size()) - 1;
        if (over >= 0 && over <= last && over != m_label)
            preview.target =
                m_labelIsFile ? scene()->fileLabelRect(over) : scene()->rankLabelRect(over);
        scene()->setPreview(preview);
        return;
    }
    if (m_pressed == 0 || !(event->buttons() & Qt::LeftButton))
        return;
    const QPointF delta = event->scenePos() - m_pressPos;
    if (!m_dragging && delta.manhattanLength() < 6)
        return;
    m_dragging = true;
    PieceItem *item = scene()->pieceItem(m_pressed);
    const auto *place = scene()->layout().place(m_pressed);
    if (!item || !place)
        return;
    item->setPos(place->slot.topLeft() + delta);
    item->setZValue(100);
    BoardScene::Preview preview;
    const BoardSquare target = scene()->layout().squareAt(event->scenePos());
    if (target.isValid())
        preview.target = scene()->layout().squareRect(target);
    scene()->setPreview(preview);
}

void SelectTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (m_connect.isActive()) {
        m_connect.mouseRelease(event);
        return;
    }
    if (const int label = std::exchange(m_label, -1); label >= 0) {
        scene()->setPreview({});
        const int over = m_labelIsFile ? scene()->layout().fileLabelAt(event->scenePos())
                                       : scene()->layout().rankLabelAt(event->scenePos());
        if (over >= 0 && over != label) {
            if (m_labelIsFile)
                scene()->moveFile(label, over);
            else
                scene()->moveRank(label, over);
        }
        return;
    }
    const qint64 person = std::exchange(m_pressed, 0);
    if (!std::exchange(m_dragging, false) || person == 0)
        return;
    scene()->setPreview({});
    const BoardSquare target = scene()->layout().squareAt(event->scenePos());
    const auto *place = scene()->layout().place(person);
    if (target.isValid() && place && !(target == place->square)) {
        if (scene()->movePerson(person, target, event->scenePos()))
            return; // the scene re-synced every item
    }
    if (PieceItem *item = scene()->pieceItem(person))
        item->sync();
}

void SelectTool::cancel()
{
    m_connect.cancel();
    if (m_pressed > 0) {
        if (PieceItem *item = scene()->pieceItem(m_pressed))
            item->sync();
    }
    m_pressed = 0;
    m_dragging = false;
    m_label = -1;
    scene()->setPreview({});
}

} // namespace Kingside
