#include "BoardItems.h"

#include "BoardScene.h"
#include "BoardStyle.h"
#include "SegmentStroke.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Kingside {
namespace {

QString describe(const BoardData &data, const Person &person)
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(person.name.toHtmlEscaped())};
    if (!person.title.isEmpty())
        lines.append(person.title.toHtmlEscaped());
    if (person.isTeam()) {
        lines.append(displayName(person.teamRole.value_or(TeamRole::Other)));
    } else {
        lines.append(QCoreApplication::translate("Kingside::BoardItems", "%1 · %2")
                         .arg(displayName(person.piece()), displayName(person.attitude)));
        if (person.competitorId > 0)
            lines.append(QCoreApplication::translate("Kingside::BoardItems", "Favours %1")
                             .arg(data.competitorNames.value(person.competitorId).toHtmlEscaped()));
    }
    return lines.join(QStringLiteral("<br>"));
}

// How far a person in focus is raised: above the veil (the emphasis layer, raised to
// VeilZ while someone is hovered), below the marks.
constexpr qreal VeilZ = 20;
constexpr qreal FocusRaise = 22;
constexpr qreal EmphasisZ = 5;

// Text at less than a few pixels is noise: leave it out at overview zoom.
bool textReadable(const QStyleOptionGraphicsItem *option, QPainter *painter)
{
    const qreal scale = option ? option->levelOfDetailFromTransform(painter->worldTransform()) : 1;
    return scale * 8 >= 4;
}

} // namespace

PieceItem::PieceItem(BoardScene *scene, qint64 personId) : m_scene(scene), m_personId(personId)
{
    setAcceptHoverEvents(true);
    setZValue(10);
    // A piece is redrawn only when it changes or the zoom does; hovering and selecting
    // elsewhere, which repaint strips across many pieces, blit it.
    setCacheMode(DeviceCoordinateCache);
}

void PieceItem::sync()
{
    const BoardLayout::PiecePlace *place = m_scene->layout().place(m_personId);
    if (!place) {
        setVisible(false);
        return;
    }
    prepareGeometryChange();
    m_slot = place->slot;
    setPos(m_slot.topLeft());
    setVisible(place->visible);
    m_baseZ = place->inExpanded ? 30 : 10;
    setZValue(m_baseZ + (m_focused ? FocusRaise : 0));
    if (const Person *person = m_scene->data().person(m_personId))
        setToolTip(describe(m_scene->data(), *person));
    update();
}

void PieceItem::setFocused(bool focused)
{
    if (focused == m_focused)
        return;
    m_focused = focused;
    setZValue(m_baseZ + (m_focused ? FocusRaise : 0));
}

QRectF PieceItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_slot.size()).adjusted(-12, -12, 12, 12);
}

void PieceItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const BoardLayout::PiecePlace *place = m_scene->layout().place(m_personId);
    const Person *person = m_scene->data().person(m_personId);
    if (!place || !person)
        return;
    painter->translate(-m_slot.topLeft());
    m_scene->renderer().paintPerson(painter, *place,
                                    {!m_scene->filterMatch().showsPerson(*person),
                                     m_scene->selectedPersonId() == m_personId, m_hovered,
                                     textReadable(option, painter)});
}

void PieceItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    m_scene->setHoveredPerson(m_personId);
    update();
}

void PieceItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    if (m_scene->hoveredPersonId() == m_personId)
        m_scene->setHoveredPerson(0);
    update();
}

TeamMemberItem::TeamMemberItem(BoardScene *scene, qint64 personId)
    : m_scene(scene), m_personId(personId)
{
    setAcceptHoverEvents(true);
    setZValue(10);
    setCursor(Qt::CrossCursor); // drag from here to a piece to connect
    setCacheMode(DeviceCoordinateCache);
}

void TeamMemberItem::sync()
{
    const BoardLayout::TeamPlace *place = m_scene->layout().teamPlace(m_personId);
    if (!place) {
        setVisible(false);
        return;
    }
    prepareGeometryChange();
    m_card = place->card;
    setPos(m_card.topLeft());
    setVisible(true);
    if (const Person *person = m_scene->data().person(m_personId))
        setToolTip(describe(m_scene->data(), *person) +
                   QCoreApplication::translate("Kingside::BoardItems",
                                               "<br><i>Drag to a piece to add a relationship</i>"));
    update();
}

void TeamMemberItem::setFocused(bool focused)
{
    setZValue(focused ? 10 + FocusRaise : 10);
}

QRectF TeamMemberItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_card.size()).adjusted(-6, -6, 6, 6);
}

void TeamMemberItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const BoardLayout::TeamPlace *place = m_scene->layout().teamPlace(m_personId);
    if (!place)
        return;
    painter->translate(-m_card.topLeft());
    m_scene->renderer().paintTeamMember(painter, *place,
                                        {!m_scene->filterMatch().showsPerson(m_personId, true),
                                         m_scene->selectedPersonId() == m_personId, m_hovered,
                                         textReadable(option, painter)});
}

void TeamMemberItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    m_scene->setHoveredPerson(m_personId);
    update();
}

void TeamMemberItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    if (m_scene->hoveredPersonId() == m_personId)
        m_scene->setHoveredPerson(0);
    update();
}

GroupItem::GroupItem(BoardScene *scene, const BoardSquare &square)
    : m_scene(scene), m_square(square)
{
    setAcceptHoverEvents(true);
    setZValue(11);
    setCursor(Qt::PointingHandCursor);
    setCacheMode(DeviceCoordinateCache);
}

void GroupItem::sync()
{
    const BoardLayout::Group *group = m_scene->layout().groupAt(m_square);
    if (!group) {
        setVisible(false);
        return;
    }
    prepareGeometryChange();
    m_group = *group;
    setToolTip(QCoreApplication::translate("Kingside::BoardItems",
                                           "%n more people on this square: click to see all",
                                           nullptr, group->hidden));
    update();
}

QRectF GroupItem::boundingRect() const
{
    return m_group.badge.adjusted(-10, -10, 14, 16);
}

void GroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    BoardRenderer::paintGroup(painter, m_group, m_hovered);
}

void GroupItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void GroupItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

BoardLayerItem::BoardLayerItem(BoardScene *scene, Layer layer) : m_scene(scene), m_layer(layer)
{
    switch (layer) {
    case Board:
        setZValue(0);
        // Static: drawn once per zoom, then blitted while panning and hovering.
        setCacheMode(DeviceCoordinateCache);
        setFlag(ItemUsesExtendedStyleOption); // close up, only the exposed squares
        break;
    case Lines:
        setZValue(1);
        setCacheMode(DeviceCoordinateCache);
        setFlag(ItemUsesExtendedStyleOption);
        break;
    case Emphasis:
        setZValue(EmphasisZ);
        setFlag(ItemUsesExtendedStyleOption);
        break;
    case Marks:
        setZValue(40);
        break;
    case Preview:
        setZValue(90);
        break;
    }
    setAcceptedMouseButtons(Qt::NoButton);
}

void BoardLayerItem::sync()
{
    // Emphasis and previews change with every hover and drag step: their bounds stay
    // small so that only that part of the view is repainted.
    QRectF bounds;
    if (m_layer == Emphasis) {
        // Emphasis changes with every hover: the rectangle around the old and the new
        // paths is repainted (Qt unites an item's update rects into one anyway), from
        // the cached board and line layers beneath.
        QRectF painted;
        for (const auto &[path, colour] : m_scene->emphasis())
            painted |= path.controlPointRect().adjusted(-8, -8, 8, 8);
        const QRectF content = m_scene->layout().contentRect().adjusted(-40, -40, 40, 40);
        if (content != m_bounds) {
            prepareGeometryChange();
            m_bounds = content;
        }
        if (m_scene->veiled() != m_veiled) {
            // The veil comes or goes: over the whole board, above the pieces not in focus.
            m_veiled = m_scene->veiled();
            setZValue(m_veiled ? VeilZ : EmphasisZ);
            update();
        }
        if (!(m_painted | painted).isEmpty())
            update(m_painted | painted);
        m_painted = painted;
        return;
    }
    if (m_layer == Preview) {
        const BoardScene::Preview &preview = m_scene->preview();
        bounds = preview.target | QRectF(preview.rubber.p1(), preview.rubber.p2()).normalized() |
                 QRectF(preview.border.p1(), preview.border.p2()).normalized();
    } else {
        bounds = m_scene->layout().contentRect();
    }
    bounds = bounds.adjusted(-40, -40, 40, 40);
    if (bounds != m_bounds) {
        update();
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

QRectF BoardLayerItem::boundingRect() const
{
    return m_bounds;
}

namespace {

// The part of the scene the painter's device shows (a cache pixmap of only the visible
// part of a large layer, or the view).
QRectF deviceArea(const QPainter *painter)
{
    const QPaintDevice *device = painter->device();
    return painter->worldTransform().inverted().mapRect(
        QRectF(0, 0, device->width(), device->height()));
}

} // namespace

void BoardLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const BoardRenderer &renderer = m_scene->renderer();
    const BoardLayout &layout = m_scene->layout();
    switch (m_layer) {
    case Board: {
        const QRectF exposed = option->exposedRect & deviceArea(painter);
        renderer.paintBoard(painter, layout, &exposed);
        renderer.paintRailBackground(painter, layout);
        break;
    }
    case Lines: {
        const BoardLines &lines = m_scene->lines();
        // Only the lines crossing the exposed part are stroked.
        const QRectF exposed = option->exposedRect & deviceArea(painter);
        // Client lines faint on a dense board: a hover or selection brings a person's back.
        const qreal opacity = BoardRenderer::lineOpacity(lines);
        BoardRenderer::paintLines(painter, lines,
                                  exposed.contains(layout.contentRect()) ? nullptr : &exposed,
                                  opacity, 1.5, m_scene->clientLinesFaint() ? 0.16 : opacity);
        break;
    }
    case Emphasis:
        if (m_veiled)
            painter->fillRect(option->exposedRect & m_bounds, BoardStyle::veil());
        painter->setBrush(Qt::NoBrush);
        for (const auto &[path, colour] : m_scene->emphasis()) {
            if (!path.controlPointRect().adjusted(-8, -8, 8, 8).intersects(option->exposedRect))
                continue;
            // Opaque strokes: translucent wide ones cost several times more. A pale
            // band in the line's colour, the line itself in full colour on top.
            SegmentStroke::stroke(
                painter,
                QPen(BoardStyle::tint(colour), 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin),
                path);
            SegmentStroke::stroke(
                painter, QPen(QColor(colour.rgb()), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin),
                path);
        }
        break;
    case Marks: {
        renderer.paintHighlights(painter, layout, m_scene->lines(), m_scene->highlights());
        const BoardSquare square = m_scene->currentSquare();
        if (square.isValid()) {
            QPen pen(BoardStyle::selectionColour(), 2.5, Qt::DashLine);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(layout.squareRect(square).adjusted(2, 2, -2, -2));
        }
        if (const qint64 wall = m_scene->selectedWallId()) {
            for (const Wall &w : m_scene->data().walls) {
                if (w.id != wall)
                    continue;
                const bool byFile = w.kind == WallKind::Department;
                const int a = byFile ? m_scene->data().fileOf(w.a) : m_scene->data().rankOf(w.a);
                const int b = byFile ? m_scene->data().fileOf(w.b) : m_scene->data().rankOf(w.b);
                const int index = qAbs(a - b) == 1 ? qMin(a, b) : (a < b ? b - 1 : b);
                painter->setPen(
                    QPen(BoardStyle::selectionColour(), 15, Qt::SolidLine, Qt::FlatCap));
                painter->setOpacity(0.45);
                painter->drawLine(layout.borderLine({byFile, index}));
                painter->setOpacity(1);
            }
        }
        break;
    }
    case Preview: {
        const BoardScene::Preview &preview = m_scene->preview();
        const QColor colour =
            preview.valid ? BoardStyle::selectionColour() : QColor(0xC0, 0x10, 0x1A);
        if (!preview.target.isNull()) {
            painter->setPen(QPen(colour, 3));
            QColor fill = colour;
            fill.setAlpha(40);
            painter->setBrush(fill);
            painter->drawRoundedRect(preview.target, 6, 6);
        }
        if (!preview.rubber.isNull()) {
            painter->setPen(QPen(colour, 3, Qt::DashLine, Qt::RoundCap));
            painter->drawLine(preview.rubber);
        }
        if (!preview.border.isNull()) {
            painter->setPen(QPen(preview.valid ? BoardStyle::wallColour() : colour, 10,
                                 Qt::SolidLine, Qt::FlatCap));
            painter->setOpacity(0.6);
            painter->drawLine(preview.border);
        }
        break;
    }
    }
}

ExpandedSquareItem::ExpandedSquareItem(const QRectF &card) : m_card(card)
{
    setZValue(25);
}

void ExpandedSquareItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    BoardRenderer::paintExpandedCard(painter, m_card);
}

EdgeButtonItem::EdgeButtonItem(bool addsFile) : m_addsFile(addsFile)
{
    setZValue(40);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setToolTip(addsFile ? QObject::tr("Add a department (a file of the board)")
                        : QObject::tr("Add a level (a rank of the board)"));
}

void EdgeButtonItem::setRect(const QRectF &rect)
{
    prepareGeometryChange();
    m_rect = rect;
}

void EdgeButtonItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor ink = BoardStyle::selectionColour();
    QColor fill = ink;
    fill.setAlpha(m_hovered ? 70 : 24);
    painter->setPen(QPen(ink, 1.5));
    painter->setBrush(fill);
    const QRectF box = m_rect.adjusted(1, 1, -1, -1);
    painter->drawRoundedRect(box, 6, 6);
    painter->setPen(QPen(ink, 2.5, Qt::SolidLine, Qt::RoundCap));
    const QPointF c = box.center();
    const qreal arm = box.width() * 0.25;
    painter->drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()));
    painter->drawLine(QPointF(c.x(), c.y() - arm), QPointF(c.x(), c.y() + arm));
}

void EdgeButtonItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void EdgeButtonItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

} // namespace Kingside
