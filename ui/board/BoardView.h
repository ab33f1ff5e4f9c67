#pragma once

#include "BoardScene.h"

#include <QGraphicsView>

class QLabel;
class QTimer;

namespace Kingside {

class StrengthPrompt;

// The board on screen: zoom (wheel, pinch, keys, fit), pan, inline messages where the
// user is looking and the inline strength prompt after a connect drag. Tab and Shift+Tab
// leave it like any other widget; assistive technology sees its people (BoardAccessible).
class BoardView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit BoardView(BoardScene *scene, QWidget *parent = nullptr);

    BoardScene *boardScene() const { return m_scene; }
    qreal zoom() const;
    void setZoom(qreal zoom, const QPointF &anchorScenePos = {});
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    bool fitsBoard() const { return m_fit; }
    // Centre and highlight a person (search).
    void centreOnPerson(qint64 personId);

    // A short message near a point of the scene; it fades after a few seconds.
    void showMessage(const QString &text, const QPointF &scenePos);
    QString message() const;
    bool messageVisible() const;
    StrengthPrompt *strengthPrompt() const { return m_prompt; }
    // Whether the board and line layers are cached for a viewport of this many device
    // pixels: cached layers take about six viewports of memory, so on very large
    // screens they are drawn directly instead.
    static bool cachesLayersFor(const QSize &devicePixels);

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void announceSelection();
    void keepSelectionInView();
    void promptConnection(qint64 fromId, qint64 toId, const QPointF &scenePos);
    void scaleChanged();
    void adaptCaching();

    BoardScene *m_scene;
    StrengthPrompt *m_prompt;
    QLabel *m_message;
    QTimer *m_messageTimer;
    bool m_fit = true;
    bool m_middlePanning = false;
    QPoint m_lastPan;
};

} // namespace Kingside
