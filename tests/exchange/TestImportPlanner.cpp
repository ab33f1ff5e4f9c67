#include "DatabaseDump.h"
#include "ExchangeTestHelpers.h"
#include "TestWorkspace.h"

#include "demo/DemoBuilder.h"
#include "workspace/AccountStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Kingside;
using namespace Kingside::Test;

// Matching, updating, refusing and undoing imports.
class TestImportPlanner : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void undoRestoresTheWorkspaceExactly();
    void undoOfANewAccountRemovesIt();
    void manyRowsKeepTheirIdsThroughChunks();
    void stoppedImportChangesNothing();
    void rowsBuiltBeforehandAreWhatIsWritten();
    void newerFileUpdatesFieldsAndReportsWhatChanged();
    void duplicatesInsideOneFile();
    void reportsToCycleIsReportedNotWritten();
    void ambiguousNamesAreRejected();
    void secondKingIsRejected();
    void teamSideImport();
    void invalidValuesOfKingsideCsvAreRejected();
    void invalidEmailIsRejected();
    void failureWritesNothing();

private:
    QString write(const char *name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        writeFile(path, content);
        return path;
    }
    QTemporaryDir m_dir;
};

void TestImportPlanner::undoRestoresTheWorkspaceExactly()
{
    TestWorkspace ws(TestWorkspace::Content::Demo);
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const QString account = DemoBuilder::largestAccountName();
    const qint64 accountId = ws.accountId(account);
    const QList<Person> people = PersonStore(ws->database()).people(accountId);
    // Someone of the demo with a new title and a new department, a newcomer reporting to
    // them with a new level and a new competitor.
    Person known;
    for (const Person &person : people) {
        if (!person.isTeam() && !person.email.isEmpty() &&
            person.decisionRole == DecisionRole::None) {
            known = person;
            break;
        }
    }
    QVERIFY(known.id > 0);
    const QByteArray csv =
        "name,side,title,department,level,email,attitude,competitor,reports_to\n" +
        known.name.toUtf8() + ",client,Chief Imports Officer,Data Office,," + known.email.toUtf8() +
        ",,,\n" +
        "New Person,client,Analyst,Data Office,Interns,new.person@example.com,"
        "supporter,Nimbus Analytics," +
        known.name.toUtf8() + "\n";
    const QString path = write("undo.csv", csv);
    const ImportPlan plan = planImport(ws.workspace(), path, account);
    QVERIFY(plan.error.isEmpty());
    QCOMPARE(plan.count(ImportPlan::Outcome::Updated), 1);
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 1);
    QCOMPARE(plan.newDepartments, QStringList{QStringLiteral("Data Office")});
    QCOMPARE(plan.newLevels, QStringList{QStringLiteral("Interns")});
    QCOMPARE(plan.newCompetitors, QStringList{QStringLiteral("Nimbus Analytics")});

    const QString before = dumpDatabase(ws->database());
    QVERIFY(ws->execute(new ApplyImport(&ws.workspace(), plan)));
    const QString after = dumpDatabase(ws->database());
    QVERIFY(after != before);
    const auto newcomer = personNamed(ws.workspace(), accountId, QStringLiteral("New Person"));
    QVERIFY(newcomer);
    QCOMPARE(newcomer->attitude, Attitude::Supporter);
    QVERIFY(newcomer->competitorId > 0);
    QCOMPARE(PersonStore(ws->database()).person(known.id)->title,
             QStringLiteral("Chief Imports Officer"));
    QCOMPARE(ws->undoStack()->count(), 1);

    ws->undoStack()->undo();
    QCOMPARE(dumpDatabase(ws->database()), before);
    ws->undoStack()->redo();
    QVERIFY(personNamed(ws.workspace(), accountId, QStringLiteral("New Person")));
    QCOMPARE(personNamed(ws.workspace(), accountId, QStringLiteral("New Person"))->id,
             newcomer->id);
    ws->undoStack()->undo();
    QCOMPARE(dumpDatabase(ws->database()), before);
}

void TestImportPlanner::undoOfANewAccountRemovesIt()
{
    TestWorkspace ws(TestWorkspace::Content::Demo);
    const QString before = dumpDatabase(ws->database());
    const ImportPlan plan = planImport(ws.workspace(), goldenPath("salesforce_contact_report.csv"),
                                       QStringLiteral("Nordlys Shipping AS"));
    QVERIFY(plan.createsAccount());
    QVERIFY(ws->execute(new ApplyImport(&ws.workspace(), plan)));
    QVERIFY(ws.accountId(QStringLiteral("Nordlys Shipping AS")) > 0);
    ws->undoStack()->undo();
    QCOMPARE(dumpDatabase(ws->database()), before);
}

void TestImportPlanner::manyRowsKeepTheirIdsThroughChunks()
{
    // 123 people: two chunks of 50 rows per INSERT and 23 written one by one. Every
    // reporting line must join the people its row names, first time, after undo and redo.
    QByteArray csv("First Name,Last Name,Title,Email,Reports To\n");
    for (int i = 0; i < 123; ++i)
        csv += "Person,N" + QByteArray::number(i) + ",Role " + QByteArray::number(i) + ",p" +
               QByteArray::number(i) + "@nordlys.example," +
               (i > 0 ? "Person N" + QByteArray::number(i / 5) : QByteArray()) + "\n";
    const ImportFile file = ImportReader::readData(csv, ImportFormat::Auto);
    QVERIFY2(file.readable, qPrintable(file.error));
    TestWorkspace ws(TestWorkspace::Content::Demo);
    const QString before = dumpDatabase(ws->database());
    ImportOptions options;
    options.accountName = QStringLiteral("Chunked AS");
    const ImportPlan plan =
        ImportPlanner::plan(ws->database(), ImportReader::contacts(file), options);
    QCOMPARE(plan.additions.size(), 123);
    QCOMPARE(plan.lines.size(), 122);
    const auto check = [&] {
        const qint64 accountId = ws.accountId(options.accountName);
        QVERIFY(accountId > 0);
        const PersonStore store(ws->database());
        QHash<qint64, Person> people;
        for (const Person &person : store.people(accountId))
            people.insert(person.id, person);
        QCOMPARE(people.size(), 123);
        int reporting = 0;
        for (const Relationship &line : store.relationships(accountId)) {
            if (line.kind != RelationshipKind::Reporting)
                continue;
            ++reporting;
            const Person from = people.value(line.fromId);
            const Person to = people.value(line.toId);
            const int i = from.name.mid(8).toInt(); // "Person N17"
            QCOMPARE(from.title, QStringLiteral("Role %1").arg(i));
            QCOMPARE(from.email, QStringLiteral("p%1@nordlys.example").arg(i));
            QCOMPARE(to.name, QStringLiteral("Person N%1").arg(i / 5));
        }
        QCOMPARE(reporting, 122);
    };
    QVERIFY(ws->execute(new ApplyImport(&ws.workspace(), plan)));
    check();
    ws->undoStack()->undo();
    QCOMPARE(dumpDatabase(ws->database()), before);
    ws->undoStack()->redo();
    check();
}

namespace {

// 123 people in 50-row chunks, each reporting to an earlier one (122 lines).
ImportPlan chunkedPlan(TestWorkspace &ws, const QString &account)
{
    QByteArray csv("First Name,Last Name,Title,Department,Email,Reports To\n");
    for (int i = 0; i < 123; ++i)
        csv += "Person,N" + QByteArray::number(i) + ",Role " + QByteArray::number(i) + ",Dept " +
               QByteArray::number(i % 3) + ",p" + QByteArray::number(i) + "@nordlys.example," +
               (i > 0 ? "Person N" + QByteArray::number(i / 5) : QByteArray()) + "\n";
    const ImportFile file = ImportReader::readData(csv, ImportFormat::Auto);
    ImportOptions options;
    options.accountName = account;
    return ImportPlanner::plan(ws->database(), ImportReader::contacts(file), options);
}

} // namespace

void TestImportPlanner::stoppedImportChangesNothing()
{
    // The import dialog's Stop: the progress says no half-way through the people. Nothing
    // of the import is kept (not the new account, departments or the people written
    // before), nothing is on the undo stack, and the error says it was stopped.
    TestWorkspace ws(TestWorkspace::Content::Demo);
    const QString before = dumpDatabase(ws->database());
    const ImportPlan plan = chunkedPlan(ws, QStringLiteral("Stopped AS"));
    QCOMPARE(plan.additions.size(), 123);
    auto *apply = new ApplyImport(&ws.workspace(), plan);
    QList<qsizetype> reported;
    bool secondRefused = false;
    qsizetype total = 0;
    apply->setProgress([&](qsizetype done, qsizetype of) {
        total = of;
        reported.append(done);
        if (reported.size() == 1) {
            // Nothing else may start inside the import's transaction.
            secondRefused = !ws->execute(new ApplyImport(&ws.workspace(), plan));
        }
        return done < 100;
    });
    QVERIFY(!ws->execute(apply));
    QCOMPARE(ws->errorString(), ApplyImport::stoppedText());
    QCOMPARE(reported, (QList<qsizetype>{50, 100}));
    QCOMPARE(total, qsizetype(123 + 122));
    QVERIFY(secondRefused);
    QCOMPARE(dumpDatabase(ws->database()), before);
    QCOMPARE(ws->undoStack()->count(), 0);

    // The same plan imports once not stopped; the progress reaches every row, and undo and
    // redo run without it.
    auto *again = new ApplyImport(&ws.workspace(), plan);
    reported.clear();
    again->setProgress([&](qsizetype done, qsizetype) {
        reported.append(done);
        return true;
    });
    QVERIFY2(ws->execute(again), qPrintable(ws->errorString()));
    QVERIFY(reported.size() >= 4);
    QCOMPARE(reported.last(), qsizetype(123 + 122));
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
    const qsizetype calls = reported.size();
    ws->undoStack()->undo();
    QCOMPARE(dumpDatabase(ws->database()), before);
    ws->undoStack()->redo();
    QCOMPARE(reported.size(), calls);
    QCOMPARE(PersonStore(ws->database()).people(ws.accountId(QStringLiteral("Stopped AS"))).size(),
             123);
}

void TestImportPlanner::rowsBuiltBeforehandAreWhatIsWritten()
{
    // The dialog builds the rows on its worker: written, they are the plan's people, in
    // their departments, with their reporting lines; rows of another plan are not used.
    TestWorkspace ws;
    const ImportPlan plan = chunkedPlan(ws, QStringLiteral("Rows AS"));
    const std::shared_ptr<const ImportRows> rows = ImportRows::of(plan);
    QCOMPARE(rows->people.size(), 123);
    QCOMPARE(rows->lines.size(), 122);
    QCOMPARE(rows->departmentKeys, (QStringList{QStringLiteral("dept 0"), QStringLiteral("dept 1"),
                                                QStringLiteral("dept 2")}));
    QVERIFY(ws->execute(new ApplyImport(&ws.workspace(), plan, rows)));
    const qint64 accountId = ws.accountId(QStringLiteral("Rows AS"));
    QHash<qint64, QString> departments;
    for (const Department &department : AccountStore(ws->database()).departments(accountId))
        departments.insert(department.id, department.name);
    QHash<qint64, Person> people;
    for (const Person &person : PersonStore(ws->database()).people(accountId))
        people.insert(person.id, person);
    QCOMPARE(people.size(), 123);
    for (const Person &person : std::as_const(people)) {
        const int i = person.name.mid(8).toInt();
        QCOMPARE(departments.value(person.departmentId), QStringLiteral("Dept %1").arg(i % 3));
        QCOMPARE(person.title, QStringLiteral("Role %1").arg(i));
    }
    int lines = 0;
    for (const Relationship &line : PersonStore(ws->database()).relationships(accountId)) {
        ++lines;
        QCOMPARE(
            people.value(line.toId).name,
            QStringLiteral("Person N%1").arg(people.value(line.fromId).name.mid(8).toInt() / 5));
    }
    QCOMPARE(lines, 122);

    // Rows of a smaller plan do not fit this one: the command builds its own.
    TestWorkspace other;
    ImportPlan fewer = plan;
    fewer.additions.resize(10);
    fewer.lines.clear();
    QVERIFY(!ImportRows::of(fewer)->fits(plan));
    QVERIFY(other->execute(new ApplyImport(&other.workspace(), plan, ImportRows::of(fewer))));
    QCOMPARE(
        PersonStore(other->database()).people(other.accountId(QStringLiteral("Rows AS"))).size(),
        123);
}

void TestImportPlanner::newerFileUpdatesFieldsAndReportsWhatChanged()
{
    TestWorkspace ws;
    const QString account = QStringLiteral("Nordlys Shipping AS");
    const QString v1 = write("v1.csv", "First Name,Last Name,Title,Department,Email,Reports To\n"
                                       "Kari,Nordmann,CEO,Executive,kari@n.example,\n"
                                       "Per,Hansen,CFO,Finance,per@n.example,Kari Nordmann\n"
                                       "Jonas,Berg,CIO,IT,jonas@n.example,Kari Nordmann\n");
    QVERIFY(ws->execute(new ApplyImport(&ws.workspace(), planImport(ws.workspace(), v1, account))));
    // Per changed title and department and now reports to Jonas; Jonas' e-mail is new
    // but his name still finds him.
    const QString v2 =
        write("v2.csv", "First Name,Last Name,Title,Department,Email,Reports To\n"
                        "Kari,Nordmann,CEO,Executive,kari@n.example,\n"
                        "Per,Hansen,Finance Director,Group Finance,per@n.example,Jonas Berg\n"
                        "Jonas,Berg,CIO,IT,jonas.berg@n.example,Kari Nordmann\n");
    const ImportPlan plan = planImport(ws.workspace(), v2, account);
    QCOMPARE(rowAt(plan, 2)->outcome, ImportPlan::Outcome::Unchanged);
    const ImportPlan::Row *per = rowAt(plan, 3);
    QCOMPARE(per->outcome, ImportPlan::Outcome::Updated);
    QVERIFY2(per->detail.contains(QStringLiteral("title: “CFO” → “Finance Director”")),
             qPrintable(per->detail));
    QVERIFY(per->detail.contains(QStringLiteral("department: “Finance” → “Group Finance”")));
    QVERIFY(per->detail.contains(QStringLiteral("reports to: “Kari Nordmann” → “Jonas Berg”")));
    QCOMPARE(rowAt(plan, 4)->outcome, ImportPlan::Outcome::Updated);
    QVERIFY(rowAt(plan, 4)->detail.contains(QStringLiteral("e-mail")));
    QVERIFY(ws->execute(new ApplyImport(&ws.workspace(), plan)));

    const qint64 accountId = ws.accountId(account);
    const auto perNow = personNamed(ws.workspace(), accountId, QStringLiteral("Per Hansen"));
    const auto jonas = personNamed(ws.workspace(), accountId, QStringLiteral("Jonas Berg"));
    QCOMPARE(perNow->title, QStringLiteral("Finance Director"));
    int perLines = 0;
    for (const Relationship &line : PersonStore(ws->database()).relationships(accountId)) {
        if (line.fromId == perNow->id) {
            ++perLines;
            QCOMPARE(line.toId, jonas->id); // the reporting line moved, none was added
        }
    }
    QCOMPARE(perLines, 1);
    QVERIFY(!planImport(ws.workspace(), v2, account).hasWrites());
}

void TestImportPlanner::duplicatesInsideOneFile()
{
    TestWorkspace ws;
    const QString path = write("dupes.csv", "Name,Email,Title\n"
                                            "Kari Nordmann,,CEO\n"
                                            "kari  nordmann,,Chief Executive\n"
                                            "Per Hansen,per@n.example,CFO\n"
                                            "Per Hansen,per.h@n.example,Controller\n"
                                            "P. Hansen,PER@N.EXAMPLE,CFO\n");
    const ImportPlan plan = planImport(ws.workspace(), path, QStringLiteral("A"));
    QCOMPARE(rowAt(plan, 3)->outcome, ImportPlan::Outcome::Rejected);
    QVERIFY(rowAt(plan, 3)->detail.contains(QStringLiteral("duplicate of line 2 (same name)")));
    // Same name, two different addresses: two people.
    QCOMPARE(rowAt(plan, 5)->outcome, ImportPlan::Outcome::Added);
    QCOMPARE(rowAt(plan, 6)->outcome, ImportPlan::Outcome::Rejected);
    QVERIFY(rowAt(plan, 6)->detail.contains(
        QStringLiteral("duplicate of line 4 (same e-mail address)")));
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 3);
}

void TestImportPlanner::reportsToCycleIsReportedNotWritten()
{
    TestWorkspace ws;
    const QString path = write("cycle.csv", "Name,Reports To\n"
                                            "Anna A,Bert B\n"
                                            "Bert B,Cecilie C\n"
                                            "Cecilie C,Anna A\n"
                                            "Dag D,Dag D\n"
                                            "Eva E,Nobody Known\n");
    const ImportPlan plan = planImport(ws.workspace(), path, QStringLiteral("Cycles"));
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 5);
    QCOMPARE(plan.lines.size(), 2);
    const QString warnings = plan.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(
                 QStringLiteral("line 4: Cecilie C reporting to Anna A would close a "
                                "reporting cycle (Cecilie C → Anna A → Bert B → Cecilie C)")),
             qPrintable(warnings));
    QVERIFY(warnings.contains(QStringLiteral("line 5: Dag D reports to themselves")));
    QVERIFY(warnings.contains(QStringLiteral("line 6: Eva E reports to “Nobody Known”")));
    QVERIFY(ws->execute(new ApplyImport(&ws.workspace(), plan)));
    QCOMPARE(
        PersonStore(ws->database()).relationships(ws.accountId(QStringLiteral("Cycles"))).size(),
        2);
}

void TestImportPlanner::ambiguousNamesAreRejected()
{
    TestWorkspace ws;
    const QString account = QStringLiteral("Twins");
    const QString first =
        write("twins.csv", "Name,Email\nAlex Lee,alex1@t.example\nAlex Lee,alex2@t.example\n");
    QVERIFY(
        ws->execute(new ApplyImport(&ws.workspace(), planImport(ws.workspace(), first, account))));
    const QString second = write("alex.csv", "Name,Title\nAlex Lee,Engineer\n");
    const ImportPlan plan = planImport(ws.workspace(), second, account);
    QCOMPARE(rowAt(plan, 2)->outcome, ImportPlan::Outcome::Rejected);
    QVERIFY(rowAt(plan, 2)->detail.contains(QStringLiteral("2 people in the account are called")));
}

void TestImportPlanner::secondKingIsRejected()
{
    TestWorkspace ws(TestWorkspace::Content::Demo);
    const QString path = write("king.csv", "name,side,decision_role,attitude\n"
                                           "Usurper,client,decision_maker,neutral\n");
    const ImportPlan plan = planImport(ws.workspace(), path, DemoBuilder::largestAccountName());
    QCOMPARE(rowAt(plan, 2)->outcome, ImportPlan::Outcome::Rejected);
    QVERIFY2(rowAt(plan, 2)->detail.contains(QStringLiteral("Ingrid Halvorsen")),
             qPrintable(rowAt(plan, 2)->detail));
}

void TestImportPlanner::teamSideImport()
{
    TestWorkspace ws;
    const QString path = write("team.csv", "Name,Title,Department,Company\n"
                                           "Ola Nordmann,Account Manager,Sales,Our Company Ltd\n");
    const ImportPlan plan =
        planImport(ws.workspace(), path, QStringLiteral("Client X"), Side::Team);
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 1); // no company filter for our team
    QVERIFY(plan.newDepartments.isEmpty());
    QVERIFY(ws->execute(new ApplyImport(&ws.workspace(), plan)));
    const auto ola = personNamed(ws.workspace(), ws.accountId(QStringLiteral("Client X")),
                                 QStringLiteral("Ola Nordmann"));
    QCOMPARE(ola->side, Side::Team);
    QCOMPARE(ola->teamRole, TeamRole::Other);
    QCOMPARE(ola->departmentId, 0);
}

void TestImportPlanner::invalidValuesOfKingsideCsvAreRejected()
{
    TestWorkspace ws;
    const QString path = write("bad.csv", "name,side,attitude,piece\n"
                                          "Kari,client,friendly,\n"
                                          "Per,client,champion,emperor\n"
                                          "Jonas,visitor,neutral,\n"
                                          "Sofie,client,Sceptic,Knight\n");
    const ImportPlan plan = planImport(ws.workspace(), path, QStringLiteral("A"));
    QVERIFY(rowAt(plan, 2)->detail.contains(
        QStringLiteral("champion, supporter, neutral, sceptic, opponent")));
    QCOMPARE(rowAt(plan, 3)->outcome, ImportPlan::Outcome::Rejected);
    QCOMPARE(rowAt(plan, 4)->outcome, ImportPlan::Outcome::Rejected);
    QCOMPARE(rowAt(plan, 5)->outcome, ImportPlan::Outcome::Added); // display names are fine
}

void TestImportPlanner::invalidEmailIsRejected()
{
    TestWorkspace ws;
    const QString path = write("mail.csv", "Name,Email\nKari,kari(at)n.example\n");
    const ImportPlan plan = planImport(ws.workspace(), path, QStringLiteral("A"));
    QCOMPARE(rowAt(plan, 2)->outcome, ImportPlan::Outcome::Rejected);
    QVERIFY(rowAt(plan, 2)->detail.contains(QStringLiteral("not an e-mail address")));
}

void TestImportPlanner::failureWritesNothing()
{
    TestWorkspace ws(TestWorkspace::Content::Demo);
    const QString before = dumpDatabase(ws->database());
    // A row the database refuses after others were written: the whole import is undone.
    // ("Nordlys Shipping" is the file's "Nordlys Shipping AS" without its legal form.)
    ImportPlan plan = planImport(ws.workspace(), goldenPath("hubspot_contacts.csv"),
                                 QStringLiteral("Nordlys Shipping"));
    QVERIFY(plan.additions.size() >= 2);
    plan.additions.last().person.name = QStringLiteral("   ");
    QVERIFY(!ws->execute(new ApplyImport(&ws.workspace(), plan)));
    QVERIFY(!ws->errorString().isEmpty());
    QCOMPARE(dumpDatabase(ws->database()), before);
    QCOMPARE(ws->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestImportPlanner)
#include "TestImportPlanner.moc"
