// Times the whole analysis of one account (all ten questions) against networkx's
// betweenness alone on the same graph: 100 people / 1,000 lines and 2,000 / 20,000.
// Not a test: run it by hand, `build/tests/analysis/BenchAnalysis`.
#include "RandomAccount.h"
#include "ReferenceRunner.h"
#include "TestWorkspace.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AccountGraph.h"
#include "analysis/AnalysisStore.h"
#include "analysis/Betweenness.h"

#include <boost/graph/betweenness_centrality.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Kingside;

namespace {

template <typename Work>
double medianMilliseconds(int repeats, Work work)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

bool benchmark(QTextStream &out, int people, int lines, int team, int repeats)
{
    Test::TestWorkspace ws;
    Test::RandomAccount random;
    random.clientPeople = people - team - 1;
    random.teamMembers = team;
    random.lines = lines;
    random.departments = 8;
    random.levels = 7;
    random.seed = quint64(people);
    QString error;
    const qint64 account = random.write(ws.workspace(), QStringLiteral("Benchmark"), &error);
    if (account == 0) {
        out << "cannot write the account: " << error << Qt::endl;
        return false;
    }
    std::optional<AnalysisInput> input;
    const double loadMs = medianMilliseconds(repeats, [&] {
        input = AnalysisStore(ws->database()).load(account, random.today, &error);
    });
    if (!input) {
        out << error << Qt::endl;
        return false;
    }
    const AccountGraph graph(*input);
    AccountAnalysis analysis;
    const double analysisMs =
        medianMilliseconds(repeats, [&] { analysis = AccountAnalyzer::analyse(*input); });
    const double singleThreadMs = medianMilliseconds(repeats, [&] {
        AnalysisOptions options;
        options.maxThreads = 1;
        analysis = AccountAnalyzer::analyse(*input, options);
    });
    const double betweennessMs =
        medianMilliseconds(repeats, [&] { Betweenness::compute(graph.network(), 1); });
    const double boostMs = medianMilliseconds(std::max(1, repeats / 3), [&] {
        const AccountGraph::Undirected &network = graph.undirectedNetwork();
        std::vector<double> values(boost::num_vertices(network), 0.0);
        boost::brandes_betweenness_centrality(
            network, boost::centrality_map(boost::make_iterator_property_map(
                         values.begin(), boost::get(boost::vertex_index, network))));
    });
    ws->close();
    const QJsonObject reference = Test::runNetworkxReference(
        ws.path(), account, &error, {QStringLiteral("--betweenness-only")});
    if (reference.isEmpty()) {
        out << error << Qt::endl;
        return false;
    }
    const double networkxMs =
        reference.value(QStringLiteral("betweenness_seconds")).toDouble() * 1000;
    out << QStringLiteral("%1 people, %2 lines (%3 joined pairs without tension):\n")
               .arg(input->people.size())
               .arg(input->relationships.size())
               .arg(graph.networkEdges().size());
    out << QStringLiteral("  load from the workspace          %1 ms\n").arg(loadMs, 0, 'f', 2);
    out << QStringLiteral("  whole analysis (all questions)   %1 ms\n").arg(analysisMs, 0, 'f', 2);
    out << QStringLiteral("  … on one thread                  %1 ms\n")
               .arg(singleThreadMs, 0, 'f', 2);
    out << QStringLiteral("  Kingside Brandes, one thread     %1 ms\n")
               .arg(betweennessMs, 0, 'f', 2);
    out << QStringLiteral("  Boost brandes_betweenness        %1 ms\n").arg(boostMs, 0, 'f', 2);
    out << QStringLiteral("  networkx betweenness alone       %1 ms\n").arg(networkxMs, 0, 'f', 1);
    out << QStringLiteral(
               "  ratio networkx betweenness / whole analysis: %1x (one thread: %2x)\n\n")
               .arg(networkxMs / analysisMs, 0, 'f', 1)
               .arg(networkxMs / singleThreadMs, 0, 'f', 1);
    out.flush();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << "Kingside analysis against networkx (medians)\n\n";
    const bool small = benchmark(out, 100, 1000, 8, 50);
    const bool large = benchmark(out, 2000, 20000, 12, 5);
    return small && large ? 0 : 1;
}
