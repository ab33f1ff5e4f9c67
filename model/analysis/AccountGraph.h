#pragma once

#include "AnalysisInput.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <QHash>
#include <QList>

#include <vector>

namespace Kingside {

// Two people joined in the network, with every relationship that joins them.
struct NetworkEdge
{
    int a = 0; // vertex indexes, a < b
    int b = 0;
    QList<qint64> relationshipIds;
};

// An edge of the introduction graph: the strongest usable line between two people.
struct IntroductionEdge
{
    int a = 0;
    int b = 0;
    int cost = 0;
    qint64 relationshipId = 0;
};

// The Boost graphs of one account. Vertex i is input.people[i].
//  - the network: undirected and simple, every relationship except tension lines joins
//    two people (parallel lines and both directions count once, self-loops never);
//  - the client network: the same restricted to client people;
//  - the introduction graph: the network without lines that cross a wall and without
//    pairs in tension, weighted by introductionCost() of the strongest line.
class AccountGraph
{
public:
    // Each undirected edge stored in both directions: fast traversal for Brandes.
    using Csr = boost::compressed_sparse_row_graph<boost::directedS>;
    using Undirected =
        boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                              boost::property<boost::edge_index_t, std::size_t>>;
    using Weighted =
        boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                              boost::property<boost::edge_weight_t, int>>;

    explicit AccountGraph(const AnalysisInput &input);

    // Cost of introducing along a line of strength 1…5: 6 − strength (5 costs 1, 1 costs 5).
    static int introductionCost(int strength);

    int vertexCount() const { return m_vertexCount; }
    int indexOf(qint64 personId) const { return m_index.value(personId, -1); }

    const std::vector<NetworkEdge> &networkEdges() const { return m_networkEdges; }
    const Csr &network() const { return m_network; }
    const Undirected &undirectedNetwork() const { return m_undirected; }

    // The client network, with its own vertex numbering.
    const Csr &clientNetwork() const { return m_clientNetwork; }
    const std::vector<int> &clientVertices() const { return m_clientVertices; } // → vertex

    const std::vector<IntroductionEdge> &introductionEdges() const { return m_introductionEdges; }
    const Weighted &introductionGraph() const { return m_introduction; }

    // Relationship ids by network edge endpoints (either order); empty when not joined.
    QList<qint64> relationshipsBetween(int a, int b) const;
    // Whether the network joins vertexes a and b.
    bool joined(int a, int b) const;

private:
    int m_vertexCount = 0;
    QHash<qint64, int> m_index;
    std::vector<NetworkEdge> m_networkEdges;
    QHash<quint64, int> m_edgeByPair;
    Csr m_network;
    Undirected m_undirected;
    Csr m_clientNetwork;
    std::vector<int> m_clientVertices;
    std::vector<IntroductionEdge> m_introductionEdges;
    Weighted m_introduction;
};

} // namespace Kingside
