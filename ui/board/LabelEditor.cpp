#include "LabelEditor.h"

#include <QGraphicsView>
#include <QKeyEvent>

namespace Kingside {

LabelEditor::LabelEditor(QGraphicsView *view) : QLineEdit(view->viewport()), m_view(view)
{
    setObjectName(QStringLiteral("boardLabelEditor"));
    setAccessibleName(tr("Name of the department or level"));
    setAccessibleDescription(tr("Enter keeps the name, Escape leaves it as it was"));
    hide();
    connect(this, &QLineEdit::returnPressed, this, &LabelEditor::commitText);
}

void LabelEditor::open(const QRectF &sceneRect, const QString &text, const QString &placeholder,
                       Commit commit)
{
    m_commit = std::move(commit);
    QRect rect = m_view->mapFromScene(sceneRect).boundingRect();
    // Wide and tall enough to type in, whatever the zoom.
    rect.setWidth(qMax(rect.width(), 180));
    rect.setHeight(qMax(qMin(rect.height(), 34), 28));
    rect.moveLeft(qBound(0, rect.left(), qMax(0, m_view->viewport()->width() - rect.width())));
    rect.moveTop(qBound(0, rect.top(), qMax(0, m_view->viewport()->height() - rect.height())));
    setGeometry(rect);
    setText(text);
    setPlaceholderText(placeholder);
    selectAll();
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
}

void LabelEditor::cancel()
{
    m_commit = nullptr;
    hide();
    m_view->setFocus();
}

void LabelEditor::commitText()
{
    if (!m_commit)
        return;
    // A refused name keeps the editor open with the text, so it can be corrected; the
    // board says why next to it.
    if (m_commit(text()))
        cancel();
}

void LabelEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void LabelEditor::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Clicking elsewhere leaves things as they were (only Enter writes), but not when the
    // focus went to a popup such as the input method's.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        cancel();
}

} // namespace Kingside
