#include "ExchangeTestHelpers.h"
#include "WorkbookTestHelpers.h"

#include "exchange/ImportReader.h"
#include "exchange/Workbook.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Kingside;
using namespace Kingside::Test;

// Excel (.xlsx) and OpenDocument (.ods) workbooks, written by the tests: with the
// SpreadsheetML writer in WorkbookTestHelpers.h (ECMA-376 Part 1, §18.3 worksheets,
// §18.4 shared strings, §18.8.30/31 number formats), with python3-openpyxl as a second,
// independent writer, and as OpenDocument 1.2 content.xml (Part 1, §9.1 tables).
class TestWorkbook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cellsOfEveryType();
    void sparseCellsKeepTheirColumnsAndRows();
    void sheetByNameOrNumber();
    void openpyxlWorkbook();
    void openDocumentSpreadsheet();
    void openDocumentMergedCellsFillTheirRows();
    void dynamicsExportReadsLikeItsCsv();
    void salesforceFormattedReportFindsItsHeader();
    void salesforceGroupedReportFromOpenpyxl();
    void damagedWorkbooksAreRefusedWithWhatAndWhere();
    void boundsStopZipBombsAndHugeSheets();

private:
    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        return writeFile(path, bytes) ? path : QString();
    }
    QTemporaryDir m_dir;
};

void TestWorkbook::cellsOfEveryType()
{
    XlsxSheet sheet;
    sheet.name = QStringLiteral("Contacts");
    sheet.rows = {
        {{QStringLiteral("A1"), QStringLiteral("s"), QStringLiteral("Name")},
         {QStringLiteral("B1"), QStringLiteral("inlineStr"), QStringLiteral("Phone")},
         {QStringLiteral("C1"), QStringLiteral("s"), QStringLiteral("Since")},
         {QStringLiteral("D1"), QStringLiteral("s"), QStringLiteral("Active")},
         {QStringLiteral("E1"), QStringLiteral("s"), QStringLiteral("Score")},
         {QStringLiteral("F1"), QStringLiteral("s"), QStringLiteral("Met")},
         {QStringLiteral("G1"), QStringLiteral("s"), QStringLiteral("Born")}},
        {{QStringLiteral("A2"), QStringLiteral("s"), QStringLiteral("Åse Ødegård & Co <x>")},
         {QStringLiteral("B2"), QStringLiteral("n"), QStringLiteral("4791234567")},
         // 45352 days after 1899-12-30 is 2024-03-01 (a custom yyyy-mm-dd format)
         {QStringLiteral("C2"), QStringLiteral("n"), QStringLiteral("45352"), 1},
         {QStringLiteral("D2"), QStringLiteral("b"), QStringLiteral("1")},
         {QStringLiteral("E2"), QStringLiteral("n"), QStringLiteral("0.30000000000000004")},
         // 45352.375: 09:00 on that day, built-in format 14 shows only the date
         {QStringLiteral("F2"), QStringLiteral("n"), QStringLiteral("45352.375"), 3},
         {QStringLiteral("G2"), QStringLiteral("n"), QStringLiteral("21916"), 2}},
        {{QStringLiteral("A3"), QStringLiteral("str"), QStringLiteral("=formula result")},
         {QStringLiteral("B3"), QStringLiteral("e"), QStringLiteral("#N/A")},
         {QStringLiteral("D3"), QStringLiteral("b"), QStringLiteral("0")},
         {QStringLiteral("E3"), QStringLiteral("n"), QStringLiteral("-2.5")},
         {QStringLiteral("F3"), QStringLiteral("n"), QStringLiteral("45352.0"), 3},
         {QStringLiteral("G3"), QStringLiteral("d"), QStringLiteral("2023-12-24T00:00:00")}},
    };
    const Workbook::Result book = Workbook::read(xlsxOf({sheet}));
    QVERIFY2(book.ok, qPrintable(book.error));
    QCOMPARE(book.kind, Workbook::Kind::Xlsx);
    QCOMPARE(book.sheets.size(), 1);
    QCOMPARE(book.sheets[0].name, QStringLiteral("Contacts"));
    QCOMPARE(book.rows.size(), 3);
    QCOMPARE(book.rows[0].fields,
             QStringList({"Name", "Phone", "Since", "Active", "Score", "Met", "Born"}));
    QCOMPARE(book.rows[1].fields,
             QStringList({QStringLiteral("Åse Ødegård & Co <x>"), "4791234567", "2024-03-01",
                          "TRUE", "0.3", "2024-03-01T09:00:00", "1960-01-01"}));
    QCOMPARE(book.rows[2].fields, QStringList({"=formula result", "#N/A", "", "FALSE", "-2.5",
                                               "2024-03-01", "2023-12-24"}));
    QCOMPARE(book.rows[2].line, 3);

    // The 1904 date system (Excel for Mac before 2011): day 0 is 1904-01-01.
    XlsxSheet mac;
    mac.name = QStringLiteral("Mac");
    mac.rows = {{{QStringLiteral("A1"), QStringLiteral("n"), QStringLiteral("43890"), 1}}};
    const Workbook::Result old = Workbook::read(xlsxOf({mac}, true));
    QVERIFY2(old.ok, qPrintable(old.error));
    QCOMPARE(old.rows[0].fields, QStringList({"2024-03-01"}));
}

void TestWorkbook::sparseCellsKeepTheirColumnsAndRows()
{
    XlsxSheet sheet;
    sheet.name = QStringLiteral("Sparse");
    sheet.rowNumbers = {2, 3, 7};
    sheet.rows = {
        {{QStringLiteral("C2"), QStringLiteral("s"), QStringLiteral("Name")},
         {QStringLiteral("AB2"), QStringLiteral("s"), QStringLiteral("Email")}},
        {}, // a row element without cells: left out like a blank CSV line
        // no references: the cells follow one another from column A
        {{QString(), QStringLiteral("s"), QStringLiteral("first")},
         {QString(), QStringLiteral("s"), QStringLiteral("second")}},
    };
    const Workbook::Result book = Workbook::read(xlsxOf({sheet}));
    QVERIFY2(book.ok, qPrintable(book.error));
    QCOMPARE(book.rows.size(), 2);
    QCOMPARE(book.rows[0].line, 2);
    QCOMPARE(book.rows[0].fields.size(), 28); // A … AB
    QCOMPARE(book.rows[0].fields[2], QStringLiteral("Name"));
    QCOMPARE(book.rows[0].fields[27], QStringLiteral("Email"));
    QCOMPARE(book.rows[1].line, 7);
    // Every row as wide as the widest, like a CSV saved from the sheet.
    QCOMPARE(book.rows[1].fields.size(), 28);
    QCOMPARE(book.rows[1].fields.mid(0, 3), QStringList({"first", "second", ""}));
    QCOMPARE(Workbook::columnName(0), QStringLiteral("A"));
    QCOMPARE(Workbook::columnName(27), QStringLiteral("AB"));
    QCOMPARE(Workbook::columnName(16383), QStringLiteral("XFD"));
}

void TestWorkbook::sheetByNameOrNumber()
{
    const auto sheetWith = [](const QString &name, const QString &value,
                              const QString &state = {}) {
        XlsxSheet sheet;
        sheet.name = name;
        sheet.state = state;
        sheet.rows = {{{QStringLiteral("A1"), QStringLiteral("s"), value}}};
        return sheet;
    };
    const QByteArray bytes = xlsxOf(
        {sheetWith(QStringLiteral("Lists"), QStringLiteral("hidden one"), QStringLiteral("hidden")),
         sheetWith(QStringLiteral("Summary"), QStringLiteral("summary")),
         sheetWith(QStringLiteral("People 2024"), QStringLiteral("people"))});
    // The first visible sheet by default.
    Workbook::Result book = Workbook::read(bytes);
    QVERIFY2(book.ok, qPrintable(book.error));
    QCOMPARE(book.sheets.size(), 3);
    QVERIFY(book.sheets[0].hidden);
    QCOMPARE(book.sheetIndex, 1);
    QCOMPARE(book.rows[0].fields[0], QStringLiteral("summary"));
    book = Workbook::read(bytes, QStringLiteral("people 2024"));
    QCOMPARE(book.sheetIndex, 2);
    QCOMPARE(book.rows[0].fields[0], QStringLiteral("people"));
    book = Workbook::read(bytes, QStringLiteral("1"));
    QCOMPARE(book.rows[0].fields[0], QStringLiteral("hidden one"));
    book = Workbook::read(bytes, QStringLiteral("Contacts"));
    QVERIFY(!book.ok);
    QCOMPARE(book.error, QStringLiteral("the workbook has no sheet “Contacts”; its sheets are "
                                        "“Lists”, “Summary”, “People 2024”"));
    QCOMPARE(book.sheets.size(), 3); // the dialog offers them

    // Through the import reader, by --sheet as the command line passes it.
    const QString path = write("sheets.xlsx", bytes);
    const ImportFile file = ImportReader::read(path, ImportFormat::Auto, QStringLiteral("4"));
    QVERIFY(!file.readable);
    QVERIFY(file.error.contains(path));
    QVERIFY(file.error.contains(QStringLiteral("no sheet “4”")));
    QCOMPARE(file.sheets, QStringList({"Lists", "Summary", "People 2024"}));
}

void TestWorkbook::openpyxlWorkbook()
{
    const QString python = QProcessEnvironment::systemEnvironment().value(
        QStringLiteral("KINGSIDE_PYTHON"), QStringLiteral("/usr/bin/python3"));
    const QString path = m_dir.filePath(QStringLiteral("openpyxl.xlsx"));
    // openpyxl writes what Excel writes: shared strings, a styles part with a date number
    // format for datetime cells, and booleans as t="b".
    const QString script = QStringLiteral(
        "import datetime, sys\n"
        "import openpyxl\n"
        "wb = openpyxl.Workbook()\n"
        "ws = wb.active\n"
        "ws.title = 'Export'\n"
        "ws.append(['Report: contacts of Nordlys'])\n"
        "ws.append([])\n"
        "ws.append(['First Name', 'Last Name', 'Title', 'Email', 'Phone', 'Last Contact', 'VIP'])\n"
        "ws.append(['Kari', 'Nordmann', 'CFO', 'kari@nordlys.example', 4791234567,\n"
        "           datetime.date(2024, 3, 1), True])\n"
        "ws['A6'] = 'Ola'\n"
        "ws['B6'] = 'Hansen'\n"
        "ws['F6'] = datetime.datetime(2024, 3, 1, 9, 30)\n"
        "ws['F6'].number_format = 'yyyy-mm-dd hh:mm'\n"
        "other = wb.create_sheet('Accounts')\n"
        "other['A1'] = 'Account Name'\n"
        "wb.save(sys.argv[1])\n");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, path});
    QVERIFY(process.waitForFinished(60000));
    if (process.exitCode() != 0 &&
        process.readAllStandardError().contains("No module named 'openpyxl'"))
        QSKIP("python3-openpyxl is not installed (packaging/setup.sh --test installs it)");
    QCOMPARE(process.exitCode(), 0);

    const ImportFile file = ImportReader::read(path);
    QVERIFY2(file.readable, qPrintable(file.error));
    QCOMPARE(file.sheets, QStringList({"Export", "Accounts"}));
    QCOMPARE(file.sheet, QStringLiteral("Export"));
    QVERIFY(file.encoding.contains(QStringLiteral("Excel workbook")));
    QCOMPARE(file.headerLine, 3); // the title row and the blank row are left out
    QCOMPARE(file.header.value(5), QStringLiteral("Last Contact"));
    QCOMPARE(file.rows.size(), 2);
    QCOMPARE(file.rows[0].line, 4);
    QCOMPARE(file.rows[0].fields, QStringList({"Kari", "Nordmann", "CFO", "kari@nordlys.example",
                                               "4791234567", "2024-03-01", "TRUE"}));
    QCOMPARE(file.rows[1].fields.value(5), QStringLiteral("2024-03-01T09:30:00"));
    const QList<ContactRecord> contacts = ImportReader::contacts(file);
    QCOMPARE(contacts.size(), 2);
    QCOMPARE(contacts[0].name, QStringLiteral("Kari Nordmann"));
    QCOMPARE(contacts[0].title, QStringLiteral("CFO"));
    QCOMPARE(contacts[0].email, QStringLiteral("kari@nordlys.example"));
    QCOMPARE(contacts[0].phone, QStringLiteral("4791234567"));

    const ImportFile accounts =
        ImportReader::read(path, ImportFormat::Auto, QStringLiteral("Accounts"));
    QCOMPARE(accounts.sheet, QStringLiteral("Accounts"));
    QCOMPARE(accounts.header, QStringList({"Account Name"}));
}

void TestWorkbook::openDocumentSpreadsheet()
{
    // LibreOffice Calc's layout: repeated empty cells and rows up to the sheet's end,
    // typed values in office:value / office:date-value, text in <text:p> with <text:s>.
    const QByteArray content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        "<office:body><office:spreadsheet>"
        "<table:table table:name=\"Notes\"><table:table-row><table:table-cell "
        "office:value-type=\"string\">"
        "<text:p>not this one</text:p></table:table-cell></table:table-row></table:table>"
        "<table:table table:name=\"Kontakter\">"
        "<table:table-column table:visibility=\"collapse\"/>"
        "<table:table-column table:number-columns-repeated=\"1023\"/>"
        "<table:table-header-rows><table:table-row>"
        "<table:table-cell office:value-type=\"string\"><text:p>Id</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"string\"><text:p>Name</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"string\"><text:p>Email</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"string\"><text:p>Since</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"string\"><text:p>Score</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated=\"1019\"/>"
        "</table:table-row></table:table-header-rows>"
        "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell "
        "table:number-columns-repeated=\"1024\"/></table:table-row>"
        "<table:table-row>"
        "<table:table-cell office:value-type=\"float\" "
        "office:value=\"17\"><text:p>17</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"string\"><text:p>Kari<text:s "
        "text:c=\"2\"/><text:span>Nordmann</text:span></text:p>"
        "<office:annotation><text:p>a comment</text:p></office:annotation></table:table-cell>"
        "<table:table-cell><text:p><text:a>kari@nordlys.example</text:a></text:p></"
        "table:table-cell>"
        "<table:table-cell office:value-type=\"date\" "
        "office:date-value=\"2024-03-01\"><text:p>01.03.24</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"float\" office:value=\"0.5\" "
        "table:number-columns-repeated=\"2\"><text:p>50 %</text:p></table:table-cell>"
        "</table:table-row>"
        "<table:table-row table:number-rows-repeated=\"1048572\"><table:table-cell "
        "table:number-columns-repeated=\"1024\"/></table:table-row>"
        "</table:table></office:spreadsheet></office:body></office:document-content>";
    const QByteArray bytes =
        zipOf({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
               {QStringLiteral("content.xml"), content}});
    const Workbook::Result book = Workbook::read(bytes, QStringLiteral("kontakter"));
    QVERIFY2(book.ok, qPrintable(book.error));
    QCOMPARE(book.kind, Workbook::Kind::Ods);
    QCOMPARE(book.sheets.size(), 2);
    QCOMPARE(book.sheetIndex, 1);
    QCOMPARE(book.hiddenColumns, QList<int>({0}));
    QCOMPARE(book.rows.size(), 2);
    QCOMPARE(book.rows[0].line, 1);
    QCOMPARE(book.rows[0].fields, QStringList({"Id", "Name", "Email", "Since", "Score", ""}));
    QCOMPARE(book.rows[1].line, 4);
    QCOMPARE(book.rows[1].fields, QStringList({"17", "Kari  Nordmann", "kari@nordlys.example",
                                               "2024-03-01", "0.5", "0.5"}));
    const Workbook::Result first = Workbook::read(bytes);
    QCOMPARE(first.rows.value(0).fields, QStringList({"not this one"}));

    const QByteArray text =
        zipOf({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
               {QStringLiteral("content.xml"), "<x/>"}});
    QCOMPARE(Workbook::read(text).error,
             QStringLiteral("it is an OpenDocument file of type "
                            "application/vnd.oasis.opendocument.text, not a spreadsheet"));
}

void TestWorkbook::openDocumentMergedCellsFillTheirRows()
{
    // A grouped contact list as LibreOffice Calc saves it after Format ▸ Merge Cells:
    // OpenDocument 1.2 Part 1, §9.1.4 <table:table-cell> with table:number-rows-spanned /
    // table:number-columns-spanned (§19.680, §19.678), and the cells it hides written as
    // <table:covered-table-cell>, empty, in the rows below and the columns beside.
    const QByteArray content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        "<office:body><office:spreadsheet><table:table table:name=\"Contacts\">"
        // Row 1: a title merged across three columns.
        "<table:table-row><table:table-cell table:number-columns-spanned=\"3\" "
        "table:number-rows-spanned=\"1\" office:value-type=\"string\"><text:p>Nordlys "
        "contacts</text:p></table:table-cell><table:covered-table-cell "
        "table:number-columns-repeated=\"2\"/></table:table-row>"
        // Row 2: the header.
        "<table:table-row>"
        "<table:table-cell office:value-type=\"string\"><text:p>Account</text:p>"
        "</table:table-cell>"
        "<table:table-cell office:value-type=\"string\"><text:p>Name</text:p>"
        "</table:table-cell>"
        "<table:table-cell office:value-type=\"string\"><text:p>Title</text:p>"
        "</table:table-cell></table:table-row>"
        // Rows 3–5: one account merged down over three contacts.
        "<table:table-row><table:table-cell table:number-columns-spanned=\"1\" "
        "table:number-rows-spanned=\"3\" office:value-type=\"string\"><text:p>Nordlys "
        "Shipping AS</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"string\"><text:p>Kari Nordmann</text:p>"
        "</table:table-cell>"
        "<table:table-cell office:value-type=\"string\"><text:p>CFO</text:p>"
        "</table:table-cell></table:table-row>"
        "<table:table-row><table:covered-table-cell/>"
        "<table:table-cell office:value-type=\"string\"><text:p>Ola Hansen</text:p>"
        "</table:table-cell>"
        "<table:table-cell office:value-type=\"string\"><text:p>Controller</text:p>"
        "</table:table-cell></table:table-row>"
        "<table:table-row><table:covered-table-cell/>"
        "<table:table-cell office:value-type=\"string\"><text:p>Åse Ødegård</text:p>"
        "</table:table-cell><table:table-cell/></table:table-row>"
        // Row 6: an empty row the merge does not reach; row 7: the next account.
        "<table:table-row><table:table-cell table:number-columns-repeated=\"3\"/>"
        "</table:table-row>"
        "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Nordlys "
        "Fisk AS</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"string\"><text:p>Per Vik</text:p>"
        "</table:table-cell><table:table-cell office:value-type=\"string\"><text:p>CEO"
        "</text:p></table:table-cell></table:table-row>"
        "</table:table></office:spreadsheet></office:body></office:document-content>";
    const QByteArray bytes =
        zipOf({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
               {QStringLiteral("content.xml"), content}});
    const Workbook::Result book = Workbook::read(bytes);
    QVERIFY2(book.ok, qPrintable(book.error));
    QCOMPARE(book.rows.size(), 6);
    QCOMPARE(book.rows[0].fields, QStringList({"Nordlys contacts", "", ""})); // unchanged
    QCOMPARE(book.rows[1].fields, QStringList({"Account", "Name", "Title"}));
    QCOMPARE(book.rows[2].fields, QStringList({"Nordlys Shipping AS", "Kari Nordmann", "CFO"}));
    QCOMPARE(book.rows[3].fields, QStringList({"Nordlys Shipping AS", "Ola Hansen", "Controller"}));
    QCOMPARE(book.rows[4].line, 5);
    QCOMPARE(book.rows[4].fields, QStringList({"Nordlys Shipping AS", "Åse Ødegård", ""}));
    QCOMPARE(book.rows[5].line, 7);
    QCOMPARE(book.rows[5].fields, QStringList({"Nordlys Fisk AS", "Per Vik", "CEO"}));
    QCOMPARE(book.filledFromMerges, 2);
}

void TestWorkbook::dynamicsExportReadsLikeItsCsv()
{
    // Dynamics 365 / Dataverse "Export to Excel": the first three columns are hidden and
    // named "(Do Not Modify) <table>", "(Do Not Modify) Row Checksum" and "(Do Not Modify)
    // Modified On"; the view's columns follow (Nishant Rana, "Import Data wizard – few key
    // points", nishantrana.me 2022-07-20; Stone-hdj, "Dynamics CRM: precautions for batch
    // importing data to update records", 2022-07-22). The workbook must read exactly like
    // the CSV saved from it, then go through the same format detection and mapping.
    const QList<QStringList> rows{
        {"(Do Not Modify) Contact", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On",
         "Full Name", "First Name", "Last Name", "Company Name", "Job Title", "Department", "Email",
         "Business Phone", "Manager"},
        {"3f2504e0-4f89-11d3-9a0c-0305e82c3301", "hQx0VnQ2", "2024-03-01T09:30:00",
         "Nordmann, Kari", "Kari", "Nordmann", "Nordlys Shipping AS", "CFO", "Finance",
         "kari@nordlys.example", "+47 22 00 00 01", ""},
        {"3f2504e0-4f89-11d3-9a0c-0305e82c3302", "Zk81pQ0a", "2024-03-02T10:00:00", "Hansen, Ola",
         "Ola", "Hansen", "Nordlys Shipping AS", "Controller", "Finance", "ola@nordlys.example", "",
         "Nordmann, Kari"},
    };
    QByteArray csv;
    for (const QStringList &row : rows) {
        QStringList quoted;
        for (const QString &value : row)
            quoted.append(QLatin1Char('"') + value + QLatin1Char('"'));
        csv += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    const ImportFile fromCsv = ImportReader::read(write("dynamics.csv", csv));
    const ImportFile fromXlsx =
        ImportReader::read(write("dynamics.xlsx", xlsxOfRows(QStringLiteral("My Active Contacts"),
                                                             rows, QStringLiteral("1:3"))));
    QVERIFY2(fromCsv.readable, qPrintable(fromCsv.error));
    QVERIFY2(fromXlsx.readable, qPrintable(fromXlsx.error));
    QCOMPARE(fromXlsx.header, fromCsv.header);
    QCOMPARE(fromXlsx.header.value(0), QStringLiteral("(Do Not Modify) Contact"));
    QCOMPARE(fromXlsx.format, fromCsv.format);
    QCOMPARE(fromXlsx.rows.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(fromXlsx.rows[i].line, fromCsv.rows[i].line);
        QCOMPARE(fromXlsx.rows[i].fields, fromCsv.rows[i].fields);
    }
    QCOMPARE(ImportReader::defaultMapping(fromXlsx).toString(),
             ImportReader::defaultMapping(fromCsv).toString());
    const QList<ContactRecord> a = ImportReader::contacts(fromXlsx);
    const QList<ContactRecord> b = ImportReader::contacts(fromCsv);
    QCOMPARE(a.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(a[i].name, b[i].name);
        QCOMPARE(a[i].title, b[i].title);
        QCOMPARE(a[i].department, b[i].department);
        QCOMPARE(a[i].email, b[i].email);
        QCOMPARE(a[i].reportsTo, b[i].reportsTo);
    }
    QCOMPARE(a[1].title, QStringLiteral("Controller"));
    QCOMPARE(a[1].email, QStringLiteral("ola@nordlys.example"));
    // The hidden columns are said, not silently dropped.
    QVERIFY(fromXlsx.notices.join(QLatin1Char('\n'))
                .contains(QStringLiteral("Hidden in the workbook, read like the others: "
                                         "“(Do Not Modify) Contact”, “(Do Not Modify) Row "
                                         "Checksum”, “(Do Not Modify) Modified On”.")));
}

void TestWorkbook::salesforceFormattedReportFindsItsHeader()
{
    // Salesforce Lightning "Export → Formatted Report" (.xlsx, the printer-friendly export
    // of the Reports REST API: developer.salesforce.com, "Download Formatted Excel Reports
    // Using the Reports REST API"): the report's name and its filters above the header, the
    // columns starting in column B, a total row and the footer of the CSV report below.
    const QList<QStringList> rows{
        {"", "Nordlys contacts"},
        {"", "Filtered By:"},
        {"", "    Account Name equals Nordlys Shipping AS"},
        {},
        {"", "First Name", "Last Name", "Title", "Department", "Email", "Account Name",
         "Reports To"},
        {"", "Kari", "Nordmann", "CFO", "Finance", "kari@nordlys.example", "Nordlys Shipping AS",
         ""},
        {"", "Ola", "Hansen", "Controller", "Finance", "ola@nordlys.example", "Nordlys Shipping AS",
         "Kari Nordmann"},
        {},
        {"", "Total"},
        {"", "Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."},
        {"", "Confidential Information - Do Not Distribute"},
        {"", "Generated By: Ada Admin 02.12.2026 09:14"},
    };
    const ImportFile file = ImportReader::read(
        write("salesforce.xlsx", xlsxOfRows(QStringLiteral("Nordlys contacts"), rows)));
    QVERIFY2(file.readable, qPrintable(file.error));
    QCOMPARE(file.format, ImportFormat::Salesforce);
    QCOMPARE(file.headerLine, 5);
    QCOMPARE(file.header.value(1), QStringLiteral("First Name"));
    QCOMPARE(file.rows.size(), 2);
    QCOMPARE(file.rows[1].line, 7);
    QVERIFY(file.notices.join(QLatin1Char('\n')).contains(QStringLiteral("report footer")));
    const QList<ContactRecord> contacts = ImportReader::contacts(file);
    QCOMPARE(contacts.size(), 2);
    QCOMPARE(contacts[1].name, QStringLiteral("Ola Hansen"));
    QCOMPARE(contacts[1].title, QStringLiteral("Controller"));
    QCOMPARE(contacts[1].department, QStringLiteral("Finance"));
    QCOMPARE(contacts[1].company, QStringLiteral("Nordlys Shipping AS"));
    QCOMPARE(contacts[1].reportsTo, QStringLiteral("Kari Nordmann"));
}

void TestWorkbook::salesforceGroupedReportFromOpenpyxl()
{
    // A Salesforce Lightning summary report, Export ▸ Formatted Report (.xlsx), grouped by
    // account, as the first sheet of the workbook. Its layout, from the sources:
    // - developer.salesforce.com, "Download Formatted Excel Reports Using the Reports REST
    //   API": the formatted export is the report as shown, with its header and groupings;
    // - two public scripts that post-process these exports (found by code search): one
    //   drops the empty column A and starts its data 14 rows down, the other reads with
    //   skiprows and drops the unnamed (empty) columns; both drop the rows "Total",
    //   "Confidential Information - Do Not Distribute" and "Copyright © 2000-2025
    //   salesforce.com, inc. All rights reserved." below the table.
    // So: the report's name and filters above, the table from column B with its header on
    // row 14, each group's account once in a cell merged down over its rows, a "Subtotal"
    // row after each group, "Total" and the footer below. openpyxl writes the merges as
    // Excel does (<mergeCells>), an independent writer of the layout.
    const QString python = QProcessEnvironment::systemEnvironment().value(
        QStringLiteral("KINGSIDE_PYTHON"), QStringLiteral("/usr/bin/python3"));
    const QString path = m_dir.filePath(QStringLiteral("salesforce-formatted.xlsx"));
    const QString script = QStringLiteral(
        "import sys\n"
        "import openpyxl\n"
        "wb = openpyxl.Workbook()\n"
        "ws = wb.active\n"
        "ws.title = 'Nordlys contacts'\n"
        "ws['B1'] = 'Nordlys contacts'\n"
        "ws.merge_cells('B1:H1')\n"
        "ws['B2'] = 'Contacts & Accounts'\n"
        "ws['B4'] = 'Filtered By:'\n"
        "ws['B5'] = '    Show: All contacts'\n"
        "ws['B6'] = '    Created Date: All Time'\n"
        "ws['B7'] = '    Account Name contains Nordlys'\n"
        "ws['B9'] = 'Generated By: Ada Admin'\n"
        "ws['B10'] = 'Aurora Software AS'\n"
        "ws['B11'] = '02.12.2026 09:14'\n"
        "ws.append([])\n"
        "ws.append([])\n"
        "header = ['Account Name', 'First Name', 'Last Name', 'Title', 'Department', 'Email',\n"
        "          'Reports To']\n"
        "for i, name in enumerate(header):\n"
        "    ws.cell(row=14, column=2 + i, value=name)\n"
        "rows = [\n"
        "  (15, 'Nordlys Shipping AS', 'Kari', 'Nordmann', 'CFO', 'Finance',\n"
        "   'kari@nordlys.example', None),\n"
        "  (16, None, 'Ola', 'Hansen', 'Controller', 'Finance', 'ola@nordlys.example',\n"
        "   'Kari Nordmann'),\n"
        "  (17, None, 'Åse', 'Ødegård', 'Fleet Manager', 'Operations', 'ase@nordlys.example',\n"
        "   'Kari Nordmann'),\n"
        "  (19, 'Nordlys Fisk AS', 'Per', 'Vik', 'CEO', 'Management', 'per@nordlysfisk.example',\n"
        "   None),\n"
        "  (20, None, 'Lise', 'Berg', 'Buyer', 'Purchasing', 'lise@nordlysfisk.example',\n"
        "   'Per Vik'),\n"
        "]\n"
        "for row, *values in rows:\n"
        "    for i, value in enumerate(values):\n"
        "        if value is not None:\n"
        "            ws.cell(row=row, column=2 + i, value=value)\n"
        "ws.merge_cells('B15:B17')\n"
        "ws.merge_cells('B19:B20')\n"
        "ws['B18'] = 'Subtotal'\n"
        "ws['C18'] = 3\n"
        "ws['B21'] = 'Subtotal'\n"
        "ws['C21'] = 2\n"
        "ws['B22'] = 'Total'\n"
        "ws['C22'] = 5\n"
        "ws['B25'] = 'Confidential Information - Do Not Distribute'\n"
        "ws.merge_cells('B25:H25')\n"
        "ws['B26'] = 'Copyright \u00a9 2000-2026 salesforce.com, inc. All rights reserved.'\n"
        "ws.merge_cells('B26:H26')\n"
        "wb.save(sys.argv[1])\n");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, path});
    QVERIFY(process.waitForFinished(60000));
    if (process.exitCode() != 0 &&
        process.readAllStandardError().contains("No module named 'openpyxl'"))
        QSKIP("python3-openpyxl is not installed (packaging/setup.sh --test installs it)");
    QCOMPARE(process.exitCode(), 0);

    const ImportFile file = ImportReader::read(path);
    QVERIFY2(file.readable, qPrintable(file.error));
    QCOMPARE(file.format, ImportFormat::Salesforce);
    QCOMPARE(file.headerLine, 14);
    QCOMPARE(file.header, QStringList({"", "Account Name", "First Name", "Last Name", "Title",
                                       "Department", "Email", "Reports To"}));
    QCOMPARE(file.rows.size(), 5);
    const QList<int> lines{15, 16, 17, 19, 20};
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(file.rows[i].line, lines[i]);
    const QString notices = file.notices.join(QLatin1Char('\n'));
    // (The English plural forms come from kingside_en.ts, which this test does not load.)
    QVERIFY2(notices.contains(QStringLiteral("Left out 13 line(s) of notes before the header on "
                                             "line 14.")),
             qPrintable(notices));
    QVERIFY2(notices.contains(QStringLiteral("report footer (lines 25–26)")), qPrintable(notices));
    QVERIFY2(notices.contains(QStringLiteral("Left out 3 subtotal or total row(s) of the report "
                                             "(line(s) 18, 21, 22).")),
             qPrintable(notices));
    QVERIFY2(notices.contains(QStringLiteral("Filled 3 cell(s) from the cell merged down")),
             qPrintable(notices));

    const QList<ContactRecord> contacts = ImportReader::contacts(file);
    QCOMPARE(contacts.size(), 5);
    struct Expected
    {
        const char *name, *title, *department, *email, *company, *reportsTo;
    };
    const Expected expected[] = {
        {"Kari Nordmann", "CFO", "Finance", "kari@nordlys.example", "Nordlys Shipping AS", ""},
        {"Ola Hansen", "Controller", "Finance", "ola@nordlys.example", "Nordlys Shipping AS",
         "Kari Nordmann"},
        {"Åse Ødegård", "Fleet Manager", "Operations", "ase@nordlys.example", "Nordlys Shipping AS",
         "Kari Nordmann"},
        {"Per Vik", "CEO", "Management", "per@nordlysfisk.example", "Nordlys Fisk AS", ""},
        {"Lise Berg", "Buyer", "Purchasing", "lise@nordlysfisk.example", "Nordlys Fisk AS",
         "Per Vik"},
    };
    for (int i = 0; i < contacts.size(); ++i) {
        QCOMPARE(contacts[i].name, QString::fromUtf8(expected[i].name));
        QCOMPARE(contacts[i].title, QString::fromUtf8(expected[i].title));
        QCOMPARE(contacts[i].department, QString::fromUtf8(expected[i].department));
        QCOMPARE(contacts[i].email, QString::fromUtf8(expected[i].email));
        QCOMPARE(contacts[i].company, QString::fromUtf8(expected[i].company));
        QCOMPARE(contacts[i].reportsTo, QString::fromUtf8(expected[i].reportsTo));
    }
}

void TestWorkbook::damagedWorkbooksAreRefusedWithWhatAndWhere()
{
    XlsxSheet sheet;
    sheet.name = QStringLiteral("Contacts");
    sheet.rows = {
        {{QStringLiteral("A1"), QStringLiteral("inlineStr"), QStringLiteral("Name")}},
        {{QStringLiteral("A2"), QStringLiteral("inlineStr"), QStringLiteral("Lovelace")}}};
    const QByteArray good = xlsxOf({sheet}, false, true);
    QVERIFY(Workbook::read(good).ok);

    // Cut short, as by a failed download: the zip directory at the end is missing.
    const QString truncated = write("truncated.xlsx", good.left(good.size() / 2));
    ImportFile file = ImportReader::read(truncated);
    QVERIFY(!file.readable);
    QVERIFY2(file.error.startsWith(QStringLiteral("“%1”: The workbook cannot be read: its zip "
                                                  "archive cannot be opened (")
                                       .arg(truncated)),
             qPrintable(file.error));
    QVERIFY(file.error.contains(QStringLiteral("cut short")));

    // One byte of the sheet changed: its checksum no longer matches.
    QByteArray flipped = good;
    const qsizetype at = flipped.indexOf("Lovelace");
    QVERIFY(at > 0);
    flipped[at] = 'l';
    Workbook::Result book = Workbook::read(flipped);
    QVERIFY(!book.ok);
    QVERIFY2(
        book.error.startsWith(QStringLiteral("the part xl/worksheets/sheet1.xml is damaged (")),
        qPrintable(book.error));

    // Broken XML: the part, line and column.
    const QByteArray brokenXml = zipOf(
        {{QStringLiteral("xl/workbook.xml"),
          "<workbook><sheets><sheet name=\"A\" sheetId=\"1\"/></sheets></workbook>"},
         {QStringLiteral("xl/worksheets/sheet1.xml"),
          "<worksheet>\n<sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>x</is></c></row>"}});
    book = Workbook::read(brokenXml);
    QVERIFY(!book.ok);
    QVERIFY2(book.error.startsWith(QStringLiteral("xl/worksheets/sheet1.xml, line 2, column ")),
             qPrintable(book.error));

    // A shared string that does not exist: the sheet, the part and the cell.
    const QByteArray badIndex =
        zipOf({{QStringLiteral("xl/workbook.xml"),
                "<workbook><sheets><sheet name=\"A\" sheetId=\"1\"/></sheets></workbook>"},
               {QStringLiteral("xl/worksheets/sheet1.xml"),
                "<worksheet><sheetData><row r=\"4\"><c r=\"C4\" t=\"s\"><v>9</v></c></row>"
                "</sheetData></worksheet>"}});
    QCOMPARE(Workbook::read(badIndex).error,
             QStringLiteral("sheet “A” (xl/worksheets/sheet1.xml), cell C4: shared string 9 does "
                            "not exist (the workbook has 0)"));

    // Not a workbook at all.
    QCOMPARE(Workbook::read(zipOf({{QStringLiteral("readme.txt"), "hello"}})).error,
             QStringLiteral("it is a zip archive, but not an Excel workbook (it has no "
                            "xl/workbook.xml)"));
    const QString xls =
        write("old.xls", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    file = ImportReader::read(xls);
    QVERIFY(!file.readable);
    QVERIFY(file.error.contains(QStringLiteral("Excel 97–2003 workbook (.xls)")));
}

void TestWorkbook::boundsStopZipBombsAndHugeSheets()
{
    // A part that inflates past the bound (2 MB of spaces deflate to a few kB).
    QByteArray sheetXml = "<worksheet><sheetData>";
    sheetXml += QByteArray(2 * 1024 * 1024, ' ');
    sheetXml += "</sheetData></worksheet>";
    const QByteArray bomb =
        zipOf({{QStringLiteral("xl/workbook.xml"),
                "<workbook><sheets><sheet name=\"A\" sheetId=\"1\"/></sheets></workbook>"},
               {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml}});
    QVERIFY(bomb.size() < 64 * 1024);
    Workbook::Limits limits;
    limits.maxPartBytes = 1024 * 1024;
    Workbook::Result book = Workbook::read(bomb, {}, limits);
    QVERIFY(!book.ok);
    QCOMPARE(book.error, QStringLiteral("the part xl/worksheets/sheet1.xml inflates to 2 MB; "
                                        "Kingside reads parts of up to 1 MB"));
    QVERIFY(Workbook::read(bomb).ok); // within the real bound

    // The same bomb with the sizes in its local header and central directory set to 100
    // bytes (APPNOTE.TXT 4.3.7 and 4.3.12: uncompressed size at offsets 22 and 24): the
    // bound is checked while inflating, not taken from the directory.
    QByteArray lying = bomb;
    const QByteArray name = "xl/worksheets/sheet1.xml";
    int patched = 0;
    for (qsizetype at = lying.indexOf(name); at >= 0; at = lying.indexOf(name, at + 1)) {
        if (at >= 30 && lying.mid(at - 30, 4) == QByteArray("PK\x03\x04", 4)) {
            qToLittleEndian<quint32>(100, lying.data() + at - 30 + 22);
            ++patched;
        } else if (at >= 46 && lying.mid(at - 46, 4) == QByteArray("PK\x01\x02", 4)) {
            qToLittleEndian<quint32>(100, lying.data() + at - 46 + 24);
            ++patched;
        }
    }
    QCOMPARE(patched, 2);
    book = Workbook::read(lying, {}, limits);
    QVERIFY(!book.ok);
    QVERIFY2(book.error.startsWith(QStringLiteral("the part xl/worksheets/sheet1.xml")),
             qPrintable(book.error));
    QVERIFY2(book.error.contains(QStringLiteral("more than 1 MB")) ||
                 book.error.contains(QStringLiteral("damaged")),
             qPrintable(book.error));

    // Cells far apart fill a row to its last column: counted against the cell bound.
    QByteArray wide = "<worksheet><sheetData>";
    for (int r = 1; r <= 10; ++r)
        wide += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r) +
                "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
    wide += "</sheetData></worksheet>";
    const QByteArray wideBook =
        zipOf({{QStringLiteral("xl/workbook.xml"),
                "<workbook><sheets><sheet name=\"Wide\" sheetId=\"1\"/></sheets></workbook>"},
               {QStringLiteral("xl/worksheets/sheet1.xml"), wide}});
    limits = {};
    limits.maxCells = 100000;
    book = Workbook::read(wideBook, {}, limits);
    QVERIFY(!book.ok);
    QVERIFY2(book.error.startsWith(QStringLiteral("sheet “Wide” (xl/worksheets/sheet1.xml), cell "
                                                  "XFD7: the sheet has more than")),
             qPrintable(book.error));
    QVERIFY(book.rows.isEmpty());
    // Beyond Excel's last column.
    const QByteArray beyond =
        zipOf({{QStringLiteral("xl/workbook.xml"),
                "<workbook><sheets><sheet name=\"A\" sheetId=\"1\"/></sheets></workbook>"},
               {QStringLiteral("xl/worksheets/sheet1.xml"),
                "<worksheet><sheetData><row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"
                "</sheetData></worksheet>"}});
    QCOMPARE(Workbook::read(beyond).error,
             QStringLiteral("sheet “A” (xl/worksheets/sheet1.xml), cell XFE1: not a cell "
                            "reference"));
}

QTEST_GUILESS_MAIN(TestWorkbook)
#include "TestWorkbook.moc"
