#include "ExchangeTestHelpers.h"
#include "TestWorkspace.h"

#include "workspace/AccountStore.h"

#include <QTest>

using namespace Kingside;
using namespace Kingside::Test;

// Golden files in each product's layout (tests/exchange/data): recognised, read and
// planned exactly; applied, and a second import of the same file changes nothing.
class TestImportFormats : public QObject
{
    Q_OBJECT

private slots:
    void salesforceContactReport();
    void salesforceDataLoaderResolvesReportsToIds();
    void hubspotContactsExport();
    void linkedinConnectionsAfterSalesforce();
    void vcardsFromThunderbirdAndPhones();
    void relationshipsOnly();
    void relationshipsCreateTheAccount();
    void genericCsvNeedsAMapping();

private:
    static const QString account;
    static bool importInto(Workspace &workspace, const char *golden, ImportPlan *plan = nullptr)
    {
        const ImportPlan planned = planImport(workspace, goldenPath(golden), account);
        if (plan)
            *plan = planned;
        if (!planned.error.isEmpty()) {
            qWarning("%s", qPrintable(planned.error));
            return false;
        }
        if (!workspace.execute(new ApplyImport(&workspace, planned))) {
            qWarning("%s", qPrintable(workspace.errorString()));
            return false;
        }
        return true;
    }
};

const QString TestImportFormats::account = QStringLiteral("Nordlys Shipping AS");

void TestImportFormats::salesforceContactReport()
{
    const ImportFile file = ImportReader::read(goldenPath("salesforce_contact_report.csv"));
    QVERIFY2(file.readable, qPrintable(file.error));
    QCOMPARE(file.format, ImportFormat::Salesforce);
    QCOMPARE(file.rows.size(), 6); // the footer is not data
    QVERIFY2(file.notices.join(QString()).contains(QStringLiteral("lines 10–13")),
             qPrintable(file.notices.join(QLatin1Char('|'))));

    TestWorkspace ws;
    QVERIFY(ws.isValid());
    ImportPlan plan =
        planImport(ws.workspace(), goldenPath("salesforce_contact_report.csv"), account);
    QVERIFY(plan.error.isEmpty());
    QVERIFY(plan.createsAccount());
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 5);
    QCOMPARE(plan.count(ImportPlan::Outcome::Skipped), 1);
    QCOMPARE(plan.count(ImportPlan::Outcome::Rejected), 0);
    QCOMPARE(rowAt(plan, 8)->outcome, ImportPlan::Outcome::Skipped);
    QVERIFY(rowAt(plan, 8)->detail.contains(QStringLiteral("Harbour Logistics Ltd")));
    QCOMPARE(rowAt(plan, 6)->name, QStringLiteral("Sofie Lund")); // after the two-line street
    QCOMPARE(plan.newDepartments,
             QStringList({QStringLiteral("Executive"), QStringLiteral("Finance"),
                          QStringLiteral("IT"), QStringLiteral("Operations")}));
    QCOMPARE(plan.lines.size(), 4);
    QVERIFY(plan.warnings.isEmpty());
    QVERIFY(ws->execute(new ApplyImport(&ws.workspace(), plan)));

    const qint64 accountId = ws.accountId(account);
    QVERIFY(accountId > 0);
    const auto jonas = personNamed(ws.workspace(), accountId, QStringLiteral("Jonas Berg"));
    QVERIFY(jonas);
    QCOMPARE(jonas->title, QStringLiteral("Head of IT, Infrastructure"));
    QCOMPARE(jonas->phone, QStringLiteral("+47 900 00 003")); // mobile when no phone
    QCOMPARE(jonas->email, QStringLiteral("jonas.berg@nordlys.example"));
    const auto sofie = personNamed(ws.workspace(), accountId, QStringLiteral("Sofie Lund"));
    QCOMPARE(sofie->title, QStringLiteral("Developer \"Team Lead\""));
    const auto per = personNamed(ws.workspace(), accountId, QStringLiteral("Per Hansen"));
    QCOMPARE(per->phone, QStringLiteral("+47 22 00 00 02"));
    const auto kari = personNamed(ws.workspace(), accountId, QStringLiteral("Kari Nordmann"));
    const AccountStore store(ws->database());
    QString departmentOfSofie;
    for (const Department &department : store.departments(accountId)) {
        if (department.id == sofie->departmentId)
            departmentOfSofie = department.name;
    }
    QCOMPARE(departmentOfSofie, QStringLiteral("IT"));
    QCOMPARE(store.levels(accountId).size(), 8); // a new account gets the standard levels

    int reportingToKari = 0;
    bool sofieToJonas = false;
    for (const Relationship &line : PersonStore(ws->database()).relationships(accountId)) {
        QCOMPARE(line.kind, RelationshipKind::Reporting);
        reportingToKari += line.toId == kari->id;
        sofieToJonas = sofieToJonas || (line.fromId == sofie->id && line.toId == jonas->id);
    }
    QCOMPARE(reportingToKari, 3);
    QVERIFY(sofieToJonas);

    // The same file again: nothing to change.
    const ImportPlan again =
        planImport(ws.workspace(), goldenPath("salesforce_contact_report.csv"), account);
    QCOMPARE(again.count(ImportPlan::Outcome::Unchanged), 5);
    QCOMPARE(again.count(ImportPlan::Outcome::Skipped), 1);
    QVERIFY(!again.hasWrites());
}

void TestImportFormats::salesforceDataLoaderResolvesReportsToIds()
{
    TestWorkspace ws;
    QVERIFY(importInto(ws.workspace(), "salesforce_contact_report.csv"));
    ImportPlan plan;
    QVERIFY(importInto(ws.workspace(), "salesforce_dataloader.csv", &plan));
    QCOMPARE(ImportReader::read(goldenPath("salesforce_dataloader.csv")).format,
             ImportFormat::Salesforce);
    QCOMPARE(plan.count(ImportPlan::Outcome::Unchanged), 2);
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 1);
    QCOMPARE(rowAt(plan, 4)->name, QStringLiteral("Maja Vik"));
    const qint64 accountId = ws.accountId(account);
    const auto maja = personNamed(ws.workspace(), accountId, QStringLiteral("Maja Vik"));
    const auto erik = personNamed(ws.workspace(), accountId, QStringLiteral("Erik Strand"));
    QVERIFY(maja && erik);
    bool majaReportsToErik = false;
    for (const Relationship &line : PersonStore(ws->database()).relationships(accountId))
        majaReportsToErik =
            majaReportsToErik || (line.fromId == maja->id && line.toId == erik->id &&
                                  line.kind == RelationshipKind::Reporting);
    QVERIFY(majaReportsToErik);
}

void TestImportFormats::hubspotContactsExport()
{
    const ImportFile file = ImportReader::read(goldenPath("hubspot_contacts.csv"));
    QVERIFY(file.readable);
    QCOMPARE(file.format, ImportFormat::HubSpot);
    QCOMPARE(file.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(file.header.first(), QStringLiteral("Record ID")); // no BOM left in the name

    TestWorkspace ws;
    ImportPlan plan;
    QVERIFY(importInto(ws.workspace(), "hubspot_contacts.csv", &plan));
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 3);
    QCOMPARE(plan.count(ImportPlan::Outcome::Rejected), 2);
    QCOMPARE(plan.count(ImportPlan::Outcome::Skipped), 1);
    QCOMPARE(rowAt(plan, 4)->outcome, ImportPlan::Outcome::Rejected);
    QVERIFY(rowAt(plan, 4)->detail.contains(QStringLiteral("no name")));
    QCOMPARE(rowAt(plan, 5)->outcome, ImportPlan::Outcome::Rejected);
    QVERIFY2(rowAt(plan, 5)->detail.contains(QStringLiteral("duplicate of line 2")),
             qPrintable(rowAt(plan, 5)->detail));
    QCOMPARE(rowAt(plan, 7)->outcome, ImportPlan::Outcome::Skipped);

    const qint64 accountId = ws.accountId(account);
    const auto kari = personNamed(ws.workspace(), accountId, QStringLiteral("Kari Nordmann"));
    QCOMPARE(kari->decisionRole, DecisionRole::DecisionMaker); // "Decision Maker;Budget Holder"
    const auto bjorn = personNamed(ws.workspace(), accountId, QStringLiteral("Bjørn Ødegård"));
    QVERIFY(bjorn);
    QCOMPARE(bjorn->decisionRole, DecisionRole::PowerInfluencer);
    // SQL in a name is only text.
    const QString bobby = QStringLiteral("Robert'); DROP TABLE people;-- Tables");
    const auto tables = personNamed(ws.workspace(), accountId, bobby);
    QVERIFY(tables);
    QCOMPARE(tables->title, QStringLiteral("Intern, \"Data\""));
    QCOMPARE(tables->decisionRole, DecisionRole::User);
    QCOMPARE(PersonStore(ws->database()).people(accountId).size(), 3);

    const ImportPlan again =
        planImport(ws.workspace(), goldenPath("hubspot_contacts.csv"), account);
    QVERIFY(!again.hasWrites());
    QCOMPARE(again.count(ImportPlan::Outcome::Unchanged), 3);
}

void TestImportFormats::linkedinConnectionsAfterSalesforce()
{
    const ImportFile file = ImportReader::read(goldenPath("linkedin_connections.csv"));
    QVERIFY(file.readable);
    QCOMPARE(file.format, ImportFormat::LinkedIn);
    QCOMPARE(file.headerLine, 4);
    QCOMPARE(file.rows.size(), 5);

    TestWorkspace ws;
    QVERIFY(importInto(ws.workspace(), "salesforce_contact_report.csv"));
    ImportPlan plan;
    QVERIFY(importInto(ws.workspace(), "linkedin_connections.csv", &plan));
    QCOMPARE(rowAt(plan, 5)->outcome, ImportPlan::Outcome::Unchanged); // Kari, by name
    QCOMPARE(rowAt(plan, 6)->outcome, ImportPlan::Outcome::Updated);   // Erik's new title
    QVERIFY2(rowAt(plan, 6)->detail.contains(
                 QStringLiteral("“Fleet Manager” → “Fleet Manager, North Sea”")),
             qPrintable(rowAt(plan, 6)->detail));
    QCOMPARE(rowAt(plan, 7)->outcome, ImportPlan::Outcome::Added);   // Maja
    QCOMPARE(rowAt(plan, 8)->outcome, ImportPlan::Outcome::Skipped); // Fjord Fisheries
    QCOMPARE(rowAt(plan, 9)->outcome, ImportPlan::Outcome::Added);   // "Nordlys Shipping Group"
    const qint64 accountId = ws.accountId(account);
    QCOMPARE(personNamed(ws.workspace(), accountId, QStringLiteral("Erik Strand"))->title,
             QStringLiteral("Fleet Manager, North Sea"));
    QCOMPARE(personNamed(ws.workspace(), accountId, QStringLiteral("Ane Dahl"))->title,
             QStringLiteral("Chartering Manager"));
    const ImportPlan again =
        planImport(ws.workspace(), goldenPath("linkedin_connections.csv"), account);
    QVERIFY(!again.hasWrites());
}

void TestImportFormats::vcardsFromThunderbirdAndPhones()
{
    TestWorkspace ws;
    QVERIFY(importInto(ws.workspace(), "salesforce_contact_report.csv"));
    ImportPlan plan;
    QVERIFY(importInto(ws.workspace(), "thunderbird.vcf", &plan));
    QCOMPARE(rowAt(plan, 1)->outcome, ImportPlan::Outcome::Unchanged);
    QCOMPARE(rowAt(plan, 12)->outcome, ImportPlan::Outcome::Updated);
    QVERIFY(rowAt(plan, 12)->detail.contains(QStringLiteral("phone")));

    ImportPlan phone;
    QVERIFY(importInto(ws.workspace(), "android.vcf", &phone));
    QCOMPARE(phone.count(ImportPlan::Outcome::Added), 1);
    QCOMPARE(phone.count(ImportPlan::Outcome::Rejected), 1);
    ImportPlan evolution;
    QVERIFY(importInto(ws.workspace(), "evolution.vcf", &evolution));
    QCOMPARE(evolution.count(ImportPlan::Outcome::Updated), 1); // Sofie: title, notes
    const qint64 accountId = ws.accountId(account);
    const auto sofie = personNamed(ws.workspace(), accountId, QStringLiteral("Sofie Lund"));
    QCOMPARE(sofie->notes,
             QStringLiteral("Met at Nor-Shipping 2025\nLikes sailing; prefers e-mail"));
    QVERIFY(personNamed(ws.workspace(), accountId, QStringLiteral("Bjørn Ødegård")));
}

void TestImportFormats::relationshipsOnly()
{
    TestWorkspace ws;
    QVERIFY(importInto(ws.workspace(), "salesforce_contact_report.csv"));
    const ImportFile file = ImportReader::read(goldenPath("relationships.csv"));
    QCOMPARE(file.format, ImportFormat::Relationships);
    ImportPlan plan;
    QVERIFY(importInto(ws.workspace(), "relationships.csv", &plan));
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 2);
    QCOMPARE(plan.count(ImportPlan::Outcome::Updated), 1);
    QCOMPARE(plan.count(ImportPlan::Outcome::Unchanged), 1);
    QCOMPARE(plan.count(ImportPlan::Outcome::Rejected), 6);
    QCOMPARE(rowAt(plan, 3)->detail, QStringLiteral("strength: 3 → 5"));
    QVERIFY(rowAt(plan, 6)->detail.contains(QStringLiteral("themselves")));
    QVERIFY(rowAt(plan, 7)->detail.contains(QStringLiteral("1 to 5")));
    QVERIFY(rowAt(plan, 8)->detail.contains(QStringLiteral("duplicate of line 2")));
    QVERIFY2(rowAt(plan, 9)->detail.contains(QStringLiteral("cycle")),
             qPrintable(rowAt(plan, 9)->detail));
    QVERIFY(rowAt(plan, 10)->detail.contains(QStringLiteral("friendship")));
    QVERIFY(rowAt(plan, 11)->detail.contains(QStringLiteral("15.06.2026")));
    QVERIFY(plan.warnings.join(QString()).contains(QStringLiteral("Nora Nyhus")));

    const qint64 accountId = ws.accountId(account);
    const auto nora = personNamed(ws.workspace(), accountId, QStringLiteral("Nora Nyhus"));
    QVERIFY(nora);
    QCOMPARE(nora->side, Side::Client);
    QCOMPARE(nora->departmentId, 0);
    const auto kari = personNamed(ws.workspace(), accountId, QStringLiteral("Kari Nordmann"));
    const auto per = personNamed(ws.workspace(), accountId, QStringLiteral("Per Hansen"));
    bool working = false;
    for (const Relationship &line : PersonStore(ws->database()).relationships(accountId)) {
        if (line.kind == RelationshipKind::Working && line.fromId == kari->id &&
            line.toId == per->id) {
            working = true;
            QCOMPARE(line.strength, 4);
            QCOMPARE(line.lastContact, QDate(2026, 5, 30));
        }
        if (line.kind == RelationshipKind::Reporting && line.fromId == per->id)
            QCOMPARE(line.strength, 5);
    }
    QVERIFY(working);
    const ImportPlan again = planImport(ws.workspace(), goldenPath("relationships.csv"), account);
    QVERIFY(!again.hasWrites());
    QCOMPARE(again.count(ImportPlan::Outcome::Unchanged), 4);
}

void TestImportFormats::relationshipsCreateTheAccount()
{
    TestWorkspace ws;
    const ImportPlan plan =
        planImport(ws.workspace(), goldenPath("relationships.csv"), QStringLiteral("Any Network"));
    QVERIFY(plan.createsAccount());
    QVERIFY(ws->execute(new ApplyImport(&ws.workspace(), plan)));
    const qint64 accountId = ws.accountId(QStringLiteral("Any Network"));
    QVERIFY(accountId > 0);
    // Kari, Per (by e-mail: a new person known by address), Jonas, Nora, Sofie
    const QList<Person> people = PersonStore(ws->database()).people(accountId);
    QVERIFY(people.size() >= 5);
    for (const Person &person : people) {
        QCOMPARE(person.side, Side::Client);
        QCOMPARE(person.departmentId, 0);
    }
}

void TestImportFormats::genericCsvNeedsAMapping()
{
    const QByteArray bytes("Navn;Stilling;Avdeling;E-post\n"
                           "Kari Nordmann;Administrerende direktør;Ledelse;kari@nordlys.example\n");
    const ImportFile file =
        ImportReader::readData(bytes, ImportFormat::Auto, QStringLiteral("x.csv"));
    QVERIFY(file.readable);
    QCOMPARE(file.format, ImportFormat::GenericCsv);
    QCOMPARE(file.delimiter, QLatin1Char(';'));
    ColumnMapping mapping = ImportReader::defaultMapping(file);
    QVERIFY(!mapping.hasName());
    mapping.setField(0, ContactField::FullName);
    mapping.setField(1, ContactField::Title);
    mapping.setField(2, ContactField::Department);
    mapping.setField(3, ContactField::Email);
    const QList<ContactRecord> records = ImportReader::contacts(file, mapping);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].name, QStringLiteral("Kari Nordmann"));
    QCOMPARE(records[0].department, QStringLiteral("Ledelse"));
    QCOMPARE(records[0].email, QStringLiteral("kari@nordlys.example"));
    // The mapping survives a trip through its text form (as QSettings stores it).
    QCOMPARE(ColumnMapping::fromString(mapping.toString(), 4).fields(), mapping.fields());
}

QTEST_GUILESS_MAIN(TestImportFormats)
#include "TestImportFormats.moc"
