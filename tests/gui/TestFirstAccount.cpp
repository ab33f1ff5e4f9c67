// README "Your first account": a new user, starting from `kingside new`, builds an account
// of the seed's shape through the main window alone (actions, clicks and keys found by
// objectName), sees the Questions panel answer about it, and undoes everything back to
// an empty workspace.
#include "CliRun.h"
#include "DatabaseDump.h"
#include "board/BoardItems.h"
#include "board/BoardScene.h"
#include "board/BoardView.h"
#include "board/BoardWidget.h"
#include "board/LabelEditor.h"
#include "mainwindow/MainWindow.h"
#include "panels/InspectorPanel.h"
#include "panels/QuestionsPanel.h"
#include "panels/TablePage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace Kingside;

namespace {

// Runs `handle` on the next modal dialog as soon as it is shown (the caller then opens
// it); the dialog is expected to close itself through what `handle` clicks.
void onNextDialog(std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

} // namespace

class TestFirstAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsAnAccountInTheWindowAndUndoesIt();

private:
    // Clicks in the board's viewport at a point of the scene.
    void clickScene(const QPointF &scenePos);
    void addLabel(bool file, const QString &name);
    void addClient(const QString &name, int file, int rank);
    void addTeamMember(const QString &name, TeamRole role);
    void selectPerson(const QString &name);
    qint64 idOf(const QString &name) const;
    void link(const QString &from, const QString &to, RelationshipKind kind);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    BoardWidget *m_board = nullptr;
};

void TestFirstAccount::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestFirstAccount::clickScene(const QPointF &scenePos)
{
    BoardView *view = m_board->view();
    const QPoint at = view->mapFromScene(scenePos);
    QVERIFY2(view->viewport()->rect().contains(at), "the point is not on screen");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
}

void TestFirstAccount::addLabel(bool file, const QString &name)
{
    BoardScene *scene = m_board->scene();
    const int before = int(file ? scene->data().departments.size() : scene->data().levels.size());
    EdgeButtonItem *plus = file ? scene->addFileButton() : scene->addRankButton();
    QVERIFY(plus->isVisible());
    clickScene(plus->boundingRect().center());
    LabelEditor *editor = m_board->labelEditor();
    QTRY_VERIFY(editor->isVisible());
    QTest::keyClicks(editor, name);
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!editor->isVisible());
    const int after = int(file ? scene->data().departments.size() : scene->data().levels.size());
    QCOMPARE(after, before + 1);
}

void TestFirstAccount::addClient(const QString &name, int file, int rank)
{
    BoardScene *scene = m_board->scene();
    QTest::keyClick(m_board->view()->viewport(), Qt::Key_Escape); // nothing selected
    clickScene(scene->layout().squareRect({file, rank}).center());
    QCOMPARE(scene->currentSquare(), (BoardSquare{file, rank}));
    auto *side = child<QComboBox>(m_board, "inspectorNewSide");
    choose(side, QStringLiteral("client"));
    auto *field = child<QLineEdit>(m_board, "inspectorNewName");
    QTest::keyClicks(field, name);
    QTest::keyClick(field, Qt::Key_Return);
    const qint64 id = idOf(name);
    QVERIFY2(id > 0, qPrintable(name));
    const Person *person = scene->data().person(id);
    // On the square the user clicked.
    QCOMPARE(scene->data().fileOf(person->departmentId), file);
    QCOMPARE(scene->data().rankOf(person->levelId), rank);
}

void TestFirstAccount::addTeamMember(const QString &name, TeamRole role)
{
    BoardScene *scene = m_board->scene();
    QTest::keyClick(m_board->view()->viewport(), Qt::Key_Escape);
    clickScene(scene->layout().squareRect({0, 0}).topLeft() + QPointF(4, 4));
    choose(child<QComboBox>(m_board, "inspectorNewSide"), codeOf(role));
    auto *field = child<QLineEdit>(m_board, "inspectorNewName");
    QTest::keyClicks(field, name);
    QTest::keyClick(field, Qt::Key_Return);
    const Person *person = scene->data().person(idOf(name));
    QVERIFY2(person && person->isTeam() && person->teamRole == role, qPrintable(name));
}

qint64 TestFirstAccount::idOf(const QString &name) const
{
    const BoardData &data = m_board->scene()->data();
    for (const QList<Person> *people : {&data.clients, &data.team})
        for (const Person &person : *people)
            if (person.name == name)
                return person.id;
    return 0;
}

void TestFirstAccount::selectPerson(const QString &name)
{
    BoardScene *scene = m_board->scene();
    const qint64 id = idOf(name);
    QVERIFY(id > 0);
    if (const auto *place = scene->layout().place(id))
        clickScene(place->piece.center());
    else if (const auto *member = scene->layout().teamPlace(id))
        clickScene(member->card.center());
    QCOMPARE(scene->selectedPersonId(), id);
    QCOMPARE(m_board->inspector()->personId(), id);
}

void TestFirstAccount::link(const QString &from, const QString &to, RelationshipKind kind)
{
    const int before = int(m_board->scene()->data().relationships.size());
    selectPerson(from);
    choose(child<QComboBox>(m_board, "inspectorLinkTarget"), idOf(to));
    choose(child<QComboBox>(m_board, "inspectorLinkKind"), codeOf(kind));
    QTest::mouseClick(child<QPushButton>(m_board, "inspectorAddRelationship"), Qt::LeftButton);
    QCOMPARE(int(m_board->scene()->data().relationships.size()), before + 1);
}

void TestFirstAccount::buildsAnAccountInTheWindowAndUndoesIt()
{
    // A new user's first command.
    const QString path = m_dir.filePath(QStringLiteral("mine.kingside"));
    const Test::CliRun created =
        Test::runCli(QStringLiteral(KINGSIDE_EXECUTABLE), {QStringLiteral("new"), path});
    QCOMPARE(created.exitCode, 0);

    MainWindow window;
    m_window = &window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openWorkspace(path));
    const QString emptyDump = Test::dumpDatabase(window.workspace()->database());
    m_board = window.board();

    // The blank state says what to do next.
    auto *central = child<QStackedWidget>(&window, "centralStack");
    QCOMPARE(central->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    QVERIFY(child<QPushButton>(&window, "welcomeNewAccount")->isVisible());
    QVERIFY(child<QPushButton>(&window, "welcomeImport")->isVisible());

    // New Account… from the welcome page, blank template; an empty name is refused first.
    bool refusedEmpty = false;
    onNextDialog([&refusedEmpty](QWidget *dialog) {
        choose(child<QComboBox>(dialog, "newAccountTemplate"), QStringLiteral("blank"));
        QTest::mouseClick(child<QPushButton>(dialog, "newAccountCreate"), Qt::LeftButton);
        refusedEmpty =
            dialog->isVisible() && child<QLabel>(dialog, "newAccountMessage")->isVisible();
        QTest::keyClicks(child<QLineEdit>(dialog, "newAccountName"),
                         QStringLiteral("Nordlys Energi"));
        QTest::mouseClick(child<QPushButton>(dialog, "newAccountCreate"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&window, "welcomeNewAccount"), Qt::LeftButton);
    QVERIFY(refusedEmpty);
    QVERIFY(window.currentAccountId() > 0);
    QCOMPARE(central->currentWidget(), static_cast<QWidget *>(window.accountTabs()));
    QCOMPARE(window.accountTabs()->currentWidget(), static_cast<QWidget *>(m_board));
    BoardScene *scene = m_board->scene();
    QCOMPARE(scene->data().account.name, QStringLiteral("Nordlys Energi"));
    QVERIFY(scene->data().departments.isEmpty());
    QVERIFY(child<QLabel>(m_board, "boardEmptyHint")->isVisible());

    // The board's structure on its edges: 3 departments, 4 levels.
    for (const char *name : {"Finance", "IT", "Operations"})
        addLabel(true, QString::fromLatin1(name));
    for (const char *name : {"Board", "Executive", "Management", "Staff"})
        addLabel(false, QString::fromLatin1(name));
    m_board->view()->zoomToFit();
    // A second "Finance" is refused where the user is looking, and nothing is added.
    clickScene(scene->addFileButton()->boundingRect().center());
    QTest::keyClicks(m_board->labelEditor(), QStringLiteral("finance"));
    QTest::keyClick(m_board->labelEditor(), Qt::Key_Return);
    QVERIFY(m_board->labelEditor()->isVisible());
    QVERIFY(m_board->view()->messageVisible());
    QTest::keyClick(m_board->labelEditor(), Qt::Key_Escape);
    QCOMPARE(scene->data().departments.size(), 3);
    // Rename by double-clicking a label.
    QTest::mouseDClick(m_board->view()->viewport(), Qt::LeftButton, {},
                       m_board->view()->mapFromScene(scene->fileLabelRect(1).center()));
    QTRY_VERIFY(m_board->labelEditor()->isVisible());
    QCOMPARE(m_board->labelEditor()->text(), QStringLiteral("IT"));
    m_board->labelEditor()->selectAll();
    QTest::keyClicks(m_board->labelEditor(), QStringLiteral("Information Technology"));
    QTest::keyClick(m_board->labelEditor(), Qt::Key_Return);
    QCOMPARE(scene->data().departments[1].name, QStringLiteral("Information Technology"));
    // Reorder by dragging a label: Operations to the far left.
    BoardView *view = m_board->view();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {},
                      view->mapFromScene(scene->fileLabelRect(2).center()));
    QMouseEvent move(
        QEvent::MouseMove, view->mapFromScene(scene->fileLabelRect(0).center()),
        view->viewport()->mapToGlobal(view->mapFromScene(scene->fileLabelRect(0).center())),
        Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {},
                        view->mapFromScene(scene->fileLabelRect(0).center()));
    QCOMPARE(scene->data().departments[0].name, QStringLiteral("Operations"));
    QCOMPARE(scene->data().departments[1].name, QStringLiteral("Finance"));

    // Six client people, each on the square clicked; the King and the Queen.
    addClient(QStringLiteral("Astrid Nygaard"), 1, 0);
    addClient(QStringLiteral("Henrik Dahl"), 0, 1);
    addClient(QStringLiteral("Maja Lund"), 2, 1);
    addClient(QStringLiteral("Ola Berg"), 1, 2);
    addClient(QStringLiteral("Siri Holm"), 2, 2);
    addClient(QStringLiteral("Tore Vik"), 0, 3);
    selectPerson(QStringLiteral("Astrid Nygaard"));
    choose(child<QComboBox>(m_board, "inspectorDecisionRole"), codeOf(DecisionRole::DecisionMaker));
    QTest::mouseClick(child<QPushButton>(m_board, "inspectorApply"), Qt::LeftButton);
    QCOMPARE(scene->data().person(idOf(QStringLiteral("Astrid Nygaard")))->piece(), Piece::King);
    selectPerson(QStringLiteral("Henrik Dahl"));
    choose(child<QComboBox>(m_board, "inspectorDecisionRole"),
           codeOf(DecisionRole::PowerInfluencer));
    QTest::mouseClick(child<QPushButton>(m_board, "inspectorApply"), Qt::LeftButton);
    QCOMPARE(scene->data().person(idOf(QStringLiteral("Henrik Dahl")))->piece(), Piece::Queen);
    // A second King is refused with a sentence in the inspector, and nothing changes.
    selectPerson(QStringLiteral("Maja Lund"));
    choose(child<QComboBox>(m_board, "inspectorDecisionRole"), codeOf(DecisionRole::DecisionMaker));
    QTest::mouseClick(child<QPushButton>(m_board, "inspectorApply"), Qt::LeftButton);
    QVERIFY(m_board->inspector()->message().contains(QStringLiteral("Astrid Nygaard")));
    QCOMPARE(scene->data().person(idOf(QStringLiteral("Maja Lund")))->decisionRole,
             DecisionRole::None);

    // Our team and the mentor.
    addTeamMember(QStringLiteral("Kari Sand"), TeamRole::AccountManager);
    addTeamMember(QStringLiteral("Leif Strand"), TeamRole::Specialist);
    addTeamMember(QStringLiteral("Nina Fjell"), TeamRole::ExecutiveSponsor);
    addTeamMember(QStringLiteral("Eva Moen"), TeamRole::Mentor);

    // Eight relationships.
    link(QStringLiteral("Astrid Nygaard"), QStringLiteral("Nina Fjell"), RelationshipKind::Working);
    link(QStringLiteral("Henrik Dahl"), QStringLiteral("Kari Sand"), RelationshipKind::Working);
    link(QStringLiteral("Maja Lund"), QStringLiteral("Kari Sand"), RelationshipKind::Working);
    link(QStringLiteral("Ola Berg"), QStringLiteral("Leif Strand"), RelationshipKind::Working);
    link(QStringLiteral("Henrik Dahl"), QStringLiteral("Astrid Nygaard"),
         RelationshipKind::Reporting);
    link(QStringLiteral("Ola Berg"), QStringLiteral("Astrid Nygaard"), RelationshipKind::Reporting);
    link(QStringLiteral("Siri Holm"), QStringLiteral("Henrik Dahl"), RelationshipKind::Influence);
    link(QStringLiteral("Tore Vik"), QStringLiteral("Maja Lund"), RelationshipKind::Tension);
    QCOMPARE(scene->data().relationships.size(), 8);

    // A wall between the first two departments, with the Wall tool.
    QTest::mouseClick(child<QWidget>(m_board, "toolWall"), Qt::LeftButton);
    const QLineF border = scene->layout().borderLine({true, 0});
    clickScene(border.pointAt(0.5));
    QCOMPARE(scene->data().walls.size(), 1);
    QTest::mouseClick(child<QWidget>(m_board, "toolSelect"), Qt::LeftButton);

    // A product and a competitor in Account → Account Properties.
    onNextDialog([](QWidget *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "accountNewProduct"),
                         QStringLiteral("Grid Analytics"));
        QTest::mouseClick(child<QPushButton>(dialog, "accountAddProduct"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, "accountNewCompetitor"),
                         QStringLiteral("Corvane Systems"));
        QTest::mouseClick(child<QPushButton>(dialog, "accountAddCompetitor"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, "accountOk"), Qt::LeftButton);
    });
    child<QAction>(&window, "actionAccountProperties")->trigger();
    QCOMPARE(scene->data().products.size(), 1);
    QCOMPARE(scene->data().competitors.size(), 1);
    const qint64 product = scene->data().products.first().first;
    const qint64 competitor = scene->data().competitors.first().first;

    // Who uses and who specifies it; whom a sceptic favours.
    selectPerson(QStringLiteral("Ola Berg"));
    child<QCheckBox>(m_board, qPrintable(QStringLiteral("inspectorProduct_%1_user").arg(product)))
        ->click();
    selectPerson(QStringLiteral("Maja Lund"));
    child<QCheckBox>(m_board,
                     qPrintable(QStringLiteral("inspectorProduct_%1_specifier").arg(product)))
        ->click();
    QCOMPARE(scene->data().productRoles.size(), 2);
    selectPerson(QStringLiteral("Tore Vik"));
    choose(child<QComboBox>(m_board, "inspectorCompetitor"), competitor);
    choose(child<QComboBox>(m_board, "inspectorAttitude"), codeOf(Attitude::Sceptic));
    QTest::mouseClick(child<QPushButton>(m_board, "inspectorApply"), Qt::LeftButton);
    QCOMPARE(scene->data().person(idOf(QStringLiteral("Tore Vik")))->competitorId, competitor);

    // The People tab, edited in place and filtered.
    window.accountTabs()->setCurrentWidget(child<QWidget>(&window, "peoplePage"));
    auto *people = child<QTableView>(&window, "peopleView");
    QCOMPARE(people->model()->rowCount(), 10);
    QTest::keyClicks(child<QLineEdit>(&window, "peopleFilter"), QStringLiteral("siri"));
    QCOMPARE(people->model()->rowCount(), 1);
    const QModelIndex title = people->model()->index(0, 2);
    QVERIFY(people->model()->setData(title, QStringLiteral("Head of Grid Planning")));
    QCOMPARE(scene->data().person(idOf(QStringLiteral("Siri Holm")))->title,
             QStringLiteral("Head of Grid Planning"));
    child<QLineEdit>(&window, "peopleFilter")->clear();
    window.accountTabs()->setCurrentWidget(m_board);

    // The Questions panel answers about this account.
    auto *questions = child<QuestionsPanel>(&window, "questionsPanel");
    QTRY_VERIFY(!questions->isBusy() && !questions->answers().isEmpty());
    QTRY_VERIFY(questions->answers().first().answer.contains(QStringLiteral("Astrid Nygaard")));

    // Undo everything: back to an empty workspace, row for row.
    QUndoStack *stack = window.workspace()->undoStack();
    QVERIFY(stack->count() > 30);
    QAction *undo = child<QAction>(&window, "actionUndo");
    while (stack->canUndo())
        undo->trigger();
    QCOMPARE(Test::dumpDatabase(window.workspace()->database()), emptyDump);
    QTRY_COMPARE(central->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    m_window = nullptr;
}

QTEST_MAIN(TestFirstAccount)
#include "TestFirstAccount.moc"
