#include "DatabaseDump.h"
#include "ExchangeTestHelpers.h"
#include "TestWorkspace.h"
#include "WorkbookTestHelpers.h"

#include "dialogs/ImportDialog.h"
#include "workspace/AccountStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Kingside;
using namespace Kingside::Test;

namespace {

// Reading and planning run on a worker thread: wait until the dialog shows the result.
bool waitIdle(const ImportDialog &dialog)
{
    return QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, 30000);
}

// `rows` people of one company, each reporting to an earlier one.
QByteArray manyContacts(int rows)
{
    QByteArray csv("First Name,Last Name,Title,Email,Reports To\n");
    for (int i = 0; i < rows; ++i)
        csv += "Many,P" + QByteArray::number(i) + ",Role " + QByteArray::number(i % 9) + ",m" +
               QByteArray::number(i) + "@many.example," +
               (i > 0 ? "Many P" + QByteArray::number(i / 4) : QByteArray()) + "\n";
    return csv;
}

QStringList accountNames(Workspace &workspace)
{
    QStringList names;
    for (const Account &account : AccountStore(workspace.database()).accounts())
        names.append(account.name);
    return names;
}

} // namespace

// The import dialog on the offscreen platform, driven by objectName.
class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewShowsRejectedRowsThenImports();
    void genericCsvMappingIsRememberedPerHeader();
    void unreadableFileDisablesImport();
    void newAccountFromTheFilesCompanyIsOneUndoStep();
    void changingOneColumnUpdatesThePreview();
    void workbookSheetPicker();
    void stopDropsTheWorkAndKeepsTheWindowResponsive();
    void largeImportKeepsTheWindowResponsive();
    void stopDuringTheImportChangesNothing();

private:
    QTemporaryDir m_dir;
};

void TestImportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("KingsideTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestImportDialog"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

void TestImportDialog::previewShowsRejectedRowsThenImports()
{
    TestWorkspace ws;
    // An account named like the HubSpot file's company.
    const QString nordlys = m_dir.filePath(QStringLiteral("seed.csv"));
    QVERIFY(writeFile(nordlys, "Name,Email\nSeed Person,seed@nordlys.example\n"));
    QVERIFY(ws->execute(
        new ApplyImport(&ws.workspace(), planImport(ws.workspace(), nordlys,
                                                    QStringLiteral("Nordlys Shipping AS")))));
    const qint64 accountId = ws.accountId(QStringLiteral("Nordlys Shipping AS"));
    const int stackBefore = ws->undoStack()->count();

    ImportDialog dialog(&ws.workspace(), accountId);
    dialog.show();
    dialog.setFilePath(goldenPath("hubspot_contacts.csv"));
    QVERIFY(waitIdle(dialog));
    QCOMPARE(dialog.detectedFormat(), ImportFormat::HubSpot);
    auto *detected = dialog.findChild<QLabel *>(QStringLiteral("importDetected"));
    QVERIFY(detected->text().contains(QStringLiteral("HubSpot")));
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
    QCOMPARE(preview->rowCount(), 6);
    bool sawRejectedLine4 = false;
    for (int row = 0; row < preview->rowCount(); ++row) {
        if (preview->item(row, 0)->text() == QStringLiteral("4")) {
            sawRejectedLine4 = preview->item(row, 1)->text() == QStringLiteral("rejected") &&
                               preview->item(row, 6)->text().contains(QStringLiteral("no name"));
        }
    }
    QVERIFY(sawRejectedLine4);
    auto *counts = dialog.findChild<QLabel *>(QStringLiteral("importCounts"));
    QCOMPARE(counts->text(),
             QStringLiteral("Added 3, updated 0, unchanged 0, skipped 1, rejected 2."));
    auto *mapping = dialog.findChild<QTableWidget *>(QStringLiteral("importMapping"));
    QCOMPARE(mapping->rowCount(), 14);

    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ws->undoStack()->count(), stackBefore + 1);
    QVERIFY(personNamed(ws.workspace(), accountId, QStringLiteral("Bjørn Ødegård")));
}

void TestImportDialog::genericCsvMappingIsRememberedPerHeader()
{
    TestWorkspace ws(TestWorkspace::Content::Demo);
    const qint64 accountId = ws.accountId(QStringLiteral("Halvorsen Maritime Group"));
    const QString path = m_dir.filePath(QStringLiteral("norsk.csv"));
    QVERIFY(writeFile(
        path, "Navn;Stilling;Avdeling\nNy Person;Analytiker;Innkjøp\nTo Personer;Sjef;Innkjøp\n"));
    {
        ImportDialog dialog(&ws.workspace(), accountId);
        dialog.setFilePath(path);
        QVERIFY(waitIdle(dialog));
        QCOMPARE(dialog.detectedFormat(), ImportFormat::GenericCsv);
        auto *counts = dialog.findChild<QLabel *>(QStringLiteral("importCounts"));
        QVERIFY(counts->text().contains(QStringLiteral("name")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        auto *name = dialog.findChild<QComboBox *>(QStringLiteral("mapping0"));
        auto *title = dialog.findChild<QComboBox *>(QStringLiteral("mapping1"));
        auto *department = dialog.findChild<QComboBox *>(QStringLiteral("mapping2"));
        QVERIFY(name && title && department);
        name->setCurrentIndex(name->findData(int(ContactField::FullName)));
        title->setCurrentIndex(title->findData(int(ContactField::Title)));
        department->setCurrentIndex(department->findData(int(ContactField::Department)));
        QVERIFY(waitIdle(dialog));
        QCOMPARE(dialog.plan().count(ImportPlan::Outcome::Added), 2);
        QCOMPARE(dialog.plan().newDepartments, QStringList{QStringLiteral("Innkjøp")});
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        // Choosing the name for another column takes it from the first.
        title->setCurrentIndex(title->findData(int(ContactField::FullName)));
        QCOMPARE(name->currentData().toInt(), int(ContactField::Ignore));
        title->setCurrentIndex(title->findData(int(ContactField::Title)));
        name->setCurrentIndex(name->findData(int(ContactField::FullName)));
        QVERIFY(waitIdle(dialog));
    }
    // Another file with the same header: the mapping comes back.
    const QString again = m_dir.filePath(QStringLiteral("norsk2.csv"));
    QVERIFY(writeFile(again, "Navn;Stilling;Avdeling\nTredje Person;Rådgiver;IT\n"));
    ImportDialog dialog(&ws.workspace(), accountId);
    dialog.setFilePath(again);
    QVERIFY(waitIdle(dialog));
    QCOMPARE(dialog.mapping().field(0), ContactField::FullName);
    QCOMPARE(dialog.mapping().field(1), ContactField::Title);
    QCOMPARE(dialog.mapping().field(2), ContactField::Department);
    QCOMPARE(dialog.plan().count(ImportPlan::Outcome::Added), 1);
    QVERIFY(dialog.importPlan());
    QCOMPARE(personNamed(ws.workspace(), accountId, QStringLiteral("Tredje Person"))->title,
             QStringLiteral("Rådgiver"));
}

void TestImportDialog::unreadableFileDisablesImport()
{
    TestWorkspace ws(TestWorkspace::Content::Demo);
    const QString path = m_dir.filePath(QStringLiteral("binary.csv"));
    QVERIFY(writeFile(path, QByteArray("\x00\x01\x02garbage\x00", 11)));
    ImportDialog dialog(&ws.workspace(), ws.accountId(QStringLiteral("Halvorsen Maritime Group")));
    dialog.setFilePath(path);
    QVERIFY(waitIdle(dialog));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importNotices"))
                ->text()
                .contains(QStringLiteral("binary")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QVERIFY(!dialog.importPlan());
}

void TestImportDialog::newAccountFromTheFilesCompanyIsOneUndoStep()
{
    TestWorkspace ws(TestWorkspace::Content::Demo);
    const qint64 halvorsen = ws.accountId(QStringLiteral("Halvorsen Maritime Group"));
    const QString path = m_dir.filePath(QStringLiteral("fjordkraft.csv"));
    QVERIFY(writeFile(path,
                      "First Name,Last Name,Title,Department,Company,Email,Reports To\n"
                      "Kari,Nordmann,CFO,Finance,Fjordkraft Energi AS,kari@fjordkraft.example,\n"
                      "Ola,Hansen,Controller,Finance,Fjordkraft Energi AS,ola@fjordkraft.example,"
                      "Kari Nordmann\n"
                      "Per,Berg,Buyer,Purchasing,Other Corp,per@other.example,\n"));
    const int stackBefore = ws->undoStack()->count();
    ImportDialog dialog(&ws.workspace(), halvorsen);
    dialog.show();
    dialog.setFilePath(path);
    QVERIFY(waitIdle(dialog));
    // Opened from Halvorsen: nobody there works at Halvorsen, the file's company is offered.
    QCOMPARE(dialog.targetAccountId(), halvorsen);
    QCOMPARE(dialog.plan().count(ImportPlan::Outcome::Skipped), 3);
    QCOMPARE(dialog.suggestedCompany(), QStringLiteral("Fjordkraft Energi AS"));
    auto *suggestion = dialog.findChild<QLabel *>(QStringLiteral("importSuggestion"));
    QCOMPARE(
        suggestion->text(),
        QStringLiteral("2 of the 3 people who name a company work at “Fjordkraft Energi AS”."));
    auto *use = dialog.findChild<QPushButton *>(QStringLiteral("importUseSuggestion"));
    QVERIFY(use->isVisible());
    QCOMPARE(use->text(), QStringLiteral("Create the account “Fjordkraft Energi AS”"));
    QTest::mouseClick(use, Qt::LeftButton);
    QVERIFY(waitIdle(dialog));
    QCOMPARE(dialog.targetAccountId(), 0);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("importNewAccount"))->text(),
             QStringLiteral("Fjordkraft Energi AS"));
    QVERIFY(dialog.plan().createsAccount());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("importCounts"))->text(),
             QStringLiteral("Added 2, updated 0, unchanged 0, skipped 1, rejected 0."));
    QVERIFY(!use->isVisible());

    // The preview shows titles, departments and managers.
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
    QCOMPARE(preview->horizontalHeaderItem(3)->text(), QStringLiteral("Title"));
    QCOMPARE(preview->horizontalHeaderItem(4)->text(), QStringLiteral("Department"));
    QCOMPARE(preview->horizontalHeaderItem(5)->text(), QStringLiteral("Reports to"));
    bool sawOla = false;
    for (int row = 0; row < preview->rowCount(); ++row) {
        if (preview->item(row, 2)->text() == QStringLiteral("Ola Hansen")) {
            sawOla = true;
            QCOMPARE(preview->item(row, 3)->text(), QStringLiteral("Controller"));
            QCOMPARE(preview->item(row, 4)->text(), QStringLiteral("Finance"));
            QCOMPARE(preview->item(row, 5)->text(), QStringLiteral("Kari Nordmann"));
        }
    }
    QVERIFY(sawOla);

    QVERIFY(dialog.importPlan());
    QCOMPARE(ws->undoStack()->count(), stackBefore + 1);
    const qint64 created = ws.accountId(QStringLiteral("Fjordkraft Energi AS"));
    QVERIFY(created > 0);
    const auto ola = personNamed(ws.workspace(), created, QStringLiteral("Ola Hansen"));
    QVERIFY(ola);
    QCOMPARE(ola->title, QStringLiteral("Controller"));
    QVERIFY(!personNamed(ws.workspace(), created, QStringLiteral("Per Berg")));
    // AddAccount gave it the default levels and the file's department.
    QCOMPARE(AccountStore(ws->database()).levels(created).size(), 8);
    QCOMPARE(AccountStore(ws->database()).departments(created).size(), 1);
    // One undo takes the account and its people away.
    ws->undoStack()->undo();
    QVERIFY(!accountNames(ws.workspace()).contains(QStringLiteral("Fjordkraft Energi AS")));
    ws->undoStack()->redo();
    QVERIFY(accountNames(ws.workspace()).contains(QStringLiteral("Fjordkraft Energi AS")));
    QVERIFY(personNamed(ws.workspace(), ws.accountId(QStringLiteral("Fjordkraft Energi AS")),
                        QStringLiteral("Kari Nordmann")));
}

void TestImportDialog::changingOneColumnUpdatesThePreview()
{
    TestWorkspace ws(TestWorkspace::Content::Demo);
    const qint64 accountId = ws.accountId(QStringLiteral("Halvorsen Maritime Group"));
    const QString path = m_dir.filePath(QStringLiteral("roles.csv"));
    QVERIFY(writeFile(path, "Name,Email,Rolle,Leder\n"
                            "Ny Analytiker,ny@halvorsen.example,Analytiker,\n"));
    ImportDialog dialog(&ws.workspace(), accountId);
    dialog.setFilePath(path);
    QVERIFY(waitIdle(dialog));
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
    QCOMPARE(preview->rowCount(), 1);
    QCOMPARE(preview->item(0, 3)->text(), QString()); // "Rolle" is not known as a title
    auto *rolle = dialog.findChild<QComboBox *>(QStringLiteral("mapping2"));
    QVERIFY(rolle);
    QCOMPARE(rolle->currentData().toInt(), int(ContactField::Ignore));
    rolle->setCurrentIndex(rolle->findData(int(ContactField::Title)));
    QVERIFY(dialog.isBusy()); // planned again on the worker
    QVERIFY(waitIdle(dialog));
    QCOMPARE(preview->item(0, 3)->text(), QStringLiteral("Analytiker"));
    QCOMPARE(dialog.plan().additions.value(0).person.title, QStringLiteral("Analytiker"));
}

void TestImportDialog::workbookSheetPicker()
{
    TestWorkspace ws(TestWorkspace::Content::Demo);
    const qint64 accountId = ws.accountId(QStringLiteral("Halvorsen Maritime Group"));
    XlsxSheet summary;
    summary.name = QStringLiteral("Summary");
    summary.rows = {{{QStringLiteral("A1"), QStringLiteral("s"), QStringLiteral("Exported 2024")}}};
    XlsxSheet people;
    people.name = QStringLiteral("People");
    people.rows = {
        {{QStringLiteral("A1"), QStringLiteral("s"), QStringLiteral("Full Name")},
         {QStringLiteral("B1"), QStringLiteral("s"), QStringLiteral("Job Title")},
         {QStringLiteral("C1"), QStringLiteral("s"), QStringLiteral("Email")}},
        {{QStringLiteral("A2"), QStringLiteral("s"), QStringLiteral("Sheet Person")},
         {QStringLiteral("B2"), QStringLiteral("s"), QStringLiteral("Purser")},
         {QStringLiteral("C2"), QStringLiteral("s"), QStringLiteral("sheet@halvorsen.example")}}};
    const QString path = m_dir.filePath(QStringLiteral("two-sheets.xlsx"));
    QVERIFY(writeFile(path, xlsxOf({summary, people})));
    ImportDialog dialog(&ws.workspace(), accountId);
    dialog.show();
    dialog.setFilePath(path);
    QVERIFY(waitIdle(dialog));
    auto *sheet = dialog.findChild<QComboBox *>(QStringLiteral("importSheet"));
    QVERIFY(sheet->isVisible());
    QVERIFY(sheet->isEnabled());
    QCOMPARE(sheet->count(), 2);
    QCOMPARE(sheet->currentText(), QStringLiteral("Summary"));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    sheet->setCurrentIndex(1);
    QVERIFY(waitIdle(dialog));
    QCOMPARE(dialog.file().sheet, QStringLiteral("People"));
    QCOMPARE(sheet->currentText(), QStringLiteral("People"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importDetected"))
                ->text()
                .contains(QStringLiteral("Excel workbook, sheet “People”")));
    QCOMPARE(dialog.plan().count(ImportPlan::Outcome::Added), 1);
    QVERIFY(dialog.importPlan());
    QCOMPARE(personNamed(ws.workspace(), accountId, QStringLiteral("Sheet Person"))->title,
             QStringLiteral("Purser"));
}

void TestImportDialog::stopDropsTheWorkAndKeepsTheWindowResponsive()
{
    TestWorkspace ws(TestWorkspace::Content::Demo);
    const QString path = m_dir.filePath(QStringLiteral("stop.csv"));
    QVERIFY(writeFile(path, "Name,Email\nStop Person,stop@halvorsen.example\n"));
    ImportDialog dialog(&ws.workspace(), ws.accountId(QStringLiteral("Halvorsen Maritime Group")));
    dialog.show();
    dialog.setFilePath(path);
    // setFilePath returns at once: the file is read on a worker thread.
    QVERIFY(dialog.isBusy());
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("importProgress"));
    auto *stop = dialog.findChild<QPushButton *>(QStringLiteral("importCancelWork"));
    QVERIFY(progress->isVisible());
    QVERIFY(stop->isVisible());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(!dialog.isBusy());
    QVERIFY(!progress->isVisible());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("importStatus"))->text(),
             QStringLiteral("Stopped reading the file."));
    // The worker's result, when it comes, is dropped.
    QTest::qWait(500);
    QVERIFY(!dialog.file().readable);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    // Reading again works.
    dialog.setFilePath(path);
    QVERIFY(waitIdle(dialog));
    QVERIFY(dialog.file().readable);
    QCOMPARE(dialog.plan().count(ImportPlan::Outcome::Added), 1);
}

void TestImportDialog::largeImportKeepsTheWindowResponsive()
{
    // The inserts run on the GUI thread: while they do, the event loop runs (a zero timer
    // fires), the bar moves through values between its ends, the form is disabled and
    // Stop is offered. No timing is asserted, only that events were processed.
    TestWorkspace ws(TestWorkspace::Content::Demo);
    const qint64 accountId = ws.accountId(QStringLiteral("Halvorsen Maritime Group"));
    const int peopleBefore = int(PersonStore(ws->database()).people(accountId).size());
    const QString path = m_dir.filePath(QStringLiteral("many.csv"));
    QVERIFY(writeFile(path, manyContacts(3000)));
    ImportDialog dialog(&ws.workspace(), accountId);
    dialog.show();
    dialog.setFilePath(path);
    QVERIFY(waitIdle(dialog));
    QCOMPARE(dialog.plan().count(ImportPlan::Outcome::Added), 3000);
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("importProgress"));
    auto *stop = dialog.findChild<QPushButton *>(QStringLiteral("importCancelWork"));
    auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("importFile"));
    QList<int> values; // those between the bar's ends
    bool formDisabled = true;
    bool stopShown = true;
    connect(progress, &QProgressBar::valueChanged, this, [&](int value) {
        if (!dialog.isImporting())
            return;
        if (value > 0 && value < progress->maximum())
            values.append(value);
        formDisabled = formDisabled && !file->isEnabled();
        stopShown = stopShown && stop->isVisible() && stop->isEnabled();
    });
    int ticks = 0;
    QTimer timer;
    timer.setInterval(0);
    connect(&timer, &QTimer::timeout, this, [&] {
        if (dialog.isImporting())
            ++ticks;
    });
    timer.start();
    const int stackBefore = ws->undoStack()->count();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")),
                      Qt::LeftButton);
    timer.stop();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY2(ticks > 0, "no event was processed while the import was written");
    QVERIFY(!values.isEmpty());
    QVERIFY(formDisabled);
    QVERIFY(stopShown);
    QVERIFY(!dialog.isImporting());
    QVERIFY(file->isEnabled());
    QCOMPARE(ws->undoStack()->count(), stackBefore + 1);
    QCOMPARE(int(PersonStore(ws->database()).people(accountId).size()), peopleBefore + 3000);
}

void TestImportDialog::stopDuringTheImportChangesNothing()
{
    // Into a new account (AddAccount and ApplyImport in one group): Stop, then the dialog's
    // Cancel, each pressed while the inserts run, leave the workspace as it was and the
    // dialog open; then the same import goes through.
    TestWorkspace ws(TestWorkspace::Content::Demo);
    const QString path = m_dir.filePath(QStringLiteral("stopped.csv"));
    QVERIFY(writeFile(path, manyContacts(3000)));
    ImportDialog dialog(&ws.workspace(), ws.accountId(QStringLiteral("Halvorsen Maritime Group")));
    dialog.show();
    dialog.setFilePath(path);
    QVERIFY(waitIdle(dialog));
    auto *account = dialog.findChild<QComboBox *>(QStringLiteral("importAccount"));
    account->setCurrentIndex(account->count() - 1); // New account…
    dialog.findChild<QLineEdit *>(QStringLiteral("importNewAccount"))
        ->setText(QStringLiteral("Stopped Import AS"));
    QVERIFY(waitIdle(dialog));
    QVERIFY(dialog.plan().createsAccount());
    QCOMPARE(dialog.plan().count(ImportPlan::Outcome::Added), 3000);

    const QString before = dumpDatabase(ws->database());
    const int stackBefore = ws->undoStack()->count();
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("importProgress"));
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("importStatus"));
    QPushButton *stop = dialog.findChild<QPushButton *>(QStringLiteral("importCancelWork"));
    QPushButton *cancel = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel);
    for (QPushButton *press : {stop, cancel}) {
        bool pressed = false;
        const QMetaObject::Connection connection =
            connect(progress, &QProgressBar::valueChanged, this, [&](int value) {
                if (pressed || value <= 0 || !dialog.isImporting())
                    return;
                pressed = true;
                // A click waiting in the event queue, as a user's would.
                QTimer::singleShot(0, press, [press] { QTest::mouseClick(press, Qt::LeftButton); });
            });
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        disconnect(connection);
        QVERIFY(pressed);
        QVERIFY(!dialog.isImporting());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(status->text(), QStringLiteral("Stopped the import; nothing was changed."));
        QCOMPARE(dumpDatabase(ws->database()), before);
        QCOMPARE(ws->undoStack()->count(), stackBefore);
        QVERIFY(!accountNames(ws.workspace()).contains(QStringLiteral("Stopped Import AS")));
    }
    QVERIFY(importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ws->undoStack()->count(), stackBefore + 1);
    const qint64 created = ws.accountId(QStringLiteral("Stopped Import AS"));
    QVERIFY(created > 0);
    QCOMPARE(PersonStore(ws->database()).people(created).size(), 3000);
}

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
