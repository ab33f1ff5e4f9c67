#pragma once

#include "AccountGraph.h"

#include <QList>

#include <vector>

namespace Kingside {

// A way to be introduced to someone: people from one of ours to the target and the
// lines between them; cost is the sum of AccountGraph::introductionCost() over the lines.
struct IntroductionPath
{
    bool found = false;
    int cost = 0;
    QList<qint64> people;          // first: the team member, last: the target
    QList<qint64> relationshipIds; // one per step
};

// Dijkstra (Boost) over the introduction graph from one or more starting people.
class IntroductionPaths
{
public:
    static constexpr int Unreachable = -1;

    IntroductionPaths(const AccountGraph &graph, const std::vector<int> &sources);

    int costTo(int vertex) const; // Unreachable when no path exists
    const std::vector<int> &costs() const { return m_cost; }
    // The cheapest path; `personIds` maps vertexes to people.
    IntroductionPath pathTo(int vertex, const QList<qint64> &personIds) const;

private:
    const AccountGraph &m_graph;
    std::vector<int> m_cost;
    std::vector<std::size_t> m_predecessor;
};

} // namespace Kingside
