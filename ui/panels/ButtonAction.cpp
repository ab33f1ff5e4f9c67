#include "ButtonAction.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QPointer>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>

namespace Kingside::ButtonAction {

namespace {

constexpr auto actionProperty = "kingsideMenuAction";
constexpr auto formProperty = "kingsideFormButton";

// Keeps the command enabled exactly while its button is (the button's own state and its
// parents'), without the panels knowing about menus.
class EnabledFollower : public QObject
{
public:
    EnabledFollower(QAbstractButton *button, QAction *action)
        : QObject(action), m_button(button), m_action(action)
    {
        button->installEventFilter(this);
        action->setEnabled(button->isEnabled());
    }

    // The filter also sees the button's last events while it is being destroyed, when it is
    // no longer a QAbstractButton: the type is checked first and the pointer is compared as
    // a QObject, never cast.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::EnabledChange || !m_button || watched != m_button.data())
            return false;
        if (auto *button = qobject_cast<QAbstractButton *>(watched))
            m_action->setEnabled(button->isEnabled());
        return false;
    }

private:
    QPointer<QObject> m_button;
    QAction *m_action;
};

} // namespace

void reveal(QWidget *widget)
{
    for (QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        QWidget *parent = w->parentWidget();
        if (auto *stack = qobject_cast<QStackedWidget *>(parent)) {
            if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
                tabs->setCurrentWidget(w);
        }
    }
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->ensureWidgetVisible(widget);
            break;
        }
    }
}

QAction *mirror(QAbstractButton *button, const QString &text, const QString &objectName,
                const QString &tip, QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setStatusTip(tip);
    action->setToolTip(tip);
    QPointer<QAbstractButton> target(button);
    QObject::connect(action, &QAction::triggered, button, [target] {
        if (!target || !target->isEnabled())
            return;
        reveal(target);
        target->click();
    });
    new EnabledFollower(button, action);
    link(button, action);
    return action;
}

void link(QAbstractButton *button, QAction *action)
{
    button->setProperty(actionProperty, QVariant::fromValue<QObject *>(action));
}

void markFormButton(QAbstractButton *button)
{
    button->setProperty(formProperty, true);
}

QAction *actionOf(const QAbstractButton *button)
{
    return qobject_cast<QAction *>(button->property(actionProperty).value<QObject *>());
}

bool isFormButton(const QAbstractButton *button)
{
    return button->property(formProperty).toBool();
}

} // namespace Kingside::ButtonAction
