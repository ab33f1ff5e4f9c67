// Every action of the main window, walked (README "Working with the board", "Desktop
// behaviour"): no key sequence is given to two actions that can be active at once (Qt then
// runs neither and logs "Ambiguous shortcut overload", as Redo once did); every command of a
// panel's buttons and tools is also in the menu bar, every panel has its View toggle; and
// every action a user can reach in a menu says what it does in the status bar.
#include "board/BoardScene.h"
#include "board/BoardWidget.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RecentWorkspaces.h"
#include "panels/ButtonAction.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QCalendarWidget>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

using namespace Kingside;

class TestShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noKeyIsGivenTwice();
    void everyMenuActionHasAHint();
    void everyPanelCommandIsInTheMenuBar();
    void everyPanelCanBeShownFromView();
    void menuCommandsDoWhatTheirButtonsDo();
};

namespace {

// Every action the menu bar leads to, through any depth of submenus.
QSet<QAction *> menuBarActions(MainWindow &window)
{
    QSet<QAction *> found;
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            found.insert(action);
            if (action->menu())
                walk(action->menu());
        }
    };
    for (QAction *top : window.menuBar()->actions())
        if (top->menu())
            walk(top->menu());
    return found;
}

// Qt's own buttons inside other widgets (tab scrollers, a dock's title, a line edit's
// clear button, a calendar's arrows) are not the window's commands.
bool partOfAQtWidget(const QAbstractButton *button)
{
    if (button->metaObject() != &QPushButton::staticMetaObject &&
        button->metaObject() != &QToolButton::staticMetaObject)
        return true;
    for (const QWidget *w = button->parentWidget(); w; w = w->parentWidget())
        if (qobject_cast<const QTabBar *>(w) || qobject_cast<const QLineEdit *>(w) ||
            qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QCalendarWidget *>(w) ||
            qobject_cast<const QMenuBar *>(w))
            return true;
    return button->objectName().startsWith(QLatin1String("qt_"));
}

} // namespace

void TestShortcuts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QFile::remove(RecentWorkspaces::demoPath());
}

void TestShortcuts::noKeyIsGivenTwice()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemoWorkspace());
    // Actions with a window-wide or application-wide shortcut compete with each other;
    // a widget's own shortcut (Qt::WidgetShortcut) only works while it has the focus.
    QHash<QString, QStringList> owners;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        const QString name = action->objectName().isEmpty() ? action->text() : action->objectName();
        for (const QKeySequence &key : action->shortcuts()) {
            if (!key.isEmpty())
                owners[key.toString(QKeySequence::PortableText)].append(name);
        }
    }
    QVERIFY(owners.size() > 10); // the walk found the window's shortcuts
    QStringList twice;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            twice.append(QStringLiteral("%1: %2").arg(it.key(), it.value().join(u", ")));
    }
    QVERIFY2(twice.isEmpty(), qPrintable(twice.join(u"; ")));
    // Redo answers both of its usual keys on Linux.
    QVERIFY(owners.contains(QStringLiteral("Ctrl+Shift+Z")));
}

void TestShortcuts::everyMenuActionHasAHint()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemoWorkspace());
    QStringList silent;
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            if (action->menu()) {
                walk(action->menu());
                continue;
            }
            // The recent files name themselves; every command says what it does.
            if (menu->objectName() == QLatin1String("menuRecent"))
                continue;
            if (action->statusTip().isEmpty())
                silent.append(menu->title().remove(u'&') + QStringLiteral(" → ") +
                              action->text().remove(u'&'));
        }
    };
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu())
            walk(top->menu());
    }
    QVERIFY2(silent.isEmpty(), qPrintable(silent.join(u"; ")));
    // Every command with a key names it in its tooltip, the board's tools too.
    QStringList keyless;
    for (QAction *action : menuBarActions(window)) {
        if (action->menu() || action->isSeparator() || action->shortcut().isEmpty())
            continue;
        if (!action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)))
            keyless.append(action->objectName() + QStringLiteral(": ") + action->toolTip());
    }
    QVERIFY2(keyless.isEmpty(), qPrintable(keyless.join(u"; ")));
    // The panels' own buttons explain themselves beyond their label.
    for (const QString &name : {QStringLiteral("toolSelect"), QStringLiteral("toolWall"),
                                QStringLiteral("filterClear")}) {
        auto *button = window.findChild<QAbstractButton *>(name);
        QVERIFY2(button && !button->toolTip().isEmpty() &&
                     button->toolTip() != button->text().remove(u'&'),
                 qPrintable(name));
    }
    // A command's tooltip gives its key.
    auto *open = window.findChild<QAction *>(QStringLiteral("actionOpen"));
    QVERIFY(open);
    QVERIFY2(open->toolTip().contains(open->shortcut().toString(QKeySequence::NativeText)),
             qPrintable(open->toolTip()));
}

void TestShortcuts::everyPanelCommandIsInTheMenuBar()
{
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemoWorkspace());
    window.startTour(); // its buttons are the window's too
    const QSet<QAction *> inMenus = menuBarActions(window);
    // Every action a panel's tool button carries (the board's tools) is in a menu.
    QStringList missing;
    int tools = 0;
    for (QToolButton *button : window.findChildren<QToolButton *>()) {
        if (partOfAQtWidget(button))
            continue;
        if (QAction *action = button->defaultAction()) {
            ++tools;
            if (!inMenus.contains(action))
                missing.append(button->objectName() + QStringLiteral(" (") + action->text() +
                               QLatin1Char(')'));
        }
    }
    QVERIFY2(tools >= 4, qPrintable(QString::number(tools))); // Select, Connect, Wall, Pan
    // Every other button does what a menu command does, or only submits the fields
    // beside it (Apply, Add person, Record agreement).
    int commands = 0;
    int forms = 0;
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (partOfAQtWidget(button))
            continue;
        auto *tool = qobject_cast<QToolButton *>(button);
        if (tool && tool->defaultAction())
            continue;
        if (ButtonAction::isFormButton(button)) {
            ++forms;
            continue;
        }
        QAction *action = ButtonAction::actionOf(button);
        if (action && inMenus.contains(action)) {
            ++commands;
            continue;
        }
        missing.append(button->objectName() + QStringLiteral(" “") + button->text() +
                       QStringLiteral("”"));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in the menu bar: ") + missing.join(u"; ")));
    // The walk saw the panels' buttons: the plan's, the portfolio's, the welcome page's,
    // the tables' and the inspector's.
    QVERIFY2(commands >= 15, qPrintable(QString::number(commands)));
    QVERIFY2(forms >= 5, qPrintable(QString::number(forms)));
    // The board's tools are in the Board menu by name.
    auto *board = window.findChild<QMenu *>(QStringLiteral("menuBoard"));
    QVERIFY(board);
    for (const QString &name :
         {QStringLiteral("actionSelectTool"), QStringLiteral("actionConnectTool"),
          QStringLiteral("actionWallTool"), QStringLiteral("actionPanTool"),
          QStringLiteral("actionAddPerson"), QStringLiteral("actionAddDepartment"),
          QStringLiteral("actionAddLevel"), QStringLiteral("actionFindPerson"),
          QStringLiteral("actionClearFilters")})
        QVERIFY2(board->actions().contains(window.findChild<QAction *>(name)), qPrintable(name));
}

void TestShortcuts::everyPanelCanBeShownFromView()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemoWorkspace());
    auto *view = window.findChild<QMenu *>(QStringLiteral("menuView"));
    QVERIFY(view);
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    QVERIFY(docks.size() >= 2);
    for (QDockWidget *dock : docks) {
        QAction *toggle = dock->toggleViewAction();
        QVERIFY2(view->actions().contains(toggle), qPrintable(dock->objectName()));
        QVERIFY(!toggle->statusTip().isEmpty());
        dock->close();
        QVERIFY(!dock->isVisible());
        toggle->trigger();
        QVERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
        toggle->trigger();
        QVERIFY(!dock->isVisible());
        toggle->trigger();
    }
}

void TestShortcuts::menuCommandsDoWhatTheirButtonsDo()
{
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemoWorkspace());
    // A board tool from the menu: the tool is chosen, its button shows it, the board shows.
    QCOMPARE(window.accountTabs()->currentIndex(), 0); // the portfolio
    auto *wall = window.findChild<QAction *>(QStringLiteral("actionWallTool"));
    QVERIFY(wall);
    wall->trigger();
    QCOMPARE(window.board()->scene()->tool(), BoardScene::Tool::Wall);
    QVERIFY(window.board()->findChild<QToolButton *>(QStringLiteral("toolWall"))->isChecked());
    QCOMPARE(window.accountTabs()->currentWidget(), window.board());
    // Its button chooses the same action.
    window.board()->findChild<QToolButton *>(QStringLiteral("toolSelect"))->click();
    QCOMPARE(window.board()->scene()->tool(), BoardScene::Tool::Select);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionSelectTool"))->isChecked());

    // Plan → Add Objective clicks the plan's button: the plan shows, with one more objective.
    auto *objectives = window.findChild<QTableWidget *>(QStringLiteral("objectivesTable"));
    QVERIFY(objectives);
    const int before = objectives->rowCount();
    auto *add = window.findChild<QAction *>(QStringLiteral("actionAddObjective"));
    QVERIFY(add && add->isEnabled());
    add->trigger();
    QTRY_COMPARE(objectives->rowCount(), before + 1);
    QVERIFY(objectives->isVisible());
    // The command follows its button: off while the button is.
    auto *button = window.findChild<QAbstractButton *>(QStringLiteral("addObjectiveButton"));
    button->setEnabled(false);
    QVERIFY(!add->isEnabled());
    add->trigger();
    QCOMPARE(objectives->rowCount(), before + 1);
    button->setEnabled(true);
    QVERIFY(add->isEnabled());
}

QTEST_MAIN(TestShortcuts)
#include "TestShortcuts.moc"
