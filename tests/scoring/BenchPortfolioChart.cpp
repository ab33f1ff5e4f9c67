// Speed of the matrix chart's label placement and of painting the whole chart for large
// portfolios, a quarter of the accounts at one spot (not a test; README "The
// directional-policy matrix").
#include "portfolio/PortfolioMatrixRenderer.h"

#include <benchmark/benchmark.h>

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

using namespace Kingside;

namespace {

QList<PortfolioEntry> syntheticEntries(int accounts)
{
    QRandomGenerator random(42);
    QList<PortfolioEntry> entries;
    for (int a = 0; a < accounts; ++a) {
        PortfolioEntry entry;
        entry.account.id = a + 1;
        entry.account.name = QStringLiteral("Account %1").arg(a, 4, 10, QLatin1Char('0'));
        entry.account.annualSales = random.bounded(1'000'000);
        const bool atSpot = a % 4 == 0; // equal scores: one spot
        entry.scores.attractiveness = atSpot ? 60 : random.bounded(100.0);
        entry.scores.strength = atSpot ? 60 : random.bounded(100.0);
        entry.tierIndex = int(random.bounded(4)) - 1;
        entry.tier =
            entry.tierIndex < 0 ? QString() : QStringLiteral("Tier %1").arg(entry.tierIndex);
        entries.append(entry);
    }
    return entries;
}

void BM_LabelLayout(benchmark::State &state)
{
    const QList<PortfolioEntry> entries = syntheticEntries(int(state.range(0)));
    const QRectF area(0, 0, 800, 600);
    for (auto _ : state)
        benchmark::DoNotOptimize(PortfolioMatrixRenderer::labelLayout(area, entries));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// One repaint of the on-screen chart (as on every hover).
void BM_PaintChart(benchmark::State &state)
{
    const QList<PortfolioEntry> entries = syntheticEntries(int(state.range(0)));
    QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&image);
        PortfolioMatrixRenderer::paint(&painter, QRectF(image.rect()), entries,
                                       QStringLiteral("Bench"));
    }
}

} // namespace

BENCHMARK(BM_LabelLayout)->Arg(200)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PaintChart)->Arg(200)->Arg(1000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
