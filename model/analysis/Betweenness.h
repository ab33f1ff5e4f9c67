#pragma once

#include "AccountGraph.h"

#include <vector>

namespace Kingside {

// Brandes' betweenness centrality of an unweighted, undirected graph, unnormalised: for
// every vertex, the sum over pairs s < t of the share of shortest s–t paths through it
// (the value of networkx betweenness_centrality(G, normalized=False) and of Boost's
// brandes_betweenness_centrality on an undirected graph).
//
// The result does not depend on the number of threads: the sources are cut into the same
// chunks whatever runs them, and the chunks' sums are added in the same order.
class Betweenness
{
public:
    // maxThreads 0: as many as the machine has, for graphs large enough to gain from it;
    // small graphs are always done on the calling thread.
    static std::vector<double> compute(const AccountGraph::Csr &graph, int maxThreads = 0);

    // Several graphs as one pool of work, so no thread waits while another finishes a
    // graph; the values of graphs[i] are result[i], the same as compute(*graphs[i]).
    static std::vector<std::vector<double>>
    computeAll(const std::vector<const AccountGraph::Csr *> &graphs, int maxThreads = 0);
};

} // namespace Kingside
