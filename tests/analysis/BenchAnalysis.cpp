// Times the whole analysis of one account (all ten questions) against networkx's
// betweenness alone on the same graph, in one run: 100 people / 1,000 lines and
// 2,000 / 20,000, and says whether issue #4's targets are met:
//  - at 2,000 / 20,000 the whole analysis is at least 50× faster than networkx's
//    betweenness alone;
//  - at 100 / 1,000 the whole analysis takes under 50 ms (the panel follows the edits).
// Not a test: run it by hand, `build/tests/analysis/BenchAnalysis`. Exit code 0 when every
// target is met, 2 when one is missed, 1 when something could not be measured.
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
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <thread>

using namespace Kingside;

namespace {

constexpr double RatioTarget = 50.0;   // × networkx betweenness, at 2,000 / 20,000
constexpr double PanelTargetMs = 50.0; // whole analysis at 100 / 1,000

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

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

struct Figures
{
    bool measured = false;
    double loadMs = 0;
    double analysisMs = 0;
    double networkxMs = 0;
    double ratio() const { return networkxMs / analysisMs; }
};

Figures benchmark(QTextStream &out, int people, int lines, int team, int repeats)
{
    Figures figures;
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
        return figures;
    }
    std::optional<AnalysisInput> input;
    const double loadMs = medianMilliseconds(repeats, [&] {
        input = AnalysisStore(ws->database()).load(account, random.today, &error);
    });
    if (!input) {
        out << error << Qt::endl;
        return figures;
    }
    const double graphsMs = medianMilliseconds(repeats, [&] { AccountGraph built(*input); });
    const AccountGraph graph(*input);
    const double bothMs = medianMilliseconds(repeats, [&] {
        Betweenness::computeAll({&graph.network(), &graph.clientNetwork()});
    });
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
        return figures;
    }
    figures.measured = true;
    figures.loadMs = loadMs;
    figures.analysisMs = analysisMs;
    figures.networkxMs = reference.value(QStringLiteral("betweenness_seconds")).toDouble() * 1000;
    out << QStringLiteral("%1 people, %2 lines (%3 joined pairs without tension):\n")
               .arg(input->people.size())
               .arg(input->relationships.size())
               .arg(graph.networkEdges().size());
    out << QStringLiteral("  load from the workspace          %1 ms\n").arg(loadMs, 0, 'f', 2);
    out << QStringLiteral("  building the graphs              %1 ms\n").arg(graphsMs, 0, 'f', 2);
    out << QStringLiteral("  Brandes, both networks (pool)    %1 ms\n").arg(bothMs, 0, 'f', 2);
    out << QStringLiteral("  whole analysis (all questions)   %1 ms\n").arg(analysisMs, 0, 'f', 2);
    out << QStringLiteral("  … on one thread                  %1 ms\n")
               .arg(singleThreadMs, 0, 'f', 2);
    out << QStringLiteral("  Kingside Brandes, one thread     %1 ms (whole network only)\n")
               .arg(betweennessMs, 0, 'f', 2);
    out << QStringLiteral("  Boost brandes_betweenness        %1 ms (whole network only)\n")
               .arg(boostMs, 0, 'f', 2);
    out << QStringLiteral("  networkx betweenness alone       %1 ms (whole network only)\n")
               .arg(figures.networkxMs, 0, 'f', 1);
    out << QStringLiteral(
               "  ratio networkx betweenness / whole analysis: %1x (one thread: %2x)\n\n")
               .arg(figures.ratio(), 0, 'f', 1)
               .arg(figures.networkxMs / singleThreadMs, 0, 'f', 1);
    out.flush();
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << "Kingside analysis against networkx (medians; load average " << loadAverage() << ", "
        << std::thread::hardware_concurrency() << " cores)\n\n";
    out.flush();
    const Figures small = benchmark(out, 100, 1000, 8, 50);
    const Figures large = benchmark(out, 2000, 20000, 12, 5);
    if (!small.measured || !large.measured) {
        out << "Targets: not measured (see above)." << Qt::endl;
        return 1;
    }
    const bool panelMet = small.analysisMs < PanelTargetMs;
    const bool ratioMet = large.ratio() >= RatioTarget;
    auto verdict = [](bool met) { return met ? QStringLiteral("MET") : QStringLiteral("NOT MET"); };
    out << "Targets (issue #4), load average now " << loadAverage() << ":\n";
    out << QStringLiteral("  100 / 1,000: whole analysis under %1 ms: %2 ms -> %3\n")
               .arg(PanelTargetMs, 0, 'f', 0)
               .arg(small.analysisMs, 0, 'f', 2)
               .arg(verdict(panelMet));
    out << QStringLiteral("  2,000 / 20,000: whole analysis at least %1x faster than networkx "
                          "betweenness: %2x (%3 ms against %4 ms) -> %5\n"
                          "  (not part of the target: loading the account from the workspace "
                          "first, %6 ms, would make it %7x)\n")
               .arg(RatioTarget, 0, 'f', 0)
               .arg(large.ratio(), 0, 'f', 1)
               .arg(large.analysisMs, 0, 'f', 1)
               .arg(large.networkxMs, 0, 'f', 0)
               .arg(verdict(ratioMet))
               .arg(large.loadMs, 0, 'f', 1)
               .arg(large.networkxMs / (large.loadMs + large.analysisMs), 0, 'f', 1);
    out.flush();
    return panelMet && ratioMet ? 0 : 2;
}
