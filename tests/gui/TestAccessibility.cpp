// The window as assistive technology meets it (README "Accessibility"): every widget one
// can reach or use says what it is, the board exposes its people and their lines, the
// board's keyboard focus is announced, and the traffic lights are words.
#include "board/BoardAccessible.h"
#include "board/BoardScene.h"
#include "board/BoardView.h"
#include "board/BoardWidget.h"
#include "demo/DemoBuilder.h"
#include "dialogs/AccountPropertiesDialog.h"
#include "dialogs/ActivityDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/NewAccountDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RecentWorkspaces.h"
#include "planning/PlanningEnums.h"
#include "planning/ReviewDialog.h"
#include "portfolio/CriteriaDialog.h"
#include "portfolio/TierSchemeDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeWidget>
#include <QtTest>

using namespace Kingside;

namespace {

// Parts Qt composes and names itself: the line edit of a spin box or combo box, a tab
// bar's scroll buttons, the handles of scroll bars and headers, a line edit's clear
// button, a table's corner button (cell widgets stand in the viewport, and count).
bool insideComposite(const QWidget *widget)
{
    if (qobject_cast<const QLineEdit *>(widget->parentWidget()) ||
        qobject_cast<const QAbstractItemView *>(widget->parentWidget()))
        return true;
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) ||
            qobject_cast<const QTabBar *>(p) || qobject_cast<const QScrollBar *>(p) ||
            qobject_cast<const QHeaderView *>(p))
            return true;
    return false;
}

bool isViewport(const QWidget *widget)
{
    const auto *area = qobject_cast<const QAbstractScrollArea *>(widget->parentWidget());
    return area && area->viewport() == widget;
}

// What a user reaches with Tab or works with the mouse.
bool interactive(const QWidget *widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")) || insideComposite(widget) ||
        isViewport(widget) || qobject_cast<const QScrollBar *>(widget) ||
        qobject_cast<const QHeaderView *>(widget) || qobject_cast<const QTabBar *>(widget) ||
        qobject_cast<const QMenu *>(widget) || qobject_cast<const QLabel *>(widget))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QTabWidget *>(widget) || qobject_cast<const QDockWidget *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QAbstractSlider *>(widget) ||
           qobject_cast<const QGraphicsView *>(widget) || widget->focusPolicy() != Qt::NoFocus;
}

// Widgets whose purpose a name alone does not tell: views, read-only text panels, tabs
// and Kingside's own widgets also need a description (a dock's title is all Qt says of it).
bool needsDescription(const QWidget *widget)
{
    return qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QGraphicsView *>(widget) ||
           qobject_cast<const QTextBrowser *>(widget) || qobject_cast<const QTabWidget *>(widget) ||
           (QLatin1String(widget->metaObject()->className())
                .startsWith(QLatin1String("Kingside::")) &&
            widget->focusPolicy() != Qt::NoFocus);
}

// The name assistive technology reads. A combo box on Linux reports its current value as
// its name: that does not count, its label (a buddy, a group box) or its own name does.
QString nameOf(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface)
        return {};
    QString name = iface->text(QAccessible::Name).trimmed();
    if (widget->accessibleName().isEmpty() && !name.isEmpty() &&
        (name == iface->text(QAccessible::Value).trimmed() ||
         (qobject_cast<QComboBox *>(widget) &&
          name == static_cast<QComboBox *>(widget)->currentText())))
        name.clear();
    if (name.isEmpty())
        for (const auto &relation : iface->relations(QAccessible::Label))
            if (relation.first && !relation.first->text(QAccessible::Name).trimmed().isEmpty())
                return relation.first->text(QAccessible::Name).trimmed();
    return name;
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 (%2, in %3)")
        .arg(widget->objectName().isEmpty() ? QStringLiteral("unnamed object")
                                            : widget->objectName(),
             QLatin1String(widget->metaObject()->className()),
             widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
}

// Every interactive widget of a window without an accessible name, or without a
// description where one is needed.
QStringList unnamed(QWidget *root)
{
    QStringList missing;
    int checked = 0;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (widget->window() != root->window() || !interactive(widget))
            continue;
        ++checked;
        if (nameOf(widget).isEmpty())
            missing.append(QStringLiteral("no name: ") + describe(widget));
        else if (needsDescription(widget) && QAccessible::queryAccessibleInterface(widget)
                                                 ->text(QAccessible::Description)
                                                 .trimmed()
                                                 .isEmpty())
            missing.append(QStringLiteral("no description: ") + describe(widget));
    }
    if (checked < 3)
        missing.append(
            QStringLiteral("only %1 widgets found in %2").arg(checked).arg(describe(root)));
    return missing;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyWidgetOfTheWindowHasAName();
    void everyDialogWidgetHasAName();
    void theBoardExposesItsPeopleAndLines();
    void theBoardsFocusIsAnnounced();
    void trafficLightsAreWords();

private:
    void openDemo(MainWindow &window);
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(RecentWorkspaces::demoPath());
}

void TestAccessibility::init()
{
    QSettings().clear();
}

void TestAccessibility::openDemo(MainWindow &window)
{
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemoWorkspace());
    // The demo opens on its largest account.
    QCOMPARE(window.board()->scene()->data().account.name, DemoBuilder::largestAccountName());
    window.accountTabs()->setCurrentWidget(window.board());
    QCoreApplication::processEvents();
}

void TestAccessibility::everyWidgetOfTheWindowHasAName()
{
    MainWindow window;
    openDemo(window);
    // Every tab once shown, so that views built on first show exist.
    for (int i = 0; i < window.accountTabs()->count(); ++i) {
        window.accountTabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
    }
    window.accountTabs()->setCurrentWidget(window.board());
    const QStringList missing = unnamed(&window);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestAccessibility::everyDialogWidgetHasAName()
{
    MainWindow window;
    openDemo(window);
    Workspace *workspace = window.workspace();
    const qint64 account = window.currentAccountId();
    QVERIFY(account > 0);
    QStringList missing;
    {
        NewAccountDialog dialog(workspace, &window);
        missing += unnamed(&dialog);
    }
    {
        ImportDialog dialog(workspace, account, &window);
        missing += unnamed(&dialog);
    }
    {
        AccountPropertiesDialog dialog(workspace, account, &window);
        missing += unnamed(&dialog);
    }
    {
        ActivityDialog dialog(workspace, account, &window);
        missing += unnamed(&dialog);
    }
    {
        ReviewDialog dialog(workspace, account, QDate::currentDate(), &window);
        missing += unnamed(&dialog);
    }
    {
        CriteriaDialog dialog(workspace, &window);
        missing += unnamed(&dialog);
    }
    {
        TierSchemeDialog dialog(workspace, &window);
        missing += unnamed(&dialog);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestAccessibility::theBoardExposesItsPeopleAndLines()
{
    MainWindow window;
    openDemo(window);
    BoardScene *scene = window.board()->scene();
    BoardView *view = window.board()->view();
    QAccessibleInterface *board = QAccessible::queryAccessibleInterface(view);
    QVERIFY(board);
    QVERIFY(dynamic_cast<BoardAccessible *>(board));
    QVERIFY(board->text(QAccessible::Name).contains(scene->data().account.name));
    QVERIFY(!board->text(QAccessible::Description).isEmpty());

    // One child per person: the client pieces and our team on the rail.
    const int people = int(scene->data().clients.size() + scene->data().team.size());
    QVERIFY(people > 20);
    QCOMPARE(board->childCount(), people);
    QSet<QString> names;
    for (int i = 0; i < board->childCount(); ++i) {
        QAccessibleInterface *child = board->child(i);
        QVERIFY(child && child->isValid());
        QCOMPARE(child->role(), QAccessible::TreeItem);
        QCOMPARE(child->parent(), board);
        QCOMPARE(board->indexOfChild(child), i);
        names.insert(child->text(QAccessible::Name));
    }
    QCOMPARE(names.size(), people); // each says who it is

    // A known person of the demo, in words: who, piece, attitude, where.
    qint64 lars = 0;
    for (const Person &person : scene->data().clients)
        if (person.name == QLatin1String("Lars Eriksen"))
            lars = person.id;
    QVERIFY(lars > 0);
    auto *boardInterface = dynamic_cast<BoardAccessible *>(board);
    QAccessibleInterface *piece = boardInterface->personInterface(lars);
    QVERIFY(piece);
    QCOMPARE(piece->text(QAccessible::Name),
             QStringLiteral("Lars Eriksen, Chief Operating Officer — Queen, Champion, "
                            "department Operations, level Executive"));
    QVERIFY(piece->text(QAccessible::Description).contains(QLatin1String("Power influencer")));
    QVERIFY(!piece->rect().isEmpty());
    QVERIFY(piece->actionInterface());
    // Their lines: who to whom, strength and freshness.
    int lines = 0;
    for (const Relationship &r : scene->data().relationships)
        lines += r.fromId == lars || r.toId == lars;
    QVERIFY(lines > 0);
    QCOMPARE(piece->childCount(), lines);
    for (int i = 0; i < piece->childCount(); ++i) {
        const QString line = piece->child(i)->text(QAccessible::Name);
        QVERIFY2(
            line.contains(QLatin1String("Lars Eriksen")) &&
                line.contains(QLatin1String("strength")) &&
                (line.contains(QLatin1String("fresh")) || line.contains(QLatin1String("ageing")) ||
                 line.contains(QLatin1String("cold")) || line.contains(QLatin1String("never met"))),
            qPrintable(line));
        QCOMPARE(piece->child(i)->parent(), piece);
    }

    // Pressing the piece (a screen reader's "activate") selects the person.
    piece->actionInterface()->doAction(QAccessibleActionInterface::setFocusAction());
    QCOMPARE(scene->selectedPersonId(), lars);
    QVERIFY(piece->state().selected);
}

// Qt sends accessibility events only while assistive technology listens (never on the
// offscreen platform), so this checks what a screen reader asks on each of them: the
// board's focused child, which follows the keyboard.
void TestAccessibility::theBoardsFocusIsAnnounced()
{
    MainWindow window;
    openDemo(window);
    BoardScene *scene = window.board()->scene();
    BoardView *view = window.board()->view();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QAccessibleInterface *board = QAccessible::queryAccessibleInterface(view);
    scene->clearSelection();
    QVERIFY(!board->focusChild());
    // The keyboard goes to the first square, then right until someone stands there.
    QTest::keyClick(view, Qt::Key_Down);
    qint64 selected = scene->selectedPersonId();
    for (int i = 0; i < scene->layout().files() && selected == 0; ++i) {
        QTest::keyClick(view, Qt::Key_Right);
        selected = scene->selectedPersonId();
    }
    QVERIFY(selected > 0);
    QAccessibleInterface *focused = board->focusChild();
    QVERIFY(focused);
    QVERIFY(focused->state().focused);
    QVERIFY(focused->state().selected);
    QVERIFY(focused->text(QAccessible::Name).startsWith(scene->data().person(selected)->name));
    QCOMPARE(board->indexOfChild(focused),
             int(dynamic_cast<BoardAccessible *>(board)->order().indexOf(selected)));
    // Page Down: the next person of the square is focused, and the first is not any more.
    if (scene->layout().peopleOn(scene->currentSquare()).size() > 1) {
        QTest::keyClick(view, Qt::Key_PageDown);
        QAccessibleInterface *next = board->focusChild();
        QVERIFY(next && next != focused);
        QVERIFY(next->state().focused);
        QVERIFY(!focused->state().focused);
    }
    // Without the focus, nobody on the board is focused (the selection stays).
    window.accountTabs()->tabBar()->setFocus();
    QTRY_VERIFY(!view->hasFocus());
    QVERIFY(!board->focusChild());
    QVERIFY(scene->selectedPersonId() > 0);
}

void TestAccessibility::trafficLightsAreWords()
{
    MainWindow window;
    openDemo(window);
    QStringList words;
    for (const TrafficLight light : allPlanningValues<TrafficLight>())
        words.append(displayName(light));
    // The plan's objectives: each light a combo box showing its word.
    const QList<QComboBox *> lights =
        window.findChildren<QComboBox *>(QStringLiteral("objectiveLight"));
    QVERIFY(!lights.isEmpty());
    for (QComboBox *light : lights)
        QVERIFY2(words.contains(light->currentText()), qPrintable(light->currentText()));
    // The recorded reviews: a word in each light's cell, its colour only behind it.
    auto *reviews = window.findChild<QTreeWidget *>(QStringLiteral("reviewsTree"));
    QVERIFY(reviews);
    int cells = 0;
    for (int row = 0; row < reviews->topLevelItemCount(); ++row)
        for (int column = 3; column < reviews->columnCount(); ++column) {
            QTreeWidgetItem *item = reviews->topLevelItem(row);
            if (item->background(column).style() != Qt::NoBrush) {
                QVERIFY2(words.contains(item->text(column)), qPrintable(item->text(column)));
                ++cells;
            }
        }
    QVERIFY(cells > 0);
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
