#include "AccountGraph.h"

#include "AnalysisRules.h"

#include <QSet>

#include <algorithm>
#include <set>
#include <utility>

namespace Kingside {
namespace {

quint64 pairKey(int a, int b)
{
    if (a > b)
        std::swap(a, b);
    return (quint64(quint32(a)) << 32) | quint32(b);
}

// The positions of `pairs` in increasing (first, second) order, both in [0, n): two
// counting passes, linear where a comparison sort of the pairs is not.
std::vector<int> orderOfPairs(const std::vector<std::pair<int, int>> &pairs, int n)
{
    std::vector<int> count(std::size_t(n) + 1, 0);
    std::vector<int> bySecond(pairs.size(), 0);
    for (const auto &pair : pairs)
        ++count[std::size_t(pair.second) + 1];
    for (int v = 0; v < n; ++v)
        count[std::size_t(v) + 1] += count[std::size_t(v)];
    for (int i = 0; i < int(pairs.size()); ++i)
        bySecond[std::size_t(count[std::size_t(pairs[std::size_t(i)].second)]++)] = i;
    std::fill(count.begin(), count.end(), 0);
    std::vector<int> order(pairs.size(), 0);
    for (const auto &pair : pairs)
        ++count[std::size_t(pair.first) + 1];
    for (int v = 0; v < n; ++v)
        count[std::size_t(v) + 1] += count[std::size_t(v)];
    for (int i : bySecond) // stable: equal firsts stay in order of second
        order[std::size_t(count[std::size_t(pairs[std::size_t(i)].first)]++)] = i;
    return order;
}

// A CSR graph holding every undirected edge in both directions, each vertex's
// neighbours in increasing order.
AccountGraph::Csr symmetricCsr(const std::vector<std::pair<int, int>> &edges, int vertexCount)
{
    std::vector<std::pair<int, int>> both;
    both.reserve(edges.size() * 2);
    for (const auto &[a, b] : edges) {
        both.emplace_back(a, b);
        both.emplace_back(b, a);
    }
    std::vector<std::pair<std::size_t, std::size_t>> directed;
    directed.reserve(both.size());
    for (int i : orderOfPairs(both, vertexCount))
        directed.emplace_back(both[std::size_t(i)].first, both[std::size_t(i)].second);
    return AccountGraph::Csr(boost::edges_are_sorted, directed.begin(), directed.end(),
                             std::size_t(vertexCount));
}

// Whether a line between these two people crosses one of the account's walls.
class WallCheck
{
public:
    explicit WallCheck(const QList<Wall> &walls)
    {
        for (const Wall &wall : walls) {
            auto &set = wall.kind == WallKind::Department ? m_departments : m_levels;
            set.insert(pairKey64(wall.a, wall.b));
        }
    }
    bool crosses(const Person &x, const Person &y) const
    {
        return separated(m_departments, x.departmentId, y.departmentId) ||
               separated(m_levels, x.levelId, y.levelId);
    }

private:
    static std::pair<qint64, qint64> pairKey64(qint64 a, qint64 b)
    {
        return a < b ? std::pair(a, b) : std::pair(b, a);
    }
    static bool separated(const std::set<std::pair<qint64, qint64>> &set, qint64 a, qint64 b)
    {
        return a > 0 && b > 0 && a != b && !set.empty() && set.count(pairKey64(a, b)) > 0;
    }
    std::set<std::pair<qint64, qint64>> m_departments;
    std::set<std::pair<qint64, qint64>> m_levels;
};

} // namespace

bool AnalysisRules::crossesWall(const QList<Wall> &walls, const Person &a, const Person &b)
{
    return WallCheck(walls).crosses(a, b);
}

int AccountGraph::introductionCost(int strength)
{
    return 6 - std::clamp(strength, 1, 5);
}

AccountGraph::AccountGraph(const AnalysisInput &input) : m_vertexCount(int(input.people.size()))
{
    m_index.reserve(m_vertexCount);
    for (int i = 0; i < m_vertexCount; ++i)
        m_index.insert(input.people[i].id, i);

    QSet<quint64> tension;
    struct Strongest
    {
        int strength = 0;
        qint64 relationshipId = 0;
    };
    std::vector<Strongest> strongest; // by network edge
    m_edgeByPair.reserve(input.relationships.size());
    m_networkEdges.reserve(std::size_t(input.relationships.size()));
    strongest.reserve(std::size_t(input.relationships.size()));
    for (const Relationship &line : input.relationships) {
        const int a = indexOf(line.fromId);
        const int b = indexOf(line.toId);
        if (a < 0 || b < 0 || a == b)
            continue; // a line to someone unknown, or a self-loop: it joins nobody
        const quint64 key = pairKey(a, b);
        if (line.kind == RelationshipKind::Tension) {
            tension.insert(key);
            continue;
        }
        auto found = m_edgeByPair.constFind(key);
        if (found == m_edgeByPair.constEnd()) {
            found = m_edgeByPair.insert(key, int(m_networkEdges.size()));
            m_networkEdges.push_back({std::min(a, b), std::max(a, b), {}});
            strongest.emplace_back();
        }
        m_networkEdges[std::size_t(*found)].relationshipIds.append(line.id);
        Strongest &best = strongest[std::size_t(*found)];
        if (line.strength > best.strength ||
            (line.strength == best.strength && line.id < best.relationshipId)) {
            best.strength = line.strength;
            best.relationshipId = line.id;
        }
    }

    std::vector<std::pair<int, int>> pairs;
    pairs.reserve(m_networkEdges.size());
    m_undirected = Undirected(std::size_t(m_vertexCount));
    std::size_t edgeIndex = 0;
    for (const NetworkEdge &edge : m_networkEdges) {
        pairs.emplace_back(edge.a, edge.b);
        boost::add_edge(std::size_t(edge.a), std::size_t(edge.b), edgeIndex++, m_undirected);
    }
    m_network = symmetricCsr(pairs, m_vertexCount);

    std::vector<int> clientIndex(std::size_t(m_vertexCount), -1);
    for (int i = 0; i < m_vertexCount; ++i) {
        if (!input.people[i].isTeam()) {
            clientIndex[std::size_t(i)] = int(m_clientVertices.size());
            m_clientVertices.push_back(i);
        }
    }
    std::vector<std::pair<int, int>> clientPairs;
    clientPairs.reserve(pairs.size());
    for (const auto &[a, b] : pairs) {
        const int ca = clientIndex[std::size_t(a)];
        const int cb = clientIndex[std::size_t(b)];
        if (ca >= 0 && cb >= 0)
            clientPairs.emplace_back(ca, cb);
    }
    m_clientNetwork = symmetricCsr(clientPairs, int(m_clientVertices.size()));

    // The introduction graph, its pairs in increasing order: the same graph on every run.
    const WallCheck walls(input.walls);
    m_introduction = Weighted(std::size_t(m_vertexCount));
    for (int e : orderOfPairs(pairs, m_vertexCount)) {
        const auto [a, b] = pairs[std::size_t(e)];
        if (!tension.isEmpty() && tension.contains(pairKey(a, b)))
            continue;
        if (walls.crosses(input.people[a], input.people[b]))
            continue;
        const Strongest &best = strongest[std::size_t(e)];
        const int cost = introductionCost(best.strength);
        m_introductionEdges.push_back({a, b, cost, best.relationshipId});
        boost::add_edge(std::size_t(a), std::size_t(b), cost, m_introduction);
    }
}

QList<qint64> AccountGraph::relationshipsBetween(int a, int b) const
{
    const auto found = m_edgeByPair.constFind(pairKey(a, b));
    return found == m_edgeByPair.constEnd() ? QList<qint64>()
                                            : m_networkEdges[std::size_t(*found)].relationshipIds;
}

bool AccountGraph::joined(int a, int b) const
{
    return m_edgeByPair.contains(pairKey(a, b));
}

} // namespace Kingside
