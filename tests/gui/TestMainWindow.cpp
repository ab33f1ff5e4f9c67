#include "demo/DemoBuilder.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RecentWorkspaces.h"
#include "panels/QuestionsPanel.h"
#include "planning/PlanView.h"
#include "portfolio/PortfolioView.h"
#include "scoring/PortfolioTableModel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListView>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Kingside;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensTheDemoOnFirstRun();
    void switchesAccountsAndWorkspaces();
    void badFilesAreExplainedInADialog();
    void portfolioShowsHealthAndOpensTheBoard();
    void everyPanelShowsTheAccountOnOpening();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and the demo go to a test location
    QFile::remove(RecentWorkspaces::demoPath());
    QSettings().clear();
}

void TestMainWindow::opensTheDemoOnFirstRun()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemoWorkspace());
    QVERIFY(QFile::exists(RecentWorkspaces::demoPath()));
    auto *accounts = window.findChild<QListView *>(QStringLiteral("accountList"));
    QVERIFY(accounts);
    QCOMPARE(accounts->model()->rowCount(), 4);
    QVERIFY(window.currentAccountId() > 0);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Demo")));
    QCOMPARE(RecentWorkspaces::last(), RecentWorkspaces::demoPath());
}

void TestMainWindow::switchesAccountsAndWorkspaces()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDemoWorkspace());
    auto *accounts = window.findChild<QListView *>(QStringLiteral("accountList"));
    auto *people = window.findChild<QTableView *>(QStringLiteral("peopleView"));
    auto *lines = window.findChild<QTableView *>(QStringLiteral("relationshipView"));
    QVERIFY(accounts && people && lines);
    // Click the largest account.
    int row = -1;
    for (int r = 0; r < accounts->model()->rowCount(); ++r) {
        if (accounts->model()->index(r, 0).data().toString() == DemoBuilder::largestAccountName())
            row = r;
    }
    QVERIFY(row >= 0);
    const QRect rect = accounts->visualRect(accounts->model()->index(row, 0));
    QTest::mouseClick(accounts->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(people->model()->rowCount(), 71);
    QVERIFY(lines->model()->rowCount() > 350);
    // The tables read A to Z by their first column (name, and the line's first person).
    for (QTableView *table : {people, lines}) {
        const QAbstractItemModel *model = table->model();
        const QString first = model->index(0, 0).data().toString();
        const QString last = model->index(model->rowCount() - 1, 0).data().toString();
        QVERIFY2(first.compare(last, Qt::CaseInsensitive) <= 0,
                 qPrintable(first + QStringLiteral(" … ") + last));
    }
    QVERIFY(window.windowTitle().contains(DemoBuilder::largestAccountName()));

    // A new, empty workspace replaces the demo in the same window.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.kingside"));
    Workspace probe;
    QVERIFY(probe.create(fresh));
    probe.close();
    QVERIFY(window.openWorkspace(fresh));
    QCOMPARE(accounts->model()->rowCount(), 0);
    QCOMPARE(people->model()->rowCount(), 0);
    QVERIFY(window.windowTitle().contains(QStringLiteral("fresh")));
    // And the demo again.
    QVERIFY(window.openWorkspace(RecentWorkspaces::demoPath()));
    QCOMPARE(accounts->model()->rowCount(), 4);
    QCOMPARE(RecentWorkspaces::list().first(), RecentWorkspaces::demoPath());
    QVERIFY(RecentWorkspaces::list().contains(fresh));
}

void TestMainWindow::badFilesAreExplainedInADialog()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDemoWorkspace());
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.kingside"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a database");
    file.close();
    QString text;
    QTimer::singleShot(0, [&text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            text = box->text();
            box->reject();
        }
    });
    QVERIFY(!window.openWorkspace(garbage));
    QVERIFY2(text.contains(QStringLiteral("garbage.kingside")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("not an SQLite database")));
    // The demo stays open, and the bad file is untouched.
    QVERIFY(window.workspace()->isOpen());
    QCOMPARE(window.workspace()->path(), RecentWorkspaces::demoPath());
    QVERIFY(!RecentWorkspaces::list().contains(garbage));
    QFile check(garbage);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("this is not a database"));
}

void TestMainWindow::portfolioShowsHealthAndOpensTheBoard()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDemoWorkspace());
    auto *portfolio = window.findChild<PortfolioView *>(QStringLiteral("portfolioView"));
    QVERIFY(portfolio);
    QCOMPARE(window.accountTabs()->currentWidget(), portfolio); // the demo opens on it
    PortfolioTableModel *model = portfolio->tableModel();
    const int row = model->rowOf(window.currentAccountId());
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, PortfolioTableModel::AccountColumn).data().toString(),
             DemoBuilder::largestAccountName()); // the largest account is shown first
    const QString health = model->index(row, PortfolioTableModel::HealthColumn).data().toString();
    QVERIFY2(health.contains(QStringLiteral("King in check")), qPrintable(health));
    QVERIFY2(health.contains(QStringLiteral("single-threaded")), qPrintable(health));
    QVERIFY2(health.contains(QStringLiteral("late")), qPrintable(health));
    emit portfolio->accountActivated(window.currentAccountId());
    QCOMPARE(window.accountTabs()->currentIndex(), 1); // the board
}

void TestMainWindow::everyPanelShowsTheAccountOnOpening()
{
    // Opening a workspace shows its largest account everywhere at once: the plan too, with
    // its objectives, ready to edit (it used to forget the account it had just been given,
    // and stayed greyed out until another account was picked).
    MainWindow window;
    window.show();
    QVERIFY(window.openDemoWorkspace());
    const qint64 shown = window.currentAccountId();
    QVERIFY(shown > 0);
    auto *plan = window.findChild<PlanView *>(QStringLiteral("planView"));
    auto *questions = window.findChild<QuestionsPanel *>(QStringLiteral("questionsPanel"));
    QVERIFY(plan && questions);
    QCOMPARE(plan->accountId(), shown);
    QCOMPARE(questions->accountId(), shown);
    QVERIFY(window.findChild<QTabWidget *>(QStringLiteral("planTabs"))->isEnabled());
    QCOMPARE(window.findChild<QTableWidget *>(QStringLiteral("objectivesTable"))->rowCount(), 3);
    // And again when it replaces another workspace in the same window.
    const QString other = m_dir.filePath(QStringLiteral("other.kingside"));
    Workspace probe;
    QVERIFY(probe.create(other));
    probe.close();
    QVERIFY(window.openWorkspace(other));
    QCOMPARE(plan->accountId(), 0);
    QVERIFY(window.openWorkspace(RecentWorkspaces::demoPath()));
    QVERIFY(window.currentAccountId() > 0);
    QCOMPARE(plan->accountId(), window.currentAccountId());
    QVERIFY(window.findChild<QTabWidget *>(QStringLiteral("planTabs"))->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
