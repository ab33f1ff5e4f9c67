#include "StrengthPrompt.h"

#include "BoardStyle.h"
#include "panels/ButtonAction.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kingside {

StrengthPrompt::StrengthPrompt(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("strengthPrompt"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(
        QStringLiteral("#strengthPrompt { background: #fffdf6; border: 2px solid #1f6feb; "
                       "border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_label = new QLabel(this);
    layout->addWidget(m_label);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("strengthPromptKind"));
    m_kind->setAccessibleName(tr("Kind of relationship"));
    for (const RelationshipKind kind : allValues<RelationshipKind>()) {
        if (kind != RelationshipKind::Working)
            m_kind->addItem(displayName(kind), int(kind));
    }
    layout->addWidget(m_kind);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Strength:"), this));
    for (int strength = 1; strength <= 5; ++strength) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("strength%1").arg(strength));
        button->setText(QString::number(strength));
        button->setToolTip(tr("%1: %2").arg(strength).arg(BoardStyle::strengthName(strength)));
        button->setAccessibleName(
            tr("Strength %1: %2").arg(strength).arg(BoardStyle::strengthName(strength)));
        connect(button, &QToolButton::clicked, this, [this, strength] { choose(strength); });
        ButtonAction::markFormButton(button); // answers the prompt it stands in
        row->addWidget(button);
    }
    layout->addLayout(row);
    hide();
}

void StrengthPrompt::ask(qint64 fromId, qint64 toId, const QString &text, bool clientPair,
                         const QPoint &at)
{
    m_from = fromId;
    m_to = toId;
    m_label->setText(text);
    m_kind->setVisible(clientPair);
    adjustSize();
    QPoint pos = at + QPoint(12, 12);
    if (parentWidget()) {
        pos.setX(qBound(0, pos.x(), qMax(0, parentWidget()->width() - width())));
        pos.setY(qBound(0, pos.y(), qMax(0, parentWidget()->height() - height())));
    }
    move(pos);
    show();
    raise();
    setFocus();
}

void StrengthPrompt::choose(int strength)
{
    const RelationshipKind kind = m_kind->isVisible()
                                      ? RelationshipKind(m_kind->currentData().toInt())
                                      : RelationshipKind::Working;
    hide();
    emit chosen(m_from, m_to, kind, strength);
}

void StrengthPrompt::keyPressEvent(QKeyEvent *event)
{
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_5) {
        choose(event->key() - Qt::Key_0);
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        choose(3);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (parentWidget())
            parentWidget()->setFocus();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Kingside
