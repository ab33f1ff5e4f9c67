// The typed edits of people and relationships, the one-step group of edits, and the
// item models that run them from a table cell (README "Your first account").
#include "DatabaseDump.h"
#include "TestWorkspace.h"

#include "commands/AddPerson.h"
#include "commands/CommandGroup.h"
#include "commands/EditPerson.h"
#include "commands/EditRelationship.h"
#include "commands/RemovePerson.h"
#include "demo/DemoBuilder.h"
#include "domain/PersonRules.h"
#include "itemmodels/PeopleTableModel.h"
#include "itemmodels/RelationshipTableModel.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace Kingside;

class TestEditCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editPersonAppliesUndoesRedoes();
    void editPersonRefusesASecondKingWithASentence();
    void editPersonRefusesAnEmptyNameAndASecondMentor();
    void addPersonChecksTheRules();
    void editRelationshipKeepsItsEnds();
    void editRelationshipRefusesBadStrengthAndDuplicates();
    void groupIsOneStepAndAllOrNothing();
    void removePersonSaysWhatWent();
    void peopleTableEditsInPlaceRowByRow();
    void peopleTableRefusalIsAnnounced();
    void relationshipTableEditsInPlace();

private:
    Workspace &ws() { return m_ws->workspace(); }
    QString dump() { return Test::dumpDatabase(ws().database()); }
    QList<Person> people() { return PersonStore(ws().database()).people(m_account); }
    Person personWith(DecisionRole role);
    Person aClientWithout(DecisionRole role);

    std::unique_ptr<Test::TestWorkspace> m_ws;
    qint64 m_account = 0;
};

void TestEditCommands::init()
{
    m_ws = std::make_unique<Test::TestWorkspace>(Test::TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_account = m_ws->accountId(DemoBuilder::largestAccountName());
    QVERIFY(m_account > 0);
}

void TestEditCommands::cleanup()
{
    m_ws.reset();
}

Person TestEditCommands::personWith(DecisionRole role)
{
    for (const Person &person : people())
        if (!person.isTeam() && person.decisionRole == role)
            return person;
    return {};
}

Person TestEditCommands::aClientWithout(DecisionRole role)
{
    for (const Person &person : people())
        if (!person.isTeam() && person.decisionRole != role &&
            person.decisionRole != DecisionRole::DecisionMaker)
            return person;
    return {};
}

void TestEditCommands::editPersonAppliesUndoesRedoes()
{
    Person person = aClientWithout(DecisionRole::None);
    QVERIFY(person.id > 0);
    const QString before = dump();
    Person edited = person;
    edited.title = QStringLiteral("Chief Grid Officer");
    edited.attitude = Attitude::Opponent;
    edited.pieceOverride = Piece::Knight;
    QVERIFY2(ws().execute(new EditPerson(&ws(), edited)), qPrintable(ws().errorString()));
    const QString after = dump();
    const auto stored = PersonStore(ws().database()).person(person.id);
    QCOMPARE(stored->title, QStringLiteral("Chief Grid Officer"));
    QCOMPARE(stored->attitude, Attitude::Opponent);
    QCOMPARE(stored->piece(), Piece::Knight);
    ws().undoStack()->undo();
    QCOMPARE(dump(), before);
    ws().undoStack()->redo();
    QCOMPARE(dump(), after);
}

void TestEditCommands::editPersonRefusesASecondKingWithASentence()
{
    const Person king = personWith(DecisionRole::DecisionMaker);
    QVERIFY(king.id > 0);
    Person other = aClientWithout(DecisionRole::DecisionMaker);
    const QString before = dump();
    other.decisionRole = DecisionRole::DecisionMaker;
    QVERIFY(!ws().execute(new EditPerson(&ws(), other)));
    // The model's sentence, naming the King, not SQLite's constraint text.
    QVERIFY2(ws().errorString().contains(king.name), qPrintable(ws().errorString()));
    QVERIFY(!ws().errorString().contains(QStringLiteral("UNIQUE")));
    QCOMPARE(dump(), before);
    QCOMPARE(ws().undoStack()->count(), 0);
}

void TestEditCommands::editPersonRefusesAnEmptyNameAndASecondMentor()
{
    Person person = aClientWithout(DecisionRole::None);
    const QString before = dump();
    person.name = QStringLiteral("   ");
    QVERIFY(!ws().execute(new EditPerson(&ws(), person)));
    QCOMPARE(ws().errorString(), PersonRules::check(person, {}));
    QVERIFY(!ws().errorString().isEmpty());
    Person member;
    for (const Person &candidate : people())
        if (candidate.isTeam() && candidate.teamRole != TeamRole::Mentor)
            member = candidate;
    QVERIFY(member.id > 0);
    member.teamRole = TeamRole::Mentor;
    QVERIFY(!ws().execute(new EditPerson(&ws(), member)));
    QVERIFY2(ws().errorString().contains(QStringLiteral("mentor")), qPrintable(ws().errorString()));
    // A team member cannot stand on the board.
    member.teamRole = TeamRole::Specialist;
    member.departmentId = people().first().departmentId ? people().first().departmentId : 1;
    QVERIFY(!ws().execute(new EditPerson(&ws(), member)));
    QCOMPARE(dump(), before);
}

void TestEditCommands::addPersonChecksTheRules()
{
    const QString before = dump();
    Person king;
    king.accountId = m_account;
    king.name = QStringLiteral("Second King");
    king.decisionRole = DecisionRole::DecisionMaker;
    QVERIFY(!ws().execute(new AddPerson(&ws(), king)));
    QVERIFY(ws().errorString().contains(personWith(DecisionRole::DecisionMaker).name));
    Person nameless;
    nameless.accountId = m_account;
    QVERIFY(!ws().execute(new AddPerson(&ws(), nameless)));
    QCOMPARE(dump(), before);
}

void TestEditCommands::editRelationshipKeepsItsEnds()
{
    const QList<Relationship> lines = PersonStore(ws().database()).relationships(m_account);
    QVERIFY(!lines.isEmpty());
    const Relationship line = lines.first();
    const QString before = dump();
    Relationship edited = line;
    edited.strength = line.strength == 5 ? 4 : 5;
    edited.lastContact = QDate(2026, 5, 1);
    edited.fromId = edited.toId; // whom a line joins is not edited here
    QVERIFY2(ws().execute(new EditRelationship(&ws(), edited)), qPrintable(ws().errorString()));
    const auto stored = PersonStore(ws().database()).relationship(line.id);
    QCOMPARE(stored->strength, edited.strength);
    QCOMPARE(stored->lastContact, QDate(2026, 5, 1));
    QCOMPARE(stored->fromId, line.fromId);
    QCOMPARE(stored->toId, line.toId);
    ws().undoStack()->undo();
    QCOMPARE(dump(), before);
}

void TestEditCommands::editRelationshipRefusesBadStrengthAndDuplicates()
{
    const QList<Relationship> lines = PersonStore(ws().database()).relationships(m_account);
    const QString before = dump();
    Relationship edited = lines.first();
    edited.strength = 9;
    QVERIFY(!ws().execute(new EditRelationship(&ws(), edited)));
    QVERIFY(ws().errorString().contains(QStringLiteral("1 (vendor) to 5")));
    // Two lines between the same people: turning one into the other's kind is refused.
    bool found = false;
    for (const Relationship &a : lines) {
        for (const Relationship &b : lines) {
            if (a.id != b.id && a.fromId == b.fromId && a.toId == b.toId && a.kind != b.kind) {
                Relationship same = a;
                same.kind = b.kind;
                QVERIFY(!ws().execute(new EditRelationship(&ws(), same)));
                QVERIFY(ws().errorString().contains(QStringLiteral("already")));
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    QCOMPARE(dump(), before);
}

void TestEditCommands::groupIsOneStepAndAllOrNothing()
{
    QList<Person> clients;
    for (const Person &person : people())
        if (!person.isTeam() && person.decisionRole != DecisionRole::DecisionMaker)
            clients.append(person);
    QVERIFY(clients.size() >= 3);
    const QString before = dump();
    QSignalSpy changes(&ws(), &Workspace::changed);
    auto *group = new CommandGroup(&ws(), QStringLiteral("Two at once"));
    for (int i = 0; i < 2; ++i) {
        Person edited = clients[i];
        edited.attitude = Attitude::Champion;
        edited.title = QStringLiteral("Grouped %1").arg(i);
        group->add(new EditPerson(&ws(), edited));
    }
    QVERIFY2(ws().execute(group), qPrintable(ws().errorString()));
    QCOMPARE(ws().undoStack()->count(), 1);
    QCOMPARE(changes.count(), 2); // each part's row is announced
    ws().undoStack()->undo();
    QCOMPARE(dump(), before);

    // A refused part leaves the earlier parts unwritten too.
    auto *failing = new CommandGroup(&ws(), QStringLiteral("Half good"));
    Person good = clients[0];
    good.title = QStringLiteral("Never stored");
    failing->add(new EditPerson(&ws(), good));
    Person bad = clients[1];
    bad.decisionRole = DecisionRole::DecisionMaker;
    failing->add(new EditPerson(&ws(), bad));
    QVERIFY(!ws().execute(failing));
    QCOMPARE(dump(), before);
}

void TestEditCommands::removePersonSaysWhatWent()
{
    // The best-connected client person.
    const QList<Relationship> lines = PersonStore(ws().database()).relationships(m_account);
    QHash<qint64, int> degree;
    for (const Relationship &line : lines) {
        ++degree[line.fromId];
        ++degree[line.toId];
    }
    Person hub;
    int most = -1;
    for (const Person &person : people()) {
        if (person.isTeam() || degree.value(person.id) <= most)
            continue;
        const auto blocking = Sql::scalar(
            ws().database(),
            QStringLiteral("SELECT count(*) FROM actions WHERE owner_id = ? OR person_id = ?"),
            {person.id, person.id});
        if (blocking && blocking->toInt() == 0) {
            hub = person;
            most = degree.value(person.id);
        }
    }
    QVERIFY(most > 1);
    auto *command = new RemovePerson(&ws(), hub.id, hub.name);
    QVERIFY2(ws().execute(command), qPrintable(ws().errorString()));
    const QString said = command->whatWent();
    QVERIFY2(said.contains(hub.name), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("%1 relationships").arg(most)), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Undo")), qPrintable(said));
}

void TestEditCommands::peopleTableEditsInPlaceRowByRow()
{
    PeopleTableModel model(&ws());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccount(m_account);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const Person person = aClientWithout(DecisionRole::None);
    const int row = model.rowOf(person.id);
    QVERIFY(row >= 0);
    QVERIFY(model.flags(model.index(row, PeopleTableModel::Title)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(row, PeopleTableModel::Side)) & Qt::ItemIsEditable));
    QVERIFY(model.setData(model.index(row, PeopleTableModel::Title), QStringLiteral("VP Grid")));
    QCOMPARE(model.index(row, PeopleTableModel::Title).data().toString(),
             QStringLiteral("VP Grid"));
    // The attitude column offers the five steps and takes their code.
    const QVariantList attitudes =
        model.index(row, PeopleTableModel::Attitude).data(PeopleTableModel::ChoicesRole).toList();
    QCOMPARE(attitudes.size(), 5);
    QVERIFY(model.setData(model.index(row, PeopleTableModel::Attitude), codeOf(Attitude::Sceptic)));
    QCOMPARE(PersonStore(ws().database()).person(person.id)->attitude, Attitude::Sceptic);
    // Row by row: no reset, the edited row announced.
    QCOMPARE(resets.count(), 0);
    QVERIFY(changed.count() >= 2);
    QCOMPARE(changed.last().at(0).toModelIndex().row(), row);
    QCOMPARE(ws().undoStack()->count(), 2);
    // Undo goes back through the same row.
    ws().undoStack()->undo();
    ws().undoStack()->undo();
    QCOMPARE(model.index(row, PeopleTableModel::Title).data().toString(), person.title);
    QCOMPARE(resets.count(), 0);
}

void TestEditCommands::peopleTableRefusalIsAnnounced()
{
    PeopleTableModel model(&ws());
    model.setAccount(m_account);
    QSignalSpy refused(&model, &PeopleTableModel::editRefused);
    const Person other = aClientWithout(DecisionRole::DecisionMaker);
    const int row = model.rowOf(other.id);
    const QString before = dump();
    QVERIFY(!model.setData(model.index(row, PeopleTableModel::Piece),
                           codeOf(DecisionRole::DecisionMaker)));
    QCOMPARE(refused.count(), 1);
    QVERIFY(
        refused.first().first().toString().contains(personWith(DecisionRole::DecisionMaker).name));
    QVERIFY(!model.setData(model.index(row, PeopleTableModel::Name), QString()));
    QCOMPARE(refused.count(), 2);
    QCOMPARE(dump(), before);
}

void TestEditCommands::relationshipTableEditsInPlace()
{
    RelationshipTableModel model(&ws());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccount(m_account);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy refused(&model, &RelationshipTableModel::editRefused);
    const QModelIndex strength = model.index(0, RelationshipTableModel::Strength);
    const int old = strength.data(Qt::EditRole).toInt();
    QVERIFY(model.setData(strength, old == 5 ? 1 : 5));
    QCOMPARE(model.index(0, RelationshipTableModel::Strength).data(Qt::EditRole).toInt(),
             old == 5 ? 1 : 5);
    QVERIFY(!model.setData(strength, 0));
    QCOMPARE(refused.count(), 1);
    QVERIFY(model.setData(model.index(0, RelationshipTableModel::LastContact), QDate(2026, 1, 2)));
    QCOMPARE(model.index(0, RelationshipTableModel::LastContact).data().toString(),
             QStringLiteral("2026-01-02"));
    QCOMPARE(resets.count(), 0);
}

QTEST_GUILESS_MAIN(TestEditCommands)
#include "TestEditCommands.moc"
