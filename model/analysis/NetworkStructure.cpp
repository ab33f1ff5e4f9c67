#include "NetworkStructure.h"

#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>

#include <iterator>

namespace Kingside {

NetworkStructure NetworkStructure::of(const AccountGraph &graph)
{
    NetworkStructure structure;
    const AccountGraph::Undirected &network = graph.undirectedNetwork();
    const std::size_t n = std::size_t(graph.vertexCount());
    structure.component.assign(n, 0);
    structure.articulationPoint.assign(n, false);
    if (n == 0)
        return structure;

    structure.componentCount = int(boost::connected_components(
        network, boost::make_iterator_property_map(structure.component.begin(),
                                                   boost::get(boost::vertex_index, network))));

    const std::size_t edgeCount = boost::num_edges(network);
    std::vector<std::size_t> bicomponent(edgeCount, 0);
    std::vector<std::size_t> points;
    const auto result = boost::biconnected_components(
        network,
        boost::make_iterator_property_map(bicomponent.begin(),
                                          boost::get(boost::edge_index, network)),
        std::back_inserter(points));
    for (std::size_t v : points)
        structure.articulationPoint[v] = true;

    // A bridge is a biconnected component made of one edge (the network is simple).
    std::vector<int> edgesIn(result.first, 0);
    for (std::size_t c : bicomponent)
        ++edgesIn[c];
    for (std::size_t e = 0; e < edgeCount; ++e) {
        if (edgesIn[bicomponent[e]] == 1)
            structure.bridges.push_back(int(e));
    }
    return structure;
}

} // namespace Kingside
