#include "TestWorkspace.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AnalysisJson.h"
#include "analysis/AnalysisReport.h"
#include "analysis/AnalysisStore.h"
#include "demo/DemoBuilder.h"
#include "workspace/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Kingside;

namespace {

// An account built in memory, person by person and line by line.
class Builder
{
public:
    Builder()
    {
        input.account.id = 1;
        input.account.name = QStringLiteral("Hand-built");
        input.account.freshnessDays = 90;
        input.today = QDate(2026, 6, 15);
    }
    qint64 department(const QString &name)
    {
        input.departments.append({++m_next, 1, name, int(input.departments.size())});
        return m_next;
    }
    qint64 level(const QString &name)
    {
        input.levels.append({++m_next, 1, name, int(input.levels.size()) + 1});
        return m_next;
    }
    qint64 client(const QString &name, DecisionRole role, Attitude attitude = Attitude::Neutral,
                  qint64 department = 0, qint64 level = 0, qint64 competitor = 0)
    {
        Person p;
        p.id = ++m_next;
        p.accountId = 1;
        p.name = name;
        p.decisionRole = role;
        p.attitude = attitude;
        p.departmentId = department;
        p.levelId = level;
        p.competitorId = competitor;
        input.people.append(p);
        return p.id;
    }
    qint64 team(const QString &name, TeamRole role = TeamRole::Specialist)
    {
        Person p;
        p.id = ++m_next;
        p.accountId = 1;
        p.side = Side::Team;
        p.name = name;
        p.teamRole = role;
        input.people.append(p);
        return p.id;
    }
    qint64 line(qint64 from, qint64 to, int strength = 3, int daysAgo = 10,
                RelationshipKind kind = RelationshipKind::Working)
    {
        Relationship r;
        r.id = ++m_next;
        r.accountId = 1;
        r.fromId = from;
        r.toId = to;
        r.kind = kind;
        r.strength = strength;
        if (daysAgo >= 0)
            r.lastContact = input.today.addDays(-daysAgo);
        input.relationships.append(r);
        return r.id;
    }
    AccountAnalysis analyse() const { return AccountAnalyzer::analyse(input); }
    Answer answer(int id) const
    {
        const AccountAnalysis analysis = analyse();
        return AnalysisReport(input, analysis).answer(id);
    }

    AnalysisInput input;

private:
    qint64 m_next = 100;
};

QList<qint64> criticalIds(const AccountAnalysis &analysis, bool king)
{
    QList<qint64> ids;
    for (const CriticalPoint &point : analysis.criticalPeople) {
        if (king ? point.cutsKing : point.cutsQueen)
            ids.append(point.personId);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

// Hand-built accounts for each of the ten questions, bad input, and the demo's story.
class TestAccountAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void kingCoverageAndCheck();
    void kingReasons();
    void noKingNoQueenNoTeam();
    void twoKings();
    void queenSide();
    void campsAndCompetitors();
    void singleThreading();
    void cutPointsAndBridges();
    void introductionPathAvoidsWallsAndTension();
    void hiddenInfluencers();
    void whitespace();
    void cooling();
    void changesWithoutReviewOrSnapshot();
    void changesAgainstSnapshot();
    void badInputNeverCrashes();
    void healthIsTraceable();
    void demoStory();
};

void TestAccountAnalyzer::kingCoverageAndCheck()
{
    Builder b;
    const qint64 board = b.level(QStringLiteral("Board"));
    b.level(QStringLiteral("Management"));
    b.level(QStringLiteral("Staff"));
    const qint64 king = b.client(QStringLiteral("King"), DecisionRole::DecisionMaker,
                                 Attitude::Supporter, 0, board);
    const qint64 sponsor = b.team(QStringLiteral("Sponsor"), TeamRole::ExecutiveSponsor);
    const qint64 manager = b.team(QStringLiteral("Manager"), TeamRole::AccountManager);
    const qint64 strong = b.line(sponsor, king, 5, 30);
    b.line(manager, king, 2, 200);

    AccountAnalysis analysis = b.analyse();
    QCOMPARE(analysis.king.kingId, king);
    QCOMPARE(analysis.king.lines.size(), 2);
    QVERIFY(analysis.king.strongFreshLine);
    QVERIFY(analysis.king.strongFreshLineAtLevel);
    QVERIFY(!analysis.king.inCheck);
    for (const ContactLine &line : analysis.king.lines) {
        if (line.relationshipId == strong) {
            QVERIFY(line.strong && line.fresh && line.levelMatches.value_or(false));
            QCOMPARE(line.daysSinceContact, 30);
        } else {
            QVERIFY(!line.strong && !line.fresh);
            QCOMPARE(line.levelMatches, std::optional<bool>(false)); // a manager at board level
        }
    }
    QVERIFY(b.answer(1).answer.contains(QStringLiteral("matching level")));

    // The strong line goes stale: the King is in check.
    b.input.relationships[0].lastContact = b.input.today.addDays(-91);
    analysis = b.analyse();
    QVERIFY(analysis.king.inCheck);
    QCOMPARE(analysis.king.reasons, QList<CheckReason>{CheckReason::NoStrongFreshLine});
    QVERIFY(b.answer(1).answer.contains(QStringLiteral("in check")));
    QVERIFY(analysis.health.kingInCheck);

    // Exactly at the freshness window it is still fresh.
    b.input.relationships[0].lastContact = b.input.today.addDays(-90);
    QVERIFY(!b.analyse().king.inCheck);
}

void TestAccountAnalyzer::kingReasons()
{
    Builder b;
    const qint64 king =
        b.client(QStringLiteral("King"), DecisionRole::DecisionMaker, Attitude::Opponent, 0, 0, 7);
    b.input.competitorNames.insert(7, QStringLiteral("Rival Inc"));
    const qint64 member = b.team(QStringLiteral("Member"));
    b.line(member, king, 5, 1);
    AccountAnalysis analysis = b.analyse();
    QVERIFY(analysis.king.inCheck);
    QCOMPARE(analysis.king.reasons,
             (QList<CheckReason>{CheckReason::Opponent, CheckReason::FavoursCompetitor}));
    QVERIFY(!analysis.king.lines.first().levelMatches.has_value()); // the King's level is unknown
    b.input.people[0].attitude = Attitude::Sceptic;
    b.input.people[0].competitorId = 0;
    analysis = b.analyse();
    QCOMPARE(analysis.king.reasons, QList<CheckReason>{CheckReason::Sceptic});
    QVERIFY(b.answer(1).answer.contains(QStringLiteral("sceptic")));
}

void TestAccountAnalyzer::noKingNoQueenNoTeam()
{
    Builder b;
    b.client(QStringLiteral("Somebody"), DecisionRole::User);
    const AccountAnalysis analysis = b.analyse();
    QCOMPARE(analysis.king.kingId, 0);
    QCOMPARE(b.answer(1).answer,
             QStringLiteral("No King is marked: nobody has the final decision maker's role."));
    QVERIFY(b.answer(2).answer.startsWith(QStringLiteral("No Queen is marked")));
    QVERIFY(b.answer(4).answer.contains(QStringLiteral("nobody on this account")));
    QVERIFY(b.answer(6).answer.contains(QStringLiteral("nobody is reachable")));
    QCOMPARE(analysis.unreachable.size(), 1);
    QVERIFY(analysis.criticalPeople.isEmpty());
    QVERIFY(!analysis.health.keyPieceCoverage.has_value());
    QVERIFY(!analysis.health.coolingShare.has_value());
    QCOMPARE(analysis.health.supporterShare, std::optional<double>(0.0));
}

void TestAccountAnalyzer::twoKings()
{
    Builder b;
    const qint64 first = b.client(QStringLiteral("Chair"), DecisionRole::None);
    b.input.people.last().pieceOverride = Piece::King;
    const qint64 second = b.client(QStringLiteral("CEO"), DecisionRole::DecisionMaker);
    const AccountAnalysis analysis = b.analyse();
    QCOMPARE(analysis.king.kings, (QList<qint64>{first, second}));
    QCOMPARE(analysis.king.kingId, second); // the decision maker is preferred
    const Answer answer = b.answer(1);
    QVERIFY(answer.evidence.first().text.contains(QStringLiteral("Only one should be")));
}

void TestAccountAnalyzer::queenSide()
{
    Builder b;
    b.client(QStringLiteral("Queen"), DecisionRole::PowerInfluencer, Attitude::Sceptic);
    QCOMPARE(b.answer(2).answer, QStringLiteral("Queen is the Queen and is against us (sceptic)."));
    b.input.people[0].attitude = Attitude::Champion;
    QCOMPARE(b.answer(2).answer,
             QStringLiteral("Queen is the Queen and is on our side (champion)."));
}

void TestAccountAnalyzer::campsAndCompetitors()
{
    Builder b;
    const qint64 finance = b.department(QStringLiteral("Finance"));
    const qint64 it = b.department(QStringLiteral("IT"));
    const qint64 a = b.client(QStringLiteral("A"), DecisionRole::User, Attitude::Champion, finance);
    const qint64 c =
        b.client(QStringLiteral("C"), DecisionRole::User, Attitude::Opponent, it, 0, 3);
    const qint64 d = b.client(QStringLiteral("D"), DecisionRole::User, Attitude::Champion);
    b.client(QStringLiteral("E"), DecisionRole::User, Attitude::Supporter, it);
    b.input.competitorNames.insert(3, QStringLiteral("Rival"));
    const AccountAnalysis analysis = b.analyse();
    QCOMPARE(analysis.camps.size(), 3); // Finance, IT, and no department
    QCOMPARE(analysis.camps[0].champions, QList<qint64>{a});
    QCOMPARE(analysis.camps[1].opponents, QList<qint64>{c});
    QCOMPARE(analysis.camps[2].departmentId, 0);
    QCOMPARE(analysis.camps[2].champions, QList<qint64>{d});
    QCOMPARE(analysis.competitorCamps.size(), 1);
    QCOMPARE(analysis.competitorCamps[0].competitor, QStringLiteral("Rival"));
    QCOMPARE(analysis.competitorCamps[0].people, QList<qint64>{c});
    QVERIFY(b.answer(3).answer.contains(QStringLiteral("Rival (1)")));
}

void TestAccountAnalyzer::singleThreading()
{
    Builder b;
    const qint64 rook = b.client(QStringLiteral("Rook"), DecisionRole::Gatekeeper);
    const qint64 bishop = b.client(QStringLiteral("Bishop"), DecisionRole::Specifier);
    const qint64 knight = b.client(QStringLiteral("Knight"), DecisionRole::Coach);
    const qint64 pawn = b.client(QStringLiteral("Pawn"), DecisionRole::User);
    const qint64 one = b.team(QStringLiteral("One"));
    const qint64 two = b.team(QStringLiteral("Two"));
    const qint64 mentor = b.team(QStringLiteral("Mentor"), TeamRole::Mentor);
    b.line(one, rook);
    b.line(rook, one, 4, 5, RelationshipKind::Influence); // a second line, same member
    b.line(one, bishop);
    b.line(two, bishop);
    b.line(one, pawn);
    b.line(mentor, knight); // the mentor does not hold the account's lines
    b.line(two, knight, 3, 5, RelationshipKind::Tension); // nor does a tension line reach
    const AccountAnalysis analysis = b.analyse();
    QCOMPARE(analysis.team, (QList<qint64>{one, two}));
    QCOMPARE(analysis.singleThreaded.size(), 1);
    QCOMPARE(analysis.singleThreaded[0].personId, rook);
    QCOMPARE(analysis.singleThreaded[0].teamMembers, QList<qint64>{one});
    QCOMPARE(analysis.health.uncoveredKeyPieces, QList<qint64>{knight});
    // One holds 4 of our 5 lines: more than half.
    QCOMPARE(analysis.dominantMembers.size(), 1);
    QCOMPARE(analysis.dominantMembers[0].teamMemberId, one);
    QCOMPARE(analysis.dominantMembers[0].lines, 4);
    QCOMPARE(analysis.dominantMembers[0].totalLines, 5);
    const Answer answer = b.answer(4);
    QVERIFY(answer.answer.contains(QStringLiteral("Rook")));
    QVERIFY(answer.answer.contains(QStringLiteral("One holds most of our lines")));
    QVERIFY(answer.personIds.contains(rook));
    QCOMPARE(answer.highlight, AnswerHighlight::SingleThreaded);
}

void TestAccountAnalyzer::cutPointsAndBridges()
{
    // T1 — A — King; T1 — Queen — T2; B hangs off the Queen.
    Builder b;
    const qint64 king = b.client(QStringLiteral("King"), DecisionRole::DecisionMaker);
    const qint64 queen = b.client(QStringLiteral("Queen"), DecisionRole::PowerInfluencer);
    const qint64 a = b.client(QStringLiteral("A"), DecisionRole::User);
    const qint64 leaf = b.client(QStringLiteral("B"), DecisionRole::User);
    const qint64 t1 = b.team(QStringLiteral("T1"));
    const qint64 t2 = b.team(QStringLiteral("T2"));
    const qint64 t1a = b.line(t1, a);
    const qint64 ak = b.line(a, king, 3, 10, RelationshipKind::Reporting);
    b.line(t1, queen);
    b.line(t2, queen);
    b.line(leaf, queen, 3, 10, RelationshipKind::Reporting);
    const AccountAnalysis analysis = b.analyse();
    QCOMPARE(criticalIds(analysis, true), (QList<qint64>{a, t1}));
    QVERIFY(criticalIds(analysis, false).isEmpty()); // two of us reach the Queen
    QList<qint64> points = analysis.articulationPoints;
    std::sort(points.begin(), points.end());
    QCOMPARE(points, (QList<qint64>{queen, a, t1}));
    QSet<qint64> cutting;
    for (const BridgeLine &bridge : analysis.bridges) {
        if (bridge.cutsKing)
            cutting.unite(
                QSet<qint64>(bridge.relationshipIds.begin(), bridge.relationshipIds.end()));
        QVERIFY(!bridge.cutsQueen);
    }
    QCOMPARE(cutting, (QSet<qint64>{t1a, ak}));
    QCOMPARE(analysis.bridges.size(), 5); // a tree: every line is a bridge
    const Answer answer = b.answer(5);
    QVERIFY2(answer.answer.contains(QStringLiteral("T1")) &&
                 answer.answer.contains(QStringLiteral("A")),
             qPrintable(answer.answer));
    QVERIFY(answer.answer.contains(QStringLiteral("would cut us off")));
    QVERIFY(answer.relationshipIds.contains(ak));
}

void TestAccountAnalyzer::introductionPathAvoidsWallsAndTension()
{
    Builder b;
    const qint64 left = b.department(QStringLiteral("Left"));
    const qint64 right = b.department(QStringLiteral("Right"));
    b.input.walls.append({1, 1, WallKind::Department, left, right, {}});
    const qint64 me = b.team(QStringLiteral("Me"));
    const qint64 x = b.client(QStringLiteral("X"), DecisionRole::User, Attitude::Neutral, left);
    const qint64 target =
        b.client(QStringLiteral("Target"), DecisionRole::DecisionMaker, Attitude::Neutral, right);
    const qint64 y = b.client(QStringLiteral("Y"), DecisionRole::User, Attitude::Neutral, right);
    const qint64 z = b.client(QStringLiteral("Z"), DecisionRole::User, Attitude::Neutral, right);
    b.line(me, x, 5);
    b.line(x, target, 5); // across the wall: never used
    b.line(me, y, 5);
    b.line(y, target, 5);
    b.line(y, target, 1, 3, RelationshipKind::Tension); // Y and the target are in tension
    const qint64 mz = b.line(me, z, 2);
    const qint64 zt = b.line(z, target, 3);
    const qint64 zt2 =
        b.line(target, z, 4, 3, RelationshipKind::Alliance); // the stronger one counts

    IntroductionPath path = AccountAnalyzer::introductionPath(b.input, target);
    QVERIFY(path.found);
    QCOMPARE(path.people, (QList<qint64>{me, z, target}));
    QCOMPARE(path.relationshipIds, (QList<qint64>{mz, zt2}));
    QCOMPARE(path.cost, (6 - 2) + (6 - 4));
    Q_UNUSED(zt)
    QCOMPARE(b.analyse().findingsFor(target)->introductionCost, 6);
    QCOMPARE(b.analyse().findingsFor(x)->introductionCost, 1);

    // Betweenness and reachability ignore walls: the target is reachable.
    QVERIFY(b.analyse().findingsFor(target)->reachable);

    // From a named member; and nobody when only walls lead there.
    path = AccountAnalyzer::introductionPath(b.input, target, me);
    QCOMPARE(path.cost, 6);
    b.input.relationships.removeIf([&](const Relationship &r) { return r.id == mz; });
    path = AccountAnalyzer::introductionPath(b.input, target);
    QVERIFY(!path.found);
    QVERIFY(b.answer(6).answer.contains(QStringLiteral("no introduction path")));
}

void TestAccountAnalyzer::hiddenInfluencers()
{
    // Two client cliques joined only through a Pawn; a Knight joins two others.
    Builder b;
    QList<qint64> left;
    QList<qint64> right;
    for (int i = 0; i < 4; ++i) {
        left.append(b.client(QStringLiteral("L%1").arg(i), DecisionRole::Specifier));
        right.append(b.client(QStringLiteral("R%1").arg(i), DecisionRole::Specifier));
    }
    for (int i = 0; i < 4; ++i) {
        for (int j = i + 1; j < 4; ++j) {
            b.line(left[i], left[j]);
            b.line(right[i], right[j]);
        }
    }
    const qint64 pawn = b.client(QStringLiteral("Go-between"), DecisionRole::User);
    b.line(left[0], pawn);
    b.line(pawn, right[0]);
    // Our team touches everybody: in the whole network the Pawn is no go-between.
    const qint64 me = b.team(QStringLiteral("Me"));
    for (qint64 id : left + right)
        b.line(me, id);
    const AccountAnalysis analysis = b.analyse();
    QCOMPARE(analysis.hiddenInfluencers.size(), 1);
    QCOMPARE(analysis.hiddenInfluencers[0].personId, pawn);
    QCOMPARE(analysis.hiddenInfluencers[0].clientBetweenness, 16.0); // 4 × 4 pairs through it
    QVERIFY(analysis.findingsFor(pawn)->betweenness < 16.0);
    // Not a Pawn any more: not hidden.
    b.input.people[8].decisionRole = DecisionRole::Coach;
    QVERIFY(b.analyse().hiddenInfluencers.isEmpty());
    QVERIFY(b.answer(7).answer.startsWith(QStringLiteral("Nobody")));
}

void TestAccountAnalyzer::whitespace()
{
    Builder b;
    const qint64 d1 = b.department(QStringLiteral("D1"));
    const qint64 d2 = b.department(QStringLiteral("D2"));
    const qint64 l1 = b.level(QStringLiteral("L1"));
    const qint64 l2 = b.level(QStringLiteral("L2"));
    const qint64 user =
        b.client(QStringLiteral("User"), DecisionRole::User, Attitude::Neutral, d1, l1);
    const qint64 spec =
        b.client(QStringLiteral("Spec"), DecisionRole::Specifier, Attitude::Neutral, d2, l1);
    const qint64 other =
        b.client(QStringLiteral("Other"), DecisionRole::User, Attitude::Neutral, d1, l2);
    b.input.products = {{1, QStringLiteral("Apart")},
                        {2, QStringLiteral("Together")},
                        {3, QStringLiteral("Unused")},
                        {4, QStringLiteral("UsersOnly")}};
    b.input.productRoles = {{1, user, ProductRole::User},
                            {1, spec, ProductRole::Specifier},
                            {2, other, ProductRole::User},
                            {2, spec, ProductRole::Specifier},
                            {4, user, ProductRole::User}};
    b.line(other, spec);
    b.line(user, spec, 3, 3, RelationshipKind::Tension); // tension is no meeting
    const AccountAnalysis analysis = b.analyse();
    QCOMPARE(analysis.emptySquares.size(), 1);
    QCOMPARE(analysis.emptySquares[0].departmentId, d2);
    QCOMPARE(analysis.emptySquares[0].levelId, l2);
    QCOMPARE(analysis.productGaps.size(), 2);
    QCOMPARE(analysis.productGaps[0].product, QStringLiteral("Apart"));
    QCOMPARE(analysis.productGaps[0].kind, ProductGap::Kind::NeverMeet);
    QCOMPARE(analysis.productGaps[1].kind, ProductGap::Kind::NoSpecifiers);
    const Answer answer = b.answer(8);
    QVERIFY(answer.answer.contains(QStringLiteral("1 of 4 squares")));
    QVERIFY(answer.answer.contains(QStringLiteral("Apart")));
    QCOMPARE(answer.squares, (QList<QPair<qint64, qint64>>{{d2, l2}}));
}

void TestAccountAnalyzer::cooling()
{
    Builder b;
    const qint64 me = b.team(QStringLiteral("Me"));
    const qint64 a = b.client(QStringLiteral("A"), DecisionRole::User);
    const qint64 c = b.client(QStringLiteral("C"), DecisionRole::User);
    const qint64 old = b.line(me, a, 3, 91);
    b.line(me, c, 3, 90);
    const qint64 never = b.line(c, me, 2, -1, RelationshipKind::Influence);
    b.line(a, c, 3, 400); // between client people: not our line
    AccountAnalysis analysis = b.analyse();
    QCOMPARE(analysis.cooling.size(), 2);
    QCOMPARE(analysis.cooling[0].relationshipId, never); // never contacted first
    QCOMPARE(analysis.cooling[0].daysSinceContact, -1);
    QCOMPARE(analysis.cooling[1].relationshipId, old);
    QCOMPARE(analysis.cooling[1].daysSinceContact, 91);
    QCOMPARE(analysis.health.teamLines, 3);
    QVERIFY(b.answer(9).answer.startsWith(QStringLiteral("2 of our 3 lines are cooling")));
    // "Today" is a parameter: a week later the 90-day line cools too.
    b.input.today = b.input.today.addDays(7);
    QCOMPARE(b.analyse().cooling.size(), 3);
    b.input.account.freshnessDays = 365;
    QCOMPARE(b.analyse().cooling.size(), 1);
}

void TestAccountAnalyzer::changesWithoutReviewOrSnapshot()
{
    Builder b;
    const qint64 me = b.team(QStringLiteral("Me"));
    b.input.actions = {
        {1, QStringLiteral("Late one"), me, b.input.today.addDays(-1), QStringLiteral("open"), {}},
        {2, QStringLiteral("Done one"), me, b.input.today.addDays(-20), QStringLiteral("done"),
         b.input.today.addDays(-5)},
        {3, QStringLiteral("Due today"), me, b.input.today, QStringLiteral("open"), {}}};
    QVERIFY(b.answer(10).answer.startsWith(QStringLiteral("There has been no review yet")));
    b.input.lastReview = ReviewInfo{5, b.input.today.addDays(-30), QStringLiteral("Mentor")};
    const AccountAnalysis analysis = b.analyse();
    QCOMPARE(analysis.changes.actionsLate.size(), 1);
    QCOMPARE(analysis.changes.actionsDone.size(), 1);
    const QString answer = b.answer(10).answer;
    QVERIFY2(answer.startsWith(QStringLiteral("No snapshot was taken at the last review")),
             qPrintable(answer));
    QVERIFY(answer.contains(QStringLiteral("1 plan action(s) done since, 1 late")));
}

void TestAccountAnalyzer::changesAgainstSnapshot()
{
    Builder b;
    const qint64 stays = b.client(QStringLiteral("Stays"), DecisionRole::User, Attitude::Champion);
    const qint64 joins = b.client(QStringLiteral("Joins"), DecisionRole::User);
    const qint64 me = b.team(QStringLiteral("Me"));
    const qint64 kept = b.line(me, stays);
    const qint64 gained = b.line(me, joins);
    b.input.lastReview = ReviewInfo{5, b.input.today.addDays(-30), QStringLiteral("Mentor")};
    const QJsonObject snapshot{
        {QStringLiteral("kind"), QStringLiteral("kingside.account-snapshot")},
        {QStringLiteral("format"), 1},
        {QStringLiteral("taken_on"), QStringLiteral("2026-05-16")},
        {QStringLiteral("people"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), stays},
                                {QStringLiteral("name"), QStringLiteral("Stays")},
                                {QStringLiteral("side"), QStringLiteral("client")},
                                {QStringLiteral("attitude"), QStringLiteral("sceptic")}},
                    QJsonObject{{QStringLiteral("id"), me},
                                {QStringLiteral("name"), QStringLiteral("Me")},
                                {QStringLiteral("side"), QStringLiteral("team")}},
                    QJsonObject{{QStringLiteral("id"), 999},
                                {QStringLiteral("name"), QStringLiteral("Gone")},
                                {QStringLiteral("side"), QStringLiteral("client")},
                                {QStringLiteral("attitude"), QStringLiteral("neutral")}}}},
        {QStringLiteral("relationships"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), kept},
                                {QStringLiteral("from"), me},
                                {QStringLiteral("to"), stays}},
                    QJsonObject{{QStringLiteral("id"), 998},
                                {QStringLiteral("from"), me},
                                {QStringLiteral("to"), 999},
                                {QStringLiteral("kind"), QStringLiteral("working")}}}}};
    b.input.snapshot = SnapshotInfo{
        1, 5, QStringLiteral("2026-05-16T10:00:00Z"), {}, QJsonDocument(snapshot).toJson()};
    const ChangesSinceReview changes = b.analyse().changes;
    QVERIFY(changes.haveSnapshot);
    QCOMPARE(changes.joined, QList<qint64>{joins});
    QCOMPARE(changes.left.size(), 1);
    QCOMPARE(changes.left[0].name, QStringLiteral("Gone"));
    QCOMPARE(changes.attitudeMoves.size(), 1);
    QCOMPARE(changes.attitudeMoves[0].from, Attitude::Sceptic);
    QCOMPARE(changes.attitudeMoves[0].to, Attitude::Champion);
    QCOMPARE(changes.linesGained, QList<qint64>{gained});
    QCOMPARE(changes.linesLost.size(), 1);
    QCOMPARE(changes.linesLost[0].toName, QStringLiteral("Gone"));
    QVERIFY(b.answer(10).answer.contains(QStringLiteral("1 joined, 1 left, 1 attitude(s) moved")));

    b.input.snapshot->data = "{not json";
    QVERIFY(b.answer(10).answer.contains(QStringLiteral("not readable JSON")));
    QJsonObject newer = snapshot;
    newer.insert(QStringLiteral("format"), 99);
    b.input.snapshot->data = QJsonDocument(newer).toJson();
    QVERIFY(b.answer(10).answer.contains(QStringLiteral("format")));
}

void TestAccountAnalyzer::badInputNeverCrashes()
{
    Builder empty;
    AccountAnalysis analysis = empty.analyse();
    QVERIFY(analysis.people.empty());
    QCOMPARE(AnalysisReport(empty.input, analysis).answers().size(), 10);
    for (const Answer &answer : AnalysisReport(empty.input, analysis).answers())
        QVERIFY2(!answer.answer.isEmpty(), qPrintable(answer.question));
    QVERIFY(!AccountAnalyzer::introductionPath(empty.input, 12345).found);
    QVERIFY(!AnalysisJson::toJson(empty.input, analysis).isEmpty());

    Builder b;
    const qint64 king = b.client(QStringLiteral("King"), DecisionRole::DecisionMaker);
    const qint64 alone = b.client(QStringLiteral("Alone"), DecisionRole::User);
    const qint64 me = b.team(QStringLiteral("Me"));
    b.line(king, king); // a self-loop
    b.line(me, king, 4, 1);
    b.line(me, king, 2, 1, RelationshipKind::Influence); // a parallel line
    b.line(king, me, 5, 1, RelationshipKind::Alliance);  // and one the other way
    b.line(me, 424242);                                  // to somebody unknown
    b.line(me, king, 9, 1, RelationshipKind::Reporting); // strength out of range
    analysis = b.analyse();
    QCOMPARE(analysis.findingsFor(king)->betweenness, 0.0);
    QVERIFY(analysis.bridges.size() == 1);
    QCOMPARE(analysis.bridges[0].relationshipIds.size(), 4); // every line of the pair
    QVERIFY(!analysis.findingsFor(alone)->reachable);
    QCOMPARE(analysis.unreachable, QList<qint64>{alone});
    QCOMPARE(analysis.findingsFor(king)->introductionCost, 1); // strength clamped to 5
    QCOMPARE(analysis.componentCount, 2);
    for (const Answer &answer : AnalysisReport(b.input, analysis).answers())
        QVERIFY(!answer.answer.isEmpty());
}

void TestAccountAnalyzer::healthIsTraceable()
{
    Builder b;
    const qint64 king =
        b.client(QStringLiteral("King"), DecisionRole::DecisionMaker, Attitude::Supporter);
    const qint64 rook =
        b.client(QStringLiteral("Rook"), DecisionRole::Gatekeeper, Attitude::Champion);
    const qint64 bishop = b.client(QStringLiteral("Bishop"), DecisionRole::Specifier);
    b.client(QStringLiteral("Pawn"), DecisionRole::User, Attitude::Opponent);
    const qint64 one = b.team(QStringLiteral("One"));
    const qint64 two = b.team(QStringLiteral("Two"));
    b.line(one, king, 5, 1);
    b.line(two, king, 5, 1);
    b.line(one, rook, 4, 200);
    const AccountHealth health = b.analyse().health;
    QCOMPARE(health.keyPieces, (QList<qint64>{king, rook, bishop}));
    QCOMPARE(health.keyPiecesCovered, (QList<qint64>{king, rook}));
    QCOMPARE(*health.keyPieceCoverage, 2.0 / 3.0);
    QCOMPARE(health.uncoveredKeyPieces, QList<qint64>{bishop});
    QCOMPARE(health.singleThreaded, QList<qint64>{rook});
    QCOMPARE(health.supporters, (QList<qint64>{king, rook}));
    QCOMPARE(*health.supporterShare, 0.5);
    QCOMPARE(health.teamLines, 3);
    QCOMPARE(health.coolingLines.size(), 1);
    QVERIFY(health.hasKing && !health.kingInCheck);
}

void TestAccountAnalyzer::demoStory()
{
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    QString error;
    const auto input =
        AnalysisStore(ws->database())
            .load(ws.accountId(DemoBuilder::largestAccountName()), Test::fixedToday(), &error);
    QVERIFY2(input, qPrintable(error));
    const AccountAnalysis analysis = AccountAnalyzer::analyse(*input);
    const AnalysisReport report(*input, analysis);
    QCOMPARE(report.nameOf(analysis.king.kingId), QStringLiteral("Ingrid Halvorsen"));
    QVERIFY(analysis.king.inCheck);
    QVERIFY(analysis.king.reasons.contains(CheckReason::NoStrongFreshLine));
    QCOMPARE(report.nameOf(analysis.queen.queenId), QStringLiteral("Lars Eriksen"));
    QVERIFY(report.answer(2).answer.contains(QStringLiteral("on our side")));
    QStringList corvane;
    for (const CompetitorCamp &camp : analysis.competitorCamps) {
        if (camp.competitor == QLatin1String("Corvane Systems")) {
            for (qint64 id : camp.people)
                corvane.append(report.nameOf(id));
        }
    }
    corvane.sort();
    QCOMPARE(corvane, (QStringList{"Chen Nakamura", "Dmitri Petrov", "Jun Tanaka"}));
    QStringList single;
    for (const KeyPieceReach &reach : analysis.singleThreaded)
        single.append(report.nameOf(reach.personId));
    for (const char *name : {"Greta Solberg", "Rafael Santos", "Kwame Mensah"})
        QVERIFY2(single.contains(QLatin1String(name)), name);
    QVERIFY(!analysis.emptySquares.isEmpty());
    QVERIFY(!analysis.cooling.isEmpty());
    QVERIFY(analysis.changes.review.has_value());
    const QList<Answer> answers = report.answers();
    QCOMPARE(answers.size(), 10);
    for (const Answer &answer : answers) {
        QVERIFY2(!answer.answer.isEmpty(), qPrintable(answer.question));
        QVERIFY2(!answer.question.isEmpty(), qPrintable(QString::number(answer.id)));
    }
    QVERIFY(answers[0].personIds.contains(analysis.king.kingId));
    QVERIFY(answers[5].answer.contains(QStringLiteral("Ingrid Halvorsen")));
}

QTEST_GUILESS_MAIN(TestAccountAnalyzer)
#include "TestAccountAnalyzer.moc"
