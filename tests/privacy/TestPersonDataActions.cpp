#include "PrivacyFixture.h"

#include "board/BoardScene.h"
#include "board/BoardWidget.h"
#include "commands/AddPerson.h"
#include "mainwindow/MainWindow.h"
#include "workspace/PersonStore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace Kingside;
using namespace Kingside::Test;

namespace {

// Calls `handle` with the next modal dialog of type T once it is shown (the dialog's
// exec() blocks the test until `handle` closes it).
template <typename T>
void whenModal(std::function<void(T *)> handle, bool *handled)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, handle, handled, tries] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *handled = true;
            handle(dialog);
        } else if (++*tries > 6000) { // two minutes: a loaded machine is slow to show a dialog
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace

class TestPersonDataActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void exportWritesTheSelectedPersonsData();
    void eraseAsksNamingWhatGoesThenErases();
    void reviewModeOffersExportButNotErase();

private:
    bool openOnZebulon(MainWindow &window, Workspace::Mode mode = Workspace::Mode::ReadWrite);

    QTemporaryDir m_dir;
    QString m_path;
    PrivacyAccount m_account;
};

void TestPersonDataActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestPersonDataActions::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.kingside").arg(QTest::currentTestFunction()));
    Workspace workspace;
    QVERIFY2(workspace.create(m_path), qPrintable(workspace.errorString()));
    m_account = PrivacyAccount::create(workspace.database());
}

bool TestPersonDataActions::openOnZebulon(MainWindow &window, Workspace::Mode mode)
{
    window.show();
    if (!window.openWorkspace(m_path, mode))
        return false;
    window.selectAccount(m_account.account);
    if (window.currentAccountId() != m_account.account)
        return false;
    window.board()->scene()->selectPerson(m_account.zebulon);
    return window.board()->scene()->selectedPersonId() == m_account.zebulon;
}

void TestPersonDataActions::exportWritesTheSelectedPersonsData()
{
    MainWindow window;
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("actionExportPersonData"));
    QVERIFY(exportAction);
    QVERIFY(openOnZebulon(window));
    QVERIFY(exportAction->isEnabled());
    // The dialog suggests a file named after the person; whatever it ends up with is
    // where the data must be.
    QString output;
    bool handled = false;
    const QString chosen = m_dir.filePath(QStringLiteral("export/person.json"));
    QDir().mkpath(QFileInfo(chosen).absolutePath());
    QFile::remove(chosen); // a file left behind would make the dialog ask to replace it
    whenModal<QFileDialog>(
        [&output, chosen](QFileDialog *dialog) {
            QVERIFY(dialog->selectedFiles().value(0).contains(PrivacyAccount::Name));
            // The test's own folder, never the user's Documents.
            dialog->setDirectory(QFileInfo(chosen).absolutePath());
            dialog->selectFile(chosen);
            output = dialog->selectedFiles().value(0);
            static_cast<QDialog *>(dialog)->accept();
        },
        &handled);
    exportAction->trigger();
    QVERIFY(handled);
    QFile file(output);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(output));
    const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(document.value("person").toObject().value("email").toString(), PrivacyAccount::Email);
    QCOMPARE(document.value("relationships").toArray().size(), 2);
    QCOMPARE(QFile::permissions(output) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    QVERIFY(window.statusBar()->currentMessage().contains(PrivacyAccount::Name));

    // Without a selection there is nobody to export.
    window.board()->scene()->clearSelection();
    QVERIFY(!exportAction->isEnabled());
}

void TestPersonDataActions::eraseAsksNamingWhatGoesThenErases()
{
    MainWindow window;
    auto *erase = window.findChild<QAction *>(QStringLiteral("actionErasePerson"));
    auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY(erase && undo);
    QVERIFY(openOnZebulon(window));
    QVERIFY(erase->isEnabled());

    // Cancelled: nothing happens.
    bool handled = false;
    QString question;
    whenModal<QMessageBox>(
        [&question](QMessageBox *box) {
            QCOMPARE(box->objectName(), QStringLiteral("erasePersonConfirmation"));
            question = box->text() + QLatin1Char('\n') + box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        },
        &handled);
    erase->trigger();
    QVERIFY(handled);
    QVERIFY(question.contains(PrivacyAccount::Name));
    QVERIFY2(question.contains(QStringLiteral("2 relationship(s)")), qPrintable(question));
    QVERIFY(question.contains(QStringLiteral("2 comment(s)")));
    QVERIFY(question.contains(QStringLiteral("1 plan action(s) unlinked")));
    QVERIFY(question.contains(QStringLiteral("2 snapshot(s) rewritten")));
    QVERIFY(question.contains(QStringLiteral("cannot be undone")));
    QVERIFY(PersonStore(window.workspace()->database()).person(m_account.zebulon));

    // Something to undo before the erase, which the erase takes away.
    Person newcomer;
    newcomer.accountId = m_account.account;
    newcomer.name = QStringLiteral("Someone New");
    QVERIFY(window.workspace()->execute(new AddPerson(window.workspace(), newcomer)));
    QVERIFY(window.workspace()->undoStack()->count() > 0);
    QVERIFY(undo->isEnabled());
    window.board()->scene()->selectPerson(m_account.zebulon);

    handled = false;
    whenModal<QMessageBox>(
        [](QMessageBox *box) {
            auto *button = box->findChild<QPushButton *>(QStringLiteral("erasePersonButton"));
            QVERIFY(button);
            button->click();
        },
        &handled);
    erase->trigger();
    QVERIFY(handled);
    QVERIFY(!PersonStore(window.workspace()->database()).person(m_account.zebulon));
    QVERIFY(PersonStore(window.workspace()->database()).person(m_account.colleague));
    QCOMPARE(window.workspace()->undoStack()->count(), 0);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(window.board()->scene()->selectedPersonId(), 0);
    QVERIFY(!erase->isEnabled());
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Erased")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!rawBytes(m_path).contains(PrivacyAccount::Email.toUtf8()));
}

void TestPersonDataActions::reviewModeOffersExportButNotErase()
{
    MainWindow window;
    QVERIFY(openOnZebulon(window, Workspace::Mode::Review));
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("actionExportPersonData"));
    auto *erase = window.findChild<QAction *>(QStringLiteral("actionErasePerson"));
    QVERIFY(exportAction->isEnabled());
    QVERIFY(!erase->isEnabled());
    QVERIFY2(erase->statusTip().contains(QStringLiteral("review mode")),
             qPrintable(erase->statusTip()));
    erase->trigger(); // disabled: nothing happens, no dialog
    QVERIFY(PersonStore(window.workspace()->database()).person(m_account.zebulon));
}

QTEST_MAIN(TestPersonDataActions)
#include "TestPersonDataActions.moc"
