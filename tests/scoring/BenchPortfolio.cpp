// Speed of scoring, tiering and the what-if preview for large portfolios (not a test).
#include "scoring/Portfolio.h"
#include "scoring/Tiering.h"

#include <benchmark/benchmark.h>

#include <QRandomGenerator>

using namespace Kingside;

namespace {

PortfolioInputs syntheticPortfolio(int accounts, int criteria, TierScheme::Basis basis)
{
    QRandomGenerator random(42);
    PortfolioInputs inputs;
    for (int c = 0; c < criteria; ++c)
        inputs.criteria.append({c + 1,
                                QStringLiteral("Criterion %1").arg(c),
                                {},
                                c % 2 ? ScoringAxis::Strength : ScoringAxis::Attractiveness,
                                double(random.bounded(1, 30)),
                                c});
    for (int a = 0; a < accounts; ++a) {
        Account account;
        account.id = a + 1;
        account.name = QStringLiteral("Account %1").arg(a, 6, 10, QLatin1Char('0'));
        account.annualSales = random.bounded(1'000'000);
        inputs.accounts.append(account);
        for (int c = 0; c < criteria; ++c) {
            if (random.bounded(10) > 0) // one score in ten is missing
                inputs.scores.append({a + 1, c + 1, int(random.bounded(1, 11)), {}});
        }
    }
    inputs.scheme.name = QStringLiteral("Bench");
    inputs.scheme.basis = basis;
    if (basis == TierScheme::Basis::Score)
        inputs.scheme.bands = {{QStringLiteral("A"), 70.0, std::nullopt},
                               {QStringLiteral("B"), 45.0, std::nullopt},
                               {QStringLiteral("C"), 0.0, std::nullopt}};
    else
        inputs.scheme.bands = {{QStringLiteral("A"), std::nullopt, accounts / 10},
                               {QStringLiteral("B"), std::nullopt, accounts / 3},
                               {QStringLiteral("C"), std::nullopt, std::nullopt}};
    return inputs;
}

void BM_ComputeByScore(benchmark::State &state)
{
    const PortfolioInputs inputs =
        syntheticPortfolio(int(state.range(0)), 9, TierScheme::Basis::Score);
    for (auto _ : state)
        benchmark::DoNotOptimize(Portfolio::compute(inputs));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_ComputeByRank(benchmark::State &state)
{
    const PortfolioInputs inputs =
        syntheticPortfolio(int(state.range(0)), 9, TierScheme::Basis::Rank);
    for (auto _ : state)
        benchmark::DoNotOptimize(Portfolio::compute(inputs));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// One keystroke in the weight box of the criteria editor.
void BM_WhatIf(benchmark::State &state)
{
    const PortfolioInputs inputs =
        syntheticPortfolio(int(state.range(0)), 9, TierScheme::Basis::Score);
    QList<Criterion> proposed = inputs.criteria;
    proposed[0].weight += 10;
    for (auto _ : state)
        benchmark::DoNotOptimize(Portfolio::whatIf(inputs, proposed));
}

void BM_Ranks(benchmark::State &state)
{
    QRandomGenerator random(7);
    QList<double> scores;
    for (int i = 0; i < state.range(0); ++i)
        scores.append(random.bounded(100.0));
    for (auto _ : state)
        benchmark::DoNotOptimize(Tiering::ranks(scores));
}

} // namespace

BENCHMARK(BM_ComputeByScore)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ComputeByRank)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WhatIf)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Ranks)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
