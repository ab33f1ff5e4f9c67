#pragma once

#include <QString>

class QAbstractButton;
class QAction;
class QObject;
class QWidget;

namespace Kingside {

// A panel's button and the menu command that does the same (README "Desktop behaviour"):
// every command a button offers can also be found in the menu bar.
namespace ButtonAction {

// A new menu command for `button`: triggering it shows the button's tab and clicks it,
// and it is enabled while the button is. `tip` goes to the status bar and the tooltip.
QAction *mirror(QAbstractButton *button, const QString &text, const QString &objectName,
                const QString &tip, QObject *parent);
// `button` does what the existing menu command `action` does.
void link(QAbstractButton *button, QAction *action);
// `button` only submits the fields beside it (Apply, Add, Record): no menu command, as the
// fields it submits are in the panel anyway.
void markFormButton(QAbstractButton *button);

QAction *actionOf(const QAbstractButton *button);
bool isFormButton(const QAbstractButton *button);
// Brings `widget` into sight: the tabs it sits in become current, scroll areas scroll to it.
void reveal(QWidget *widget);

} // namespace ButtonAction
} // namespace Kingside
