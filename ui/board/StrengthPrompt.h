#pragma once

#include "domain/Enums.h"

#include <QFrame>

class QComboBox;
class QLabel;

namespace Kingside {

// Asks, right where a connect drag ended, how strong the new relationship is (and, between
// client people, what kind it is). Enter or a number key 1–5 confirms, Escape cancels.
class StrengthPrompt : public QFrame
{
    Q_OBJECT

public:
    explicit StrengthPrompt(QWidget *parent);

    void ask(qint64 fromId, qint64 toId, const QString &text, bool clientPair, const QPoint &at);
    qint64 fromId() const { return m_from; }
    qint64 toId() const { return m_to; }
    QComboBox *kindBox() const { return m_kind; }
    void choose(int strength);

signals:
    void chosen(qint64 fromId, qint64 toId, Kingside::RelationshipKind kind, int strength);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_label;
    QComboBox *m_kind;
    qint64 m_from = 0;
    qint64 m_to = 0;
};

} // namespace Kingside
