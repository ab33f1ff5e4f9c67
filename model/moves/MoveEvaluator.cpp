#include "MoveEvaluator.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AnalysisRules.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace Kingside {
namespace {

QPair<qint64, qint64> orderedPair(qint64 a, qint64 b)
{
    return a < b ? qMakePair(a, b) : qMakePair(b, a);
}

int findRoot(std::vector<int> &parent, int v)
{
    while (parent[std::size_t(v)] != v) {
        parent[std::size_t(v)] = parent[std::size_t(parent[std::size_t(v)])];
        v = parent[std::size_t(v)];
    }
    return v;
}

} // namespace

AccountAnalysis MoveEvaluator::analyse(const AnalysisInput &input)
{
    return AccountAnalyzer::analyse(input);
}

MoveEvaluator::MoveEvaluator(const AnalysisInput &input)
    : m_input(input), m_analysis(analyse(m_input)),
      m_graph(std::make_unique<AccountGraph>(m_input)),
      m_current(AccountProblems::of(m_input, m_analysis))
{
    m_lines = std::make_unique<TeamLines>(m_input);
    m_lineProblems = std::make_unique<LineProblems>(m_input);
    for (const Relationship &line : m_input.relationships) {
        if (const auto ends = m_lines->clientAndMember(line))
            m_clientOfLine.insert(line.id, ends->first);
    }
    const int n = m_graph->vertexCount();
    m_isTeam.assign(std::size_t(n), 0);
    m_componentHasTeam.assign(std::size_t(std::max(m_analysis.componentCount, 1)), 0);
    for (int v = 0; v < n; ++v) {
        if (AccountAnalyzer::holdsLines(m_input.people[v])) {
            m_isTeam[std::size_t(v)] = 1;
            m_componentHasTeam[std::size_t(m_analysis.people[std::size_t(v)].component)] = 1;
        }
    }
    // Components of the introduction graph, and which hold one of our team.
    m_introComponent.resize(std::size_t(n));
    std::iota(m_introComponent.begin(), m_introComponent.end(), 0);
    for (const IntroductionEdge &edge : m_graph->introductionEdges()) {
        const int a = findRoot(m_introComponent, edge.a);
        const int b = findRoot(m_introComponent, edge.b);
        if (a != b)
            m_introComponent[std::size_t(std::max(a, b))] = std::min(a, b);
    }
    m_introComponentHasTeam.assign(std::size_t(n), 0);
    for (int v = 0; v < n; ++v) {
        m_introComponent[std::size_t(v)] = findRoot(m_introComponent, v);
        if (m_isTeam[std::size_t(v)])
            m_introComponentHasTeam[std::size_t(m_introComponent[std::size_t(v)])] = 1;
    }
    for (const CriticalPoint &point : m_analysis.criticalPeople)
        m_criticalCuts.insert(point.personId, {point.cutsKing, point.cutsQueen});
    for (const BridgeLine &bridge : m_analysis.bridges) {
        if (bridge.cutsKing || bridge.cutsQueen)
            m_bridgeCuts.insert(orderedPair(bridge.personA, bridge.personB),
                                {bridge.cutsKing, bridge.cutsQueen});
    }
    for (const Relationship &line : m_input.relationships) {
        if (line.kind == RelationshipKind::Tension)
            m_tension.insert(orderedPair(line.fromId, line.toId));
    }
    for (const ProductInvolvement &role : m_input.productRoles)
        m_productRolesOf[role.personId].append({role.productId, role.role});
    m_king = m_analysis.king.kingId ? m_graph->indexOf(m_analysis.king.kingId) : -1;
    m_queen = m_analysis.queen.queenId ? m_graph->indexOf(m_analysis.queen.queenId) : -1;
    m_seen.assign(std::size_t(n), 0);
}

bool MoveEvaluator::inTension(qint64 a, qint64 b) const
{
    return m_tension.contains(orderedPair(a, b));
}

bool MoveEvaluator::reachesTeam(int target, int extraA, int extraB, int skipVertex, int skipA,
                                int skipB) const
{
    if (++m_round == 0) {
        std::fill(m_seen.begin(), m_seen.end(), 0);
        m_round = 1;
    }
    const AccountGraph::Csr &network = m_graph->network();
    m_queue.clear();
    m_queue.push_back(target);
    m_seen[std::size_t(target)] = m_round;
    auto visit = [&](int from, int to) {
        if (to == skipVertex || m_seen[std::size_t(to)] == m_round)
            return;
        if ((from == skipA && to == skipB) || (from == skipB && to == skipA))
            return;
        m_seen[std::size_t(to)] = m_round;
        m_queue.push_back(to);
    };
    for (std::size_t head = 0; head < m_queue.size(); ++head) {
        const int v = m_queue[head];
        if (v != skipVertex && m_isTeam[std::size_t(v)])
            return true;
        for (auto [at, end] = boost::adjacent_vertices(std::size_t(v), network); at != end; ++at)
            visit(v, int(*at));
        if (v == extraA && extraB != skipVertex)
            visit(v, extraB);
        else if (v == extraB && extraA != skipVertex)
            visit(v, extraA);
    }
    return false;
}

AnalysisInput MoveEvaluator::applied(const AnalysisInput &input, const QList<LineChange> &changes)
{
    AnalysisInput copy = input;
    qint64 nextId = -1;
    for (const LineChange &change : changes) {
        if (change.type == LineChange::Type::Add) {
            Relationship line;
            line.id = nextId--;
            line.accountId = input.account.id;
            line.fromId = change.fromId;
            line.toId = change.toId;
            line.kind = RelationshipKind::Working;
            line.strength = change.strength;
            line.lastContact = change.lastContact;
            copy.relationships.append(line);
            continue;
        }
        for (Relationship &line : copy.relationships) {
            if (line.id == change.relationshipId) {
                line.strength = std::max(line.strength, change.strength);
                line.lastContact = std::max(line.lastContact, change.lastContact);
            }
        }
    }
    return copy;
}

AccountProblems MoveEvaluator::evaluateAll(const QList<LineChange> &changes) const
{
    const AnalysisInput changed = applied(m_input, changes);
    return AccountProblems::of(changed, analyse(changed));
}

AccountProblems MoveEvaluator::evaluate(const LineChange &change) const
{
    int a = -1;
    int b = -1;
    // Our lines to one client person change (or none of ours does): only that person's
    // problems, and those of the sceptics they work on, are counted again.
    qint64 client = 0;
    QList<TeamLines::Line> linesToClient;
    if (change.type == LineChange::Type::Add) {
        a = m_graph->indexOf(change.fromId);
        b = m_graph->indexOf(change.toId);
        if (a < 0 || b < 0 || a == b)
            return m_current;
        // A line between people already joined in the network, or in tension, changes
        // which line is the strongest of a pair: the whole way is simpler and as exact.
        if (m_graph->joined(a, b) || inTension(change.fromId, change.toId)) {
            ++m_wholeEvaluations;
            return evaluateAll({change});
        }
        // Someone becoming reachable for the first time can have people critical to
        // them that nobody was before: the whole way too.
        const int ca = m_analysis.people[std::size_t(a)].component;
        const int cb = m_analysis.people[std::size_t(b)].component;
        if (ca != cb &&
            m_componentHasTeam[std::size_t(ca)] != m_componentHasTeam[std::size_t(cb)]) {
            for (int target : {m_king, m_queen}) {
                if (target < 0)
                    continue;
                const int ct = m_analysis.people[std::size_t(target)].component;
                if ((ct == ca || ct == cb) && !m_componentHasTeam[std::size_t(ct)]) {
                    ++m_wholeEvaluations;
                    return evaluateAll({change});
                }
            }
        }
        Relationship line;
        line.fromId = change.fromId;
        line.toId = change.toId;
        line.kind = RelationshipKind::Working;
        if (const auto ends = m_lines->clientAndMember(line)) {
            client = ends->first;
            linesToClient = m_lines->linesTo(client);
            linesToClient.append({0, ends->second, change.strength, change.lastContact});
        }
    } else {
        client = m_clientOfLine.value(change.relationshipId);
        if (client != 0) {
            linesToClient = m_lines->linesTo(client);
            for (TeamLines::Line &line : linesToClient) {
                if (line.relationshipId == change.relationshipId) {
                    line.strength = std::max(line.strength, change.strength);
                    line.lastContact = std::max(line.lastContact, change.lastContact);
                }
            }
        }
    }

    AccountProblems after;
    after.figures = m_current.figures;
    QSet<qint64> affected;
    if (client != 0) {
        affected.insert(client);
        for (qint64 sceptic : m_lineProblems->worksOn(client))
            affected.insert(sceptic);
        m_lineProblems->add(m_lines->withLinesTo(client, linesToClient), m_analysis.king.kingId,
                            true, &after.problems, &after.figures.kingInCheck, &affected);
    }

    // The network's problems: unchanged by an edit; for a new line a–b only fewer.
    const bool introductionLine =
        a >= 0 && !AnalysisRules::crossesWall(m_input.walls, m_input.people[a], m_input.people[b]);
    int newlyReachable = -1; // the component that joins one with our team
    int newlyIntroduced = -1;
    if (a >= 0) {
        const int ca = m_analysis.people[std::size_t(a)].component;
        const int cb = m_analysis.people[std::size_t(b)].component;
        if (ca != cb && m_componentHasTeam[std::size_t(ca)] != m_componentHasTeam[std::size_t(cb)])
            newlyReachable = m_componentHasTeam[std::size_t(ca)] ? cb : ca;
        const int ia = m_introComponent[std::size_t(a)];
        const int ib = m_introComponent[std::size_t(b)];
        if (introductionLine && ia != ib &&
            m_introComponentHasTeam[std::size_t(ia)] != m_introComponentHasTeam[std::size_t(ib)])
            newlyIntroduced = m_introComponentHasTeam[std::size_t(ia)] ? ib : ia;
    }
    QSet<qint64> productsMet;
    if (a >= 0) {
        const auto rolesA = m_productRolesOf.value(change.fromId);
        const auto rolesB = m_productRolesOf.value(change.toId);
        for (const auto &[product, role] : rolesA) {
            for (const auto &[otherProduct, otherRole] : rolesB) {
                if (product == otherProduct &&
                    ((role == ProductRole::User && otherRole == ProductRole::Specifier) ||
                     (role == ProductRole::Specifier && otherRole == ProductRole::User)))
                    productsMet.insert(product);
            }
        }
    }
    for (const Problem &problem : m_current.problems) {
        switch (problem.kind) {
        case Problem::Kind::Unreachable:
            if (newlyReachable < 0 ||
                m_analysis.people[std::size_t(m_graph->indexOf(problem.a))].component !=
                    newlyReachable)
                after.problems.append(problem);
            break;
        case Problem::Kind::NoIntroduction:
            if (newlyIntroduced < 0 ||
                m_introComponent[std::size_t(m_graph->indexOf(problem.a))] != newlyIntroduced)
                after.problems.append(problem);
            break;
        case Problem::Kind::ProductApart:
            if (!productsMet.contains(problem.a))
                after.problems.append(problem);
            break;
        case Problem::Kind::CriticalPerson: {
            if (a < 0) {
                after.problems.append(problem);
                break;
            }
            const Cut cut = m_criticalCuts.value(problem.a);
            const int v = m_graph->indexOf(problem.a);
            const bool still = (cut.king && !reachesTeam(m_king, a, b, v, -1, -1)) ||
                               (cut.queen && !reachesTeam(m_queen, a, b, v, -1, -1));
            if (still)
                after.problems.append(problem);
            break;
        }
        case Problem::Kind::CriticalLine: {
            if (a < 0) {
                after.problems.append(problem);
                break;
            }
            const Cut cut = m_bridgeCuts.value(qMakePair(problem.a, problem.b));
            const int x = m_graph->indexOf(problem.a);
            const int y = m_graph->indexOf(problem.b);
            const bool still = (cut.king && !reachesTeam(m_king, a, b, -1, x, y)) ||
                               (cut.queen && !reachesTeam(m_queen, a, b, -1, x, y));
            if (still)
                after.problems.append(problem);
            break;
        }
        case Problem::Kind::CoolingKeyLine:
            if (!affected.contains(m_clientOfLine.value(problem.a)))
                after.problems.append(problem);
            break;
        default: // the problems of our lines to one client person
            if (!affected.contains(problem.a))
                after.problems.append(problem);
            break;
        }
    }
    after.finish();
    return after;
}

MoveEffect MoveEvaluator::effectOf(const AccountProblems &after) const
{
    MoveEffect effect;
    effect.before = m_current.figures;
    effect.after = after.figures;
    std::set_difference(m_current.problems.cbegin(), m_current.problems.cend(),
                        after.problems.cbegin(), after.problems.cend(),
                        std::back_inserter(effect.resolved));
    std::set_difference(after.problems.cbegin(), after.problems.cend(), m_current.problems.cbegin(),
                        m_current.problems.cend(), std::back_inserter(effect.appeared));
    return effect;
}

} // namespace Kingside
