#include "ExchangeTestHelpers.h"
#include "TestWorkspace.h"

#include "dialogs/ImportDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Kingside;
using namespace Kingside::Test;

// The import dialog on the offscreen platform, driven by objectName.
class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewShowsRejectedRowsThenImports();
    void genericCsvMappingIsRememberedPerHeader();
    void unreadableFileDisablesImport();

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
    QCOMPARE(dialog.detectedFormat(), ImportFormat::HubSpot);
    auto *detected = dialog.findChild<QLabel *>(QStringLiteral("importDetected"));
    QVERIFY(detected->text().contains(QStringLiteral("HubSpot")));
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
    QCOMPARE(preview->rowCount(), 6);
    bool sawRejectedLine4 = false;
    for (int row = 0; row < preview->rowCount(); ++row) {
        if (preview->item(row, 0)->text() == QStringLiteral("4")) {
            sawRejectedLine4 = preview->item(row, 1)->text() == QStringLiteral("rejected") &&
                               preview->item(row, 3)->text().contains(QStringLiteral("no name"));
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
        QCOMPARE(dialog.plan().count(ImportPlan::Outcome::Added), 2);
        QCOMPARE(dialog.plan().newDepartments, QStringList{QStringLiteral("Innkjøp")});
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        // Choosing the name for another column takes it from the first.
        title->setCurrentIndex(title->findData(int(ContactField::FullName)));
        QCOMPARE(name->currentData().toInt(), int(ContactField::Ignore));
        title->setCurrentIndex(title->findData(int(ContactField::Title)));
        name->setCurrentIndex(name->findData(int(ContactField::FullName)));
    }
    // Another file with the same header: the mapping comes back.
    const QString again = m_dir.filePath(QStringLiteral("norsk2.csv"));
    QVERIFY(writeFile(again, "Navn;Stilling;Avdeling\nTredje Person;Rådgiver;IT\n"));
    ImportDialog dialog(&ws.workspace(), accountId);
    dialog.setFilePath(again);
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
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importNotices"))
                ->text()
                .contains(QStringLiteral("binary")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QVERIFY(!dialog.importPlan());
}

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
