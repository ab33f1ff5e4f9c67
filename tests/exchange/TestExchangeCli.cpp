#include "CliRun.h"
#include "DatabaseDump.h"
#include "ExchangeTestHelpers.h"
#include "WorkbookTestHelpers.h"

#include "workspace/AccountStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kingside;
using namespace Kingside::Test;

namespace {
const CliProgram kingside(QStringLiteral(KINGSIDE_EXECUTABLE));
} // namespace

// `kingside import` and `kingside export` as a user runs them: summaries and exit codes.
class TestExchangeCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importSalesforceThenAgainChangesNothing();
    void rejectedRowsGiveExitOneAndKeepTheOthers();
    void strictImportsNothingWhenARowIsRejected();
    void dryRunWritesNothing();
    void unreadableFilesGiveExitTwo();
    void workbookSheetByName();
    void relationshipsImportCreatesTheAccount();
    void exportFormats();
    void exportFormatsOfTheBoardAreNotAvailableYet();

private:
    QString dump() const
    {
        Workspace workspace;
        if (!workspace.open(m_workspace, Workspace::Mode::ReadOnly))
            return workspace.errorString();
        return dumpDatabase(workspace.database());
    }
    qint64 peopleIn(const QString &account) const
    {
        Workspace workspace;
        if (!workspace.open(m_workspace, Workspace::Mode::ReadOnly))
            return -1;
        const auto found = AccountStore(workspace.database()).accountByName(account);
        return found ? PersonStore(workspace.database()).people(found->id).size() : -1;
    }

    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestExchangeCli::init()
{
    QVERIFY(m_dir.isValid());
    m_workspace =
        m_dir.filePath(QStringLiteral("cli-%1.kingside").arg(QTest::currentTestFunction()));
    const CliRun demo = kingside({QStringLiteral("demo"), m_workspace});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestExchangeCli::importSalesforceThenAgainChangesNothing()
{
    const QStringList arguments{QStringLiteral("import"), m_workspace,
                                goldenPath("salesforce_contact_report.csv"),
                                QStringLiteral("--account"), QStringLiteral("Nordlys Shipping AS")};
    const CliRun first = kingside(arguments);
    QVERIFY2(first.exitCode == 0, qPrintable(first.text() + first.err));
    QVERIFY2(first.text().contains(QStringLiteral("Salesforce contact report")),
             qPrintable(first.text()));
    QVERIFY(first.text().contains(
        QStringLiteral("Added 5, updated 0, unchanged 0, skipped 1, rejected 0.")));
    QVERIFY(first.text().contains(QStringLiteral("line 8: skipped Tom Wright")));
    QCOMPARE(peopleIn(QStringLiteral("Nordlys Shipping AS")), 5);
    const QString before = dump();
    const CliRun second = kingside(arguments);
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.text().contains(
        QStringLiteral("Added 0, updated 0, unchanged 5, skipped 1, rejected 0.")));
    QVERIFY(second.text().contains(QStringLiteral("Nothing to change.")));
    QCOMPARE(dump(), before);
}

void TestExchangeCli::rejectedRowsGiveExitOneAndKeepTheOthers()
{
    const CliRun result =
        kingside({QStringLiteral("import"), m_workspace, goldenPath("hubspot_contacts.csv"),
                  QStringLiteral("--account"), QStringLiteral("Nordlys Shipping AS")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.text().contains(
        QStringLiteral("Added 3, updated 0, unchanged 0, skipped 1, rejected 2.")));
    QVERIFY(result.text().contains(QStringLiteral("line 4: rejected")));
    QCOMPARE(peopleIn(QStringLiteral("Nordlys Shipping AS")), 3);
}

void TestExchangeCli::strictImportsNothingWhenARowIsRejected()
{
    const QString before = dump();
    const CliRun result =
        kingside({QStringLiteral("import"), m_workspace, goldenPath("hubspot_contacts.csv"),
                  QStringLiteral("--account"), QStringLiteral("Nordlys Shipping AS"),
                  QStringLiteral("--strict")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QStringLiteral("--strict")));
    QCOMPARE(dump(), before);
}

void TestExchangeCli::dryRunWritesNothing()
{
    const QString before = dump();
    const CliRun result =
        kingside({QStringLiteral("import"), m_workspace, goldenPath("linkedin_connections.csv"),
                  QStringLiteral("--account"), QStringLiteral("Nordlys Shipping AS"),
                  QStringLiteral("--dry-run")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.text().contains(QStringLiteral("LinkedIn")));
    QVERIFY(result.text().contains(QStringLiteral("Added 4")));
    QVERIFY(result.text().contains(QStringLiteral("--dry-run")));
    QCOMPARE(dump(), before);
}

void TestExchangeCli::unreadableFilesGiveExitTwo()
{
    const QString binary = m_dir.filePath(QStringLiteral("garbage.csv"));
    QByteArray bytes(4096, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 131 + 7) % 256);
    QVERIFY(writeFile(binary, bytes));
    const QString empty = m_dir.filePath(QStringLiteral("empty.csv"));
    QVERIFY(writeFile(empty, QByteArray()));
    const QString before = dump();
    for (const QString &file : {binary, empty, m_dir.filePath(QStringLiteral("missing.csv"))}) {
        const CliRun result = kingside({QStringLiteral("import"), m_workspace, file,
                                        QStringLiteral("--account"), QStringLiteral("X")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(!result.err.trimmed().isEmpty(), qPrintable(file));
    }
    QCOMPARE(dump(), before);
    QCOMPARE(kingside({QStringLiteral("import"), m_workspace, empty}).exitCode, 2); // no --account
}

void TestExchangeCli::workbookSheetByName()
{
    XlsxSheet notes;
    notes.name = QStringLiteral("Notes");
    notes.rows = {{{QStringLiteral("A1"), QStringLiteral("s"), QStringLiteral("Read me")}}};
    XlsxSheet people;
    people.name = QStringLiteral("People");
    people.rows = {
        {{QStringLiteral("A1"), QStringLiteral("s"), QStringLiteral("Name")},
         {QStringLiteral("B1"), QStringLiteral("s"), QStringLiteral("Email")},
         {QStringLiteral("C1"), QStringLiteral("s"), QStringLiteral("Title")}},
        {{QStringLiteral("A2"), QStringLiteral("s"), QStringLiteral("Kari Nordmann")},
         {QStringLiteral("B2"), QStringLiteral("s"), QStringLiteral("kari@nordlys.example")},
         {QStringLiteral("C2"), QStringLiteral("s"), QStringLiteral("CFO")}}};
    const QString book = m_dir.filePath(QStringLiteral("contacts.xlsx"));
    QVERIFY(writeFile(book, xlsxOf({notes, people})));
    const QStringList base{QStringLiteral("import"), m_workspace, book, QStringLiteral("--account"),
                           QStringLiteral("Workbook Account AS")};
    const QString before = dump();
    // The first sheet has no contacts header: nothing imported.
    CliRun result = kingside(base + QStringList{QStringLiteral("--sheet"), QStringLiteral("nope")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(
        result.err.contains(QStringLiteral("no sheet “nope”; its sheets are “Notes”, “People”")),
        qPrintable(result.err));
    QCOMPARE(dump(), before);
    result = kingside(base + QStringList{QStringLiteral("--sheet"), QStringLiteral("People")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.text().contains(QStringLiteral("Excel workbook, sheet “People”")),
             qPrintable(result.text()));
    QVERIFY(result.text().contains(QStringLiteral("Added 1")));
    QCOMPARE(peopleIn(QStringLiteral("Workbook Account AS")), 1);
}

void TestExchangeCli::relationshipsImportCreatesTheAccount()
{
    const CliRun result =
        kingside({QStringLiteral("import"), m_workspace, goldenPath("relationships.csv"),
                  QStringLiteral("--account"), QStringLiteral("Any Network"),
                  QStringLiteral("--relationships")});
    QCOMPARE(result.exitCode, 1); // the golden file has rejected rows on purpose
    QVERIFY(result.text().contains(QStringLiteral("New account: “Any Network”.")));
    QVERIFY(
        result.text().contains(QStringLiteral("New people (client side, department unknown):")));
    QVERIFY(result.text().contains(QStringLiteral("Nora Nyhus")));
    QVERIFY(peopleIn(QStringLiteral("Any Network")) >= 5);

    const QString plain = m_dir.filePath(QStringLiteral("lines.csv"));
    QVERIFY(writeFile(plain, "from,to\nA,B\nB,C\n"));
    const CliRun clean =
        kingside({QStringLiteral("import"), m_workspace, plain, QStringLiteral("--account"),
                  QStringLiteral("Tiny"), QStringLiteral("--relationships")});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(peopleIn(QStringLiteral("Tiny")), 3);
    // A from/to header is recognised without --relationships too.
    const CliRun detected = kingside({QStringLiteral("import"), m_workspace, plain,
                                      QStringLiteral("--account"), QStringLiteral("Tiny Too")});
    QCOMPARE(detected.exitCode, 0);
    QVERIFY(detected.text().contains(QStringLiteral("relationships CSV")));
    QCOMPARE(peopleIn(QStringLiteral("Tiny Too")), 3);
}

void TestExchangeCli::exportFormats()
{
    const QString account = QStringLiteral("Halvorsen Maritime Group");
    for (const char *format : {"graphml", "dot", "csv"}) {
        const QString output = m_dir.filePath(QStringLiteral("out.%1").arg(QLatin1String(format)));
        const CliRun result =
            kingside({QStringLiteral("export"), m_workspace, QStringLiteral("--account"), account,
                      QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--output"),
                      output});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFileInfo(output).size() > 1000);
    }
    const QString lines = m_dir.filePath(QStringLiteral("lines.csv"));
    QCOMPARE(kingside({QStringLiteral("export"), m_workspace, QStringLiteral("--account"), account,
                       QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--relationships"), QStringLiteral("--output"), lines})
                 .exitCode,
             0);
    QFile file(lines);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine(),
             QByteArray("from,to,kind,strength,last_contact,notes,from_email,to_email\r\n"));

    // The relationships file imports into a fresh account of a new workspace.
    const CliRun missing =
        kingside({QStringLiteral("export"), m_workspace, QStringLiteral("--account"),
                  QStringLiteral("No Such Account"), QStringLiteral("--format"),
                  QStringLiteral("dot"), QStringLiteral("--output"), lines});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("No Such Account")));
}

void TestExchangeCli::exportFormatsOfTheBoardAreNotAvailableYet()
{
    const CliRun result = kingside(
        {QStringLiteral("export"), m_workspace, QStringLiteral("--account"),
         QStringLiteral("Halvorsen Maritime Group"), QStringLiteral("--format"),
         QStringLiteral("bogus"), QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x"))});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("graphml, dot, csv")));
    // pdf is written by the board's renderer when it registers; until then, a clear refusal.
    const CliRun pdf =
        kingside({QStringLiteral("export"), m_workspace, QStringLiteral("--account"),
                  QStringLiteral("Halvorsen Maritime Group"), QStringLiteral("--format"),
                  QStringLiteral("pdf"), QStringLiteral("--output"),
                  m_dir.filePath(QStringLiteral("x.pdf"))});
    if (pdf.exitCode != 0) {
        QCOMPARE(pdf.exitCode, 2);
        QVERIFY2(pdf.err.contains(QStringLiteral("not available")), qPrintable(pdf.err));
    }
    QCOMPARE(kingside({QStringLiteral("export"), m_workspace, QStringLiteral("--account"),
                       QStringLiteral("Halvorsen Maritime Group"), QStringLiteral("--format"),
                       QStringLiteral("dot"), QStringLiteral("--output"),
                       m_dir.filePath(QStringLiteral("t.dot")), QStringLiteral("--tiles"),
                       QStringLiteral("2by2")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestExchangeCli)
#include "TestExchangeCli.moc"
