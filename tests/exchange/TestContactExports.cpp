#include "ExchangeTestHelpers.h"
#include "TestWorkspace.h"

#include "exchange/AccountIndex.h"
#include "exchange/PersonName.h"

#include <QTest>

using namespace Kingside;
using namespace Kingside::Test;

// The contact exports of each product, as the product writes them today (golden files in
// tests/exchange/data, one per product and layout, with the product's quirks): each is
// recognised without being told, and every name, title, department, company, e-mail and
// manager is read field by field; people of another company are skipped on import.
// See README, Importing and exporting data / What Kingside imports.
//
// Where each layout comes from (public sample files and exporters' code, read with the
// project's search tool; the header rows are copied from them, the people are ours):
// - Google Contacts, 2023+ "Google CSV": First Name … Organization Name, Organization
//   Title, Organization Department, Labels "* myContacts", "E-mail 1 - Label" "* Work"
//   (the "* " marks the primary value), " ::: " between values of one cell, "Relation 1 -
//   Label/Value": tests of real exports in GitHub projects (a Go mail tool's
//   TestMergeFileGoogleCSVRealExport, "a real-world Google Contacts export: UTF-8 BOM, …
//   ':::' multi-value separators"; a Kotlin contacts importer's "labeled contacts export
//   format" test) and a Python script reading 'Relation 1 - Label' / 'Relation 1 - Value'.
// - Google Contacts, older layout: "Name, Given Name, Additional Name, Family Name, Yomi
//   Name, … Group Membership, E-mail 1 - Type, E-mail 1 - Value, … Organization 1 - Type,
//   Organization 1 - Name, … Organization 1 - Title, Organization 1 - Department, …
//   Relation 1 - Type, Relation 1 - Value": address-book exporters that write Google's
//   own header (a Java address-book app's GOOGLE header, a Python exporter's field list).
// - Outlook desktop (File ▸ Open & Export ▸ Import/Export ▸ Comma Separated Values): the
//   92-column header "Title","First Name",…,"Manager's Name",…,"Web Page", every field
//   quoted, CRLF, in the Windows code page (Windows-1252 here); "Title" is the salutation
//   beside "Job Title": the header as exporters that feed Outlook write it, and
//   Microsoft's "Create or edit .csv files to import into Outlook" field order.
// - New Outlook / Outlook.com (People ▸ Manage contacts ▸ Export contacts): "First Name,
//   Middle Name, Last Name, Title, Suffix, Nickname, Given Yomi, Surname Yomi, E-mail
//   Address, …, Manager's Name, …, Notes", noted "(from outlook.live.com)" in a C# tool
//   that reads such exports.
// - Dynamics 365 / Dataverse "Export to Excel", saved as CSV UTF-8: "(Do Not Modify)
//   Contact", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On", then the
//   view's columns; " Full Name" with its leading space and in "Last, First" form beside
//   First Name / Last Name ("The leading space on ' Full Name' is real", a tool reading a
//   Dynamics contacts view), "Company Name" (the Parent Customer lookup), Job Title,
//   Department, Manager (a text field).
// - Pipedrive (Contacts ▸ People ▸ … ▸ Export): "Person - Name", "Person - Organization",
//   "Person - Email - Work/Home/Other", "Person - Phone - Work/Mobile", "Person - Job
//   title", "Person - First name/Last name": importers of Pipedrive exports on GitHub.
// - Zoho CRM (Setup ▸ Data Administration ▸ Export ▸ Contacts): "Record Id" (zcrm_…),
//   "Contact Owner", "Lead Source", "First Name", "Last Name", "Account Name", "Title",
//   "Department", "Reports To", "Secondary Email", …: the Contacts module's field labels
//   as Zoho's API selects them ("Contacts(Contact Owner,Lead Source,First Name,Last
//   Name,Account Name)").
// - Salesforce weekly Data Export / Data Loader, Contact.csv: API names Id, IsDeleted,
//   MasterRecordId, AccountId (an id, not a name), LastName, FirstName, Salutation, Name,
//   …, ReportsToId (another row's Id), every field quoted.
// - LinkedIn Connections.csv: the "Notes:" preamble, then First Name, Last Name, URL,
//   Email Address, Company, Position, Connected On; credentials in the last name.
// - Apple Contacts vCard 3.0: "item2.X-ABRELATEDNAMES:Jane Smith" with
//   "item2.X-ABLabel:_$!<Manager>!$_", ORG:Company;Department (a vCard library's README
//   sample of an Apple card, a PHP vCard library's addSupervisor() test).
// - vCard 4.0 RELATED (RFC 6350 section 6.6.6): "RELATED;TYPE=manager:" with a text,
//   urn:uuid: or mailto: value, as vCard 4 importers on GitHub test it.
// - Outlook single-contact .vcf (vCard 2.1, Windows-1252): X-MS-MANAGER, CHARSET=
//   Windows-1252, quoted-printable NOTE, X-MS-OL-DESIGN (ez-vcard's Outlook 2007 test card).
// - Android vCard 2.1, quoted-printable UTF-8, "X-ANDROID-CUSTOM:vnd.android.cursor.item/
//   relation;Big Boss;7;…" (type 7 is Relation.TYPE_MANAGER), from a vCard writer's tests.
class TestContactExports : public QObject
{
    Q_OBJECT

private slots:
    void googleContacts2023();
    void googleContactsOlderLayout();
    void outlookClassicWindows1252();
    void outlookNewLayout();
    void dynamicsExportToExcel();
    void pipedrivePersons();
    void zohoContacts();
    void salesforceWeeklyExport();
    void salesforceDeletedAsDigitsAndCase();
    void linkedinCredentialsAreSuffixes();
    void appleContactsManagers();
    void vcard4Related();
    void outlookSingleContactVcf();
    void androidRelation();
    void formatCodesAndExplicitFormat();
    void companyNamesWithoutLegalForms();
    void namesLastFirstAndCredentials();
    void columnsRecognisedByContent();

private:
    struct Expected
    {
        QString name;
        QString title;
        QString department;
        QString company;
        QString email;
        QString reportsTo;
    };
    static const QString account;

    // Every record, field by field; an empty string is a field the file leaves empty.
    static QString differences(const QList<ContactRecord> &records, const QList<Expected> &expected)
    {
        QStringList out;
        if (records.size() != expected.size())
            out.append(
                QStringLiteral("%1 records, expected %2").arg(records.size()).arg(expected.size()));
        for (qsizetype i = 0; i < std::min(records.size(), expected.size()); ++i) {
            const ContactRecord &r = records[i];
            const Expected &e = expected[i];
            const auto check = [&](const char *what, const QString &got, const QString &want) {
                if (got != want)
                    out.append(QStringLiteral("record %1 %2: “%3”, expected “%4”")
                                   .arg(i)
                                   .arg(QLatin1String(what), got, want));
            };
            check("name", r.name, e.name);
            check("title", r.title, e.title);
            check("department", r.department, e.department);
            check("company", r.company, e.company);
            check("email", r.email, e.email);
            check("reports to", r.reportsTo, e.reportsTo);
            check("problem", r.problem, QString());
        }
        return out.join(QLatin1Char('\n'));
    }

    static QList<ContactRecord> read(const char *golden, ImportFormat format,
                                     ImportFile *out = nullptr)
    {
        const ImportFile file = ImportReader::read(goldenPath(golden));
        if (out)
            *out = file;
        if (!file.readable || file.format != format) {
            qWarning("%s: %s, format %s", golden, qPrintable(file.error),
                     qPrintable(codeOf(file.format)));
            return {};
        }
        return ImportReader::contacts(file);
    }

    // Imports a file into the account; returns the plan.
    static ImportPlan importInto(TestWorkspace &ws, const char *golden)
    {
        const ImportPlan plan = planImport(ws.workspace(), goldenPath(golden), account);
        if (plan.error.isEmpty() && !ws->execute(new ApplyImport(&ws.workspace(), plan)))
            qWarning("%s", qPrintable(ws->errorString()));
        return plan;
    }

    // Who each stored person reports to: "Per Hansen>Kari Nordmann", sorted.
    static QStringList reportingLines(TestWorkspace &ws)
    {
        const qint64 accountId = ws.accountId(account);
        const PersonStore store(ws->database());
        QHash<qint64, QString> names;
        for (const Person &person : store.people(accountId))
            names.insert(person.id, person.name);
        QStringList lines;
        for (const Relationship &line : store.relationships(accountId)) {
            if (line.kind == RelationshipKind::Reporting)
                lines.append(names.value(line.fromId) + QLatin1Char('>') + names.value(line.toId));
        }
        lines.sort();
        return lines;
    }

    static QStringList storedNames(TestWorkspace &ws)
    {
        QStringList names;
        for (const Person &person : PersonStore(ws->database()).people(ws.accountId(account)))
            names.append(person.name);
        names.sort();
        return names;
    }
};

const QString TestContactExports::account = QStringLiteral("Nordlys Shipping AS");

void TestContactExports::googleContacts2023()
{
    const QList<ContactRecord> records = read("google_contacts.csv", ImportFormat::GoogleContacts);
    const QString nordlys = QStringLiteral("Nordlys Shipping AS");
    const QString diff = differences(
        records,
        {{QStringLiteral("Kari Nordmann"),
          QStringLiteral("Chief Executive Officer"),
          QStringLiteral("Executive"),
          nordlys,
          QStringLiteral("kari.nordmann@nordlys.example"),
          {}},
         // "* Work" marks the second address as the primary one
         {QStringLiteral("Per Hansen"), QStringLiteral("CFO"), QStringLiteral("Finance"), nordlys,
          QStringLiteral("per.hansen@nordlys.example"), QStringLiteral("Kari Nordmann")},
         // two values in one cell, the primary second; the manager second of two relations
         {QStringLiteral("Jonas Berg"), QStringLiteral("Head of IT"), QStringLiteral("IT"), nordlys,
          QStringLiteral("jonas.berg@nordlys.example"), QStringLiteral("Kari Nordmann")},
         // "Friend" is not the manager; "manager" in Relation 2 is
         {QStringLiteral("Sofie Lund"), QStringLiteral("Developer"), QStringLiteral("IT"), nordlys,
          QStringLiteral("sofie.lund@nordlys.example"), QStringLiteral("Jonas Berg")},
         {QStringLiteral("Ane Dahl, PhD"), QStringLiteral("Chief Data Scientist"),
          QStringLiteral("IT"), nordlys, QStringLiteral("ane.dahl@nordlys.example"),
          QStringLiteral("Jonas Berg")},
         {QStringLiteral("Ingrid Haugen"),
          QStringLiteral("Chartering Manager"),
          QStringLiteral("Chartering"),
          QStringLiteral("Nordlys Tankers ASA"),
          QStringLiteral("ingrid.haugen@tankers.example"),
          {}}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(records[3].notes, QStringLiteral("Met at Nor-Shipping, 2025\nPrefers e-mail"));

    TestWorkspace ws;
    const ImportPlan plan = importInto(ws, "google_contacts.csv");
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 5);
    QCOMPARE(plan.count(ImportPlan::Outcome::Skipped), 1);           // Nordlys Tankers ASA
    QCOMPARE(rowAt(plan, 8)->outcome, ImportPlan::Outcome::Skipped); // after Sofie's two-line notes
    QVERIFY(plan.warnings.isEmpty());
    QCOMPARE(reportingLines(ws), QStringList({QStringLiteral("Ane Dahl, PhD>Jonas Berg"),
                                              QStringLiteral("Jonas Berg>Kari Nordmann"),
                                              QStringLiteral("Per Hansen>Kari Nordmann"),
                                              QStringLiteral("Sofie Lund>Jonas Berg")}));
    // The same file again changes nothing.
    QVERIFY(!planImport(ws.workspace(), goldenPath("google_contacts.csv"), account).hasWrites());
}

void TestContactExports::googleContactsOlderLayout()
{
    const QList<ContactRecord> records =
        read("google_contacts_legacy.csv", ImportFormat::GoogleContacts);
    const QString diff = differences(
        records, {{QStringLiteral("Kari Nordmann"),
                   QStringLiteral("Chief Executive Officer"),
                   QStringLiteral("Executive"),
                   QStringLiteral("Nordlys Shipping AS"),
                   QStringLiteral("kari.nordmann@nordlys.example"),
                   {}},
                  {QStringLiteral("Erik Strand Jr."), QStringLiteral("Fleet Manager"),
                   QStringLiteral("Operations"), QStringLiteral("Nordlys Shipping AS"),
                   QStringLiteral("erik.strand@nordlys.example"), QStringLiteral("Kari Nordmann")},
                  {QStringLiteral("Bjørn Ødegård"), QStringLiteral("Port Captain"),
                   QStringLiteral("Operations"), QStringLiteral("Nordlys Shipping"),
                   QStringLiteral("bjorn.odegard@nordlys.example"), QStringLiteral("Erik Strand")},
                  {QStringLiteral("Lars Vik"),
                   QStringLiteral("Buyer"),
                   QStringLiteral("Purchasing"),
                   QStringLiteral("Nordvik Fisk AS"),
                   QStringLiteral("lars.vik@nordvik.example"),
                   {}}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    TestWorkspace ws;
    const ImportPlan plan = importInto(ws, "google_contacts_legacy.csv");
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 3);
    QCOMPARE(plan.count(ImportPlan::Outcome::Skipped), 1);
    // "Erik Strand" finds "Erik Strand Jr.": the suffix is not part of the match.
    QCOMPARE(reportingLines(ws), QStringList({QStringLiteral("Bjørn Ødegård>Erik Strand Jr."),
                                              QStringLiteral("Erik Strand Jr.>Kari Nordmann")}));
}

void TestContactExports::outlookClassicWindows1252()
{
    ImportFile file;
    const QList<ContactRecord> records = read("outlook_classic.csv", ImportFormat::Outlook, &file);
    QCOMPARE(file.encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(file.header.size(), 92);
    const QString nordlys = QStringLiteral("Nordlys Shipping AS");
    const QString diff = differences(
        records,
        {{QStringLiteral("Kari Nordmann"),
          QStringLiteral("Chief Executive Officer"),
          QStringLiteral("Executive"),
          nordlys,
          QStringLiteral("kari.nordmann@nordlys.example"),
          {}},
         {QStringLiteral("Bjørn Ødegård"), QStringLiteral("Driftssjef"),
          QStringLiteral("Drift – Flåte"), nordlys, QStringLiteral("bjorn.odegard@nordlys.example"),
          QStringLiteral("Kari Nordmann")},
         // only "E-mail 2 Address" is filled in
         {QStringLiteral("Per Olav Hansen"), QStringLiteral("CFO"), QStringLiteral("Finance"),
          nordlys, QStringLiteral("per.hansen@nordlys.example"), QStringLiteral("Kari Nordmann")},
         // "Dr." is the salutation in "Title"; "PhD" the suffix
         {QStringLiteral("Maja Vik, PhD"), QStringLiteral("Havnekaptein"),
          QStringLiteral("Drift – Flåte"), nordlys, QStringLiteral("maja.vik@nordlys.example"),
          QStringLiteral("Bjørn Ødegård")},
         {QStringLiteral("Ingrid Haugen"),
          QStringLiteral("Chartering Manager"),
          QStringLiteral("Chartering"),
          QStringLiteral("Nordlys Tankers ASA"),
          QStringLiteral("ingrid.haugen@tankers.example"),
          {}}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY2(records[1].notes.contains(QStringLiteral("Budsjett 2 mill. €")) &&
                 records[1].notes.contains(QStringLiteral("Flåten – 14 skip")),
             qPrintable(records[1].notes));
    QCOMPARE(records[1].phone, QStringLiteral("+47 22 00 00 03"));

    TestWorkspace ws;
    const ImportPlan plan = importInto(ws, "outlook_classic.csv");
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 4);
    QCOMPARE(plan.count(ImportPlan::Outcome::Skipped), 1);
    QCOMPARE(plan.newDepartments,
             QStringList({QStringLiteral("Executive"), QStringLiteral("Drift – Flåte"),
                          QStringLiteral("Finance")}));
    QCOMPARE(reportingLines(ws), QStringList({QStringLiteral("Bjørn Ødegård>Kari Nordmann"),
                                              QStringLiteral("Maja Vik, PhD>Bjørn Ødegård"),
                                              QStringLiteral("Per Olav Hansen>Kari Nordmann")}));
}

void TestContactExports::outlookNewLayout()
{
    const QList<ContactRecord> records = read("outlook_new.csv", ImportFormat::Outlook);
    const QString nordlys = QStringLiteral("Nordlys Shipping AS");
    const QString diff = differences(
        records,
        {{QStringLiteral("Kari Nordmann"),
          QStringLiteral("Chief Executive Officer"),
          QStringLiteral("Executive"),
          nordlys,
          QStringLiteral("kari.nordmann@nordlys.example"),
          {}},
         {QStringLiteral("Jonas Berg"), QStringLiteral("Head of IT, Infrastructure"),
          QStringLiteral("IT"), nordlys, QStringLiteral("jonas.berg@nordlys.example"),
          QStringLiteral("Kari Nordmann")},
         {QStringLiteral("Sofie Lund"), QStringLiteral("Developer"), QStringLiteral("IT"), nordlys,
          QStringLiteral("sofie.lund@nordlys.example"), QStringLiteral("Jonas Berg")},
         {QStringLiteral("Lars Vik"),
          QStringLiteral("Buyer"),
          QStringLiteral("Purchasing"),
          QStringLiteral("Nordvik Foods ASA"),
          QStringLiteral("lars.vik@nordvik.example"),
          {}}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    TestWorkspace ws;
    const ImportPlan plan = importInto(ws, "outlook_new.csv");
    QCOMPARE(plan.count(ImportPlan::Outcome::Skipped), 1);
    QCOMPARE(reportingLines(ws), QStringList({QStringLiteral("Jonas Berg>Kari Nordmann"),
                                              QStringLiteral("Sofie Lund>Jonas Berg")}));
}

void TestContactExports::dynamicsExportToExcel()
{
    ImportFile file;
    const QList<ContactRecord> records =
        read("dynamics_contacts.csv", ImportFormat::Dynamics, &file);
    QCOMPARE(file.header.value(3), QStringLiteral("Full Name")); // " Full Name" trimmed
    const QString nordlys = QStringLiteral("Nordlys Shipping AS");
    // First Name / Last Name, not " Full Name" ("Nordmann, Kari"); the manager written
    // "Nordmann, Kari" is Kari Nordmann too.
    const QString diff = differences(
        records,
        {{QStringLiteral("Kari Nordmann"),
          QStringLiteral("Chief Executive Officer"),
          QStringLiteral("Executive"),
          nordlys,
          QStringLiteral("kari.nordmann@nordlys.example"),
          {}},
         {QStringLiteral("Per Olav Hansen"), QStringLiteral("CFO"), QStringLiteral("Finance"),
          nordlys, QStringLiteral("per.hansen@nordlys.example"), QStringLiteral("Kari Nordmann")},
         {QStringLiteral("Bjørn Ødegård"), QStringLiteral("Driftssjef"),
          QStringLiteral("Operations"), nordlys, QStringLiteral("bjorn.odegard@nordlys.example"),
          QStringLiteral("Kari Nordmann")},
         {QStringLiteral("Ingrid Haugen"),
          QStringLiteral("Chartering Manager"),
          QStringLiteral("Chartering"),
          QStringLiteral("Nordlys Tankers ASA"),
          QStringLiteral("ingrid.haugen@tankers.example"),
          {}}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(records[0].recordId, QStringLiteral("5e1a0b8c-3d2f-ef11-8409-000d3a4b0001"));
    const ColumnMapping mapping = ImportReader::defaultMapping(file);
    QCOMPARE(mapping.field(1), ContactField::Ignore); // Row Checksum
    QCOMPARE(mapping.field(2), ContactField::Ignore); // Modified On

    TestWorkspace ws;
    const ImportPlan plan = importInto(ws, "dynamics_contacts.csv");
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 3);
    QCOMPARE(plan.count(ImportPlan::Outcome::Skipped), 1);
    QCOMPARE(storedNames(ws),
             QStringList({QStringLiteral("Bjørn Ødegård"), QStringLiteral("Kari Nordmann"),
                          QStringLiteral("Per Olav Hansen")}));
    QCOMPARE(reportingLines(ws), QStringList({QStringLiteral("Bjørn Ødegård>Kari Nordmann"),
                                              QStringLiteral("Per Olav Hansen>Kari Nordmann")}));
}

void TestContactExports::pipedrivePersons()
{
    const QList<ContactRecord> records = read("pipedrive_persons.csv", ImportFormat::Pipedrive);
    const QString nordlys = QStringLiteral("Nordlys Shipping AS");
    const QString diff = differences(records, {{QStringLiteral("Kari Nordmann"),
                                                QStringLiteral("Chief Executive Officer"),
                                                {},
                                                nordlys,
                                                QStringLiteral("kari.nordmann@nordlys.example"),
                                                {}},
                                               // two work addresses in one cell: the first
                                               {QStringLiteral("Jonas Berg"),
                                                QStringLiteral("Head of IT"),
                                                {},
                                                nordlys,
                                                QStringLiteral("jonas.berg@nordlys.example"),
                                                {}},
                                               // only a home address
                                               {QStringLiteral("Sofie Lund"),
                                                QStringLiteral("Developer"),
                                                {},
                                                nordlys,
                                                QStringLiteral("sofie@lund.example"),
                                                {}},
                                               {QStringLiteral("Lars Vik"),
                                                QStringLiteral("Buyer"),
                                                {},
                                                QStringLiteral("Nordvik Fisk AS"),
                                                QStringLiteral("lars.vik@nordvik.example"),
                                                {}},
                                               {QStringLiteral("Ingrid Haugen"),
                                                QStringLiteral("Chartering Manager"),
                                                {},
                                                QStringLiteral("Nordlys Tankers ASA"),
                                                QStringLiteral("ingrid.haugen@tankers.example"),
                                                {}}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(records[0].recordId, QStringLiteral("101"));
    QCOMPARE(records[1].phone, QStringLiteral("+47 900 00 004")); // mobile when no work phone

    TestWorkspace ws;
    const ImportPlan plan = importInto(ws, "pipedrive_persons.csv");
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 3);
    QCOMPARE(plan.count(ImportPlan::Outcome::Skipped), 2); // Nordvik Fisk, Nordlys Tankers
    QCOMPARE(storedNames(ws),
             QStringList({QStringLiteral("Jonas Berg"), QStringLiteral("Kari Nordmann"),
                          QStringLiteral("Sofie Lund")}));
    const auto kari =
        personNamed(ws.workspace(), ws.accountId(account), QStringLiteral("Kari Nordmann"));
    QCOMPARE(kari->title, QStringLiteral("Chief Executive Officer"));
    QCOMPARE(kari->email, QStringLiteral("kari.nordmann@nordlys.example"));
}

void TestContactExports::zohoContacts()
{
    const QList<ContactRecord> records = read("zoho_contacts.csv", ImportFormat::Zoho);
    const QString nordlys = QStringLiteral("Nordlys Shipping AS");
    const QString diff = differences(
        records,
        {{QStringLiteral("Kari Nordmann"),
          QStringLiteral("Chief Executive Officer"),
          QStringLiteral("Executive"),
          nordlys,
          QStringLiteral("kari.nordmann@nordlys.example"),
          {}},
         {QStringLiteral("Per Hansen"), QStringLiteral("CFO"), QStringLiteral("Finance"), nordlys,
          QStringLiteral("per.hansen@nordlys.example"), QStringLiteral("Kari Nordmann")},
         // "Secondary Email" when "Email" is empty
         {QStringLiteral("Erik Strand"), QStringLiteral("Fleet Manager"),
          QStringLiteral("Operations"), nordlys, QStringLiteral("erik.strand@nordlys.example"),
          QStringLiteral("Per Hansen")},
         {QStringLiteral("Lars Vik"),
          QStringLiteral("Buyer"),
          QStringLiteral("Purchasing"),
          QStringLiteral("Nordvik Foods ASA"),
          QStringLiteral("lars.vik@nordvik.example"),
          {}}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(records[0].recordId, QStringLiteral("zcrm_5725767000000412001"));
    QCOMPARE(records[2].notes, QStringLiteral("Owns the fleet budget"));
    TestWorkspace ws;
    const ImportPlan plan = importInto(ws, "zoho_contacts.csv");
    QCOMPARE(plan.count(ImportPlan::Outcome::Skipped), 1);
    QCOMPARE(reportingLines(ws), QStringList({QStringLiteral("Erik Strand>Per Hansen"),
                                              QStringLiteral("Per Hansen>Kari Nordmann")}));
}

void TestContactExports::salesforceWeeklyExport()
{
    ImportFile file;
    const QList<ContactRecord> records =
        read("salesforce_export_contact.csv", ImportFormat::Salesforce, &file);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records[1].name, QStringLiteral("Per Hansen"));
    QCOMPARE(records[1].title, QStringLiteral("CFO"));
    QCOMPARE(records[1].department, QStringLiteral("Finance"));
    QCOMPARE(records[1].company, QString()); // AccountId is an id, not a company name
    QCOMPARE(records[1].reportsTo, QStringLiteral("0035g00000KARI01AAA"));
    QCOMPARE(records[1].recordId, QStringLiteral("0035g00000PERH02AAA"));
    QCOMPARE(records[2].email, QStringLiteral("maja.vik@nordlys.example"));
    QVERIFY(!records[2].deleted);
    QVERIFY(records[3].deleted);
    QVERIFY(records[3].problem.isEmpty()); // a deleted record is not a faulty row

    TestWorkspace ws;
    const ImportPlan plan = importInto(ws, "salesforce_export_contact.csv");
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 3);
    // The deleted row is skipped as a deleted record, never rejected.
    QCOMPARE(plan.count(ImportPlan::Outcome::Rejected), 0);
    QCOMPARE(plan.count(ImportPlan::Outcome::Skipped), 1);
    const auto skipped = std::find_if(plan.rows.cbegin(), plan.rows.cend(), [](const auto &row) {
        return row.outcome == ImportPlan::Outcome::Skipped;
    });
    QCOMPARE(skipped->name, QStringLiteral("Gustav Gone"));
    QVERIFY(skipped->detail.contains(QStringLiteral("deleted record")));
    QVERIFY(plan.report().contains(QStringLiteral("skipped Gustav Gone — a deleted record")));
    QCOMPARE(reportingLines(ws), QStringList({QStringLiteral("Maja Vik>Per Hansen"),
                                              QStringLiteral("Per Hansen>Kari Nordmann")}));
}

void TestContactExports::salesforceDeletedAsDigitsAndCase()
{
    // Data Loader writes IsDeleted as true/false; a workbook or a CSV saved from Excel
    // may hold 1/0 or TRUE/FALSE. Only the deleted ones are left out, as skipped rows.
    const QByteArray bytes("Id,IsDeleted,AccountId,FirstName,LastName,Title,Email\n"
                           "0035g00000A,0,0015g00000N,Kari,Nordmann,CEO,kari@nordlys.example\n"
                           "0035g00000B,1,0015g00000N,Per,Hansen,CFO,per@nordlys.example\n"
                           "0035g00000C,TRUE,0015g00000N,Ola,Berg,CTO,ola@nordlys.example\n"
                           "0035g00000D,FALSE,0015g00000N,Maja,Vik,Buyer,maja@nordlys.example\n");
    const ImportFile file =
        ImportReader::readData(bytes, ImportFormat::Auto, QStringLiteral("Contact.csv"));
    QVERIFY2(file.readable, qPrintable(file.error));
    QCOMPARE(file.format, ImportFormat::Salesforce);
    const QList<ContactRecord> records = ImportReader::contacts(file);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records[0].deleted, false);
    QCOMPARE(records[1].deleted, true);
    QCOMPARE(records[2].deleted, true);
    QCOMPARE(records[3].deleted, false);

    TestWorkspace ws;
    ImportOptions options;
    options.accountName = account;
    const ImportPlan plan = ImportPlanner::plan(ws->database(), records, options);
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 2);
    QCOMPARE(plan.count(ImportPlan::Outcome::Skipped), 2);
    QCOMPARE(plan.count(ImportPlan::Outcome::Rejected), 0);
    QCOMPARE(plan.additions.size(), 2);
    QCOMPARE(plan.additions[0].person.name, QStringLiteral("Kari Nordmann"));
    QCOMPARE(plan.additions[1].person.name, QStringLiteral("Maja Vik"));
}

void TestContactExports::linkedinCredentialsAreSuffixes()
{
    const QList<ContactRecord> records = read("linkedin_credentials.csv", ImportFormat::LinkedIn);
    const QString diff = differences(records, {{QStringLiteral("Per Hansen, MBA"),
                                                QStringLiteral("Chief Financial Officer"),
                                                {},
                                                QStringLiteral("Nordlys Shipping AS"),
                                                {},
                                                {}},
                                               {QStringLiteral("Anna Lindqvist, CFA"),
                                                QStringLiteral("Head of Investor Relations"),
                                                {},
                                                QStringLiteral("Nordlys Shipping"),
                                                QStringLiteral("anna.lindqvist@nordlys.example"),
                                                {}},
                                               {QStringLiteral("Ola Berg, PhD, MBA"),
                                                QStringLiteral("Chief Technology Officer"),
                                                {},
                                                QStringLiteral("Nordlys Shipping AS"),
                                                {},
                                                {}},
                                               {QStringLiteral("Lars Vik, CFA"),
                                                QStringLiteral("Buyer"),
                                                {},
                                                QStringLiteral("Nordvik Fisk AS"),
                                                {},
                                                {}}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    TestWorkspace ws;
    importInto(ws, "google_contacts.csv");
    const ImportPlan plan = importInto(ws, "linkedin_credentials.csv");
    // "Per Hansen, MBA" is the Per Hansen already there (a new title), not a new person.
    QCOMPARE(rowAt(plan, 5)->outcome, ImportPlan::Outcome::Updated);
    QVERIFY2(rowAt(plan, 5)->detail.contains(QStringLiteral("“CFO” → “Chief Financial Officer”")),
             qPrintable(rowAt(plan, 5)->detail));
    QCOMPARE(rowAt(plan, 6)->outcome, ImportPlan::Outcome::Added);
    QCOMPARE(rowAt(plan, 7)->outcome, ImportPlan::Outcome::Added);
    QCOMPARE(rowAt(plan, 8)->outcome, ImportPlan::Outcome::Skipped);
    const QStringList names = storedNames(ws);
    QVERIFY(names.contains(QStringLiteral("Anna Lindqvist, CFA")));
    QVERIFY(names.contains(QStringLiteral("Per Hansen")));
    QVERIFY(!names.contains(QStringLiteral("Per Hansen, MBA")));
    QVERIFY(
        !planImport(ws.workspace(), goldenPath("linkedin_credentials.csv"), account).hasWrites());
}

void TestContactExports::appleContactsManagers()
{
    const QList<ContactRecord> records = read("apple_contacts.vcf", ImportFormat::VCard);
    const QString nordlys = QStringLiteral("Nordlys Shipping AS");
    const QString diff = differences(
        records,
        {{QStringLiteral("Kari Nordmann"),
          QStringLiteral("Chief Executive Officer"),
          QStringLiteral("Executive"),
          nordlys,
          QStringLiteral("kari.nordmann@nordlys.example"),
          {}},
         // item2 is the spouse, item3 the manager
         {QStringLiteral("Per Hansen"), QStringLiteral("CFO"), QStringLiteral("Finance"), nordlys,
          QStringLiteral("per.hansen@nordlys.example"), QStringLiteral("Kari Nordmann")},
         {QStringLiteral("Bjørn Ødegård"), QStringLiteral("Driftssjef for flåten"),
          QStringLiteral("Operations"), nordlys, QStringLiteral("bjorn.odegard@nordlys.example"),
          QStringLiteral("Per Hansen")},
         // a custom label "Manager"
         {QStringLiteral("Sofie Lund"), QStringLiteral("Developer"), QStringLiteral("IT"), nordlys,
          QStringLiteral("sofie.lund@nordlys.example"), QStringLiteral("Bjørn Ødegård")},
         {QStringLiteral("Lars Vik"),
          QStringLiteral("Buyer"),
          {},
          QStringLiteral("Nordvik Fisk AS"),
          QStringLiteral("lars.vik@nordvik.example"),
          {}}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    TestWorkspace ws;
    const ImportPlan plan = importInto(ws, "apple_contacts.vcf");
    QCOMPARE(plan.count(ImportPlan::Outcome::Skipped), 1);
    QCOMPARE(reportingLines(ws), QStringList({QStringLiteral("Bjørn Ødegård>Per Hansen"),
                                              QStringLiteral("Per Hansen>Kari Nordmann"),
                                              QStringLiteral("Sofie Lund>Bjørn Ødegård")}));
}

void TestContactExports::vcard4Related()
{
    const QList<ContactRecord> records = read("vcard4_related.vcf", ImportFormat::VCard);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records[0].recordId, QStringLiteral("4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"));
    QCOMPARE(records[1].reportsTo, QStringLiteral("4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"));
    QCOMPARE(records[2].reportsTo, QStringLiteral("Jonas Berg"));
    QCOMPARE(records[3].reportsTo, QStringLiteral("jonas.berg@nordlys.example"));
    QCOMPARE(records[3].title, QStringLiteral("Tester"));
    QCOMPARE(records[3].department, QStringLiteral("IT"));
    TestWorkspace ws;
    importInto(ws, "vcard4_related.vcf");
    QCOMPARE(reportingLines(ws), QStringList({QStringLiteral("Ane Dahl>Jonas Berg"),
                                              QStringLiteral("Jonas Berg>Kari Nordmann"),
                                              QStringLiteral("Sofie Lund>Jonas Berg")}));
}

void TestContactExports::outlookSingleContactVcf()
{
    ImportFile file;
    const QList<ContactRecord> records = read("outlook_contact.vcf", ImportFormat::VCard, &file);
    QCOMPARE(file.encoding, QStringLiteral("Windows-1252"));
    const QString diff = differences(
        records,
        {{QStringLiteral("Bjørn Ødegård"), QStringLiteral("Driftssjef"),
          QStringLiteral("Drift – Flåte"), QStringLiteral("Nordlys Shipping AS"),
          QStringLiteral("bjorn.odegard@nordlys.example"), QStringLiteral("Kari Nordmann")}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(records[0].notes, QStringLiteral("Budsjett 2 mill. €\r\nFlåten – 14 skip"));
    QCOMPARE(records[0].phone, QStringLiteral("+47 22 00 00 03"));
    // The manager is already in the account.
    TestWorkspace ws;
    importInto(ws, "google_contacts.csv");
    const ImportPlan plan = importInto(ws, "outlook_contact.vcf");
    QCOMPARE(plan.count(ImportPlan::Outcome::Added), 1);
    QVERIFY(reportingLines(ws).contains(QStringLiteral("Bjørn Ødegård>Kari Nordmann")));
}

void TestContactExports::androidRelation()
{
    const QList<ContactRecord> records = read("android_relation.vcf", ImportFormat::VCard);
    const QString diff = differences(
        records, {{QStringLiteral("Sigrid Strøm"), QStringLiteral("Innkjøpsleder"),
                   QStringLiteral("Innkjøp"), QStringLiteral("Nordlys Shipping AS"),
                   QStringLiteral("sigrid.strom@nordlys.example"), QStringLiteral("Per Hansen")}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestContactExports::formatCodesAndExplicitFormat()
{
    for (ImportFormat format :
         {ImportFormat::GoogleContacts, ImportFormat::Outlook, ImportFormat::Dynamics,
          ImportFormat::Pipedrive, ImportFormat::Zoho}) {
        QVERIFY(!codeOf(format).isEmpty());
        QVERIFY(!displayName(format).isEmpty());
        QCOMPARE(importFormatFromCode(codeOf(format)), std::optional(format));
        QVERIFY(allImportFormats().contains(format));
    }
    QCOMPARE(importFormatFromCode(QStringLiteral("google")),
             std::optional(ImportFormat::GoogleContacts));
    // Told the format, the reader uses it and maps the file the same way.
    const ImportFile told =
        ImportReader::read(goldenPath("outlook_new.csv"), ImportFormat::Outlook);
    QCOMPARE(told.format, ImportFormat::Outlook);
    QCOMPARE(ImportReader::contacts(told).value(1).reportsTo, QStringLiteral("Kari Nordmann"));
}

void TestContactExports::companyNamesWithoutLegalForms()
{
    const auto same = [](const char *a, const char *b) {
        return AccountIndex::companyMatches(QString::fromUtf8(a), QString::fromUtf8(b));
    };
    QVERIFY(same("Nordvik Foods", "Nordvik Foods ASA"));
    QVERIFY(same("NORDVIK FOODS ASA", "Nordvik Foods AS"));
    QVERIFY(same("Acme, S.L.", "ACME SL"));
    QVERIFY(same("Acme Inc.", "Acme, Inc"));
    QVERIFY(same("Müller GmbH", "Müller"));
    QVERIFY(same("Volvo AB (publ)", "AB Volvo"));
    QVERIFY(same("Nordlys Shipping Group", "Nordlys Shipping AS"));
    QVERIFY(same("Fjord Media Sp. z o.o.", "Fjord Media"));
    QVERIFY(same("Harbour Logistics Ltd", "Harbour Logistics Limited"));
    QVERIFY(!same("Nordvik Fisk AS", "Nordvik Foods ASA"));
    QVERIFY(!same("Nordvik", "Nordvik Foods ASA")); // never by prefix
    QVERIFY(!same("Nordlys Tankers ASA", "Nordlys Shipping AS"));
    QVERIFY(!same("Acme Services SA", "Acme SA"));
}

void TestContactExports::namesLastFirstAndCredentials()
{
    QCOMPARE(PersonName::fromFullName(QStringLiteral("Hansen, Per")), QStringLiteral("Per Hansen"));
    QCOMPARE(PersonName::fromFullName(QStringLiteral("Hansen, Per Olav, PhD")),
             QStringLiteral("Per Olav Hansen, PhD"));
    QCOMPARE(PersonName::fromFullName(QStringLiteral("Lindqvist, CFA")),
             QStringLiteral("Lindqvist, CFA"));
    QCOMPARE(PersonName::fromFullName(QStringLiteral("Anna Lindqvist, CFA")),
             QStringLiteral("Anna Lindqvist, CFA"));
    QCOMPARE(PersonName::fromFullName(QStringLiteral("Strand, Jr.")),
             QStringLiteral("Strand, Jr."));
    QVERIFY(PersonName::isLastCommaFirst(QStringLiteral("Ødegård, Bjørn")));
    QVERIFY(!PersonName::isLastCommaFirst(QStringLiteral("Berg, PhD, MBA")));
    QCOMPARE(PersonName::fromParts(QStringLiteral("Erik"), {}, QStringLiteral("Strand"),
                                   QStringLiteral("Jr.")),
             QStringLiteral("Erik Strand Jr."));
    QCOMPARE(PersonName::fromParts(QStringLiteral("Maja"), {}, QStringLiteral("Vik"),
                                   QStringLiteral("PhD")),
             QStringLiteral("Maja Vik, PhD"));
    const QString anna = PersonName::matchKey(QStringLiteral("Anna Lindqvist"));
    QCOMPARE(PersonName::matchKey(QStringLiteral("Anna Lindqvist, CFA")), anna);
    QCOMPARE(PersonName::matchKey(QStringLiteral("Dr. Anna Lindqvist, PhD, MBA")), anna);
    QCOMPARE(PersonName::matchKey(QStringLiteral("Lindqvist, Anna")), anna);
    QCOMPARE(PersonName::matchKey(QStringLiteral("ANNA  LINDQVIST Jr.")), anna);
    QVERIFY(PersonName::matchKey(QStringLiteral("Anna Lindqvist")) !=
            PersonName::matchKey(QStringLiteral("Anna Lind")));
}

void TestContactExports::columnsRecognisedByContent()
{
    // Headers a spreadsheet user made up: the e-mail column and the "Last, First" name
    // are known by what they hold; a "Title" of salutations is not the job title.
    const QByteArray bytes("Kontakt;Adresse;Title;Job title;Firma\n"
                           "\"Nordmann, Kari\";kari.nordmann@nordlys.example;Ms.;CEO;Nordlys "
                           "Shipping AS\n"
                           "\"Hansen, Per\";per.hansen@nordlys.example;Mr.;CFO;Nordlys "
                           "Shipping AS\n"
                           "\"Ødegård, Bjørn\";;Mr;Driftssjef;Nordlys Shipping AS\n");
    const ImportFile file =
        ImportReader::readData(bytes, ImportFormat::Auto, QStringLiteral("liste.csv"));
    QVERIFY2(file.readable, qPrintable(file.error));
    const ColumnMapping mapping = ImportReader::defaultMapping(file);
    QCOMPARE(mapping.field(0), ContactField::FullName);
    QCOMPARE(mapping.field(1), ContactField::Email);
    QCOMPARE(mapping.field(2), ContactField::Ignore);
    QCOMPARE(mapping.field(3), ContactField::Title);
    const QList<ContactRecord> records = ImportReader::contacts(file, mapping);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].name, QStringLiteral("Kari Nordmann"));
    QCOMPARE(records[0].email, QStringLiteral("kari.nordmann@nordlys.example"));
    QCOMPARE(records[0].title, QStringLiteral("CEO"));
    QCOMPARE(records[2].name, QStringLiteral("Bjørn Ødegård"));
    QCOMPARE(records[2].title, QStringLiteral("Driftssjef"));
}

QTEST_GUILESS_MAIN(TestContactExports)
#include "TestContactExports.moc"
