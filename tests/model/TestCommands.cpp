#include "DatabaseDump.h"
#include "TestWorkspace.h"

#include "commands/AddAccount.h"
#include "commands/AddPerson.h"
#include "commands/AddRelationship.h"
#include "commands/MovePiece.h"
#include "commands/RemovePerson.h"
#include "commands/RemoveRelationship.h"
#include "commands/SetProperties.h"
#include "demo/DemoBuilder.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"

#include <QSignalSpy>
#include <QThread>
#include <QUndoStack>
#include <QtTest>

using namespace Kingside;

// Every edit applies in one transaction, undoes to exactly the previous rows and redoes
// to exactly the edited rows.
class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addAccountUndoRedo();
    void addPersonUndoRedo();
    void removePersonRestoresEveryRow();
    void setPropertiesUndoRedo();
    void relationshipUndoRedo();
    void longUndoChainReturnsToTheStart();
    void redoWritesTheFirstStampsAgain();
    void badEditsAreRefusedAndStoreNothing_data();
    void badEditsAreRefusedAndStoreNothing();
    void changesAreAnnounced();
    void reviewModeRefusesEdits();

private:
    Workspace &ws() { return m_ws->workspace(); }
    QString dump() { return Test::dumpDatabase(ws().database()); }
    void checkUndoRedo(WorkspaceCommand *command);
    qint64 personId(const QString &name);
    // A client person of the account on the file-th department and rank-th level.
    Person newClient(const QString &name, int file, int rank);

    std::unique_ptr<Test::TestWorkspace> m_ws;
    qint64 m_account = 0;
};

void TestCommands::init()
{
    m_ws = std::make_unique<Test::TestWorkspace>(Test::TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_account = m_ws->accountId(DemoBuilder::largestAccountName());
    QVERIFY(m_account > 0);
}

void TestCommands::cleanup()
{
    m_ws.reset();
}

qint64 TestCommands::personId(const QString &name)
{
    return Sql::scalar(ws().database(),
                       QStringLiteral("SELECT id FROM people WHERE name = ? AND account_id = ?"),
                       {name, m_account})
        .value_or(0)
        .toLongLong();
}

Person TestCommands::newClient(const QString &name, int file, int rank)
{
    Person person;
    person.accountId = m_account;
    person.name = name;
    person.departmentId = AccountStore(ws().database()).departments(m_account).at(file).id;
    person.levelId = AccountStore(ws().database()).levels(m_account).at(rank).id;
    return person;
}

void TestCommands::checkUndoRedo(WorkspaceCommand *command)
{
    const QString before = dump();
    QVERIFY2(ws().execute(command), qPrintable(ws().errorString()));
    const QString after = dump();
    QVERIFY(after != before);
    ws().undoStack()->undo();
    QCOMPARE(dump(), before);
    ws().undoStack()->redo();
    QCOMPARE(dump(), after);
    ws().undoStack()->undo();
    QCOMPARE(dump(), before);
}

void TestCommands::addAccountUndoRedo()
{
    Account account;
    account.name = QStringLiteral("Initech");
    account.annualSales = 1000;
    checkUndoRedo(new AddAccount(&ws(), account,
                                 QStringList{QStringLiteral("IT"), QStringLiteral("Finance")}));
    // Default ranks when none are given.
    QVERIFY(ws().execute(new AddAccount(&ws(), account, QStringList{QStringLiteral("IT")})));
    const auto created = AccountStore(ws().database()).accountByName(QStringLiteral("Initech"));
    QVERIFY(created);
    QCOMPARE(AccountStore(ws().database()).levels(created->id).size(),
             AddAccount::defaultLevels().size());
}

void TestCommands::redoWritesTheFirstStampsAgain()
{
    // A redo puts back exactly what the edit first wrote, its created and updated stamps
    // too, however much later it comes (stamps are to the second).
    const auto departments = AccountStore(ws().database()).departments(m_account);
    const auto levels = AccountStore(ws().database()).levels(m_account);
    const Person person = newClient(QStringLiteral("Later Person"), 1, 3);
    QVERIFY(ws().execute(new AddPerson(&ws(), person)));
    const qint64 added = personId(QStringLiteral("Later Person"));
    QVERIFY(ws().execute(
        new MovePiece(&ws(), added, departments.at(2).id, levels.at(4).id, person.name)));
    QVERIFY(ws().execute(new SetProperties(&ws(), Change::Entity::Person, added,
                                           {{QStringLiteral("title"), QStringLiteral("Buyer")}},
                                           QStringLiteral("Edit title"))));
    const QString after = dump();
    for (int i = 0; i < 3; ++i)
        ws().undoStack()->undo();
    QThread::msleep(1100);
    for (int i = 0; i < 3; ++i)
        ws().undoStack()->redo();
    QCOMPARE(dump(), after);
}

void TestCommands::addPersonUndoRedo()
{
    Person person = newClient(QStringLiteral("New Person"), 2, 4);
    person.title = QStringLiteral("Buyer");
    person.attitude = Attitude::Supporter;
    checkUndoRedo(new AddPerson(&ws(), person));
}

void TestCommands::removePersonRestoresEveryRow()
{
    // The Queen has many lines, product roles and agreements do not block removal.
    const qint64 queen = personId(QStringLiteral("Lars Eriksen"));
    QVERIFY(queen > 0);
    // The demo links the Queen to an action, which blocks removal; take someone without.
    const qint64 person =
        Sql::scalar(
            ws().database(),
            QStringLiteral("SELECT p.id FROM people p WHERE p.account_id = ? AND p.side = 'client' "
                           "AND NOT EXISTS (SELECT 1 FROM actions a WHERE a.person_id = p.id OR "
                           "a.owner_id = p.id) "
                           "AND EXISTS (SELECT 1 FROM product_roles r WHERE r.person_id = p.id) "
                           "ORDER BY (SELECT count(*) FROM relationships r WHERE r.from_id = p.id "
                           "OR r.to_id = p.id) DESC LIMIT 1"),
            {m_account})
            ->toLongLong();
    QVERIFY(person > 0);
    QVERIFY(Sql::scalar(
                ws().database(),
                QStringLiteral("SELECT count(*) FROM relationships WHERE from_id = ? OR to_id = ?"),
                {person, person})
                ->toInt() > 3);
    checkUndoRedo(new RemovePerson(&ws(), person, QStringLiteral("someone")));
    // A team member with plan agreements and reviews written by them (the mentor).
    const qint64 mentor =
        Sql::scalar(
            ws().database(),
            QStringLiteral("SELECT id FROM people WHERE account_id = ? AND team_role = 'mentor'"),
            {m_account})
            ->toLongLong();
    checkUndoRedo(new RemovePerson(&ws(), mentor, QStringLiteral("mentor")));
    // Removal refused while the person owns plan actions.
    const QString before = dump();
    QVERIFY(!ws().execute(new RemovePerson(&ws(), queen, QStringLiteral("Lars Eriksen"))));
    QVERIFY(ws().errorString().contains(QStringLiteral("action")));
    QCOMPARE(dump(), before);
}

void TestCommands::setPropertiesUndoRedo()
{
    const qint64 person = personId(QStringLiteral("Greta Solberg"));
    checkUndoRedo(new SetProperties(&ws(), Change::Entity::Person, person,
                                    {{QStringLiteral("attitude"), QStringLiteral("champion")}},
                                    QStringLiteral("Set attitude")));
    const auto departments = AccountStore(ws().database()).departments(m_account);
    const auto levels = AccountStore(ws().database()).levels(m_account);
    checkUndoRedo(new SetProperties(&ws(), Change::Entity::Person, person,
                                    {{QStringLiteral("department_id"), departments.last().id},
                                     {QStringLiteral("level_id"), levels.last().id}},
                                    QStringLiteral("Move piece")));
    checkUndoRedo(new SetProperties(&ws(), Change::Entity::Account, m_account,
                                    {{QStringLiteral("freshness_days"), 30}},
                                    QStringLiteral("Freshness")));
}

void TestCommands::relationshipUndoRedo()
{
    Relationship line;
    line.accountId = m_account;
    line.fromId = personId(QStringLiteral("Sofia Brandt"));
    line.toId = personId(QStringLiteral("Rafael Santos"));
    line.kind = RelationshipKind::Working;
    line.strength = 5;
    line.lastContact = Test::fixedToday();
    QVERIFY(line.fromId > 0 && line.toId > 0);
    auto *add = new AddRelationship(&ws(), line);
    checkUndoRedo(add);
    ws().undoStack()->redo();
    const qint64 id = add->relationshipId();
    QVERIFY(PersonStore(ws().database()).relationship(id));
    checkUndoRedo(new SetProperties(&ws(), Change::Entity::Relationship, id,
                                    {{QStringLiteral("strength"), 2}}, QStringLiteral("Strength")));
    checkUndoRedo(new RemoveRelationship(&ws(), id));
}

void TestCommands::longUndoChainReturnsToTheStart()
{
    const QString start = dump();
    const qint64 king = personId(QStringLiteral("Ingrid Halvorsen"));
    QVERIFY(ws().execute(
        new SetProperties(&ws(), Change::Entity::Person, king,
                          {{QStringLiteral("attitude"), QStringLiteral("supporter")}}, {})));
    Person person;
    person.accountId = m_account;
    person.name = QStringLiteral("Chain");
    auto *add = new AddPerson(&ws(), person);
    QVERIFY(ws().execute(add));
    Relationship line;
    line.accountId = m_account;
    line.fromId = king;
    line.toId = add->personId();
    line.kind = RelationshipKind::Reporting;
    QVERIFY(ws().execute(new AddRelationship(&ws(), line)));
    QVERIFY(ws().execute(new RemovePerson(&ws(), add->personId(), person.name)));
    const QString end = dump();
    while (ws().undoStack()->canUndo())
        ws().undoStack()->undo();
    QCOMPARE(dump(), start);
    while (ws().undoStack()->canRedo())
        ws().undoStack()->redo();
    QCOMPARE(dump(), end);
}

void TestCommands::badEditsAreRefusedAndStoreNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("second King") << "king"
                                 << "only one";
    QTest::newRow("relationship to self") << "self"
                                          << "themself";
    QTest::newRow("strength 7") << "strength"
                                << "1 (vendor) to 5";
    QTest::newRow("level of another account") << "level"
                                              << "does not exist";
    QTest::newRow("duplicate line") << "duplicate"
                                    << "already have";
    QTest::newRow("empty account name") << "account"
                                        << "An account needs a name.";
    QTest::newRow("unknown column") << "column"
                                    << "cannot be edited";
}

void TestCommands::badEditsAreRefusedAndStoreNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    const qint64 queen = personId(QStringLiteral("Lars Eriksen"));
    const qint64 sofia = personId(QStringLiteral("Sofia Brandt"));
    const qint64 otherAccount = m_ws->accountId(QStringLiteral("Kestrel Foods"));
    const qint64 foreignLevel = AccountStore(ws().database()).levels(otherAccount).first().id;
    WorkspaceCommand *command = nullptr;
    Relationship line;
    line.accountId = m_account;
    line.fromId = sofia;
    line.toId = queen;
    if (what == QLatin1String("king")) {
        command = new SetProperties(
            &ws(), Change::Entity::Person, queen,
            {{QStringLiteral("decision_role"), QStringLiteral("decision_maker")}}, {});
    } else if (what == QLatin1String("self")) {
        line.toId = sofia;
        command = new AddRelationship(&ws(), line);
    } else if (what == QLatin1String("strength")) {
        line.strength = 7;
        command = new AddRelationship(&ws(), line);
    } else if (what == QLatin1String("level")) {
        command = new SetProperties(&ws(), Change::Entity::Person, queen,
                                    {{QStringLiteral("level_id"), foreignLevel}}, {});
    } else if (what == QLatin1String("duplicate")) {
        // The demo already has Sofia → Queen as a working line; B→A duplicates A→B.
        line.fromId = queen;
        line.toId = sofia;
        command = new AddRelationship(&ws(), line);
    } else if (what == QLatin1String("account")) {
        command = new SetProperties(&ws(), Change::Entity::Account, m_account,
                                    {{QStringLiteral("name"), QStringLiteral(" ")}}, {});
    } else {
        command = new SetProperties(&ws(), Change::Entity::Person, queen,
                                    {{QStringLiteral("id; DROP TABLE people"), 1}}, {});
    }
    const QString before = dump();
    const int stackSize = ws().undoStack()->count();
    QVERIFY(!ws().execute(command));
    QVERIFY2(ws().errorString().contains(expected), qPrintable(ws().errorString()));
    QCOMPARE(ws().undoStack()->count(), stackSize);
    QCOMPARE(dump(), before);
}

void TestCommands::changesAreAnnounced()
{
    QSignalSpy spy(&ws(), &Workspace::changed);
    const qint64 person = personId(QStringLiteral("Greta Solberg"));
    QVERIFY(
        ws().execute(new SetProperties(&ws(), Change::Entity::Person, person,
                                       {{QStringLiteral("title"), QStringLiteral("CPO")}}, {})));
    QCOMPARE(spy.count(), 1);
    const auto change = spy.at(0).at(0).value<Change>();
    QCOMPARE(change.entity, Change::Entity::Person);
    QCOMPARE(change.id, person);
    QCOMPARE(change.accountId, m_account);
    ws().undoStack()->undo();
    QCOMPARE(spy.count(), 2);
}

void TestCommands::reviewModeRefusesEdits()
{
    const QString path = m_ws->path();
    ws().close();
    QVERIFY(ws().open(path, Workspace::Mode::Review));
    const QString before = dump();
    const qint64 person = personId(QStringLiteral("Greta Solberg"));
    QVERIFY(
        !ws().execute(new SetProperties(&ws(), Change::Entity::Person, person,
                                        {{QStringLiteral("title"), QStringLiteral("CPO")}}, {})));
    QCOMPARE(ws().lastError().code, WorkspaceError::Code::Refused);
    QVERIFY(ws().errorString().contains(QStringLiteral("review mode")));
    QCOMPARE(dump(), before);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "TestCommands.moc"
