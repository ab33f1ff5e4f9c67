#include "RandomAccount.h"
#include "ReferenceRunner.h"
#include "TestWorkspace.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AnalysisRules.h"
#include "analysis/AnalysisStore.h"
#include "commands/AddRelationship.h"
#include "commands/EditRelationship.h"
#include "demo/DemoBuilder.h"
#include "moves/MoveAction.h"
#include "moves/MovePlanner.h"
#include "moves/MoveReport.h"
#include "planning/AddPlanAction.h"
#include "planning/PlanStore.h"
#include "workspace/PersonStore.h"

#include <QJsonObject>
#include <QUndoStack>
#include <QtTest>

using namespace Kingside;

// README "Next moves": the moves' effects hold when the moves are applied through the real
// commands, no move crosses a wall or names the mentor, path costs agree with networkx, and
// the demo's largest account gets a plan that takes the King out of check.
class TestMovePlanner : public QObject
{
    Q_OBJECT

private slots:
    void effectsHoldWhenApplied_data();
    void effectsHoldWhenApplied();
    void demoAccounts_data();
    void demoAccounts();
    void kingOutOfReach();
    void pathCostsMatchNetworkx();
    void demoPlanTakesTheKingOutOfCheck();
    void moveBecomesPlanAction();
    void figuresAreWorded();

private:
    void checkAccount(Test::TestWorkspace &ws, qint64 accountId);
};

namespace {

AnalysisInput load(Test::TestWorkspace &ws, qint64 accountId)
{
    QString error;
    const auto input = AnalysisStore(ws->database()).load(accountId, Test::fixedToday(), &error);
    if (!input)
        qFatal("%s", qPrintable(error));
    return *input;
}

// The problems as the whole analysis (betweenness and all) finds them in the workspace.
AccountProblems problemsInWorkspace(Test::TestWorkspace &ws, qint64 accountId)
{
    const AnalysisInput input = load(ws, accountId);
    return AccountProblems::of(input, AccountAnalyzer::analyse(input));
}

// Writes a move's change through the commands a user's edit runs.
bool applyThroughCommands(Test::TestWorkspace &ws, qint64 accountId, const LineChange &change,
                          QString *error)
{
    if (change.type == LineChange::Type::Add) {
        Relationship line;
        line.accountId = accountId;
        line.fromId = change.fromId;
        line.toId = change.toId;
        line.kind = RelationshipKind::Working;
        line.strength = change.strength;
        line.lastContact = change.lastContact;
        if (!ws->execute(new AddRelationship(&ws.workspace(), line))) {
            *error = ws->errorString();
            return false;
        }
        return true;
    }
    auto line = PersonStore(ws->database()).relationship(change.relationshipId);
    if (!line) {
        *error = QStringLiteral("no relationship %1").arg(change.relationshipId);
        return false;
    }
    line->strength = std::max(line->strength, change.strength);
    line->lastContact = std::max(line->lastContact, change.lastContact);
    if (!ws->execute(new EditRelationship(&ws.workspace(), *line))) {
        *error = ws->errorString();
        return false;
    }
    return true;
}

QString describeProblems(const QList<Problem> &problems)
{
    QStringList parts;
    for (const Problem &problem : problems)
        parts.append(
            QStringLiteral("%1:%2:%3").arg(int(problem.kind)).arg(problem.a).arg(problem.b));
    return parts.join(QLatin1Char(' '));
}

} // namespace

void TestMovePlanner::checkAccount(Test::TestWorkspace &ws, qint64 accountId)
{
    const AnalysisInput input = load(ws, accountId);
    const MovePlanner planner(input);
    const MoveEvaluator &evaluator = planner.evaluator();
    const AccountGraph &graph = evaluator.graph();
    const TeamLines &lines = evaluator.teamLines();
    int team = 0;
    for (const Person &p : input.people)
        team += AccountAnalyzer::holdsLines(p) ? 1 : 0;

    // The account as it is: the evaluator's analysis (no betweenness) finds what the whole
    // analysis finds.
    const AccountProblems now = problemsInWorkspace(ws, accountId);
    QCOMPARE(evaluator.current().problems, now.problems);
    QVERIFY(evaluator.current().figures == now.figures);

    QHash<QPair<int, int>, int> introductionPairs; // → cost
    for (const IntroductionEdge &edge : graph.introductionEdges())
        introductionPairs.insert({std::min(edge.a, edge.b), std::max(edge.a, edge.b)}, edge.cost);

    for (Move move : planner.candidates()) {
        planner.tracePath(&move);
        // The incremental evaluation is the whole analysis of the changed copy.
        const AccountProblems incremental = evaluator.evaluate(move.change);
        const AccountProblems whole = evaluator.evaluateAll({move.change});
        QVERIFY2(incremental.problems == whole.problems,
                 qPrintable(QStringLiteral("%1: incremental %2, whole %3")
                                .arg(codeOf(move.kind), describeProblems(incremental.problems),
                                     describeProblems(whole.problems))));
        QVERIFY(incremental.figures == whole.figures);
        QVERIFY(move.weight > 0);
        // Never the mentor; always one of our day-to-day team.
        const Person &actor = input.people[graph.indexOf(move.actorId)];
        QVERIFY2(AccountAnalyzer::holdsLines(actor), qPrintable(actor.name));
        QVERIFY(actor.teamRole != TeamRole::Mentor);
        // No wall crossed: neither by the new line nor along the introduction path.
        const Person &from = input.people[graph.indexOf(move.change.fromId)];
        const Person &to = input.people[graph.indexOf(move.change.toId)];
        QVERIFY2(!AnalysisRules::crossesWall(input.walls, from, to),
                 qPrintable(from.name + to.name));
        int pathCost = 0;
        for (qsizetype i = 1; i < move.path.size(); ++i) {
            const int a = graph.indexOf(move.path[i - 1]);
            const int b = graph.indexOf(move.path[i]);
            if (move.change.type == LineChange::Type::Edit)
                continue; // the path is the line itself
            QVERIFY(introductionPairs.contains({std::min(a, b), std::max(a, b)}));
            QVERIFY(!AnalysisRules::crossesWall(input.walls, input.people[a], input.people[b]));
            pathCost += introductionPairs.value({std::min(a, b), std::max(a, b)});
        }
        // The effort is the path's cost; no path, a cold approach.
        if (move.change.type == LineChange::Type::Add) {
            QCOMPARE(move.path.isEmpty(), move.effort < 0);
            if (!move.path.isEmpty())
                QCOMPARE(pathCost, move.effort);
        }
        if (!move.path.isEmpty()) {
            QCOMPARE(move.path.first(), move.actorId);
            QCOMPARE(move.path.last(), move.targetId);
        }
        // The load cap: a new line of ours never gives anyone more than half of our lines.
        if (move.change.type == LineChange::Type::Add && move.kind != MoveKind::JoinProductPeople &&
            team >= 2)
            QVERIFY(2 * (lines.linesOf(move.actorId) + 1) <= lines.totalLines() + 1);
    }

    const MovePlan plan = planner.plan(5);
    qInfo("%d candidates, %d chosen, %d resolved together, %d whole evaluations",
          int(plan.candidates.size()), int(plan.chosen.size()), int(plan.total.resolved.size()),
          evaluator.wholeEvaluations());
    QCOMPARE(plan.alternatives.size(), plan.chosen.size());
    // Greedy on a coverage objective: each move adds no more than the one before it.
    for (qsizetype i = 1; i < plan.marginal.size(); ++i)
        QVERIFY(plan.marginal[i] <= plan.marginal[i - 1]);
    // Lines only get added, stronger or fresher: together the moves mend at least what each
    // mends alone.
    QSet<Problem> together(plan.total.resolved.cbegin(), plan.total.resolved.cend());
    for (int i : plan.chosen) {
        for (const Problem &problem : plan.candidates[i].effect.resolved)
            QVERIFY(together.contains(problem));
    }

    // Each chosen move, applied to the real workspace through the real commands, has exactly
    // the effect it claimed; undo puts the account back.
    QUndoStack *undo = ws->undoStack();
    for (int i : plan.chosen) {
        const Move &move = plan.candidates[i];
        QString error;
        QVERIFY2(applyThroughCommands(ws, accountId, move.change, &error), qPrintable(error));
        const AccountProblems after = problemsInWorkspace(ws, accountId);
        QVERIFY2(after.problems == evaluator.evaluate(move.change).problems,
                 qPrintable(codeOf(move.kind)));
        QVERIFY(after.figures == move.effect.after);
        QCOMPARE(evaluator.effectOf(after).resolved, move.effect.resolved);
        QCOMPARE(evaluator.effectOf(after).appeared, move.effect.appeared);
        undo->undo();
        QCOMPARE(problemsInWorkspace(ws, accountId).problems, now.problems);
    }
    // All of them together: the total effect.
    for (int i : plan.chosen) {
        QString error;
        QVERIFY2(applyThroughCommands(ws, accountId, plan.candidates[i].change, &error),
                 qPrintable(error));
    }
    const AccountProblems together2 = problemsInWorkspace(ws, accountId);
    QVERIFY(together2.figures == plan.total.after);
    QCOMPARE(evaluator.effectOf(together2).resolved, plan.total.resolved);
    for (qsizetype i = 0; i < plan.chosen.size(); ++i)
        undo->undo();
    QCOMPARE(problemsInWorkspace(ws, accountId).problems, now.problems);
}

void TestMovePlanner::effectsHoldWhenApplied_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("walls");
    for (quint64 seed = 1; seed <= 12; ++seed)
        QTest::addRow("seed %llu", seed) << seed << int(seed % 4);
}

void TestMovePlanner::effectsHoldWhenApplied()
{
    QFETCH(quint64, seed);
    QFETCH(int, walls);
    Test::TestWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    Test::RandomAccount random;
    random.seed = seed;
    random.clientPeople = 30 + int(seed % 5) * 6;
    random.teamMembers = 2 + int(seed % 5);
    random.lines = 60 + int(seed % 7) * 20; // sparse: cuts, single threads, walls matter
    random.walls = walls;
    random.isolated = int(seed % 3);
    QString error;
    const qint64 accountId = random.write(ws.workspace(), QStringLiteral("Random"), &error);
    QVERIFY2(accountId > 0, qPrintable(error));
    checkAccount(ws, accountId);
}

void TestMovePlanner::demoAccounts_data()
{
    QTest::addColumn<QString>("account");
    for (const char *name : {"Halvorsen Maritime Group", "Brightwater Utilities",
                             "Aldermoor Health Trust", "Kestrel Foods"})
        QTest::newRow(name) << QString::fromUtf8(name);
}

void TestMovePlanner::demoAccounts()
{
    QFETCH(QString, account);
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const qint64 accountId = ws.accountId(account);
    QVERIFY(accountId > 0);
    checkAccount(ws, accountId);
}

// With every line to the King and Queen gone, a new line that reaches them can make people
// critical who were not: those moves are analysed whole, and still agree with the
// incremental evaluation of everything else.
void TestMovePlanner::kingOutOfReach()
{
    for (quint64 seed : {2ULL, 5ULL, 9ULL}) {
        Test::TestWorkspace ws;
        Test::RandomAccount random;
        random.seed = seed;
        random.clientPeople = 40;
        random.lines = 120;
        QString error;
        const qint64 accountId = random.write(ws.workspace(), QStringLiteral("Random"), &error);
        QVERIFY2(accountId > 0, qPrintable(error));
        AnalysisInput input = load(ws, accountId);
        const AccountAnalysis analysis = AccountAnalyzer::analyse(input);
        const qint64 king = analysis.king.kingId;
        const qint64 queen = analysis.queen.queenId;
        QVERIFY(king != 0);
        input.relationships.removeIf([&](const Relationship &line) {
            return line.fromId == king || line.toId == king || line.fromId == queen ||
                   line.toId == queen;
        });
        const MovePlanner planner(input);
        const MoveEvaluator &evaluator = planner.evaluator();
        QVERIFY(
            !evaluator.analysis().people[std::size_t(evaluator.graph().indexOf(king))].reachable);
        QVERIFY(evaluator.wholeEvaluations() > 0);
        bool kingMove = false;
        for (const Move &move : planner.candidates()) {
            QCOMPARE(evaluator.evaluate(move.change).problems,
                     evaluator.evaluateAll({move.change}).problems);
            kingMove = kingMove || move.targetId == king;
        }
        QVERIFY(kingMove);
        const MovePlan plan = planner.plan(3);
        QCOMPARE(plan.candidates[plan.chosen.first()].targetId, king);
    }
}

void TestMovePlanner::pathCostsMatchNetworkx()
{
    for (quint64 seed : {3ULL, 7ULL, 11ULL}) {
        Test::TestWorkspace ws;
        Test::RandomAccount random;
        random.seed = seed;
        random.clientPeople = 50;
        random.lines = 150;
        random.walls = 3;
        QString error;
        const qint64 accountId = random.write(ws.workspace(), QStringLiteral("Random"), &error);
        QVERIFY2(accountId > 0, qPrintable(error));
        const AnalysisInput input = load(ws, accountId);
        const MovePlanner planner(input);
        ws->close();
        const QJsonObject reference = Test::runNetworkxReference(ws.path(), accountId, &error);
        QVERIFY2(!reference.isEmpty(), qPrintable(error));
        const QJsonObject memberCost = reference.value(QStringLiteral("member_cost")).toObject();
        int checked = 0;
        for (Move move : planner.candidates()) {
            if (move.change.type != LineChange::Type::Add)
                continue;
            planner.tracePath(&move);
            const QJsonObject costs = memberCost.value(QString::number(move.actorId)).toObject();
            const QJsonValue expected = costs.value(QString::number(move.targetId));
            if (move.effort < 0) {
                QVERIFY2(expected.isUndefined(), qPrintable(QString::number(move.targetId)));
            } else {
                QCOMPARE(move.effort, expected.toInt(-1));
                QCOMPARE(move.path.first(), move.actorId);
                QCOMPARE(move.path.last(), move.targetId);
            }
            ++checked;
        }
        QVERIFY2(checked > 0, "no new line among the candidates");
    }
}

void TestMovePlanner::demoPlanTakesTheKingOutOfCheck()
{
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const qint64 accountId = ws.accountId(DemoBuilder::largestAccountName());
    const AnalysisInput input = load(ws, accountId);
    const MovePlanner planner(input);
    const MovePlan plan = planner.plan(5);
    QVERIFY(plan.figures.kingInCheck);
    QVERIFY(plan.figures.count(Problem::Kind::SingleThreaded) > 0);
    QCOMPARE(plan.chosen.size(), 5);
    QVERIFY(!plan.total.after.kingInCheck);
    QCOMPARE(plan.total.after.count(Problem::Kind::SingleThreaded), 0);
    // The first move is the King's.
    QCOMPARE(plan.candidates[plan.chosen.first()].kind, MoveKind::KingOutOfCheck);
    QCOMPARE(plan.candidates[plan.chosen.first()].targetId,
             planner.evaluator().analysis().king.kingId);
}

void TestMovePlanner::moveBecomesPlanAction()
{
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const qint64 accountId = ws.accountId(DemoBuilder::largestAccountName());
    const AnalysisInput input = load(ws, accountId);
    const MovePlan plan = MovePlanner(input).plan(3);
    QVERIFY(!plan.chosen.isEmpty());
    const Move &move = plan.candidates[plan.chosen.first()];
    const PlanAction action = MoveAction::actionFor(ws->database(), input, move);
    QCOMPARE(action.ownerId, move.actorId);
    QCOMPARE(action.personId, move.targetId);
    QVERIFY(action.dueDate > input.today);
    QVERIFY(action.objectiveId > 0); // the demo's plan has a relationship objective
    const PlanStore store(ws->database());
    const qsizetype before = store.actions(accountId).size();
    QVERIFY2(ws->execute(new AddPlanAction(&ws.workspace(), action)),
             qPrintable(ws->errorString()));
    const QList<PlanAction> actions = store.actions(accountId);
    QCOMPARE(actions.size(), before + 1);
    bool found = false;
    for (const PlanAction &stored : actions) {
        if (stored.title == action.title) {
            found = true;
            QCOMPARE(stored.ownerId, move.actorId);
            QCOMPARE(stored.personId, move.targetId);
            QCOMPARE(stored.dueDate, action.dueDate);
            QCOMPARE(stored.objectiveId, action.objectiveId);
        }
    }
    QVERIFY(found);
    ws->undoStack()->undo();
    QCOMPARE(store.actions(accountId).size(), before);
}

void TestMovePlanner::figuresAreWorded()
{
    AnalysisInput input;
    const MoveReport report(input);
    MoveEffect effect;
    effect.before.hasKing = effect.after.hasKing = true;
    effect.before.kingInCheck = true;
    effect.before.clientPeople = effect.after.clientPeople = 10;
    effect.before.counts[int(Problem::Kind::SingleThreaded)] = 3;
    effect.after.counts[int(Problem::Kind::SingleThreaded)] = 2;
    effect.before.counts[int(Problem::Kind::CriticalPerson)] = 1;
    effect.before.counts[int(Problem::Kind::Unreachable)] = 5;
    effect.after.counts[int(Problem::Kind::Unreachable)] = 1;
    QCOMPARE(report.effectText(effect),
             QStringLiteral("King out of check; single-threaded key pieces 3 → 2; critical people "
                            "1 → 0; reachable +4"));
    QCOMPARE(report.effectText(MoveEffect{}), QStringLiteral("no change to the questions"));
}

QTEST_GUILESS_MAIN(TestMovePlanner)
#include "TestMovePlanner.moc"
