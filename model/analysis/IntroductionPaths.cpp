#include "IntroductionPaths.h"

#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <functional>
#include <limits>

namespace Kingside {

IntroductionPaths::IntroductionPaths(const AccountGraph &graph, const std::vector<int> &sources)
    : m_graph(graph)
{
    const std::size_t n = std::size_t(graph.vertexCount());
    m_cost.assign(n, Unreachable);
    m_predecessor.resize(n);
    if (n == 0 || sources.empty())
        return;
    const AccountGraph::Weighted &g = graph.introductionGraph();
    constexpr int infinity = std::numeric_limits<int>::max();
    std::vector<int> distance(n, infinity);
    std::vector<std::size_t> starts(sources.begin(), sources.end());
    const auto index = boost::get(boost::vertex_index, g);
    boost::dijkstra_shortest_paths(g, starts.begin(), starts.end(),
                                   boost::make_iterator_property_map(m_predecessor.begin(), index),
                                   boost::make_iterator_property_map(distance.begin(), index),
                                   boost::get(boost::edge_weight, g), index, std::less<int>(),
                                   boost::closed_plus<int>(infinity), infinity, 0,
                                   boost::default_dijkstra_visitor());
    for (std::size_t v = 0; v < n; ++v)
        m_cost[v] = distance[v] == infinity ? Unreachable : distance[v];
}

int IntroductionPaths::costTo(int vertex) const
{
    if (vertex < 0 || std::size_t(vertex) >= m_cost.size())
        return Unreachable;
    return m_cost[std::size_t(vertex)];
}

IntroductionPath IntroductionPaths::pathTo(int vertex, const QList<qint64> &personIds) const
{
    IntroductionPath path;
    if (costTo(vertex) == Unreachable)
        return path;
    path.found = true;
    path.cost = costTo(vertex);
    QList<int> vertices{vertex};
    std::size_t current = std::size_t(vertex);
    while (m_predecessor[current] != current) {
        current = m_predecessor[current];
        vertices.prepend(int(current));
    }
    for (int v : vertices)
        path.people.append(personIds.value(v));
    // The line of each step: the strongest usable one between the two people.
    for (qsizetype i = 1; i < vertices.size(); ++i) {
        const int a = vertices[i - 1];
        const int b = vertices[i];
        for (const IntroductionEdge &edge : m_graph.introductionEdges()) {
            if ((edge.a == a && edge.b == b) || (edge.a == b && edge.b == a)) {
                path.relationshipIds.append(edge.relationshipId);
                break;
            }
        }
    }
    return path;
}

} // namespace Kingside
