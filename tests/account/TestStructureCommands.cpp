#include "AccountTestHelpers.h"
#include "DatabaseDump.h"
#include "TestWorkspace.h"

#include "commands/AddAccount.h"
#include "commands/AddDepartment.h"
#include "commands/AddLevel.h"
#include "commands/MoveDepartment.h"
#include "commands/MoveLevel.h"
#include "commands/RemoveDepartment.h"
#include "commands/RemoveLevel.h"
#include "commands/RenameDepartment.h"
#include "commands/RenameLevel.h"
#include "demo/DemoBuilder.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Kingside;

// The board's files (departments) and ranks (levels): added anywhere, renamed, moved and
// removed, each one undoable step that puts back exactly the rows before.
class TestStructureCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addDepartmentAtAnyPlace();
    void addDepartmentRefusals();
    void renameDepartment();
    void moveDepartment();
    void removeEmptyDepartment();
    void removeDepartmentWithPeople();
    void addLevelAtAnyRank();
    void renameAndMoveLevel();
    void removeLevelWithPeople();
    void changesNameTheRows();

private:
    Workspace &ws() { return m_ws->workspace(); }
    AccountStore store() { return AccountStore(ws().database()); }
    QStringList departmentNames(qint64 accountId);
    QStringList levelNames(qint64 accountId);
    qint64 departmentId(qint64 accountId, const QString &name);
    qint64 levelId(qint64 accountId, const QString &name);

    std::unique_ptr<Test::TestWorkspace> m_ws;
    qint64 m_small = 0;   // a new account: files A, B, C; ranks Top, Middle, Bottom
    qint64 m_largest = 0; // the demo's largest account, with people and a wall
};

void TestStructureCommands::init()
{
    m_ws = std::make_unique<Test::TestWorkspace>(Test::TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_largest = m_ws->accountId(DemoBuilder::largestAccountName());
    Account account;
    account.name = QStringLiteral("Initech");
    auto *add = new AddAccount(&ws(), account, {"A", "B", "C"}, {"Top", "Middle", "Bottom"});
    QVERIFY(ws().execute(add));
    m_small = add->accountId();
    QVERIFY(m_small > 0 && m_largest > 0);
}

void TestStructureCommands::cleanup()
{
    m_ws.reset();
}

QStringList TestStructureCommands::departmentNames(qint64 accountId)
{
    QStringList names;
    const QList<Department> departments = store().departments(accountId);
    for (int i = 0; i < departments.size(); ++i) {
        // Positions are always 0 … n-1, left to right.
        if (departments[i].position != i)
            return {QStringLiteral("position %1 at %2").arg(departments[i].position).arg(i)};
        names.append(departments[i].name);
    }
    return names;
}

QStringList TestStructureCommands::levelNames(qint64 accountId)
{
    QStringList names;
    const QList<Level> levels = store().levels(accountId);
    for (int i = 0; i < levels.size(); ++i) {
        if (levels[i].rank != i + 1)
            return {QStringLiteral("rank %1 at %2").arg(levels[i].rank).arg(i)};
        names.append(levels[i].name);
    }
    return names;
}

qint64 TestStructureCommands::departmentId(qint64 accountId, const QString &name)
{
    for (const Department &department : store().departments(accountId)) {
        if (department.name == name)
            return department.id;
    }
    return 0;
}

qint64 TestStructureCommands::levelId(qint64 accountId, const QString &name)
{
    for (const Level &level : store().levels(accountId)) {
        if (level.name == name)
            return level.id;
    }
    return 0;
}

void TestStructureCommands::addDepartmentAtAnyPlace()
{
    auto *middle = new AddDepartment(&ws(), m_small, QStringLiteral(" Legal "), 1);
    Test::checkUndoRedo(ws(), middle);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(departmentNames(m_small), QStringList({"A", "Legal", "B", "C"}));
    const qint64 id = middle->departmentId();
    QCOMPARE(departmentId(m_small, QStringLiteral("Legal")), id);
    // Redo after undo adds the same row again.
    ws().undoStack()->undo();
    QCOMPARE(departmentNames(m_small), QStringList({"A", "B", "C"}));
    ws().undoStack()->redo();
    QCOMPARE(departmentId(m_small, QStringLiteral("Legal")), id);

    QVERIFY(ws().execute(new AddDepartment(&ws(), m_small, QStringLiteral("Last"))));
    QVERIFY(ws().execute(new AddDepartment(&ws(), m_small, QStringLiteral("First"), 0)));
    QVERIFY(ws().execute(new AddDepartment(&ws(), m_small, QStringLiteral("Far"), 99)));
    QCOMPARE(departmentNames(m_small),
             QStringList({"First", "A", "Legal", "B", "C", "Last", "Far"}));
}

void TestStructureCommands::addDepartmentRefusals()
{
    Test::checkRefused(ws(), new AddDepartment(&ws(), m_small, QStringLiteral("  ")),
                       QStringLiteral("A department needs a name."));
    Test::checkRefused(ws(), new AddDepartment(&ws(), m_small, QString(201, QLatin1Char('x'))),
                       QStringLiteral("at most 200 characters"));
    Test::checkRefused(ws(), new AddDepartment(&ws(), m_small, QStringLiteral("b")),
                       QStringLiteral("This account already has a department called “B”."));
    Test::checkRefused(ws(), new AddDepartment(&ws(), 999999, QStringLiteral("X")),
                       QStringLiteral("This account no longer exists."));
    // The same name in another account is fine.
    QVERIFY(ws().execute(new AddDepartment(&ws(), m_small, QStringLiteral("IT"))));
}

void TestStructureCommands::renameDepartment()
{
    const qint64 b = departmentId(m_small, QStringLiteral("B"));
    Test::checkUndoRedo(ws(), new RenameDepartment(&ws(), b, QStringLiteral("Buying")));
    QCOMPARE(departmentNames(m_small), QStringList({"A", "Buying", "C"}));
    // Other capitals of its own name are a rename; another file's name is refused.
    QVERIFY(ws().execute(new RenameDepartment(&ws(), b, QStringLiteral("BUYING"))));
    Test::checkRefused(ws(), new RenameDepartment(&ws(), b, QStringLiteral("c")),
                       QStringLiteral("already has a department called “C”"));
    Test::checkRefused(ws(), new RenameDepartment(&ws(), b, QStringLiteral("BUYING")),
                       QStringLiteral("already called"));
    Test::checkRefused(ws(), new RenameDepartment(&ws(), b, QString()),
                       QStringLiteral("needs a name"));
    Test::checkRefused(ws(), new RenameDepartment(&ws(), 999999, QStringLiteral("X")),
                       QStringLiteral("no longer exists"));
}

void TestStructureCommands::moveDepartment()
{
    const qint64 c = departmentId(m_small, QStringLiteral("C"));
    Test::checkUndoRedo(ws(), new MoveDepartment(&ws(), c, 0));
    QCOMPARE(departmentNames(m_small), QStringList({"C", "A", "B"}));
    QVERIFY(ws().execute(new MoveDepartment(&ws(), c, 1)));
    QCOMPARE(departmentNames(m_small), QStringList({"A", "C", "B"}));
    QVERIFY(ws().execute(new MoveDepartment(&ws(), c, 50)));
    QCOMPARE(departmentNames(m_small), QStringList({"A", "B", "C"}));
    Test::checkRefused(ws(), new MoveDepartment(&ws(), c, 2),
                       QStringLiteral("already in that place"));
    // People keep their files when the order changes.
    const QString before = Test::dumpDatabase(ws().database());
    const qint64 it = departmentId(m_largest, QStringLiteral("IT"));
    const int onIt = store().peopleOn(it);
    QVERIFY(onIt > 0);
    QVERIFY(ws().execute(new MoveDepartment(&ws(), it, 0)));
    QCOMPARE(departmentNames(m_largest).first(), QStringLiteral("IT"));
    QCOMPARE(store().peopleOn(it), onIt);
    ws().undoStack()->undo();
    QCOMPARE(Test::dumpDatabase(ws().database()), before);
}

void TestStructureCommands::removeEmptyDepartment()
{
    const qint64 a = departmentId(m_small, QStringLiteral("A"));
    Test::checkUndoRedo(ws(), new RemoveDepartment(&ws(), a));
    QCOMPARE(departmentNames(m_small), QStringList({"B", "C"}));
    Test::checkRefused(ws(), new RemoveDepartment(&ws(), a), QStringLiteral("no longer exists"));
}

void TestStructureCommands::removeDepartmentWithPeople()
{
    const qint64 it = departmentId(m_largest, QStringLiteral("IT"));
    const qint64 engineering = departmentId(m_largest, QStringLiteral("Engineering"));
    const qint64 finance = departmentId(m_largest, QStringLiteral("Finance"));
    const int onIt = store().peopleOn(it);
    QVERIFY(onIt > 1);
    QCOMPARE(store().walls(m_largest).size(), 1); // between IT and Engineering
    Test::checkRefused(ws(), new RemoveDepartment(&ws(), it),
                       QStringLiteral("%1 person(s) stand in “IT”").arg(onIt));
    // Only to another department of the same account.
    Test::checkRefused(ws(), new RemoveDepartment(&ws(), it, it),
                       QStringLiteral("another department of the same account"));
    Test::checkRefused(ws(),
                       new RemoveDepartment(&ws(), it, departmentId(m_small, QStringLiteral("A"))),
                       QStringLiteral("another department of the same account"));
    const int onFinance = store().peopleOn(finance);
    Test::checkUndoRedo(ws(), new RemoveDepartment(&ws(), it, finance));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(store().peopleOn(finance), onFinance + onIt);
    QVERIFY(!departmentNames(m_largest).contains(QStringLiteral("IT")));
    QVERIFY(store().walls(m_largest).isEmpty());
    ws().undoStack()->undo();
    QCOMPARE(store().peopleOn(it), onIt);
    QCOMPARE(store().walls(m_largest).size(), 1);
    QCOMPARE(store().walls(m_largest).first().b, engineering);
}

void TestStructureCommands::addLevelAtAnyRank()
{
    auto *top = new AddLevel(&ws(), m_small, QStringLiteral("Board"), 1);
    Test::checkUndoRedo(ws(), top);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(levelNames(m_small), QStringList({"Board", "Top", "Middle", "Bottom"}));
    QCOMPARE(levelId(m_small, QStringLiteral("Board")), top->levelId());
    QVERIFY(ws().execute(new AddLevel(&ws(), m_small, QStringLiteral("Staff"))));
    QVERIFY(ws().execute(new AddLevel(&ws(), m_small, QStringLiteral("Leads"), 4)));
    QCOMPARE(levelNames(m_small),
             QStringList({"Board", "Top", "Middle", "Leads", "Bottom", "Staff"}));
    Test::checkRefused(ws(), new AddLevel(&ws(), m_small, QStringLiteral("top")),
                       QStringLiteral("already has a level called “Top”"));
    Test::checkRefused(ws(), new AddLevel(&ws(), m_small, QString()),
                       QStringLiteral("A level needs a name."));
}

void TestStructureCommands::renameAndMoveLevel()
{
    const qint64 bottom = levelId(m_small, QStringLiteral("Bottom"));
    Test::checkUndoRedo(ws(), new RenameLevel(&ws(), bottom, QStringLiteral("Staff")));
    Test::checkRefused(ws(), new RenameLevel(&ws(), bottom, QStringLiteral("MIDDLE")),
                       QStringLiteral("already has a level called “Middle”"));
    Test::checkUndoRedo(ws(), new MoveLevel(&ws(), bottom, 1));
    QCOMPARE(levelNames(m_small), QStringList({"Staff", "Top", "Middle"}));
    Test::checkRefused(ws(), new MoveLevel(&ws(), bottom, 1),
                       QStringLiteral("already in that place"));
    QVERIFY(ws().execute(new MoveLevel(&ws(), bottom, 100)));
    QCOMPARE(levelNames(m_small), QStringList({"Top", "Middle", "Staff"}));
}

void TestStructureCommands::removeLevelWithPeople()
{
    const qint64 board = levelId(m_largest, QStringLiteral("Board"));
    const qint64 executive = levelId(m_largest, QStringLiteral("Executive"));
    const int onBoard = store().peopleOnLevel(board);
    QVERIFY(onBoard > 0);
    Test::checkRefused(ws(), new RemoveLevel(&ws(), board),
                       QStringLiteral("%1 person(s) stand on the level “Board”; removing it would "
                                      "leave them homeless")
                           .arg(onBoard));
    const int onExecutive = store().peopleOnLevel(executive);
    Test::checkUndoRedo(ws(), new RemoveLevel(&ws(), board, executive));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(store().peopleOnLevel(executive), onExecutive + onBoard);
    QCOMPARE(levelNames(m_largest).first(), QStringLiteral("Executive"));
    // An empty level goes without asking.
    Test::checkUndoRedo(ws(), new RemoveLevel(&ws(), levelId(m_small, QStringLiteral("Middle"))));
    QCOMPARE(levelNames(m_small), QStringList({"Top", "Bottom"}));
}

void TestStructureCommands::changesNameTheRows()
{
    QSignalSpy spy(&ws(), &Workspace::changed);
    const qint64 b = departmentId(m_small, QStringLiteral("B"));
    QVERIFY(ws().execute(new RenameDepartment(&ws(), b, QStringLiteral("Buying"))));
    QCOMPARE(spy.count(), 1);
    auto change = spy.takeFirst().at(0).value<Change>();
    QCOMPARE(change.entity, Change::Entity::Department);
    QCOMPARE(change.kind, Change::Kind::Modified);
    QCOMPARE(change.id, b);
    QCOMPARE(change.accountId, m_small);
    auto *add = new AddLevel(&ws(), m_small, QStringLiteral("Staff"));
    QVERIFY(ws().execute(add));
    change = spy.takeFirst().at(0).value<Change>();
    QCOMPARE(change.entity, Change::Entity::Level);
    QCOMPARE(change.kind, Change::Kind::Added);
    QCOMPARE(change.id, add->levelId());
    ws().undoStack()->undo();
    change = spy.takeFirst().at(0).value<Change>();
    QCOMPARE(change.kind, Change::Kind::Removed);
    QCOMPARE(change.id, add->levelId());
    // Moving people off a removed file names each of them, then the file.
    const qint64 it = departmentId(m_largest, QStringLiteral("IT"));
    const int onIt = store().peopleOn(it);
    spy.clear();
    QVERIFY(ws().execute(
        new RemoveDepartment(&ws(), it, departmentId(m_largest, QStringLiteral("Finance")))));
    QCOMPARE(spy.count(), onIt + 1);
    change = spy.last().at(0).value<Change>();
    QCOMPARE(change.entity, Change::Entity::Department);
    QCOMPARE(change.kind, Change::Kind::Removed);
    QCOMPARE(change.id, it);
    QCOMPARE(spy.first().at(0).value<Change>().entity, Change::Entity::Person);
}

QTEST_GUILESS_MAIN(TestStructureCommands)
#include "TestStructureCommands.moc"
