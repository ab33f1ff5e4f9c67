#include "DatabaseDump.h"
#include "TestWorkspace.h"

#include "commands/AddPerson.h"
#include "commands/AddRelationship.h"
#include "commands/AddWall.h"
#include "commands/EditPerson.h"
#include "commands/SetProperties.h"
#include "demo/DemoBuilder.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace Kingside;

// Every rule of the document is checked by the command before it writes, in the model's
// sentence (README "Where the rules live"); the schema's constraints are only the last
// guard, and SqlErrors no longer turns their text into rules.
class TestModelRules : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ruleIsRefusedWithItsSentence_data();
    void ruleIsRefusedWithItsSentence();
    void sqlErrorsKnowsNoRules_data();
    void sqlErrorsKnowsNoRules();
    void failedRedoKeepsTheStackInStep();
    void failedUndoKeepsTheStackInStep();

private:
    Workspace &ws() { return m_ws->workspace(); }
    QString dump() { return Test::dumpDatabase(ws().database()); }
    qint64 personId(const QString &name) const;

    std::unique_ptr<Test::TestWorkspace> m_ws;
    qint64 m_account = 0;
};

void TestModelRules::init()
{
    m_ws = std::make_unique<Test::TestWorkspace>(Test::TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_account = m_ws->accountId(DemoBuilder::largestAccountName());
    QVERIFY(m_account > 0);
}

void TestModelRules::cleanup()
{
    m_ws.reset();
}

qint64 TestModelRules::personId(const QString &name) const
{
    return Sql::scalar(m_ws->workspace().database(),
                       QStringLiteral("SELECT id FROM people WHERE name = ? AND account_id = ?"),
                       {name, m_account})
        .value_or(0)
        .toLongLong();
}

void TestModelRules::ruleIsRefusedWithItsSentence_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("second King, property edit")
        << "king-property"
        << "is already this account's King (final decision maker), and an account has only one.";
    QTest::newRow("second King, person edit")
        << "king-edit"
        << "is already this account's King (final decision maker), and an account has only one.";
    QTest::newRow("second mentor") << "mentor"
                                   << "is already this account's mentor, and an account has one.";
    QTest::newRow("strength 0")
        << "strength"
        << "A relationship's strength is 1 (vendor) to 5 (trusted advisor).";
    QTest::newRow("strength not a number")
        << "strength-text"
        << "A relationship's strength is 1 (vendor) to 5 (trusted advisor).";
    QTest::newRow("self") << "self"
                          << "A relationship joins two different people, not a person to themself.";
    QTest::newRow("same kind twice, by kind edit")
        << "duplicate-kind"
        << "These two people already have a relationship of this kind.";
    QTest::newRow("same kind twice, added")
        << "duplicate-add"
        << "These two people already have a relationship of this kind.";
    QTest::newRow("account name taken") << "account-name"
                                        << "There is already an account called “Kestrel Foods”.";
    QTest::newRow("department name taken") << "department-name"
                                           << "This account already has a department called";
    QTest::newRow("level name taken") << "level-name"
                                      << "This account already has a level called";
    QTest::newRow("empty person name") << "person-name"
                                       << "A person needs a name.";
    QTest::newRow("empty department name") << "department-empty"
                                           << "A department needs a name.";
    QTest::newRow("missing department") << "missing-department"
                                        << "This department does not exist in the account.";
    QTest::newRow("level of another account") << "foreign-level"
                                              << "This level does not exist in the account.";
    QTest::newRow("missing competitor") << "missing-competitor"
                                        << "This competitor does not exist in the workspace.";
    QTest::newRow("line to a missing person") << "missing-person"
                                              << "one of them does not exist in it.";
    QTest::newRow("person in a missing account") << "missing-account"
                                                 << "This account no longer exists.";
    QTest::newRow("wall on a missing level") << "wall-level"
                                             << "This level does not exist in the account.";
    QTest::newRow("team role on a client") << "client-team-role"
                                           << "Only members of our team have a team role.";
    QTest::newRow("team member on the board")
        << "team-on-board"
        << "Members of our team do not stand on the client's board";
    QTest::newRow("negative sales") << "sales"
                                    << "Annual sales cannot be negative.";
    QTest::newRow("cadence 30") << "cadence"
                                << "The review cadence is between 1 and 24 months.";
    QTest::newRow("unknown attitude") << "attitude"
                                      << "This value is not one Kingside knows.";
}

void TestModelRules::ruleIsRefusedWithItsSentence()
{
    QFETCH(QString, what);
    QFETCH(QString, sentence);
    const QSqlDatabase db = ws().database();
    const PersonStore people(db);
    const AccountStore accounts(db);
    const qint64 queen = personId(QStringLiteral("Lars Eriksen"));
    const qint64 sofia = personId(QStringLiteral("Sofia Brandt"));
    const qint64 marcus = personId(QStringLiteral("Marcus Lind"));
    QVERIFY(queen > 0 && sofia > 0 && marcus > 0);
    const qint64 otherAccount = m_ws->accountId(QStringLiteral("Kestrel Foods"));
    const QList<Department> departments = accounts.departments(m_account);
    const QList<Level> levels = accounts.levels(m_account);
    QVERIFY(departments.size() > 1 && levels.size() > 1);
    const qint64 line = Sql::scalar(db,
                                    QStringLiteral("SELECT id FROM relationships WHERE from_id = ? "
                                                   "AND to_id = ? AND kind = 'working'"),
                                    {sofia, queen})
                            .value_or(0)
                            .toLongLong();
    QVERIFY(line > 0);
    const auto property = [&](Change::Entity entity, qint64 id, const char *column,
                              const QVariant &value) -> WorkspaceCommand * {
        return new SetProperties(&ws(), entity, id, {{QLatin1String(column), value}}, {});
    };
    Relationship newLine;
    newLine.accountId = m_account;
    newLine.fromId = sofia;
    newLine.toId = queen;

    WorkspaceCommand *command = nullptr;
    if (what == QLatin1String("king-property")) {
        command = property(Change::Entity::Person, queen, "decision_role",
                           codeOf(DecisionRole::DecisionMaker));
    } else if (what == QLatin1String("king-edit")) {
        Person edited = *people.person(queen);
        edited.decisionRole = DecisionRole::DecisionMaker;
        command = new EditPerson(&ws(), edited, {});
    } else if (what == QLatin1String("mentor")) {
        command = property(Change::Entity::Person, marcus, "team_role", codeOf(TeamRole::Mentor));
    } else if (what == QLatin1String("strength")) {
        command = property(Change::Entity::Relationship, line, "strength", 0);
    } else if (what == QLatin1String("strength-text")) {
        command = property(Change::Entity::Relationship, line, "strength", QStringLiteral("high"));
    } else if (what == QLatin1String("self")) {
        newLine.toId = sofia;
        command = new AddRelationship(&ws(), newLine);
    } else if (what == QLatin1String("duplicate-kind")) {
        // Another line between the two, turned into a second working line.
        newLine.kind = RelationshipKind::Tension;
        QVERIFY2(ws().execute(new AddRelationship(&ws(), newLine)), qPrintable(ws().errorString()));
        const qint64 personal =
            Sql::scalar(db, QStringLiteral("SELECT max(id) FROM relationships"))->toLongLong();
        command = property(Change::Entity::Relationship, personal, "kind",
                           codeOf(RelationshipKind::Working));
    } else if (what == QLatin1String("duplicate-add")) {
        command = new AddRelationship(&ws(), newLine);
    } else if (what == QLatin1String("account-name")) {
        command =
            property(Change::Entity::Account, m_account, "name", QStringLiteral("Kestrel Foods"));
    } else if (what == QLatin1String("department-name")) {
        command = property(Change::Entity::Department, departments.at(0).id, "name",
                           departments.at(1).name.toUpper());
    } else if (what == QLatin1String("level-name")) {
        command = property(Change::Entity::Level, levels.at(0).id, "name", levels.at(1).name);
    } else if (what == QLatin1String("person-name")) {
        command = property(Change::Entity::Person, queen, "name", QStringLiteral("  "));
    } else if (what == QLatin1String("department-empty")) {
        command = property(Change::Entity::Department, departments.at(0).id, "name", QString());
    } else if (what == QLatin1String("missing-department")) {
        Person person;
        person.accountId = m_account;
        person.name = QStringLiteral("Nowhere");
        person.departmentId = 999999;
        command = new AddPerson(&ws(), person);
    } else if (what == QLatin1String("foreign-level")) {
        command = property(Change::Entity::Person, queen, "level_id",
                           accounts.levels(otherAccount).first().id);
    } else if (what == QLatin1String("missing-competitor")) {
        command = property(Change::Entity::Person, queen, "competitor_id", 999999);
    } else if (what == QLatin1String("missing-person")) {
        newLine.toId = 999999;
        command = new AddRelationship(&ws(), newLine);
    } else if (what == QLatin1String("missing-account")) {
        Person person;
        person.accountId = 999999;
        person.name = QStringLiteral("Nobody");
        command = new AddPerson(&ws(), person);
    } else if (what == QLatin1String("wall-level")) {
        Wall wall;
        wall.accountId = m_account;
        wall.kind = WallKind::Level;
        wall.a = levels.at(0).id;
        wall.b = 999999;
        command = new AddWall(&ws(), wall);
    } else if (what == QLatin1String("client-team-role")) {
        command = property(Change::Entity::Person, queen, "team_role", codeOf(TeamRole::Mentor));
    } else if (what == QLatin1String("team-on-board")) {
        command = property(Change::Entity::Person, sofia, "department_id", departments.at(0).id);
    } else if (what == QLatin1String("sales")) {
        command = property(Change::Entity::Account, m_account, "annual_sales", -1.0);
    } else if (what == QLatin1String("cadence")) {
        command = property(Change::Entity::Account, m_account, "review_cadence_months", 30);
    } else if (what == QLatin1String("attitude")) {
        command = property(Change::Entity::Person, queen, "attitude", QStringLiteral("furious"));
    }
    QVERIFY(command);
    const QString before = dump();
    const int steps = ws().undoStack()->count();
    QVERIFY(!ws().execute(command));
    QVERIFY2(ws().errorString().contains(sentence), qPrintable(ws().errorString()));
    QCOMPARE(ws().undoStack()->count(), steps);
    QCOMPARE(dump(), before);
}

void TestModelRules::sqlErrorsKnowsNoRules_data()
{
    QTest::addColumn<QString>("message");
    // What SQLite says when a constraint the model did not check fires.
    QTest::newRow("one King")
        << "UNIQUE constraint failed: people.account_id, people.decision_role";
    QTest::newRow("one mentor") << "UNIQUE constraint failed: people.account_id, people.team_role";
    QTest::newRow("strength") << "CHECK constraint failed: strength BETWEEN 1 AND 5";
    QTest::newRow("self") << "CHECK constraint failed: from_id <> to_id";
    QTest::newRow("line") << "UNIQUE constraint failed: relationships.from_id, "
                             "relationships.to_id, relationships.kind";
    QTest::newRow("account name") << "UNIQUE constraint failed: accounts.name";
    QTest::newRow("department") << "UNIQUE constraint failed: departments.account_id, "
                                   "departments.name";
    QTest::newRow("empty name") << "CHECK constraint failed: length(trim(name)) > 0";
    QTest::newRow("foreign key") << "FOREIGN KEY constraint failed";
    QTest::newRow("sides") << "CHECK constraint failed: side = 'team' OR team_role IS NULL";
    QTest::newRow("sales") << "CHECK constraint failed: annual_sales >= 0";
    QTest::newRow("postgres") << "ERROR: duplicate key value violates unique constraint "
                                 "\"people_one_king\"";
}

void TestModelRules::sqlErrorsKnowsNoRules()
{
    QFETCH(QString, message);
    const QString generic = SqlErrors::explain(QStringLiteral("CHECK constraint failed: x"));
    QVERIFY(!generic.contains(QLatin1String("constraint")));
    // Every constraint reads as the one generic sentence: the rule's own sentence is the
    // model's, given before anything was written.
    QCOMPARE(SqlErrors::explain(message), generic);
    // The disk and the file still have their sentences; other errors pass through.
    QVERIFY(
        SqlErrors::explain(QStringLiteral("database or disk is full")).contains("disk is full"));
    QVERIFY(SqlErrors::explain(QStringLiteral("attempt to write a readonly database"))
                .contains("read-only"));
    QCOMPARE(SqlErrors::explain(QStringLiteral("no such table: x")),
             QStringLiteral("no such table: x"));
}

// Another writer names a department as this one's redo would: the redo is refused by the
// model's check, and the stack stays where the file is.
void TestModelRules::failedRedoKeepsTheStackInStep()
{
    const Department first = AccountStore(ws().database()).departments(m_account).first();
    QVERIFY(ws().execute(new SetProperties(&ws(), Change::Entity::Department, first.id,
                                           {{QStringLiteral("name"), QStringLiteral("Renamed")}},
                                           QStringLiteral("Rename"))));
    QUndoStack *stack = ws().undoStack();
    stack->undo();
    const int index = stack->index();
    const qint64 other = AccountStore(ws().database()).departments(m_account).last().id;
    QVERIFY(other != first.id);
    QVERIFY(Sql::run(ws().database(),
                     QStringLiteral("UPDATE departments SET name = 'Renamed' WHERE id = ?"),
                     {other}, nullptr));
    const QString before = dump();
    QSignalSpy failed(&ws(), &Workspace::editFailed);
    stack->redo();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(
                 QLatin1String("This account already has a department called")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(stack->index(), index);
    QVERIFY(stack->canRedo());
    QCOMPARE(dump(), before);
}

// The old name was taken by another writer: the undo fails at the schema's guard (the
// generic sentence), the stack still counts the edit as done, the file is unchanged.
void TestModelRules::failedUndoKeepsTheStackInStep()
{
    const QList<Department> departments = AccountStore(ws().database()).departments(m_account);
    const Department first = departments.first();
    QVERIFY(ws().execute(new SetProperties(&ws(), Change::Entity::Department, first.id,
                                           {{QStringLiteral("name"), QStringLiteral("Renamed")}},
                                           QStringLiteral("Rename"))));
    QUndoStack *stack = ws().undoStack();
    const int index = stack->index();
    QVERIFY(Sql::run(ws().database(),
                     QStringLiteral("UPDATE departments SET name = ? WHERE id = ?"),
                     {first.name, departments.last().id}, nullptr));
    const QString before = dump();
    QSignalSpy failed(&ws(), &Workspace::editFailed);
    stack->undo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(stack->index(), index);
    QVERIFY(stack->canUndo());
    QCOMPARE(dump(), before);
}

QTEST_GUILESS_MAIN(TestModelRules)
#include "TestModelRules.moc"
