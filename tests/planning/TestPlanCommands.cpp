#include "DatabaseDump.h"
#include "PlanningFixture.h"
#include "TestWorkspace.h"

#include "planning/AddComment.h"
#include "planning/AddObjective.h"
#include "planning/AddPlanAction.h"
#include "planning/AddReview.h"
#include "planning/EditObjective.h"
#include "planning/EditPlanAction.h"
#include "planning/PlanStore.h"
#include "planning/RecordAgreement.h"
#include "planning/RemoveComment.h"
#include "planning/RemoveObjective.h"
#include "planning/RemovePlanAction.h"
#include "planning/SetLifecycleStage.h"
#include "planning/SetPlanFields.h"
#include "planning/Snapshot.h"

#include <QUndoStack>
#include <QtTest>

using namespace Kingside;
using namespace Kingside::Test;

namespace {

PlanAction actionFor(const SmallAccount &a, qint64 owner, const QString &title = "Call the King")
{
    PlanAction action;
    action.accountId = a.account;
    action.title = title;
    action.ownerId = owner;
    action.dueDate = QDate(2026, 7, 1);
    action.personId = a.king;
    action.objectiveId = a.objective;
    return action;
}

Review reviewFor(const SmallAccount &a, const QDate &date)
{
    Review review;
    review.accountId = a.account;
    review.date = date;
    review.reviewerId = a.mentor;
    review.reviewerName = QStringLiteral("Acme Mentor");
    review.kind = ReviewKind::Plan;
    review.summary = QStringLiteral("Fine");
    review.lights = {{ReviewSection::Overall, TrafficLight::Amber},
                     {ReviewSection::Relationships, TrafficLight::Red}};
    return review;
}

ReviewComment commentOn(const SmallAccount &a, CommentTarget target, qint64 id)
{
    ReviewComment comment;
    comment.accountId = a.account;
    comment.target = target;
    comment.targetId = id;
    comment.author = QStringLiteral("Acme Mentor");
    comment.body = QStringLiteral("Why?");
    return comment;
}

} // namespace

class TestPlanCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyEditUndoesExactly_data();
    void everyEditUndoesExactly();
    void actionOwnerMustBeOnTheTeam();
    void doneDateFollowsTheStatus();
    void typedEditsAreCheckedInTheModel();
    void reviewDatedInTheFutureIsRefused();
    void reviewRecordsLightsCommentsActionsAndSnapshot();
    void agreementToTheCurrentVersion();
    void commentOnRemovedItemIsKeptAndMarked();
    void reviewModeRefusesPlanEditsAndAcceptsComments();

private:
    std::unique_ptr<TestWorkspace> m_ws;
    SmallAccount m_a;
    const QDate m_today{2026, 6, 15};
};

void TestPlanCommands::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY(m_ws->isValid());
    m_a = SmallAccount::create((*m_ws)->database());
}

void TestPlanCommands::cleanup()
{
    m_ws.reset();
}

using Factory = std::function<WorkspaceCommand *(Workspace *, const SmallAccount &)>;
Q_DECLARE_METATYPE(Factory)

void TestPlanCommands::everyEditUndoesExactly_data()
{
    QTest::addColumn<Factory>("make");
    const QDate today(2026, 6, 15);
    QTest::newRow("SetPlanFields") << Factory([](Workspace *w, const SmallAccount &a) {
        PlanEdit edit;
        edit.strategy = QStringLiteral("Land and expand");
        edit.revenuePlanned = 1.5e6;
        return new SetPlanFields(w, a.account, edit);
    });
    QTest::newRow("SetPlanFields creates a plan")
        << Factory([](Workspace *w, const SmallAccount &a) {
               Sql::run(w->database(), "DELETE FROM plans", {}, nullptr);
               PlanEdit edit;
               edit.version = 2;
               return new SetPlanFields(w, a.account, edit);
           });
    QTest::newRow("SetLifecycleStage") << Factory([](Workspace *w, const SmallAccount &a) {
        return new SetLifecycleStage(w, a.account, LifecycleStage::ContractNegotiation,
                                     QDate(2026, 6, 1));
    });
    QTest::newRow("AddObjective") << Factory([](Workspace *w, const SmallAccount &a) {
        Objective objective;
        objective.accountId = a.account;
        objective.kind = ObjectiveKind::Commercial;
        objective.title = "Grow";
        objective.targetDate = QDate(2027, 1, 1);
        return new AddObjective(w, objective);
    });
    QTest::newRow("EditObjective") << Factory([](Workspace *w, const SmallAccount &a) {
        ObjectiveEdit edit;
        edit.light = TrafficLight::Green;
        edit.measure = QStringLiteral("Strength 4+");
        edit.targetDate = QDate(2027, 3, 31);
        return new EditObjective(w, a.objective, edit);
    });
    QTest::newRow("RemoveObjective with a linked action")
        << Factory([](Workspace *w, const SmallAccount &a) {
               SmallAccount::insert(w->database(),
                                    "INSERT INTO actions (account_id, title, owner_id, "
                                    "objective_id, created_at) VALUES (?, 'x', ?, ?, 'x')",
                                    {a.account, a.manager, a.objective});
               return new RemoveObjective(w, a.objective);
           });
    QTest::newRow("AddPlanAction") << Factory([](Workspace *w, const SmallAccount &a) {
        return new AddPlanAction(w, actionFor(a, a.manager));
    });
    QTest::newRow("EditPlanAction") << Factory([today](Workspace *w, const SmallAccount &a) {
        const qint64 id = SmallAccount::insert(w->database(),
                                               "INSERT INTO actions (account_id, title, owner_id, "
                                               "created_at) VALUES (?, 'x', ?, 'x')",
                                               {a.account, a.manager});
        PlanActionEdit edit;
        edit.status = ActionStatus::Done;
        edit.ownerId = a.specialist;
        return new EditPlanAction(w, id, edit, today);
    });
    QTest::newRow("RemovePlanAction") << Factory([](Workspace *w, const SmallAccount &a) {
        const qint64 id = SmallAccount::insert(w->database(),
                                               "INSERT INTO actions (account_id, title, owner_id, "
                                               "due_date, created_at) VALUES (?, 'x', ?, "
                                               "'2026-01-01', 'x')",
                                               {a.account, a.manager});
        return new RemovePlanAction(w, id);
    });
    QTest::newRow("RecordAgreement") << Factory([](Workspace *w, const SmallAccount &a) {
        return new RecordAgreement(w, a.account, a.specialist,
                                   QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC));
    });
    QTest::newRow("AddReview") << Factory([today](Workspace *w, const SmallAccount &a) {
        return new AddReview(
            w, reviewFor(a, today),
            {{CommentTarget::Person, a.king, "Meet her"}, {CommentTarget::Plan, 0, "Good plan"}},
            {actionFor(a, a.specialist, "Agreed")}, today);
    });
    QTest::newRow("AddComment") << Factory([](Workspace *w, const SmallAccount &a) {
        return new AddComment(w, commentOn(a, CommentTarget::Relationship, a.managerToKing));
    });
    QTest::newRow("RemoveComment") << Factory([](Workspace *w, const SmallAccount &a) {
        const qint64 id = SmallAccount::insert(
            w->database(),
            "INSERT INTO comments (account_id, target_kind, target_id, target_label, author, "
            "body, created_at) VALUES (?, 'person', ?, 'King', 'M', 'Hello', 'x')",
            {a.account, a.king});
        return new RemoveComment(w, id);
    });
}

void TestPlanCommands::everyEditUndoesExactly()
{
    QFETCH(Factory, make);
    Workspace &workspace = m_ws->workspace();
    WorkspaceCommand *command = make(&workspace, m_a);
    const QString before = dumpDatabase(workspace.database());
    QVERIFY2(workspace.execute(command), qPrintable(workspace.errorString()));
    const QString after = dumpDatabase(workspace.database());
    QVERIFY(after != before);
    workspace.undoStack()->undo();
    QCOMPARE(dumpDatabase(workspace.database()), before);
    workspace.undoStack()->redo();
    QVERIFY(dumpDatabase(workspace.database()) != before);
    workspace.undoStack()->undo();
    QCOMPARE(dumpDatabase(workspace.database()), before);
}

void TestPlanCommands::actionOwnerMustBeOnTheTeam()
{
    Workspace &workspace = m_ws->workspace();
    const SmallAccount other = SmallAccount::create(workspace.database(), QStringLiteral("Bolt"));
    const QString before = dumpDatabase(workspace.database());
    QVERIFY(!workspace.execute(new AddPlanAction(&workspace, actionFor(m_a, m_a.king))));
    QVERIFY2(workspace.errorString().contains(QStringLiteral("client person")),
             qPrintable(workspace.errorString()));
    QVERIFY(!workspace.execute(new AddPlanAction(&workspace, actionFor(m_a, m_a.mentor))));
    QVERIFY(workspace.errorString().contains(QStringLiteral("mentor")));
    QVERIFY(!workspace.execute(new AddPlanAction(&workspace, actionFor(m_a, other.manager))));
    QVERIFY(workspace.errorString().contains(QStringLiteral("this account's team")));
    PlanAction linkedToTeam = actionFor(m_a, m_a.manager);
    linkedToTeam.personId = m_a.specialist;
    QVERIFY(!workspace.execute(new AddPlanAction(&workspace, linkedToTeam)));
    QVERIFY(!workspace.execute(new AddReview(&workspace, reviewFor(m_a, m_today), {},
                                             {actionFor(m_a, m_a.pawn, "Agreed")}, m_today)));
    QVERIFY(workspace.errorString().contains(QStringLiteral("Agreed")));
    QCOMPARE(dumpDatabase(workspace.database()), before);
    QCOMPARE(workspace.undoStack()->count(), 0);

    QVERIFY(workspace.execute(new AddPlanAction(&workspace, actionFor(m_a, m_a.manager))));
    const qint64 id = PlanStore(workspace.database()).actions(m_a.account).first().id;
    const QString withAction = dumpDatabase(workspace.database());
    QVERIFY(!workspace.execute(new EditPlanAction(&workspace, id, {.ownerId = m_a.queen})));
    QCOMPARE(dumpDatabase(workspace.database()), withAction);
}

void TestPlanCommands::doneDateFollowsTheStatus()
{
    Workspace &workspace = m_ws->workspace();
    QVERIFY(workspace.execute(new AddPlanAction(&workspace, actionFor(m_a, m_a.manager))));
    const PlanStore store(workspace.database());
    const qint64 id = store.actions(m_a.account).first().id;
    QVERIFY(store.action(id)->isOverdue(QDate(2026, 7, 2)));
    QVERIFY(workspace.execute(
        new EditPlanAction(&workspace, id, {.status = ActionStatus::Done}, m_today)));
    QCOMPARE(store.action(id)->status, ActionStatus::Done);
    QCOMPARE(store.action(id)->doneDate, m_today);
    QVERIFY(!store.action(id)->isOverdue(QDate(2026, 7, 2)));
    QVERIFY(workspace.execute(
        new EditPlanAction(&workspace, id, {.status = ActionStatus::Open}, m_today)));
    QVERIFY(!store.action(id)->doneDate.isValid());
    QVERIFY(workspace.execute(new EditPlanAction(&workspace, id, {.objectiveId = 0}, m_today)));
    QCOMPARE(store.action(id)->objectiveId, 0);
}

// The rules of plan edits are the model's, with a sentence each, not the schema's: a
// refused edit leaves the file and the undo stack as they were.
void TestPlanCommands::typedEditsAreCheckedInTheModel()
{
    Workspace &workspace = m_ws->workspace();
    QVERIFY(workspace.execute(new AddPlanAction(&workspace, actionFor(m_a, m_a.manager))));
    const qint64 action = PlanStore(workspace.database()).actions(m_a.account).first().id;
    const QString before = dumpDatabase(workspace.database());
    const int steps = workspace.undoStack()->count();
    const QList<std::pair<WorkspaceCommand *, QString>> refused{
        {new EditObjective(&workspace, m_a.objective, {.title = QStringLiteral("  ")}),
         QStringLiteral("An objective needs a title.")},
        {new EditPlanAction(&workspace, action, {.title = QString()}, m_today),
         QStringLiteral("An action needs a title.")},
        {new SetPlanFields(&workspace, m_a.account, {.version = 0}),
         QStringLiteral("A plan's version starts at 1.")},
        {new SetPlanFields(&workspace, m_a.account, {.revenuePlanned = -5.0}),
         QStringLiteral("Planned revenue cannot be negative.")},
    };
    for (const auto &[command, sentence] : refused) {
        QVERIFY(!workspace.execute(command));
        QCOMPARE(workspace.errorString(), sentence);
    }
    QCOMPARE(dumpDatabase(workspace.database()), before);
    QCOMPARE(workspace.undoStack()->count(), steps);

    // A null date clears a due date; trimmed titles are stored.
    QVERIFY(workspace.execute(new EditPlanAction(
        &workspace, action, {.title = QStringLiteral("  Call the CFO "), .dueDate = QDate()},
        m_today)));
    const auto edited = PlanStore(workspace.database()).action(action);
    QCOMPARE(edited->title, QStringLiteral("Call the CFO"));
    QVERIFY(!edited->dueDate.isValid());
}

void TestPlanCommands::reviewDatedInTheFutureIsRefused()
{
    Workspace &workspace = m_ws->workspace();
    const QString before = dumpDatabase(workspace.database());
    QVERIFY(!workspace.execute(
        new AddReview(&workspace, reviewFor(m_a, m_today.addDays(1)), {}, {}, m_today)));
    QVERIFY2(workspace.errorString().contains(QStringLiteral("future")),
             qPrintable(workspace.errorString()));
    QCOMPARE(dumpDatabase(workspace.database()), before);
    // The same review dated today is fine.
    QVERIFY(workspace.execute(new AddReview(&workspace, reviewFor(m_a, m_today), {}, {}, m_today)));
}

void TestPlanCommands::reviewRecordsLightsCommentsActionsAndSnapshot()
{
    Workspace &workspace = m_ws->workspace();
    auto *command = new AddReview(&workspace, reviewFor(m_a, QDate(2026, 6, 10)),
                                  {{CommentTarget::Person, m_a.king, "Meet her"}},
                                  {actionFor(m_a, m_a.specialist, "Agreed")}, m_today);
    QVERIFY2(workspace.execute(command), qPrintable(workspace.errorString()));
    const PlanStore store(workspace.database());
    const QList<Review> reviews = store.reviews(m_a.account);
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews[0].date, QDate(2026, 6, 10));
    QCOMPARE(reviews[0].lights.value(ReviewSection::Relationships), TrafficLight::Red);
    QCOMPARE(reviews[0].lights.size(), 2);
    const QList<ReviewComment> comments = store.comments(m_a.account, reviews[0].id);
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments[0].targetLabel, QStringLiteral("Acme King"));
    QCOMPARE(comments[0].author, QStringLiteral("Acme Mentor"));
    const QList<PlanAction> actions = store.actions(m_a.account);
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions[0].reviewId, reviews[0].id);
    QCOMPARE(actions[0].ownerId, m_a.specialist);
    QString error;
    const auto snapshot = Snapshot::loadForReview(workspace.database(), reviews[0].id, &error);
    QVERIFY2(snapshot, qPrintable(error));
    QCOMPARE(Snapshot::takenOn(*snapshot), QDate(2026, 6, 10));
    // Frozen before the agreed action joined the plan.
    QCOMPARE(snapshot->value("plan").toObject().value("actions").toArray().size(), 0);
}

void TestPlanCommands::agreementToTheCurrentVersion()
{
    Workspace &workspace = m_ws->workspace();
    QVERIFY(workspace.execute(new RecordAgreement(&workspace, m_a.account, m_a.manager)));
    QVERIFY(!workspace.execute(new RecordAgreement(&workspace, m_a.account, m_a.manager)));
    QVERIFY(workspace.errorString().contains(QStringLiteral("already agreed")));
    QVERIFY(!workspace.execute(new RecordAgreement(&workspace, m_a.account, m_a.king)));
    QVERIFY(workspace.execute(new SetPlanFields(&workspace, m_a.account, {.version = 2})));
    QVERIFY(workspace.execute(new RecordAgreement(&workspace, m_a.account, m_a.manager)));
    const QList<PlanAgreement> agreements = PlanStore(workspace.database()).agreements(m_a.account);
    QCOMPARE(agreements.size(), 2);
    QCOMPARE(agreements[1].planVersion, 2);
    QCOMPARE(agreements[1].personName, QStringLiteral("Acme Manager"));
}

void TestPlanCommands::commentOnRemovedItemIsKeptAndMarked()
{
    Workspace &workspace = m_ws->workspace();
    QVERIFY(workspace.execute(new AddPlanAction(&workspace, actionFor(m_a, m_a.manager))));
    const PlanStore store(workspace.database());
    const qint64 action = store.actions(m_a.account).first().id;
    QVERIFY(workspace.execute(
        new AddComment(&workspace, commentOn(m_a, CommentTarget::Action, action))));
    QVERIFY(!store.comments(m_a.account).first().targetRemoved);
    QVERIFY(workspace.execute(new RemovePlanAction(&workspace, action)));
    const QList<ReviewComment> comments = store.comments(m_a.account);
    QCOMPARE(comments.size(), 1);
    QVERIFY(comments[0].targetRemoved);
    QCOMPARE(comments[0].targetLabel, QStringLiteral("Call the King"));
    workspace.undoStack()->undo();
    QVERIFY(!store.comments(m_a.account).first().targetRemoved);
    // A new comment on something already gone is refused.
    QVERIFY(!workspace.execute(
        new AddComment(&workspace, commentOn(m_a, CommentTarget::Objective, 9999))));
}

void TestPlanCommands::reviewModeRefusesPlanEditsAndAcceptsComments()
{
    const QString path = m_ws->path();
    Workspace &workspace = m_ws->workspace();
    const qint64 action = SmallAccount::insert(workspace.database(),
                                               "INSERT INTO actions (account_id, title, owner_id, "
                                               "created_at) VALUES (?, 'x', ?, 'x')",
                                               {m_a.account, m_a.manager});
    workspace.close();
    QVERIFY(workspace.open(path, Workspace::Mode::Review));
    const QString before = dumpDatabase(workspace.database());
    Objective objective;
    objective.accountId = m_a.account;
    objective.title = QStringLiteral("New");
    const QList<WorkspaceCommand *> refused{
        new AddObjective(&workspace, objective),
        new EditObjective(&workspace, m_a.objective, {.light = TrafficLight::Green}),
        new RemoveObjective(&workspace, m_a.objective),
        new AddPlanAction(&workspace, actionFor(m_a, m_a.manager)),
        new EditPlanAction(&workspace, action, {.status = ActionStatus::Done}),
        new RemovePlanAction(&workspace, action),
        new SetPlanFields(&workspace, m_a.account, {.strategy = QStringLiteral("x")}),
        new SetLifecycleStage(&workspace, m_a.account, LifecycleStage::Review, m_today),
        new RecordAgreement(&workspace, m_a.account, m_a.manager)};
    for (WorkspaceCommand *command : refused) {
        const QString name = command->text();
        QVERIFY2(!workspace.execute(command), qPrintable(name));
        QVERIFY(workspace.errorString().contains(QStringLiteral("review mode")));
    }
    QCOMPARE(dumpDatabase(workspace.database()), before);

    QVERIFY2(workspace.execute(new AddComment(&workspace, commentOn(m_a, CommentTarget::Plan, 0))),
             qPrintable(workspace.errorString()));
    QVERIFY2(workspace.execute(new AddReview(&workspace, reviewFor(m_a, m_today),
                                             {{CommentTarget::Objective, m_a.objective, "Red?"}},
                                             {}, m_today)),
             qPrintable(workspace.errorString()));
    const qint64 comment = PlanStore(workspace.database()).comments(m_a.account, 0).first().id;
    QVERIFY(workspace.execute(new RemoveComment(&workspace, comment)));
    QCOMPARE(PlanStore(workspace.database()).reviews(m_a.account).size(), 1);
    QCOMPARE(PlanStore(workspace.database()).comments(m_a.account).size(), 1);
}

QTEST_GUILESS_MAIN(TestPlanCommands)
#include "TestPlanCommands.moc"
