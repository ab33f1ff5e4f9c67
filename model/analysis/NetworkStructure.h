#pragma once

#include "AccountGraph.h"

#include <vector>

namespace Kingside {

// The structure of the undirected network: connected components, articulation points
// (people whose removal splits a component) and bridges (single lines whose removal
// does), from Boost's connected_components and biconnected_components.
struct NetworkStructure
{
    std::vector<int> component; // per vertex, numbered from 0 in vertex order
    int componentCount = 0;
    std::vector<bool> articulationPoint; // per vertex
    std::vector<int> bridges;            // indexes into AccountGraph::networkEdges()

    static NetworkStructure of(const AccountGraph &graph);
};

} // namespace Kingside
