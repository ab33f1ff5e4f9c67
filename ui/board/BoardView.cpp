#include "BoardView.h"

#include "BoardAccessible.h"
#include "BoardStyle.h"
#include "StrengthPrompt.h"

#include <QAccessible>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QPixmapCache>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

namespace Kingside {
namespace {

constexpr qreal MinZoom = 0.08;
constexpr qreal MaxZoom = 6.0;
constexpr qreal Step = 1.25;

} // namespace

BoardView::BoardView(BoardScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene), m_prompt(new StrengthPrompt(viewport())),
      m_message(new QLabel(viewport())), m_messageTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("boardView"));
    BoardAccessible::install();
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    // A selection repaints its two marked squares and pieces, which may be far apart:
    // the exact region costs far less than the rectangle around them.
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setBackgroundBrush(BoardStyle::sceneBackground());
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->grabGesture(Qt::PinchGesture);

    m_message->setObjectName(QStringLiteral("boardMessage"));
    m_message->setWordWrap(true);
    m_message->setMaximumWidth(380);
    m_message->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4f2; color: #7a1010; border: 2px solid #c0101a; "
                       "border-radius: 6px; padding: 6px 8px; }"));
    m_message->hide();
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(7000);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QWidget::hide);

    connect(scene, &BoardScene::refused, this, &BoardView::showMessage);
    connect(scene, &BoardScene::notice, this, &BoardView::showMessage);
    connect(scene, &BoardScene::connectionRequested, this, &BoardView::promptConnection);
    connect(m_prompt, &StrengthPrompt::chosen, this,
            [this](qint64 from, qint64 to, RelationshipKind kind, int strength) {
                const QPointF at = m_scene->sceneCentreOf(to);
                m_scene->connectPeople(from, to, kind, strength, at);
                setFocus();
            });
    connect(scene, &BoardScene::toolChanged, this, [this](BoardScene::Tool tool) {
        setDragMode(tool == BoardScene::Tool::Pan ? QGraphicsView::ScrollHandDrag
                                                  : QGraphicsView::NoDrag);
        viewport()->setCursor(tool == BoardScene::Tool::Connect ? Qt::CrossCursor
                              : tool == BoardScene::Tool::Wall  ? Qt::SplitHCursor
                              : tool == BoardScene::Tool::Pan   ? Qt::OpenHandCursor
                                                                : Qt::ArrowCursor);
    });
    connect(scene, &BoardScene::synced, this, [this] {
        if (m_fit)
            zoomToFit();
        auto *board =
            QAccessible::isActive()
                ? dynamic_cast<BoardAccessible *>(QAccessible::queryAccessibleInterface(this))
                : nullptr;
        if (board) {
            board->prune();
            QAccessibleEvent reorder(this, QAccessible::ObjectReorder);
            QAccessible::updateAccessibility(&reorder);
            // A piece moved by the keyboard keeps its name up to date (its square is in it).
            if (QAccessibleInterface *child = board->personInterface(m_scene->selectedPersonId())) {
                QAccessibleEvent renamed(child, QAccessible::NameChanged);
                QAccessible::updateAccessibility(&renamed);
            }
        }
    });
    connect(scene, &BoardScene::selectionChanged, this, &BoardView::announceSelection);
}

void BoardView::keyPressEvent(QKeyEvent *event)
{
    QGraphicsView::keyPressEvent(event);
    // The keyboard's moves keep the selected person in view (a click's target already is).
    if (event->isAccepted())
        keepSelectionInView();
}

void BoardView::keepSelectionInView()
{
    if (const qint64 person = m_scene->selectedPersonId())
        ensureVisible(QRectF(m_scene->sceneCentreOf(person) - QPointF(60, 60), QSizeF(120, 120)));
}

void BoardView::announceSelection()
{
    // Keyboard focus on the board is its selected person: assistive technology hears of
    // each move (README "Accessibility").
    if (!QAccessible::isActive())
        return; // nobody listens: no interfaces made for nothing
    auto *board = dynamic_cast<BoardAccessible *>(QAccessible::queryAccessibleInterface(this));
    const qint64 person = m_scene->selectedPersonId();
    QAccessibleInterface *child = board && person > 0 ? board->personInterface(person) : nullptr;
    if (!child)
        return;
    QAccessibleEvent selection(child, QAccessible::Selection);
    QAccessible::updateAccessibility(&selection);
    if (hasFocus()) {
        QAccessibleEvent focus(child, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

void BoardView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    // After the window has announced the board itself taking the focus.
    QTimer::singleShot(0, this, &BoardView::announceSelection);
}

qreal BoardView::zoom() const
{
    return transform().m11();
}

void BoardView::scaleChanged()
{
    m_scene->setViewScale(zoom() * devicePixelRatioF());
    emit zoomChanged(zoom());
}

void BoardView::setZoom(qreal value, const QPointF &anchorScenePos)
{
    // A zoom chosen by the user ends fitting: scroll bars that appear with it (resizing
    // the viewport) or the next edit must not snap the view back to the whole board.
    m_fit = false;
    value = qBound(MinZoom, value, MaxZoom);
    const QPointF anchor =
        anchorScenePos.isNull() ? mapToScene(viewport()->rect().center()) : anchorScenePos;
    const QPoint anchorView = mapFromScene(anchor);
    setTransform(QTransform::fromScale(value, value));
    // Keep the anchor under the same pixel.
    const QPointF moved = mapFromScene(anchor) - anchorView;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(moved.y()));
    scaleChanged();
}

void BoardView::zoomIn()
{
    setZoom(zoom() * Step);
}

void BoardView::zoomOut()
{
    setZoom(zoom() / Step);
}

void BoardView::zoomToFit()
{
    m_fit = true;
    const QRectF content = m_scene->layout().contentRect().adjusted(-16, -16, 16, 16);
    if (content.isEmpty() || viewport()->width() < 10)
        return;
    fitInView(content, Qt::KeepAspectRatio);
    scaleChanged();
}

void BoardView::centreOnPerson(qint64 personId)
{
    const QPointF centre = m_scene->sceneCentreOf(personId);
    if (zoom() < 0.9)
        setZoom(1.0, centre);
    centerOn(centre);
}

void BoardView::showMessage(const QString &text, const QPointF &scenePos)
{
    m_message->setText(text);
    m_message->adjustSize();
    QPoint at = scenePos.isNull() ? QPoint(viewport()->width() / 2 - m_message->width() / 2, 12)
                                  : mapFromScene(scenePos) + QPoint(14, 14);
    at.setX(qBound(0, at.x(), qMax(0, viewport()->width() - m_message->width())));
    at.setY(qBound(0, at.y(), qMax(0, viewport()->height() - m_message->height())));
    m_message->move(at);
    m_message->show();
    m_message->raise();
    m_messageTimer->start();
}

QString BoardView::message() const
{
    return m_message->text();
}

bool BoardView::messageVisible() const
{
    return m_message->isVisible();
}

void BoardView::promptConnection(qint64 fromId, qint64 toId, const QPointF &scenePos)
{
    const Person *from = m_scene->data().person(fromId);
    const Person *to = m_scene->data().person(toId);
    if (!from || !to)
        return;
    const bool clientPair = !from->isTeam() && !to->isTeam();
    m_prompt->ask(fromId, toId, tr("%1 → %2").arg(from->name, to->name), clientPair,
                  mapFromScene(scenePos));
}

void BoardView::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (qFuzzyIsNull(steps)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setZoom(zoom() * std::pow(Step, steps), mapToScene(event->position().toPoint()));
    event->accept();
}

bool BoardView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(zoom() * (1 + gesture->value()), mapToScene(gesture->position().toPoint()));
            return true;
        }
    }
    if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                setZoom(zoom() * pinch->scaleFactor(),
                        mapToScene(mapFromGlobal(pinch->centerPoint().toPoint())));
            }
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

namespace {

// Cached layers take about six viewports of pixels: the board and the lines (up to 1.44
// viewports each, as Qt caches items up to 1.2 times the view whole), the pieces, room
// to spare. At most this much memory goes to them.
constexpr qreal CacheBytesPerPixel = 4 * 6;
constexpr qreal MostCacheBytes = 512.0 * 1024 * 1024;

} // namespace

bool BoardView::cachesLayersFor(const QSize &devicePixels)
{
    return qreal(devicePixels.width()) * devicePixels.height() * CacheBytesPerPixel <=
           MostCacheBytes;
}

void BoardView::adaptCaching()
{
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = viewport()->size() * ratio;
    m_scene->setLayersCached(cachesLayersFor(pixels));
    const qreal bytes = qreal(pixels.width()) * pixels.height() * CacheBytesPerPixel;
    // At least 96 MB: the pieces of a large board stay cached off screen too.
    QPixmapCache::setCacheLimit(qMax(
        QPixmapCache::cacheLimit(), int(qBound(96.0 * 1024 * 1024, bytes, MostCacheBytes) / 1024)));
}

void BoardView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    adaptCaching();
    if (m_fit)
        zoomToFit();
}

void BoardView::mousePressEvent(QMouseEvent *event)
{
    if (m_prompt->isVisible() && !m_prompt->geometry().contains(event->pos()))
        m_prompt->hide();
    if (event->button() == Qt::MiddleButton) {
        m_middlePanning = true;
        m_lastPan = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void BoardView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_middlePanning) {
        const QPoint delta = event->pos() - m_lastPan;
        m_lastPan = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void BoardView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_middlePanning && event->button() == Qt::MiddleButton) {
        m_middlePanning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace Kingside
