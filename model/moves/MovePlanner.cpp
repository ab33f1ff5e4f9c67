#include "MovePlanner.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AnalysisRules.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace Kingside {
namespace {

// A cold approach (no introduction path) ranks as the dearest effort.
constexpr int ColdEffort = 1000;

int rankedEffort(int effort)
{
    return effort < 0 ? ColdEffort : effort;
}

// How many people without an introduction path get a move of their own: one per group
// they form, the largest groups first.
constexpr int MaxAcrossWallGroups = 12;

int weightOf(const QList<Problem> &problems)
{
    int weight = 0;
    for (const Problem &problem : problems)
        weight += problem.weight();
    return weight;
}

} // namespace

int questionOf(MoveKind kind)
{
    switch (kind) {
    case MoveKind::KingOutOfCheck:
        return 1;
    case MoveKind::StrengthenKeyLine:
        return 2;
    case MoveKind::AnswerCompetitor:
    case MoveKind::WinOverSceptic:
        return 3;
    case MoveKind::ThreadKeyPiece:
        return 4;
    case MoveKind::RemoveCriticalPoint:
        return 5;
    case MoveKind::AcrossWall:
        return 6;
    case MoveKind::JoinProductPeople:
        return 8;
    case MoveKind::RefreshCoolingLine:
        return 9;
    }
    return 0;
}

QString codeOf(MoveKind kind)
{
    switch (kind) {
    case MoveKind::KingOutOfCheck:
        return QStringLiteral("king_out_of_check");
    case MoveKind::StrengthenKeyLine:
        return QStringLiteral("strengthen_key_line");
    case MoveKind::ThreadKeyPiece:
        return QStringLiteral("thread_key_piece");
    case MoveKind::RemoveCriticalPoint:
        return QStringLiteral("remove_critical_point");
    case MoveKind::AcrossWall:
        return QStringLiteral("across_wall");
    case MoveKind::RefreshCoolingLine:
        return QStringLiteral("refresh_cooling_line");
    case MoveKind::AnswerCompetitor:
        return QStringLiteral("answer_competitor");
    case MoveKind::WinOverSceptic:
        return QStringLiteral("win_over_sceptic");
    case MoveKind::JoinProductPeople:
        return QStringLiteral("join_product_people");
    }
    return {};
}

MovePlanner::MovePlanner(const AnalysisInput &input) : m_evaluator(input)
{
    const AnalysisInput &in = m_evaluator.input();
    for (int v = 0; v < in.people.size(); ++v) {
        m_personIds.append(in.people[v].id);
        if (AccountAnalyzer::holdsLines(in.people[v]))
            m_team.push_back(v);
    }
    for (int member : m_team)
        m_pathsFrom.push_back(
            std::make_unique<IntroductionPaths>(m_evaluator.graph(), std::vector<int>{member}));
    findCandidates();
}

MovePlanner::~MovePlanner() = default;

int MovePlanner::costFrom(int member, int target) const
{
    const auto at = std::find(m_team.begin(), m_team.end(), member);
    if (at == m_team.end())
        return -1;
    return m_pathsFrom[std::size_t(at - m_team.begin())]->costTo(target);
}

QList<MovePlanner::Actor> MovePlanner::actorsFor(int target, qint64 excluded) const
{
    const AnalysisInput &input = m_evaluator.input();
    const AccountGraph &graph = m_evaluator.graph();
    const TeamLines &lines = m_evaluator.teamLines();
    const Person &client = person(target);
    const std::optional<int> band = AnalysisRules::clientBand(input, client.levelId);
    // The load cap (README "Next moves"): nobody takes a new line that would give them more
    // than half of our lines, when there are two of us or more to share them.
    const bool capped = m_team.size() >= 2;
    QList<Actor> actors;
    for (std::size_t i = 0; i < m_team.size(); ++i) {
        const int member = m_team[i];
        const Person &m = person(member);
        if (m.id == excluded || graph.joined(member, target) ||
            m_evaluator.inTension(m.id, client.id) ||
            AnalysisRules::crossesWall(input.walls, m, client))
            continue;
        if (capped && 2 * (lines.linesOf(m.id) + 1) > lines.totalLines() + 1)
            continue;
        actors.append(
            {member, band && *band == AnalysisRules::teamBand(m), m_pathsFrom[i]->costTo(target)});
    }
    std::stable_sort(actors.begin(), actors.end(), [&](const Actor &x, const Actor &y) {
        if (x.levelMatches != y.levelMatches)
            return x.levelMatches;
        if (rankedEffort(x.cost) != rankedEffort(y.cost))
            return rankedEffort(x.cost) < rankedEffort(y.cost);
        return lines.linesOf(person(x.vertex).id) < lines.linesOf(person(y.vertex).id);
    });
    return actors;
}

void MovePlanner::addMove(Move move)
{
    for (const Move &known : std::as_const(m_candidates)) {
        if (known.change == move.change)
            return; // the same line serves several questions: one candidate
    }
    const AccountProblems after = m_evaluator.evaluate(move.change);
    move.effect = m_evaluator.effectOf(after);
    move.weight = weightOf(move.effect.resolved);
    if (move.weight > 0)
        m_candidates.append(move);
}

void MovePlanner::addNewLine(MoveKind kind, int target, int strength, int actors, qint64 about,
                             qint64 excluded)
{
    const QList<Actor> found = actorsFor(target, excluded);
    for (qsizetype i = 0; i < found.size() && i < actors; ++i) {
        const Actor &actor = found[i];
        Move move;
        move.kind = kind;
        move.actorId = person(actor.vertex).id;
        move.targetId = person(target).id;
        move.aboutId = about;
        move.levelMatches = actor.levelMatches;
        move.effort = actor.cost;
        move.change = {LineChange::Type::Add, 0,        move.actorId,
                       move.targetId,         strength, m_evaluator.input().today};
        addMove(move);
    }
}

void MovePlanner::addEdit(MoveKind kind, const TeamLines::Line &line, qint64 clientId, int strength,
                          qint64 about)
{
    const AccountGraph &graph = m_evaluator.graph();
    Move move;
    move.kind = kind;
    move.actorId = line.memberId;
    move.targetId = clientId;
    move.aboutId = about;
    move.effort = AccountGraph::introductionCost(line.strength);
    move.path = {line.memberId, clientId};
    const std::optional<int> band =
        AnalysisRules::clientBand(m_evaluator.input(), person(graph.indexOf(clientId)).levelId);
    move.levelMatches =
        band && *band == AnalysisRules::teamBand(person(graph.indexOf(line.memberId)));
    move.change = {LineChange::Type::Edit,
                   line.relationshipId,
                   line.memberId,
                   clientId,
                   std::max(line.strength, strength),
                   m_evaluator.input().today};
    addMove(move);
}

void MovePlanner::findCandidates()
{
    const AnalysisInput &input = m_evaluator.input();
    const AccountAnalysis &analysis = m_evaluator.analysis();
    const AccountGraph &graph = m_evaluator.graph();
    const TeamLines &lines = m_evaluator.teamLines();
    const AnalysisOptions defaults;
    const int strong = defaults.strongStrength;
    QSet<Problem::Kind> present;
    QHash<Problem::Kind, QList<qint64>> subjects;
    for (const Problem &problem : m_evaluator.current().problems) {
        present.insert(problem.kind);
        subjects[problem.kind].append(problem.a);
    }
    // Our strongest line to a client person (the one worth making stronger).
    auto strongestLine = [&](qint64 clientId) -> std::optional<TeamLines::Line> {
        std::optional<TeamLines::Line> best;
        for (const TeamLines::Line &line : lines.linesTo(clientId)) {
            if (!best || line.strength > best->strength)
                best = line;
        }
        return best;
    };
    // A strong, fresh line to someone: the strongest existing one made so, or a new one.
    auto strongLineTo = [&](MoveKind kind, qint64 clientId, qint64 about) {
        const auto line = strongestLine(clientId);
        if (line)
            addEdit(kind, *line, clientId, strong, about);
        addNewLine(kind, graph.indexOf(clientId), strong, line ? 1 : 2, about);
    };

    // 1. The King: every line of ours to them made strong and fresh, or a new strong one.
    const qint64 king = analysis.king.kingId;
    if (king != 0 && (present.contains(Problem::Kind::KingWithoutStrongFreshLine) ||
                      present.contains(Problem::Kind::KingWithoutLineAtLevel))) {
        for (const TeamLines::Line &line : lines.linesTo(king))
            addEdit(MoveKind::KingOutOfCheck, line, king, strong);
        addNewLine(MoveKind::KingOutOfCheck, graph.indexOf(king), strong, 2);
    }
    // 2. Queens and Rooks without a strong, fresh line.
    for (qint64 id : subjects.value(Problem::Kind::KeyLineWeak))
        strongLineTo(MoveKind::StrengthenKeyLine, id, 0);
    // 4. A second thread, or a first one.
    for (const Problem::Kind kind : {Problem::Kind::SingleThreaded, Problem::Kind::Unthreaded}) {
        for (qint64 id : subjects.value(kind))
            addNewLine(MoveKind::ThreadKeyPiece, graph.indexOf(id), 3, 2);
    }
    // 5. Critical people and lines: another line to the King or Queen they cut us off from,
    // from someone else of us.
    for (const CriticalPoint &point : analysis.criticalPeople) {
        const qint64 excluded = point.personId;
        if (point.cutsKing)
            addNewLine(MoveKind::RemoveCriticalPoint, graph.indexOf(king), 3, 2, 0, excluded);
        if (point.cutsQueen)
            addNewLine(MoveKind::RemoveCriticalPoint, graph.indexOf(analysis.queen.queenId), 3, 2,
                       0, excluded);
    }
    for (const BridgeLine &bridge : analysis.bridges) {
        if (bridge.cutsKing)
            addNewLine(MoveKind::RemoveCriticalPoint, graph.indexOf(king), 3, 2);
        if (bridge.cutsQueen)
            addNewLine(MoveKind::RemoveCriticalPoint, graph.indexOf(analysis.queen.queenId), 3, 2);
    }
    // 6. People without an introduction path, group by group (a group: joined by lines we
    // could be introduced along), the best connected person of each.
    {
        std::map<int, QList<int>> groups; // introduction component → client vertices
        const QList<qint64> without = subjects.value(Problem::Kind::NoIntroduction);
        QHash<int, int> degree;
        for (const NetworkEdge &edge : graph.networkEdges()) {
            ++degree[edge.a];
            ++degree[edge.b];
        }
        // Introduction components: people joined by lines without walls or tension.
        std::vector<int> root(std::size_t(graph.vertexCount()));
        for (int v = 0; v < graph.vertexCount(); ++v)
            root[std::size_t(v)] = v;
        auto find = [&root](int v) {
            while (root[std::size_t(v)] != v)
                v = root[std::size_t(v)] = root[std::size_t(root[std::size_t(v)])];
            return v;
        };
        for (const IntroductionEdge &edge : graph.introductionEdges())
            root[std::size_t(find(edge.a))] = find(edge.b);
        for (qint64 id : without)
            groups[find(graph.indexOf(id))].append(graph.indexOf(id));
        QList<QList<int>> ordered;
        for (const auto &[key, members] : groups)
            ordered.append(members);
        std::stable_sort(
            ordered.begin(), ordered.end(),
            [](const QList<int> &x, const QList<int> &y) { return x.size() > y.size(); });
        for (qsizetype g = 0; g < ordered.size() && g < MaxAcrossWallGroups; ++g) {
            const QList<int> &members = ordered[g];
            int best = members.first();
            for (int v : members) {
                const bool key = person(v).piece() != Piece::Pawn;
                const bool bestKey = person(best).piece() != Piece::Pawn;
                if (key != bestKey ? key : degree.value(v) > degree.value(best))
                    best = v;
            }
            addNewLine(MoveKind::AcrossWall, best, 3, 1);
        }
    }
    // 9. Cooling lines to key pieces: a meeting makes them fresh again.
    QSet<qint64> cooling;
    for (qint64 id : subjects.value(Problem::Kind::CoolingKeyLine))
        cooling.insert(id);
    for (const Person &p : input.people) {
        if (p.isTeam() || p.piece() == Piece::Pawn)
            continue;
        for (const TeamLines::Line &line : lines.linesTo(p.id)) {
            if (cooling.contains(line.relationshipId))
                addEdit(MoveKind::RefreshCoolingLine, line, p.id, line.strength);
        }
    }
    // 3. Competitors' champions and sceptics worked on through a champion.
    for (qint64 id : subjects.value(Problem::Kind::CompetitorChampion))
        strongLineTo(MoveKind::AnswerCompetitor, id, 0);
    {
        LineProblems sceptics(input);
        QHash<qint64, QList<qint64>> championsOn;
        for (const Person &p : input.people) {
            for (qint64 sceptic : sceptics.worksOn(p.id))
                championsOn[sceptic].append(p.id);
        }
        for (qint64 sceptic : subjects.value(Problem::Kind::ScepticUnworked)) {
            const QList<qint64> champions = championsOn.value(sceptic);
            for (qsizetype i = 0; i < champions.size() && i < 3; ++i)
                strongLineTo(MoveKind::WinOverSceptic, champions[i], sceptic);
        }
    }
    // 8. A product's users and specifiers who never meet: one of us brings the closest
    // pair together (a working line between them).
    for (const ProductGap &gap : analysis.productGaps) {
        if (gap.kind != ProductGap::Kind::NeverMeet)
            continue;
        int bestCost = -1;
        int bestUser = -1;
        int bestSpecifier = -1;
        for (qint64 user : gap.users) {
            for (qint64 specifier : gap.specifiers) {
                const int u = graph.indexOf(user);
                const int s = graph.indexOf(specifier);
                if (u == s || m_evaluator.inTension(user, specifier) ||
                    AnalysisRules::crossesWall(input.walls, person(u), person(s)))
                    continue;
                const int cu = analysis.people[std::size_t(u)].introductionCost;
                const int cs = analysis.people[std::size_t(s)].introductionCost;
                const int cost = rankedEffort(cu) + rankedEffort(cs);
                if (bestCost < 0 || cost < bestCost) {
                    bestCost = cost;
                    bestUser = u;
                    bestSpecifier = s;
                }
            }
        }
        if (bestUser < 0)
            continue;
        // The host: whoever of us is closest to either of them.
        int host = -1;
        int hostCost = -1;
        int nearer = bestSpecifier;
        for (int member : m_team) {
            for (int end : {bestSpecifier, bestUser}) {
                const int cost = costFrom(member, end);
                if (cost >= 0 && (hostCost < 0 || cost < hostCost)) {
                    host = member;
                    hostCost = cost;
                    nearer = end;
                }
            }
        }
        if (host < 0 && !m_team.empty())
            host = m_team.front();
        if (host < 0)
            continue;
        Move move;
        move.kind = MoveKind::JoinProductPeople;
        move.actorId = person(host).id;
        move.targetId = person(nearer).id;
        move.aboutId = person(nearer == bestSpecifier ? bestUser : bestSpecifier).id;
        move.effort = hostCost;
        move.change = {LineChange::Type::Add,    0, person(bestUser).id,
                       person(bestSpecifier).id, 2, input.today};
        addMove(move);
    }
}

void MovePlanner::tracePath(Move *move) const
{
    if (move->change.type == LineChange::Type::Edit || !move->path.isEmpty())
        return;
    const AccountGraph &graph = m_evaluator.graph();
    const auto at = std::find(m_team.begin(), m_team.end(), graph.indexOf(move->actorId));
    if (at == m_team.end())
        return;
    const IntroductionPath path = m_pathsFrom[std::size_t(at - m_team.begin())]->pathTo(
        graph.indexOf(move->targetId), m_personIds);
    if (path.found) {
        move->path = path.people;
        if (path.people.size() >= 3)
            move->introducerId = path.people[path.people.size() - 2];
    }
}

MovePlan MovePlanner::plan(int count) const
{
    MovePlan plan;
    const AnalysisInput &input = m_evaluator.input();
    plan.accountId = input.account.id;
    plan.accountName = input.account.name;
    plan.today = input.today;
    plan.candidates = m_candidates;
    plan.figures = m_evaluator.current().figures;
    plan.noTeam = m_team.empty();

    // Greedy selection over weighted coverage: each round takes the candidate whose
    // resolved problems add the most weight to those already covered; ties go to the
    // smaller effort, then to the order found. Two moves that change the same line or join
    // the same two people are never chosen together.
    QSet<Problem> covered;
    QList<QSet<Problem>> marginalSets;
    QSet<QPair<qint64, qint64>> pairsTaken;
    QSet<qint64> linesTaken;
    auto pairOf = [](const LineChange &change) {
        return change.fromId < change.toId ? qMakePair(change.fromId, change.toId)
                                           : qMakePair(change.toId, change.fromId);
    };
    for (int round = 0; round < count; ++round) {
        int best = -1;
        int bestGain = 0;
        for (int i = 0; i < m_candidates.size(); ++i) {
            const Move &move = m_candidates[i];
            if (plan.chosen.contains(i) || pairsTaken.contains(pairOf(move.change)) ||
                (move.change.type == LineChange::Type::Edit &&
                 linesTaken.contains(move.change.relationshipId)))
                continue;
            int gain = 0;
            for (const Problem &problem : move.effect.resolved) {
                if (!covered.contains(problem))
                    gain += problem.weight();
            }
            if (gain > bestGain ||
                (gain == bestGain && gain > 0 &&
                 rankedEffort(move.effort) < rankedEffort(m_candidates[best].effort))) {
                best = i;
                bestGain = gain;
            }
        }
        if (best < 0)
            break;
        const Move &move = m_candidates[best];
        QSet<Problem> added;
        for (const Problem &problem : move.effect.resolved) {
            if (!covered.contains(problem))
                added.insert(problem);
        }
        covered.unite(added);
        plan.chosen.append(best);
        plan.marginal.append(bestGain);
        marginalSets.append(added);
        pairsTaken.insert(pairOf(move.change));
        if (move.change.type == LineChange::Type::Edit)
            linesTaken.insert(move.change.relationshipId);
    }

    // The next best alternative of each chosen move: the candidate left out that covers most
    // of what this move added.
    for (int c = 0; c < plan.chosen.size(); ++c) {
        int best = -1;
        int bestWeight = 0;
        for (int i = 0; i < m_candidates.size(); ++i) {
            if (plan.chosen.contains(i))
                continue;
            int weight = 0;
            for (const Problem &problem : m_candidates[i].effect.resolved) {
                if (marginalSets[c].contains(problem))
                    weight += problem.weight();
            }
            if (weight > bestWeight ||
                (weight == bestWeight && weight > 0 &&
                 rankedEffort(m_candidates[i].effort) < rankedEffort(m_candidates[best].effort))) {
                best = i;
                bestWeight = weight;
            }
        }
        plan.alternatives.append(best);
    }

    // The paths (and so the introducers) of the moves shown.
    for (int i : std::as_const(plan.chosen))
        tracePath(&plan.candidates[i]);
    for (int i : std::as_const(plan.alternatives)) {
        if (i >= 0)
            tracePath(&plan.candidates[i]);
    }

    QList<LineChange> changes;
    for (int i : std::as_const(plan.chosen))
        changes.append(m_candidates[i].change);
    plan.total = m_evaluator.effectOf(changes.isEmpty() ? m_evaluator.current()
                                                        : m_evaluator.evaluateAll(changes));
    return plan;
}

} // namespace Kingside
