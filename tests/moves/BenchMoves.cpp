// The joint plan of 5 moves (README "Next moves", Speed): every candidate found and
// measured, then the greedy choice and the total effect of the set.
//  - the demo's largest account and a generated 100-person account with 1,000 lines: under
//    100 ms;
//  - 2,000 people and 20,000 lines: under 2 s.
// Not a test: run it by hand, `build/tests/moves/BenchMoves`.
#include "RandomAccount.h"
#include "TestWorkspace.h"

#include "analysis/AnalysisStore.h"
#include "demo/DemoBuilder.h"
#include "moves/MovePlanner.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

using namespace Kingside;

namespace {

AnalysisInput loaded(Test::TestWorkspace &ws, qint64 accountId)
{
    QString error;
    const auto input = AnalysisStore(ws->database()).load(accountId, Test::fixedToday(), &error);
    if (!input)
        qFatal("%s", qPrintable(error));
    return *input;
}

void planFor(benchmark::State &state, const AnalysisInput &input)
{
    int candidates = 0;
    int whole = 0;
    int chosen = 0;
    for (auto _ : state) {
        const MovePlanner planner(input);
        const MovePlan plan = planner.plan(5);
        candidates = int(plan.candidates.size());
        whole = planner.evaluator().wholeEvaluations();
        chosen = int(plan.chosen.size());
        benchmark::DoNotOptimize(plan.total.after.counts);
    }
    state.counters["people"] = double(input.people.size());
    state.counters["lines"] = double(input.relationships.size());
    state.counters["candidates"] = candidates;
    state.counters["whole_evaluations"] = whole;
    state.counters["moves"] = chosen;
}

void demoLargestAccount(benchmark::State &state)
{
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    planFor(state, loaded(ws, ws.accountId(DemoBuilder::largestAccountName())));
}
BENCHMARK(demoLargestAccount)->Unit(benchmark::kMillisecond);

void generatedAccount(benchmark::State &state)
{
    Test::TestWorkspace ws;
    Test::RandomAccount random;
    // As BenchAnalysis generates them: people in all, the team and a mentor among them.
    const int people = int(state.range(0));
    random.teamMembers = people > 500 ? 12 : 8;
    random.clientPeople = people - random.teamMembers - 1;
    random.lines = int(state.range(1));
    random.departments = 8;
    random.levels = 7;
    random.seed = quint64(people);
    QString error;
    const qint64 accountId = random.write(ws.workspace(), QStringLiteral("Bench"), &error);
    if (accountId <= 0)
        qFatal("%s", qPrintable(error));
    planFor(state, loaded(ws, accountId));
}
BENCHMARK(generatedAccount)->Args({100, 1000})->Args({2000, 20000})->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
