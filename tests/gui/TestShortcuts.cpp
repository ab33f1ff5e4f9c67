// Every action of the main window, walked (README "Working with the board"): no key
// sequence is given to two actions that can be active at once (Qt then runs neither and
// logs "Ambiguous shortcut overload", as Redo once did), and every action a user can
// reach in a menu says what it does in the status bar.
#include "mainwindow/MainWindow.h"
#include "mainwindow/RecentWorkspaces.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Kingside;

class TestShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noKeyIsGivenTwice();
    void everyMenuActionHasAHint();
};

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
    // A command's tooltip gives its key.
    auto *open = window.findChild<QAction *>(QStringLiteral("actionOpen"));
    QVERIFY(open);
    QVERIFY2(open->toolTip().contains(open->shortcut().toString(QKeySequence::NativeText)),
             qPrintable(open->toolTip()));
}

QTEST_MAIN(TestShortcuts)
#include "TestShortcuts.moc"
