#pragma once

#include <QLineEdit>

#include <functional>

class QGraphicsView;

namespace Kingside {

// The line edit that opens over the board's edge to name a new department or level, or
// rename one: Enter writes (and closes when the edit was accepted), Escape or a click
// elsewhere leaves everything as it was.
class LabelEditor : public QLineEdit
{
    Q_OBJECT

public:
    using Commit = std::function<bool(const QString &text)>;

    explicit LabelEditor(QGraphicsView *view);

    void open(const QRectF &sceneRect, const QString &text, const QString &placeholder,
              Commit commit);
    void cancel();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void commitText();

    QGraphicsView *m_view;
    Commit m_commit;
};

} // namespace Kingside
