#include "TestWorkspace.h"

#include "commands/AddRelationship.h"
#include "demo/DemoBuilder.h"
#include "panels/QuestionsPanel.h"
#include "workspace/PersonStore.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QtTest>

using namespace Kingside;

// The Questions panel on the demo: ten answers, highlights on click, updates after edits
// without blocking the window.
class TestQuestionsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void answersTheTenQuestions();
    void clickHighlights();
    void followsEdits();
    void pathToAChosenPerson();
    void otherAccountAndNone();

private:
    std::unique_ptr<Test::TestWorkspace> m_ws;
    std::unique_ptr<QuestionsPanel> m_panel;
    qint64 m_account = 0;
};

void TestQuestionsPanel::init()
{
    m_panel.reset();
    m_ws = std::make_unique<Test::TestWorkspace>(Test::TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_account = m_ws->accountId(DemoBuilder::largestAccountName());
    m_panel = std::make_unique<QuestionsPanel>(&m_ws->workspace());
    m_panel->setToday(Test::fixedToday());
    m_panel->resize(480, 800);
    m_panel->show();
}

void TestQuestionsPanel::answersTheTenQuestions()
{
    QSignalSpy updated(m_panel.get(), &QuestionsPanel::analysisUpdated);
    m_panel->setAccount(m_account);
    // The analysis runs on a worker: setAccount returns before the answers are in.
    QVERIFY(m_panel->isBusy());
    QVERIFY(m_panel->answers().isEmpty());
    QTRY_COMPARE(updated.count(), 1);
    QCOMPARE(m_panel->answers().size(), 10);
    auto *browser = m_panel->findChild<QTextBrowser *>(QStringLiteral("questionsBrowser"));
    QVERIFY(browser);
    const QString text = browser->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Ingrid Halvorsen is the King and is in check")),
             qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Lars Eriksen is the Queen")));
    for (const Answer &answer : m_panel->answers()) {
        QVERIFY(text.contains(answer.question));
        QVERIFY(text.contains(answer.answer));
    }
}

void TestQuestionsPanel::clickHighlights()
{
    QSignalSpy updated(m_panel.get(), &QuestionsPanel::analysisUpdated);
    m_panel->setAccount(m_account);
    QTRY_COMPARE(updated.count(), 1);
    QSignalSpy highlight(m_panel.get(), &QuestionsPanel::highlightRequested);
    auto *browser = m_panel->findChild<QTextBrowser *>(QStringLiteral("questionsBrowser"));
    emit browser->anchorClicked(QUrl(QStringLiteral("answer:1")));
    QCOMPARE(highlight.count(), 1);
    const auto people = highlight.at(0).at(0).value<QSet<qint64>>();
    QVERIFY(people.contains(m_panel->analysis().king.kingId));
    QCOMPARE(highlight.at(0).at(2).value<AnswerHighlight>(), AnswerHighlight::KingInCheck);

    emit browser->anchorClicked(QUrl(QStringLiteral("answer:4")));
    QCOMPARE(highlight.last().at(2).value<AnswerHighlight>(), AnswerHighlight::SingleThreaded);
    QSet<qint64> single;
    for (const KeyPieceReach &reach : m_panel->analysis().singleThreaded)
        single.insert(reach.personId);
    QVERIFY(!single.isEmpty());
    QVERIFY(highlight.last().at(0).value<QSet<qint64>>().contains(single));

    // One piece of evidence: a line to the King.
    emit browser->anchorClicked(QUrl(QStringLiteral("evidence:1:1")));
    QCOMPARE(highlight.last().at(1).value<QSet<qint64>>().size(), 1);

    QSignalSpy squares(m_panel.get(), &QuestionsPanel::squaresHighlightRequested);
    m_panel->activate(8);
    QCOMPARE(squares.count(), 1);
    using Squares = QList<QPair<qint64, qint64>>;
    QCOMPARE(squares.at(0).at(0).value<Squares>().size(), m_panel->analysis().emptySquares.size());
}

void TestQuestionsPanel::followsEdits()
{
    QSignalSpy updated(m_panel.get(), &QuestionsPanel::analysisUpdated);
    m_panel->setAccount(m_account);
    QTRY_COMPARE(updated.count(), 1);
    QVERIFY(m_panel->analysis().king.inCheck);
    // Our sponsor meets the King: a strong, fresh line takes her out of check.
    const qint64 king = m_panel->analysis().king.kingId;
    qint64 sponsor = 0;
    for (const Person &person : PersonStore(m_ws->workspace().database()).people(m_account)) {
        if (person.teamRole == TeamRole::ExecutiveSponsor)
            sponsor = person.id;
    }
    QVERIFY(sponsor > 0);
    Relationship line;
    line.accountId = m_account;
    line.fromId = sponsor;
    line.toId = king;
    line.kind = RelationshipKind::Alliance;
    line.strength = 5;
    line.lastContact = Test::fixedToday().addDays(-3);
    QVERIFY(m_ws->workspace().execute(new AddRelationship(&m_ws->workspace(), line)));
    QTRY_COMPARE(updated.count(), 2);
    QVERIFY(!m_panel->analysis().king.inCheck);
    QVERIFY(m_panel->answers().first().answer.contains(QStringLiteral("matching level")));
    m_ws->workspace().undoStack()->undo();
    QTRY_COMPARE(updated.count(), 3);
    QVERIFY(m_panel->analysis().king.inCheck);
}

void TestQuestionsPanel::pathToAChosenPerson()
{
    QSignalSpy updated(m_panel.get(), &QuestionsPanel::analysisUpdated);
    m_panel->setAccount(m_account);
    QTRY_COMPARE(updated.count(), 1);
    auto *box = m_panel->findChild<QComboBox *>(QStringLiteral("pathTarget"));
    QVERIFY(box);
    const int index = box->findText(QStringLiteral("Greta Solberg"));
    QVERIFY(index > 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
    const Answer reach = m_panel->answers().at(5);
    QVERIFY2(reach.answer.contains(QStringLiteral("path to Greta Solberg")),
             qPrintable(reach.answer));
    QSignalSpy highlight(m_panel.get(), &QuestionsPanel::highlightRequested);
    m_panel->activate(6);
    QCOMPARE(highlight.last().at(2).value<AnswerHighlight>(), AnswerHighlight::IntroductionPath);
    QVERIFY(!highlight.last().at(1).value<QSet<qint64>>().isEmpty());
}

void TestQuestionsPanel::otherAccountAndNone()
{
    QSignalSpy updated(m_panel.get(), &QuestionsPanel::analysisUpdated);
    m_panel->setAccount(m_account);
    m_panel->setAccount(m_ws->accountId(QStringLiteral("Kestrel Foods")));
    QTRY_VERIFY(!m_panel->isBusy() && !m_panel->answers().isEmpty());
    QTRY_COMPARE(m_panel->analysis().accountName, QStringLiteral("Kestrel Foods"));
    m_panel->setAccount(0);
    QVERIFY(m_panel->answers().isEmpty());
    QTRY_VERIFY(!m_panel->isBusy());
    QVERIFY(m_panel->answers().isEmpty());
}

QTEST_MAIN(TestQuestionsPanel)
#include "TestQuestionsPanel.moc"
