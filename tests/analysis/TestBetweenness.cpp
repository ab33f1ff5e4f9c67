#include "analysis/AccountGraph.h"
#include "analysis/Betweenness.h"

#include <boost/graph/betweenness_centrality.hpp>

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <utility>

using namespace Kingside;

// Betweenness::compute against Boost's brandes_betweenness_centrality on graphs that take
// every path through it: long thin ones (breadth-first search from the frontier), dense
// ones (from the unreached vertices), disconnected ones, sizes that are not a multiple of
// the 64-source batches, and graphs large enough for threads. The networkx cross-check
// covers accounts; this covers the shapes accounts rarely have.
class TestBetweenness : public QObject
{
    Q_OBJECT

private slots:
    void matchesBoost_data();
    void matchesBoost();
    void sameValuesOnAnyNumberOfThreads();
    void poolEqualsSeparateRuns();
};

namespace {

using Edges = std::vector<std::pair<int, int>>;

struct Graph
{
    int vertexCount = 0;
    Edges edges; // a < b, no duplicates
};

// Each edge in both directions, as AccountGraph builds its networks.
AccountGraph::Csr csrOf(const Graph &graph)
{
    std::vector<std::pair<std::size_t, std::size_t>> directed;
    for (const auto &[a, b] : graph.edges) {
        directed.emplace_back(a, b);
        directed.emplace_back(b, a);
    }
    std::sort(directed.begin(), directed.end());
    return AccountGraph::Csr(boost::edges_are_sorted, directed.begin(), directed.end(),
                             std::size_t(graph.vertexCount));
}

std::vector<double> boostValues(const Graph &graph)
{
    AccountGraph::Undirected network(std::size_t(graph.vertexCount));
    std::size_t index = 0;
    for (const auto &[a, b] : graph.edges)
        boost::add_edge(std::size_t(a), std::size_t(b), index++, network);
    std::vector<double> values(std::size_t(graph.vertexCount), 0.0);
    boost::brandes_betweenness_centrality(
        network, boost::centrality_map(boost::make_iterator_property_map(
                     values.begin(), boost::get(boost::vertex_index, network))));
    return values;
}

Graph path(int n)
{
    Graph graph{n, {}};
    for (int v = 0; v + 1 < n; ++v)
        graph.edges.emplace_back(v, v + 1);
    return graph;
}

// Random edges, `hubs` vertices taking a quarter of them (like an account's team), and the
// last `isolated` vertices joined to nobody.
Graph randomGraph(int n, int edges, int hubs, int isolated, unsigned seed)
{
    std::mt19937 rng(seed);
    std::set<std::pair<int, int>> made;
    const int joined = n - isolated;
    for (int i = 0; i < edges; ++i) {
        int a = hubs > 0 && rng() % 4 == 0 ? int(rng() % unsigned(hubs))
                                           : int(rng() % unsigned(joined));
        int b = int(rng() % unsigned(joined));
        if (a == b)
            continue;
        made.insert({std::min(a, b), std::max(a, b)});
    }
    return {n, Edges(made.begin(), made.end())};
}

// Two graphs side by side, the second's vertices after the first's.
Graph disjoint(const Graph &first, const Graph &second)
{
    Graph graph = first;
    graph.vertexCount += second.vertexCount;
    for (const auto &[a, b] : second.edges)
        graph.edges.emplace_back(a + first.vertexCount, b + first.vertexCount);
    return graph;
}

} // namespace

void TestBetweenness::matchesBoost_data()
{
    QTest::addColumn<int>("vertices");
    QTest::addColumn<QList<int>>("endpoints"); // a0, b0, a1, b1, …

    auto add = [](const char *name, const Graph &graph) {
        QList<int> endpoints;
        for (const auto &[a, b] : graph.edges)
            endpoints << a << b;
        QTest::newRow(name) << graph.vertexCount << endpoints;
    };
    add("empty", {0, {}});
    add("one person", {1, {}});
    add("one line", {2, {{0, 1}}});
    add("isolated people only", {70, {}});
    add("path of 300", path(300));
    Graph star{201, {}};
    for (int v = 1; v < 201; ++v)
        star.edges.emplace_back(0, v);
    add("star of 201", star);
    Graph cycle = path(129);
    cycle.edges.emplace_back(0, 128);
    add("cycle of 129", cycle);
    Graph complete{70, {}};
    for (int a = 0; a < 70; ++a) {
        for (int b = a + 1; b < 70; ++b)
            complete.edges.emplace_back(a, b);
    }
    add("complete, 70", complete);
    Graph ladder{400, {}};
    for (int v = 0; v < 200; ++v) {
        ladder.edges.emplace_back(v, v + 200);
        if (v + 1 < 200) {
            ladder.edges.emplace_back(v, v + 1);
            ladder.edges.emplace_back(v + 200, v + 201);
        }
    }
    add("ladder, 400", ladder);
    add("two components and isolated people",
        disjoint(randomGraph(150, 600, 3, 10, 1),
                 disjoint(path(90), randomGraph(77, 300, 0, 0, 2))));
    add("sparse tree-like, 500", randomGraph(500, 520, 0, 20, 3));
    add("account-like, 1,300 (threads)", randomGraph(1300, 13000, 10, 30, 4));
}

void TestBetweenness::matchesBoost()
{
    QFETCH(int, vertices);
    QFETCH(QList<int>, endpoints);
    Graph graph{vertices, {}};
    for (qsizetype i = 0; i + 1 < endpoints.size(); i += 2)
        graph.edges.emplace_back(endpoints[i], endpoints[i + 1]);
    const std::vector<double> expected = boostValues(graph);
    const std::vector<double> values = Betweenness::compute(csrOf(graph), 2);
    QCOMPARE(values.size(), expected.size());
    double largest = 0;
    for (std::size_t v = 0; v < values.size(); ++v) {
        QVERIFY2(std::abs(values[v] - expected[v]) <= 1e-9 * std::max(1.0, expected[v]),
                 qPrintable(QStringLiteral("vertex %1: %2, Boost %3")
                                .arg(v)
                                .arg(values[v], 0, 'g', 17)
                                .arg(expected[v], 0, 'g', 17)));
        largest = std::max(largest, expected[v]);
    }
    if (!graph.edges.empty() && vertices > 2)
        QVERIFY2(largest > 0 || QTest::currentDataTag() == QLatin1String("complete, 70"),
                 "a graph without any betweenness checks nothing");
}

void TestBetweenness::sameValuesOnAnyNumberOfThreads()
{
    const AccountGraph::Csr graph = csrOf(randomGraph(1500, 15000, 12, 0, 5));
    const std::vector<double> one = Betweenness::compute(graph, 1);
    QVERIFY(*std::max_element(one.begin(), one.end()) > 0);
    // Bit for bit: the sums are made in the same order whoever makes them.
    QCOMPARE(Betweenness::compute(graph, 2), one);
    QCOMPARE(Betweenness::compute(graph, 3), one);
    QCOMPARE(Betweenness::compute(graph, 0), one);
}

void TestBetweenness::poolEqualsSeparateRuns()
{
    const AccountGraph::Csr first = csrOf(randomGraph(900, 8000, 8, 5, 6));
    const AccountGraph::Csr second = csrOf(disjoint(path(120), randomGraph(700, 5000, 0, 0, 7)));
    const std::vector<std::vector<double>> pooled = Betweenness::computeAll({&first, &second}, 2);
    QCOMPARE(pooled.size(), std::size_t(2));
    QCOMPARE(pooled[0], Betweenness::compute(first, 1));
    QCOMPARE(pooled[1], Betweenness::compute(second, 1));
}

QTEST_GUILESS_MAIN(TestBetweenness)
#include "TestBetweenness.moc"
