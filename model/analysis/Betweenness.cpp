#include "Betweenness.h"

#include <algorithm>
#include <thread>

namespace Kingside {
namespace {

// The graph as flat arrays: neighbours of v are adjacency[offset[v] … offset[v + 1]).
struct FlatGraph
{
    int vertexCount = 0;
    std::vector<int> offset;
    std::vector<int> adjacency;
};

FlatGraph flatten(const AccountGraph::Csr &graph)
{
    FlatGraph flat;
    flat.vertexCount = int(boost::num_vertices(graph));
    flat.offset.assign(std::size_t(flat.vertexCount) + 1, 0);
    flat.adjacency.reserve(boost::num_edges(graph));
    for (int v = 0; v < flat.vertexCount; ++v) {
        auto [edge, end] = boost::out_edges(std::size_t(v), graph);
        for (; edge != end; ++edge)
            flat.adjacency.push_back(int(boost::target(*edge, graph)));
        flat.offset[std::size_t(v) + 1] = int(flat.adjacency.size());
    }
    return flat;
}

// Brandes (2001) from the sources first, first + step, …: breadth-first search counting
// shortest paths (sigma) and remembering predecessors, then dependencies (delta)
// accumulated in reverse order of distance. Adds into `centrality`.
void accumulate(const FlatGraph &graph, int first, int step, std::vector<double> &centrality)
{
    const int n = graph.vertexCount;
    const int *offset = graph.offset.data();
    const int *adjacency = graph.adjacency.data();
    std::vector<double> sigma(std::size_t(n), 0.0);
    std::vector<double> delta(std::size_t(n), 0.0);
    std::vector<int> distance(std::size_t(n), -1);
    std::vector<int> order(std::size_t(n), 0);
    std::vector<int> predecessorCount(std::size_t(n), 0);
    std::vector<int> predecessors(graph.adjacency.size(), 0); // at offset[w] for w
    for (int source = first; source < n; source += step) {
        distance[std::size_t(source)] = 0;
        sigma[std::size_t(source)] = 1.0;
        delta[std::size_t(source)] = 0.0;
        int head = 0;
        int tail = 0;
        order[std::size_t(tail++)] = source;
        while (head < tail) {
            const int v = order[std::size_t(head++)];
            const int next = distance[std::size_t(v)] + 1;
            const double paths = sigma[std::size_t(v)];
            for (int k = offset[v]; k < offset[v + 1]; ++k) {
                const int w = adjacency[k];
                int dw = distance[std::size_t(w)];
                if (dw < 0) {
                    dw = next;
                    distance[std::size_t(w)] = next;
                    order[std::size_t(tail++)] = w;
                    sigma[std::size_t(w)] = 0.0;
                    delta[std::size_t(w)] = 0.0;
                    predecessorCount[std::size_t(w)] = 0;
                }
                if (dw == next) {
                    sigma[std::size_t(w)] += paths;
                    predecessors[std::size_t(offset[w] + predecessorCount[std::size_t(w)]++)] = v;
                }
            }
        }
        for (int i = tail - 1; i > 0; --i) {
            const int w = order[std::size_t(i)];
            const double coefficient = (1.0 + delta[std::size_t(w)]) / sigma[std::size_t(w)];
            const int begin = offset[w];
            const int end = begin + predecessorCount[std::size_t(w)];
            for (int k = begin; k < end; ++k) {
                const int v = predecessors[std::size_t(k)];
                delta[std::size_t(v)] += sigma[std::size_t(v)] * coefficient;
            }
            centrality[std::size_t(w)] += delta[std::size_t(w)];
        }
        for (int i = 0; i < tail; ++i)
            distance[std::size_t(order[std::size_t(i)])] = -1;
    }
}

} // namespace

std::vector<double> Betweenness::compute(const AccountGraph::Csr &graph, int maxThreads)
{
    const FlatGraph flat = flatten(graph);
    const int n = flat.vertexCount;
    std::vector<double> centrality(std::size_t(n), 0.0);
    if (n == 0)
        return centrality;

    // Threads pay off from a few hundred people; below that one thread keeps results
    // bit-for-bit the same on every machine.
    int threads = maxThreads > 0 ? maxThreads : int(std::thread::hardware_concurrency());
    if (n < 400 || flat.adjacency.size() < 4000)
        threads = 1;
    threads = std::clamp(threads, 1, 16);

    if (threads == 1) {
        accumulate(flat, 0, 1, centrality);
    } else {
        std::vector<std::vector<double>> parts(std::size_t(threads),
                                               std::vector<double>(std::size_t(n), 0.0));
        std::vector<std::thread> workers;
        for (int t = 1; t < threads; ++t)
            workers.emplace_back(accumulate, std::cref(flat), t, threads, std::ref(parts[t]));
        accumulate(flat, 0, threads, parts[0]);
        for (std::thread &worker : workers)
            worker.join();
        for (const std::vector<double> &part : parts) {
            for (int v = 0; v < n; ++v)
                centrality[std::size_t(v)] += part[std::size_t(v)];
        }
    }
    // Every unordered pair was counted from both ends.
    for (double &value : centrality)
        value /= 2.0;
    return centrality;
}

} // namespace Kingside
