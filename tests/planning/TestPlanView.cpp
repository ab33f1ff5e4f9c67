#include "DatabaseDump.h"
#include "TestWorkspace.h"

#include "demo/DemoBuilder.h"
#include "planning/ComparisonView.h"
#include "planning/PlanStore.h"
#include "planning/PlanView.h"
#include "planning/ReviewPanel.h"
#include "workspace/AccountStore.h"
#include "workspace/Sql.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace Kingside;
using namespace Kingside::Test;

class TestPlanView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsObjectivesActionsAndOverdue();
    void editsObjectivesThroughCommands();
    void addsActionsOwnedByTheTeam();
    void movesTheStageWithHistory();
    void savesKeyInformationAsOneUndoStep();
    void recordsAgreements();
    void reviewsAndComparisonAreShown();
    void reviewModeShowsButDoesNotEdit();
    void reviewCadenceIsOneUndoableEdit();

private:
    template <typename T>
    T *find(const char *name)
    {
        T *widget = m_view->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning() << "missing" << name;
        return widget;
    }
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<PlanView> m_view;
    qint64 m_account = 0;
};

void TestPlanView::init()
{
    m_ws = std::make_unique<TestWorkspace>(TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_account = m_ws->accountId(DemoBuilder::largestAccountName());
    m_view = std::make_unique<PlanView>(&m_ws->workspace());
    m_view->setToday(fixedToday());
    m_view->setAccount(m_account);
    m_view->resize(1000, 800);
    m_view->show();
}

void TestPlanView::cleanup()
{
    m_view.reset();
    m_ws.reset();
}

void TestPlanView::showsObjectivesActionsAndOverdue()
{
    auto *objectives = find<QTableWidget>("objectivesTable");
    QCOMPARE(objectives->rowCount(), 3);
    auto *light = qobject_cast<QComboBox *>(objectives->cellWidget(1, 4));
    QCOMPARE(light->currentData().toString(), QStringLiteral("red"));
    auto *actions = find<QTableWidget>("actionsTable");
    QCOMPARE(actions->rowCount(), 5);
    QStringList overdue;
    for (int row = 0; row < actions->rowCount(); ++row) {
        if (actions->item(row, 0)->data(Qt::UserRole + 1).toBool()) {
            overdue.append(actions->item(row, 0)->text());
            QCOMPARE(actions->item(row, 0)->background().color(), QColor(0xff, 0xcd, 0xd2));
        }
    }
    overdue.sort();
    QCOMPARE(overdue,
             (QStringList{"Joint business case with finance", "Second contact in procurement"}));
    const QString keyPeople = find<QLabel>("keyPeople")->text();
    QVERIFY2(keyPeople.contains(QStringLiteral("Ingrid Halvorsen (King")), qPrintable(keyPeople));
    QVERIFY(keyPeople.contains(QStringLiteral("Lars Eriksen (Queen")));
    QVERIFY(find<QLabel>("competitorActivity")->text().contains(QStringLiteral("Corvane Systems")));
    const QString alerts = find<QLabel>("planAlerts")->text();
    QVERIFY2(alerts.contains(QStringLiteral("2 action")) &&
                 alerts.contains(QStringLiteral("1 objective")),
             qPrintable(alerts));
}

void TestPlanView::editsObjectivesThroughCommands()
{
    auto *objectives = find<QTableWidget>("objectivesTable");
    const qint64 id = objectives->item(1, 1)->data(Qt::UserRole).toLongLong();
    const QString before = dumpDatabase(m_ws->workspace().database());
    auto *light = qobject_cast<QComboBox *>(objectives->cellWidget(1, 4));
    light->setCurrentIndex(light->findData(QStringLiteral("green")));
    emit light->activated(light->currentIndex());
    QTRY_COMPARE(PlanStore(m_ws->workspace().database()).objective(id)->light, TrafficLight::Green);
    objectives = find<QTableWidget>("objectivesTable");
    QTRY_COMPARE(objectives->rowCount(), 3);
    objectives->item(1, 1)->setText(QStringLiteral("Trusted by the CEO"));
    QTRY_COMPARE(PlanStore(m_ws->workspace().database()).objective(id)->title,
                 QStringLiteral("Trusted by the CEO"));
    // A date that is not one is refused with a message, and nothing changes.
    QTRY_VERIFY(find<QTableWidget>("objectivesTable")->item(1, 3) != nullptr);
    find<QTableWidget>("objectivesTable")->item(1, 3)->setText(QStringLiteral("next spring"));
    QVERIFY(m_view->errorText().contains(QStringLiteral("not a date")));
    m_ws->workspace().undoStack()->undo();
    m_ws->workspace().undoStack()->undo();
    QCOMPARE(dumpDatabase(m_ws->workspace().database()), before);
    QTRY_COMPARE(qobject_cast<QComboBox *>(find<QTableWidget>("objectivesTable")->cellWidget(1, 4))
                     ->currentData()
                     .toString(),
                 QStringLiteral("red"));
}

void TestPlanView::addsActionsOwnedByTheTeam()
{
    QTest::mouseClick(find<QPushButton>("addActionButton"), Qt::LeftButton);
    QTRY_COMPARE(find<QTableWidget>("actionsTable")->rowCount(), 6);
    auto *actions = find<QTableWidget>("actionsTable");
    int row = -1;
    for (int r = 0; r < actions->rowCount(); ++r) {
        if (actions->item(r, 0)->text() == QLatin1String("New action"))
            row = r;
    }
    QVERIFY(row >= 0);
    auto *owner = qobject_cast<QComboBox *>(actions->cellWidget(row, 1));
    // Nobody, then the ten team members; neither the mentor nor client people.
    QCOMPARE(owner->count(), 11);
    QCOMPARE(owner->findText(QStringLiteral("Helena Voss")), -1);
    QCOMPARE(owner->findText(QStringLiteral("Ingrid Halvorsen")), -1);
    const qint64 id = actions->item(row, 0)->data(Qt::UserRole).toLongLong();
    auto *status = qobject_cast<QComboBox *>(actions->cellWidget(row, 3));
    status->setCurrentIndex(status->findData(QStringLiteral("done")));
    emit status->activated(status->currentIndex());
    QTRY_COMPARE(PlanStore(m_ws->workspace().database()).action(id)->status, ActionStatus::Done);
    QCOMPARE(PlanStore(m_ws->workspace().database()).action(id)->doneDate, fixedToday());
}

void TestPlanView::movesTheStageWithHistory()
{
    auto *stage = find<QComboBox>("stageCombo");
    QCOMPARE(stage->currentData().toString(), QStringLiteral("exploitation"));
    stage->setCurrentIndex(stage->findData(QStringLiteral("review")));
    QTest::mouseClick(find<QPushButton>("setStageButton"), Qt::LeftButton);
    QTRY_VERIFY(find<QLabel>("lifecycleHistory")
                    ->text()
                    .contains(QStringLiteral("Review since 2026-06-15")));
    QCOMPARE(Sql::scalar(m_ws->workspace().database(),
                         QStringLiteral("SELECT lifecycle_stage FROM accounts WHERE id = ?"),
                         {m_account})
                 ->toString(),
             QStringLiteral("review"));
}

void TestPlanView::savesKeyInformationAsOneUndoStep()
{
    const QString before = dumpDatabase(m_ws->workspace().database());
    find<QPlainTextEdit>("strategy")->setPlainText(QStringLiteral("Own the planning floor"));
    find<QPlainTextEdit>("buyingProcess")->setPlainText(QStringLiteral("CEO signs"));
    QTest::mouseClick(find<QPushButton>("saveKeyInfoButton"), Qt::LeftButton);
    QCOMPARE(PlanStore(m_ws->workspace().database()).plan(m_account)->strategy,
             QStringLiteral("Own the planning floor"));
    QCOMPARE(Sql::scalar(m_ws->workspace().database(),
                         QStringLiteral("SELECT buying_process FROM accounts WHERE id = ?"),
                         {m_account})
                 ->toString(),
             QStringLiteral("CEO signs"));
    QCOMPARE(m_ws->workspace().undoStack()->count(), 1);
    m_ws->workspace().undoStack()->undo();
    QCOMPARE(dumpDatabase(m_ws->workspace().database()), before);
}

void TestPlanView::recordsAgreements()
{
    auto *who = find<QComboBox>("agreeCombo");
    QCOMPARE(who->count(), 2); // two of ten have not agreed yet
    const int agreed = find<QListWidget>("agreementsList")->count();
    QTest::mouseClick(find<QPushButton>("recordAgreementButton"), Qt::LeftButton);
    QTRY_COMPARE(find<QListWidget>("agreementsList")->count(), agreed + 1);
    QCOMPARE(find<QComboBox>("agreeCombo")->count(), 1);
    QTest::mouseClick(find<QPushButton>("newVersionButton"), Qt::LeftButton);
    QTRY_COMPARE(find<QComboBox>("agreeCombo")->count(), 10); // everybody again
    QVERIFY(find<QLabel>("planVersion")->text().contains(QLatin1Char('2')));
}

void TestPlanView::reviewsAndComparisonAreShown()
{
    auto *tree = find<QTreeWidget>("reviewsTree");
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(0), fixedToday().addDays(-171).toString(Qt::ISODate));
    QVERIFY(find<QLabel>("nextReviewLabel")
                ->text()
                .contains(fixedToday().addDays(-80).addMonths(3).toString(Qt::ISODate)));
    ComparisonView *comparison = m_view->comparisonView();
    // By default: the last review against now.
    QVERIFY(comparison->comparison().has_value());
    QStringList groups;
    for (int i = 0; i < comparison->tree()->topLevelItemCount(); ++i)
        groups.append(comparison->tree()->topLevelItem(i)->data(0, Qt::UserRole).toString());
    QVERIFY2(groups.contains(QStringLiteral("people_left")), qPrintable(groups.join(',')));
    QVERIFY(groups.contains(QStringLiteral("actions_done")));
    QVERIFY(groups.contains(QStringLiteral("figures")));
    QSignalSpy marked(m_view.get(), &PlanView::changedItemsChanged);
    const QList<Review> reviews = PlanStore(m_ws->workspace().database()).reviews(m_account);
    comparison->compare(reviews[0].id, reviews[1].id);
    QCOMPARE(marked.count(), 1);
    const auto people = marked.first().at(0).value<QSet<qint64>>();
    const auto lines = marked.first().at(1).value<QSet<qint64>>();
    QVERIFY(!people.isEmpty());
    QVERIFY(!lines.isEmpty());
    QCOMPARE(people, comparison->comparison()->changedPersonIds());
}

void TestPlanView::reviewModeShowsButDoesNotEdit()
{
    Workspace &workspace = m_ws->workspace();
    const QString path = workspace.path();
    workspace.close();
    QVERIFY(workspace.open(path, Workspace::Mode::Review));
    m_view->setAccount(m_account);
    QCOMPARE(find<QTableWidget>("objectivesTable")->rowCount(), 3);
    QVERIFY(!find<QPushButton>("addObjectiveButton")->isEnabled());
    QVERIFY(!find<QPushButton>("addActionButton")->isEnabled());
    QVERIFY(!find<QPushButton>("setStageButton")->isEnabled());
    QVERIFY(find<QPlainTextEdit>("strategy")->isReadOnly());
    QCOMPARE(find<QTableWidget>("objectivesTable")->editTriggers(),
             QAbstractItemView::NoEditTriggers);
    QVERIFY(!find<QTableWidget>("actionsTable")->cellWidget(0, 3)->isEnabled());
    // The mentor may still comment and record reviews.
    QVERIFY(find<QPushButton>("recordReviewButton")->isEnabled());
    QVERIFY(find<QPushButton>("addPlanCommentButton")->isEnabled());
    find<QLineEdit>("commentText")->setText(QStringLiteral("Values: outcomes, not licences."));
    QTest::mouseClick(find<QPushButton>("addPlanCommentButton"), Qt::LeftButton);
    QCOMPARE(PlanStore(workspace.database()).comments(m_account, 0).size(), 1);
    QCOMPARE(PlanStore(workspace.database()).comments(m_account, 0).first().author,
             QStringLiteral("Helena Voss"));
}

void TestPlanView::reviewCadenceIsOneUndoableEdit()
{
    const AccountStore accounts(m_ws->workspace().database());
    const int before = accounts.account(m_account)->reviewCadenceMonths;
    auto *cadence = find<QSpinBox>("cadenceSpin");
    QVERIFY(cadence);
    cadence->setValue(before == 6 ? 4 : 6);
    QCOMPARE(accounts.account(m_account)->reviewCadenceMonths, before == 6 ? 4 : 6);
    m_ws->workspace().undoStack()->undo();
    QCOMPARE(accounts.account(m_account)->reviewCadenceMonths, before);
}

QTEST_MAIN(TestPlanView)
#include "TestPlanView.moc"
