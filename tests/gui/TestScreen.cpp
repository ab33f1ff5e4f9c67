// The window as a user sees it (README "Reading the board"): every part usable at
// 1280×720 and workable at 1024×700, the marks explained by the legend the moment they
// show, Redo on Ctrl+Shift+Z, review mode visible, Find's next match.
//
// Run with KINGSIDE_SCREENSHOTS=DIR (on a real display, e.g. under xvfb-run with
// QT_QPA_PLATFORM=xcb) to keep a picture of the window at each size.
#include "board/BoardLegend.h"
#include "board/BoardScene.h"
#include "board/BoardView.h"
#include "board/BoardWidget.h"
#include "board/LegendWidget.h"
#include "commands/EditPerson.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RecentWorkspaces.h"
#include "panels/FilterBar.h"
#include "panels/InspectorPanel.h"
#include "panels/QuestionsPanel.h"
#include "planning/ComparisonView.h"
#include "planning/PlanView.h"
#include "portfolio/PortfolioMatrixChart.h"
#include "portfolio/PortfolioView.h"
#include "scoring/PortfolioTableModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace Kingside;

namespace {

// Wholly on screen: shown, inside the window and not clipped by a parent.
bool wholly(const QWidget *widget)
{
    if (!widget || !widget->isVisible() || widget->width() <= 0 || widget->height() <= 0)
        return false;
    const QWidget *window = widget->window();
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return window->rect().contains(inWindow) &&
           widget->visibleRegion().boundingRect().size() == widget->size();
}

QString where(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(missing)");
    const QRect inWindow(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
    return QStringLiteral("%1 at %2,%3 %4×%5, visible part %6×%7 of window %8×%9")
        .arg(widget->objectName())
        .arg(inWindow.x())
        .arg(inWindow.y())
        .arg(inWindow.width())
        .arg(inWindow.height())
        .arg(widget->visibleRegion().boundingRect().width())
        .arg(widget->visibleRegion().boundingRect().height())
        .arg(widget->window()->width())
        .arg(widget->window()->height());
}

void keepPicture(QWidget *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("KINGSIDE_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QTest::qWait(300);
    window->grab().save(QDir(folder).filePath(name));
}

} // namespace

class TestScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyPartIsUsableAt_data();
    void everyPartIsUsableAt();
    void layoutIsKeptBetweenRuns();
    void portfolioColumnsAreKeptBetweenRuns();
    void ctrlShiftZRedoes();
    void legendShowsEveryMarkAtOnce();
    void fitViewMarksTheKingAndTheSingleThreaded();
    void questionOneNeverMarksOurTeamInCheck();
    void hoverVeilsAllButThePersonsCircle();
    void introductionPathShowsAtOnce();
    void viewMenuBringsBackClosedPanels();
    void findStepsThroughEveryMatch();
    void reviewModeShowsInTheWindow();
    void whatChangedForgetsTheLastWorkspace();

private:
    // The demo's largest account on the board, in a window of that size.
    void openDemoBoard(MainWindow &window, const QSize &size);
    QTemporaryDir m_dir;
};

void TestScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(RecentWorkspaces::demoPath());
}

void TestScreen::init()
{
    QSettings().clear(); // each test starts from a first run's layout
}

void TestScreen::openDemoBoard(MainWindow &window, const QSize &size)
{
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemoWorkspace());
    window.accountTabs()->setCurrentWidget(window.board());
    auto *questions = window.findChild<QuestionsPanel *>(QStringLiteral("questionsPanel"));
    QVERIFY(questions);
    QTRY_VERIFY(!questions->isBusy() && !questions->answers().isEmpty());
    QCoreApplication::processEvents();
}

void TestScreen::everyPartIsUsableAt_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("minimumBoardWidth");
    QTest::newRow("1280x720 laptop") << QSize(1280, 720) << 500;
    QTest::newRow("1024x700 small") << QSize(1024, 700) << 300;
}

void TestScreen::everyPartIsUsableAt()
{
    QFETCH(QSize, size);
    QFETCH(int, minimumBoardWidth);
    MainWindow window;
    openDemoBoard(window, size);
    if (window.size() != size) {
        // Say what is too wide or too tall.
        for (int i = 0; i < window.accountTabs()->count(); ++i)
            qInfo() << window.accountTabs()->tabText(i)
                    << window.accountTabs()->widget(i)->minimumSizeHint();
        for (QWidget *widget : window.findChildren<QWidget *>())
            if (widget->isVisible() && !widget->objectName().isEmpty() &&
                (widget->minimumSizeHint().width() > size.width() / 3 ||
                 widget->minimumSizeHint().height() > size.height() / 2))
                qInfo() << widget->objectName() << widget->minimumSizeHint()
                        << widget->minimumSize();
    }
    // The window takes the size asked for: nothing inside forces it wider or taller.
    QTRY_COMPARE(window.size(), size);
    QVERIFY2(window.minimumSizeHint().width() <= 1024,
             qPrintable(QStringLiteral("minimum width %1").arg(window.minimumSizeHint().width())));

    // Every dock is shown, with room for what it holds.
    for (const QString &name : {QStringLiteral("accountsDock"), QStringLiteral("questionsDock")}) {
        auto *dock = window.findChild<QDockWidget *>(name);
        QVERIFY2(wholly(dock), qPrintable(where(dock)));
    }
    auto *accounts = window.findChild<QListView *>(QStringLiteral("accountList"));
    QVERIFY(accounts->viewport()->height() >= 4 * accounts->sizeHintForRow(0));
    auto *browser = window.findChild<QTextBrowser *>(QStringLiteral("questionsBrowser"));
    QVERIFY2(browser->height() >= 200, qPrintable(where(browser)));
    // The Questions panel gets more of the column than the four-row account list.
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("questionsDock"))->height() >
            window.findChild<QDockWidget *>(QStringLiteral("accountsDock"))->height());

    // The filter bar, each of its parts and the tools.
    BoardWidget *board = window.board();
    QVERIFY2(wholly(board->filterBar()), qPrintable(where(board->filterBar())));
    for (QWidget *part :
         board->filterBar()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (part->isVisibleTo(board->filterBar()))
            QVERIFY2(wholly(part), qPrintable(where(part)));
    }
    QVERIFY(board->filterBar()->searchEdit()->width() >= 110);
    for (const QString &tool : {QStringLiteral("toolSelect"), QStringLiteral("toolConnect"),
                                QStringLiteral("toolWall"), QStringLiteral("toolPan")})
        QVERIFY2(wholly(board->findChild<QWidget *>(tool)),
                 qPrintable(where(board->findChild<QWidget *>(tool))));
    QVERIFY2(board->view()->width() >= minimumBoardWidth, qPrintable(where(board->view())));

    // The inspector of a selected person: Apply in sight, five relationship rows.
    const qint64 king = [&] {
        for (const Person &person : board->scene()->data().clients)
            if (person.piece() == Piece::King)
                return person.id;
        return qint64(0);
    }();
    QVERIFY(king > 0);
    board->scene()->selectPerson(king);
    QCoreApplication::processEvents();
    auto *apply = board->inspector()->findChild<QPushButton *>(QStringLiteral("inspectorApply"));
    QVERIFY2(wholly(apply), qPrintable(where(apply)));
    auto *relationships =
        board->inspector()->findChild<QListWidget *>(QStringLiteral("inspectorRelationships"));
    QVERIFY(relationships->count() >= 5);
    QVERIFY2(relationships->height() >= 5 * relationships->sizeHintForRow(0),
             qPrintable(where(relationships)));

    // The legend's text stays at least 9 pixels high (7.5 pt at its scale).
    LegendWidget *legend = board->legend();
    const qreal textPixels = 7.5 * legend->logicalDpiY() / 72.0 * legend->scaleFor(legend->width());
    QVERIFY2(textPixels >= 9, qPrintable(QString::number(textPixels)));
    keepPicture(&window, QStringLiteral("window-%1x%2.png").arg(size.width()).arg(size.height()));

    // The portfolio: what is wrong with each account (Health) and its next review are in
    // sight without scrolling sideways, beside a chart that is still a chart.
    window.accountTabs()->setCurrentIndex(0);
    auto *portfolio = window.findChild<PortfolioView *>(QStringLiteral("portfolioView"));
    QVERIFY(portfolio);
    QTRY_VERIFY(portfolio->isVisible());
    QHeaderView *header = portfolio->table()->horizontalHeader();
    const int viewport = portfolio->table()->viewport()->width();
    for (const int column :
         {int(PortfolioTableModel::AccountColumn), int(PortfolioTableModel::TierColumn),
          int(PortfolioTableModel::QuadrantColumn), int(PortfolioTableModel::HealthColumn)}) {
        QTRY_VERIFY2(header->sectionViewportPosition(column) >= 0 &&
                         header->sectionViewportPosition(column) + header->sectionSize(column) <=
                             viewport,
                     qPrintable(QStringLiteral("column %1 at %2 + %3 in %4")
                                    .arg(column)
                                    .arg(header->sectionViewportPosition(column))
                                    .arg(header->sectionSize(column))
                                    .arg(viewport)));
    }
    QVERIFY2(header->sectionSize(PortfolioTableModel::HealthColumn) >= 120,
             qPrintable(QString::number(header->sectionSize(PortfolioTableModel::HealthColumn))));
    QVERIFY2(wholly(portfolio->chart()) && portfolio->chart()->width() >= 240,
             qPrintable(where(portfolio->chart())));
    keepPicture(&window,
                QStringLiteral("portfolio-%1x%2.png").arg(size.width()).arg(size.height()));
}

void TestScreen::layoutIsKeptBetweenRuns()
{
    QByteArray boardLayout;
    {
        MainWindow window;
        openDemoBoard(window, QSize(1280, 720));
        auto *splitter = window.board()->findChild<QSplitter *>(QStringLiteral("boardSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({700, 420});
        QCoreApplication::processEvents();
        boardLayout = window.board()->saveLayout();
        window.close(); // saves the layout
    }
    MainWindow again;
    openDemoBoard(again, QSize(1280, 720));
    auto *splitter = again.board()->findChild<QSplitter *>(QStringLiteral("boardSplitter"));
    QTRY_VERIFY2(qAbs(splitter->sizes().value(1) - 420) <= 2,
                 qPrintable(QString::number(splitter->sizes().value(1))));
}

void TestScreen::portfolioColumnsAreKeptBetweenRuns()
{
    int chartWidth = 0;
    {
        MainWindow window;
        openDemoBoard(window, QSize(1280, 720));
        window.accountTabs()->setCurrentIndex(0);
        auto *portfolio = window.findChild<PortfolioView *>(QStringLiteral("portfolioView"));
        QTRY_VERIFY(portfolio->isVisible());
        auto *split = portfolio->findChild<QSplitter *>(QStringLiteral("portfolioSplitter"));
        QVERIFY(split);
        // A first run gives the table the larger part.
        QVERIFY2(split->sizes().value(0) > split->sizes().value(1),
                 qPrintable(QStringLiteral("%1 : %2")
                                .arg(split->sizes().value(0))
                                .arg(split->sizes().value(1))));
        split->setSizes({500, 560});
        QCoreApplication::processEvents();
        chartWidth = split->sizes().value(1);
        QHeaderView *header = portfolio->table()->horizontalHeader();
        header->setSectionHidden(PortfolioTableModel::MissingColumn, true);
        header->moveSection(header->visualIndex(PortfolioTableModel::StrengthColumn), 1);
        window.close(); // saves the layout
    }
    MainWindow again;
    openDemoBoard(again, QSize(1280, 720));
    again.accountTabs()->setCurrentIndex(0);
    auto *portfolio = again.findChild<PortfolioView *>(QStringLiteral("portfolioView"));
    QTRY_VERIFY(portfolio->isVisible());
    auto *split = portfolio->findChild<QSplitter *>(QStringLiteral("portfolioSplitter"));
    QTRY_VERIFY2(qAbs(split->sizes().value(1) - chartWidth) <= 2,
                 qPrintable(QString::number(split->sizes().value(1))));
    QHeaderView *header = portfolio->table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(PortfolioTableModel::MissingColumn));
    QCOMPARE(header->visualIndex(PortfolioTableModel::StrengthColumn), 1);
}

void TestScreen::ctrlShiftZRedoes()
{
    MainWindow window;
    openDemoBoard(window, QSize(1280, 720));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // No key sequence is given to two actions: Qt would run neither.
    QHash<QKeySequence, QString> owner;
    for (const QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(!owner.contains(key),
                     qPrintable(QStringLiteral("%1 on %2 and %3")
                                    .arg(key.toString(), owner.value(key), action->objectName())));
            owner.insert(key, action->objectName());
        }
    }
    BoardScene *scene = window.board()->scene();
    const Person person = scene->data().clients.first();
    Person edited = person;
    edited.title = QStringLiteral("Chief Redo Officer");
    QUndoStack *stack = window.workspace()->undoStack();
    QVERIFY(window.workspace()->execute(new EditPerson(window.workspace(), edited, "edit")));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scene->data().person(person.id)->title, person.title);
    QVERIFY(stack->canRedo());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!stack->canRedo());
    QCOMPARE(scene->data().person(person.id)->title, edited.title);
}

void TestScreen::legendShowsEveryMarkAtOnce()
{
    MainWindow window;
    openDemoBoard(window, QSize(1280, 720));
    BoardScene *scene = window.board()->scene();
    LegendWidget *legend = window.board()->legend();
    const qint64 someone = scene->data().clients.first().id;
    const QList<HighlightKind> kinds{HighlightKind::Check,
                                     HighlightKind::SingleThreaded,
                                     HighlightKind::IntroductionPath,
                                     HighlightKind::HiddenInfluencer,
                                     HighlightKind::ChangedSinceReview,
                                     HighlightKind::Search,
                                     HighlightKind::Answer};
    QSet<QString> seen;
    for (const HighlightKind kind : kinds) {
        scene->clearHighlights();
        scene->setHighlight({someone}, {}, kind);
        // No event loop in between: the legend follows at once.
        QVERIFY(legend->highlights().contains(kind));
        const QString entry = BoardLegend::markEntry(kind);
        QVERIFY(!entry.isEmpty());
        QVERIFY2(BoardLegend::entries(legend->highlights()).contains(entry), qPrintable(entry));
        seen.insert(entry);
    }
    QCOMPARE(seen.size(), kinds.size()); // each kind its own words
    // A mark cleared leaves the legend with it (unless it stands anyway).
    scene->clearHighlights();
    QVERIFY(!legend->highlights().contains(HighlightKind::Search));
    QVERIFY(!BoardLegend::entries(legend->highlights())
                 .contains(BoardLegend::markEntry(HighlightKind::Search)));
}

void TestScreen::fitViewMarksTheKingAndTheSingleThreaded()
{
    MainWindow window;
    openDemoBoard(window, QSize(1280, 720));
    auto *questions = window.findChild<QuestionsPanel *>(QStringLiteral("questionsPanel"));
    const AccountAnalysis &analysis = questions->analysis();
    QVERIFY(analysis.king.inCheck); // the demo's largest account is built so
    BoardScene *scene = window.board()->scene();
    // No click: the King wears the check mark, the single-threaded pieces their rings.
    QTRY_VERIFY(
        scene->highlights().value(HighlightKind::Check).people.contains(analysis.king.kingId));
    QVERIFY(!analysis.singleThreaded.isEmpty());
    for (const KeyPieceReach &reach : analysis.singleThreaded)
        QVERIFY(scene->highlights()
                    .value(HighlightKind::SingleThreaded)
                    .people.contains(reach.personId));
    keepPicture(&window, QStringLiteral("fit-view.png"));
    // Picking another answer keeps them.
    questions->activate(7);
    QVERIFY(scene->highlights().value(HighlightKind::Check).people.contains(analysis.king.kingId));
    // Client lines are faint at first sight on this dense board.
    QVERIFY(scene->clientLinesFaint());
}

void TestScreen::questionOneNeverMarksOurTeamInCheck()
{
    MainWindow window;
    openDemoBoard(window, QSize(1280, 720));
    auto *questions = window.findChild<QuestionsPanel *>(QStringLiteral("questionsPanel"));
    BoardScene *scene = window.board()->scene();
    questions->activate(1);
    const QSet<qint64> checked = scene->highlights().value(HighlightKind::Check).people;
    QVERIFY(!checked.isEmpty());
    for (const qint64 id : checked)
        QVERIFY2(!scene->data().isTeam(id), "a member of our team is marked in check");
    // Our team's lines to the King are still shown, as the answer's.
    const BoardHighlight answer = scene->highlights().value(HighlightKind::Answer);
    QVERIFY(!answer.relationships.isEmpty());
    for (const qint64 id : answer.people)
        QVERIFY(scene->data().isTeam(id));
}

void TestScreen::hoverVeilsAllButThePersonsCircle()
{
    MainWindow window;
    openDemoBoard(window, QSize(1280, 720));
    BoardScene *scene = window.board()->scene();
    const BoardData &data = scene->data();
    const Relationship &line = data.relationships.first();
    QVERIFY(!scene->veiled());
    scene->setHoveredPerson(line.fromId);
    QVERIFY(scene->veiled());
    QVERIFY(scene->inFocus(line.fromId));
    QVERIFY(scene->inFocus(line.toId));
    int outside = 0;
    for (const Person &person : data.clients)
        outside += scene->inFocus(person.id) ? 0 : 1;
    QVERIFY(outside > 0);
    keepPicture(&window, QStringLiteral("hover.png"));
    scene->setHoveredPerson(0);
    QVERIFY(!scene->veiled());
}

void TestScreen::introductionPathShowsAtOnce()
{
    MainWindow window;
    openDemoBoard(window, QSize(1280, 720));
    auto *box = window.findChild<QComboBox *>(QStringLiteral("pathTarget"));
    QVERIFY(box && box->count() > 2);
    BoardScene *scene = window.board()->scene();
    scene->clearHighlights();
    QVERIFY(!scene->highlights().contains(HighlightKind::IntroductionPath));
    // A person someone of us can reach, picked as a user picks: the path shows at once.
    auto *questions = window.findChild<QuestionsPanel *>(QStringLiteral("questionsPanel"));
    const QList<qint64> unreachable = questions->analysis().unreachable;
    int index = -1;
    for (int i = 1; i < box->count() && index < 0; ++i) {
        const qint64 id = box->itemData(i).toLongLong();
        if (!unreachable.contains(id) && !scene->data().isTeam(id))
            index = i;
    }
    QVERIFY(index > 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
    QVERIFY(scene->highlights()
                .value(HighlightKind::IntroductionPath)
                .people.contains(box->itemData(index).toLongLong()));
}

void TestScreen::viewMenuBringsBackClosedPanels()
{
    MainWindow window;
    openDemoBoard(window, QSize(1280, 720));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("questionsDock"));
    dock->close();
    QVERIFY(!dock->isVisible());
    auto *show = window.findChild<QAction *>(QStringLiteral("actionShowQuestions"));
    QVERIFY(show);
    QVERIFY(window.menuBar()->findChildren<QMenu *>().size() > 0);
    bool inViewMenu = false;
    for (QAction *menuAction : window.menuBar()->actions())
        if (menuAction->menu() && menuAction->menu()->actions().contains(show))
            inViewMenu = menuAction->text().remove(QLatin1Char('&')) == QLatin1String("View");
    QVERIFY(inViewMenu);
    show->trigger();
    QVERIFY(dock->isVisible());
}

void TestScreen::findStepsThroughEveryMatch()
{
    MainWindow window;
    openDemoBoard(window, QSize(1280, 720));
    BoardWidget *board = window.board();
    // The most common first letter of a surname: several people match.
    QHash<QString, int> counts;
    for (const Person &person : board->scene()->data().clients)
        ++counts[person.name.section(QLatin1Char(' '), -1).left(2)];
    QString text;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (text.isEmpty() || it.value() > counts.value(text))
            text = it.key();
    const QList<qint64> expected = board->matches(text);
    QVERIFY(expected.size() >= 2);
    QLineEdit *search = board->filterBar()->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, text);
    QList<qint64> visited;
    for (int i = 0; i < expected.size(); ++i) {
        QTest::keyClick(search, Qt::Key_Return);
        visited.append(board->scene()->selectedPersonId());
    }
    QCOMPARE(visited, expected); // each match once, in order
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(board->scene()->selectedPersonId(), expected.first()); // round again
    // Suggestions come from the account's names.
    QVERIFY(search->completer());
    QVERIFY(search->completer()->model()->rowCount() >= board->scene()->data().clients.size());
}

void TestScreen::reviewModeShowsInTheWindow()
{
    QString path;
    {
        MainWindow window;
        openDemoBoard(window, QSize(1280, 720));
        path = window.workspace()->path();
    }
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(window.openWorkspace(path, Workspace::Mode::Review));
    BoardWidget *board = window.board();
    QVERIFY(!board->findChild<QAbstractButton *>(QStringLiteral("toolConnect"))->isEnabled());
    QVERIFY(!board->findChild<QAbstractButton *>(QStringLiteral("toolWall"))->isEnabled());
    QVERIFY(board->findChild<QAbstractButton *>(QStringLiteral("toolSelect"))->isEnabled());
    QVERIFY(!board->inspector()->isWritable());
    QVERIFY(!board->inspector()
                 ->findChild<QPushButton *>(QStringLiteral("inspectorAddPerson"))
                 ->isEnabled());
    board->scene()->selectPerson(board->scene()->data().clients.first().id);
    QVERIFY(!board->inspector()
                 ->findChild<QPushButton *>(QStringLiteral("inspectorApply"))
                 ->isEnabled());
    QVERIFY(
        board->inspector()->findChild<QLineEdit *>(QStringLiteral("inspectorName"))->isReadOnly());
    // Open Recent opens it for review again.
    QCOMPARE(RecentWorkspaces::modeOf(path), Workspace::Mode::Review);
    window.workspace()->close();
    QVERIFY(window.openWorkspace(path));
    QCOMPARE(RecentWorkspaces::modeOf(path), Workspace::Mode::ReadWrite);
    QVERIFY(board->inspector()->isWritable());
    QVERIFY(board->findChild<QAbstractButton *>(QStringLiteral("toolConnect"))->isEnabled());
}

void TestScreen::whatChangedForgetsTheLastWorkspace()
{
    MainWindow window;
    openDemoBoard(window, QSize(1280, 720));
    auto *plan = window.findChild<PlanView *>(QStringLiteral("planView"));
    ComparisonView *comparison = plan->comparisonView();
    // The demo's largest account changed since its review: the tab lists it in words.
    QTRY_VERIFY(comparison->tree()->topLevelItemCount() > 0);
    const QStringList codes{QStringLiteral("neutral"), QStringLiteral("pawn"),
                            QStringLiteral("in_progress"), QStringLiteral("supporter"),
                            QStringLiteral("sceptic")};
    for (int g = 0; g < comparison->tree()->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = comparison->tree()->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            for (const int column : {1, 2})
                QVERIFY2(!codes.contains(group->child(i)->text(column)),
                         qPrintable(group->child(i)->text(column)));
    }
    // A new, empty workspace: nothing of the demo's changes stays.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.kingside"));
    QVERIFY(window.workspace()->create(fresh));
    QCoreApplication::processEvents();
    QCOMPARE(comparison->tree()->topLevelItemCount(), 0);
    QVERIFY(!comparison->message().isEmpty());
}

QTEST_MAIN(TestScreen)
#include "TestScreen.moc"
