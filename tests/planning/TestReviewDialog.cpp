#include "DatabaseDump.h"
#include "TestWorkspace.h"

#include "demo/DemoBuilder.h"
#include "planning/PlanStore.h"
#include "planning/RemovePlanAction.h"
#include "planning/ReviewDialog.h"
#include "planning/ReviewPanel.h"
#include "planning/Snapshot.h"
#include "workspace/Sql.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace Kingside;
using namespace Kingside::Test;

class TestReviewDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordsAReviewWithCommentsAndAgreedActions();
    void futureDateIsRefusedAndNothingIsLost();
    void worksInReviewMode();
    void commentOnRemovedItemIsMarkedInThePanel();

private:
    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_account = 0;
    QList<Person> m_team;
    qint64 m_king = 0;
};

void TestReviewDialog::init()
{
    m_ws = std::make_unique<TestWorkspace>(TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_account = m_ws->accountId(DemoBuilder::largestAccountName());
    m_team = PlanStore(m_ws->workspace().database()).teamMembers(m_account);
    m_king = Sql::scalar(m_ws->workspace().database(),
                         QStringLiteral("SELECT id FROM people WHERE account_id = ? AND "
                                        "decision_role = 'decision_maker'"),
                         {m_account})
                 ->toLongLong();
}

void TestReviewDialog::cleanup()
{
    m_ws.reset();
}

void TestReviewDialog::recordsAReviewWithCommentsAndAgreedActions()
{
    ReviewDialog dialog(&m_ws->workspace(), m_account, fixedToday());
    dialog.show();
    QCOMPARE(dialog.findChild<QLineEdit *>("reviewer")->text(), QStringLiteral("Helena Voss"));
    QCOMPARE(dialog.findChild<QDateEdit *>("reviewDate")->date(), fixedToday());
    auto *relationships = dialog.findChild<QComboBox *>("light_relationships");
    relationships->setCurrentIndex(relationships->findData(QStringLiteral("red")));
    auto *kind = dialog.findChild<QComboBox *>("reviewKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("proposal")));
    QTest::mouseClick(dialog.findChild<QPushButton *>("addCommentButton"), Qt::LeftButton);
    auto *comments = dialog.findChild<QTableWidget *>("reviewComments");
    QCOMPARE(comments->rowCount(), 1);
    auto *target = qobject_cast<QComboBox *>(comments->cellWidget(0, 0));
    target->setCurrentIndex(target->findData(QStringLiteral("person")));
    auto *item = qobject_cast<QComboBox *>(comments->cellWidget(0, 1));
    item->setCurrentIndex(item->findData(m_king));
    comments->item(0, 2)->setText(QStringLiteral("Meet her before the budget round."));
    dialog.addAgreedActionRow(QStringLiteral("CEO lunch"), m_team[1].id, QDate(2026, 7, 10));
    dialog.addAgreedActionRow(QString(), m_team[0].id); // an unused row is left out

    QTest::mouseClick(dialog.findChild<QPushButton *>("recordReviewButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.reviewId() > 0);

    const PlanStore store(m_ws->workspace().database());
    const auto review = store.review(dialog.reviewId());
    QVERIFY(review);
    QCOMPARE(review->kind, ReviewKind::Proposal);
    QCOMPARE(review->reviewerName, QStringLiteral("Helena Voss"));
    QVERIFY(review->reviewerId > 0);
    QCOMPARE(review->lights.size(), 5);
    QCOMPARE(review->lights.value(ReviewSection::Relationships), TrafficLight::Red);
    const QList<ReviewComment> stored = store.comments(m_account, review->id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].target, CommentTarget::Person);
    QCOMPARE(stored[0].targetLabel, QStringLiteral("Ingrid Halvorsen"));
    int agreed = 0;
    for (const PlanAction &action : store.actions(m_account)) {
        if (action.reviewId == review->id) {
            ++agreed;
            QCOMPARE(action.title, QStringLiteral("CEO lunch"));
            QCOMPARE(action.ownerId, m_team[1].id);
            QCOMPARE(action.dueDate, QDate(2026, 7, 10));
        }
    }
    QCOMPARE(agreed, 1);
    QString error;
    QVERIFY2(Snapshot::loadForReview(m_ws->workspace().database(), review->id, &error),
             qPrintable(error));
}

void TestReviewDialog::futureDateIsRefusedAndNothingIsLost()
{
    const QString before = dumpDatabase(m_ws->workspace().database());
    ReviewDialog dialog(&m_ws->workspace(), m_account, fixedToday());
    dialog.show();
    dialog.findChild<QDateEdit *>("reviewDate")->setDate(fixedToday().addDays(3));
    dialog.addCommentRow(CommentTarget::Plan, 0, QStringLiteral("Keep this text"));
    QTest::mouseClick(dialog.findChild<QPushButton *>("recordReviewButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("future")), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.findChild<QTableWidget *>("reviewComments")->item(0, 2)->text(),
             QStringLiteral("Keep this text"));
    QCOMPARE(dumpDatabase(m_ws->workspace().database()), before);
    // Corrected, it goes through.
    dialog.findChild<QDateEdit *>("reviewDate")->setDate(fixedToday());
    QTest::mouseClick(dialog.findChild<QPushButton *>("recordReviewButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestReviewDialog::worksInReviewMode()
{
    Workspace &workspace = m_ws->workspace();
    const QString path = workspace.path();
    workspace.close();
    QVERIFY(workspace.open(path, Workspace::Mode::Review));
    ReviewDialog dialog(&workspace, m_account, fixedToday());
    dialog.addCommentRow(CommentTarget::Plan, 0, QStringLiteral("Reflects our values."));
    dialog.addAgreedActionRow(QStringLiteral("Brief the CEO"), m_team[0].id, QDate(2026, 7, 1));
    QTest::mouseClick(dialog.findChild<QPushButton *>("recordReviewButton"), Qt::LeftButton);
    QVERIFY2(dialog.reviewId() > 0, qPrintable(dialog.errorText()));
    QCOMPARE(PlanStore(workspace.database()).reviews(m_account).size(), 3);
}

void TestReviewDialog::commentOnRemovedItemIsMarkedInThePanel()
{
    Workspace &workspace = m_ws->workspace();
    const PlanStore store(workspace.database());
    const PlanAction action = store.actions(m_account).last();
    ReviewDialog dialog(&workspace, m_account, fixedToday());
    dialog.addCommentRow(CommentTarget::Action, action.id, QStringLiteral("Why so late?"));
    QTest::mouseClick(dialog.findChild<QPushButton *>("recordReviewButton"), Qt::LeftButton);
    QVERIFY(dialog.reviewId() > 0);
    QVERIFY(workspace.execute(new RemovePlanAction(&workspace, action.id)));

    ReviewPanel panel(&workspace);
    panel.setToday(fixedToday());
    panel.setAccount(m_account);
    QTreeWidget *tree = panel.reviewsTree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    QTreeWidgetItem *latest = tree->topLevelItem(2);
    bool marked = false;
    for (int i = 0; i < latest->childCount(); ++i) {
        if (latest->child(i)->text(1) == QLatin1String("Why so late?")) {
            marked = latest->child(i)->data(0, Qt::UserRole + 1).toBool();
            QVERIFY(latest->child(i)->text(0).contains(QStringLiteral("removed item")));
            QVERIFY(latest->child(i)->text(0).contains(action.title));
        }
    }
    QVERIFY(marked);
}

QTEST_MAIN(TestReviewDialog)
#include "TestReviewDialog.moc"
