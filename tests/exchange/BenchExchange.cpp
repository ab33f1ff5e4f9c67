// Figures for the import and export paths (not a ctest): CSV parsing throughput, planning
// an import of many contacts against a large account, and writing GraphML / DOT / CSV of
// a 2,000-person / 20,000-line account.
#include "TestWorkspace.h"

#include "exchange/AccountCsvWriter.h"
#include "exchange/AccountData.h"
#include "exchange/ApplyImport.h"
#include "exchange/CsvReader.h"
#include "exchange/DotWriter.h"
#include "exchange/GraphMLWriter.h"
#include "exchange/ImportPlanner.h"
#include "exchange/ImportReader.h"
#include "exchange/ImportRows.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <array>
#include <ctime>
#include <memory>
#include <string>

using namespace Kingside;

namespace {

QByteArray contactsCsv(int rows)
{
    QByteArray csv("First Name,Last Name,Title,Department,Email,Phone,Reports To,Notes\r\n");
    for (int i = 0; i < rows; ++i) {
        csv += "Person" + QByteArray::number(i) + ",Family" + QByteArray::number(i % 97) +
               ",\"Manager, level " + QByteArray::number(i % 7) + "\",Dept " +
               QByteArray::number(i % 12) + ",p" + QByteArray::number(i) +
               "@example.com,+47 22 00 00 00," +
               (i > 0 ? "Person" + QByteArray::number(i / 5) + " Family" +
                            QByteArray::number((i / 5) % 97)
                      : QByteArray()) +
               ",\"Notes with \"\"quotes\"\"\nand a line break\"\r\n";
    }
    return csv;
}

AccountData generatedAccount(int people, int lines)
{
    AccountData data;
    data.account.id = 1;
    data.account.name = QStringLiteral("Generated");
    for (int d = 0; d < 12; ++d)
        data.departments.append({d + 1, 1, QStringLiteral("Department %1").arg(d), d});
    for (int l = 0; l < 7; ++l)
        data.levels.append({l + 1, 1, QStringLiteral("Level %1").arg(l), l + 1});
    for (int i = 0; i < people; ++i) {
        Person person;
        person.id = i + 1;
        person.accountId = 1;
        person.name = QStringLiteral("Person %1").arg(i);
        person.email = QStringLiteral("p%1@example.com").arg(i);
        person.departmentId = i % 12 + 1;
        person.levelId = i % 7 + 1;
        data.people.append(person);
        data.personIndex.insert(person.id, i);
    }
    QRandomGenerator random(42);
    for (int i = 0; i < lines; ++i) {
        Relationship line;
        line.id = i + 1;
        line.fromId = random.bounded(people) + 1;
        line.toId = (line.fromId + random.bounded(people - 1)) % people + 1;
        line.strength = random.bounded(1, 6);
        line.kind = RelationshipKind(random.bounded(5));
        line.lastContact = QDate(2026, 1, 1).addDays(random.bounded(160));
        data.relationships.append(line);
    }
    return data;
}

void parseCsv(benchmark::State &state)
{
    const QString text = QString::fromUtf8(contactsCsv(int(state.range(0))));
    for (auto _ : state)
        benchmark::DoNotOptimize(CsvReader::parse(text, QLatin1Char(',')));
    state.SetBytesProcessed(state.iterations() * text.size() * 2);
}
BENCHMARK(parseCsv)->Arg(5000)->Arg(50000)->Unit(benchmark::kMillisecond);

void readAndPlanImport(benchmark::State &state)
{
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    const QByteArray bytes = contactsCsv(int(state.range(0)));
    ImportOptions options;
    options.accountName = QStringLiteral("Halvorsen Maritime Group");
    for (auto _ : state) {
        const ImportFile file = ImportReader::readData(bytes, ImportFormat::Auto);
        benchmark::DoNotOptimize(
            ImportPlanner::plan(ws->database(), ImportReader::contacts(file), options));
    }
}
BENCHMARK(readAndPlanImport)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// The whole import of a contacts CSV into a new account, as `kingside import` does it:
// read, plan, build the rows and insert them in one transaction. The aim is 100,000 rows
// in under 2 s (README, Speed of import). The import dialog runs every stage but the last
// on its worker thread; `apply` is what the GUI thread does.
void importContactsCsv(benchmark::State &state)
{
    const QByteArray bytes = contactsCsv(int(state.range(0)));
    // Each stage's share of the last iteration, in ms of wall time and of CPU time (this
    // machine is shared: CPU time is the steadier figure).
    struct Stage
    {
        const char *name;
        double wallMs = 0;
        double cpuMs = 0;
    };
    std::array<Stage, 5> stages{{{"read"}, {"records"}, {"plan"}, {"rows"}, {"apply"}}};
    for (auto _ : state) {
        state.PauseTiming();
        auto ws = std::make_unique<Test::TestWorkspace>();
        state.ResumeTiming();
        QElapsedTimer clock;
        clock.start();
        std::clock_t cpu = std::clock();
        size_t stage = 0;
        const auto lap = [&] {
            const std::clock_t now = std::clock();
            stages[stage].wallMs = double(clock.restart());
            stages[stage].cpuMs = 1000.0 * double(now - cpu) / CLOCKS_PER_SEC;
            cpu = now;
            ++stage;
        };
        const ImportFile file = ImportReader::readData(bytes, ImportFormat::Auto);
        lap();
        const QList<ContactRecord> records = ImportReader::contacts(file);
        lap();
        ImportOptions options;
        options.accountName = QStringLiteral("Generated AS");
        const ImportPlan plan = ImportPlanner::plan((*ws)->database(), records, options);
        lap();
        const std::shared_ptr<const ImportRows> rows = ImportRows::of(plan);
        lap();
        if (!(*ws)->execute(new ApplyImport(&ws->workspace(), plan, rows)))
            state.SkipWithError("the import failed");
        lap();
        state.PauseTiming();
        ws.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    for (const Stage &stage : stages) {
        state.counters[std::string(stage.name) + "_ms"] = stage.wallMs;
        state.counters[std::string(stage.name) + "_cpu_ms"] = stage.cpuMs;
    }
}
BENCHMARK(importContactsCsv)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);

void writeExports(benchmark::State &state)
{
    const AccountData data = generatedAccount(int(state.range(0)), int(state.range(1)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(GraphMLWriter::write(data));
        benchmark::DoNotOptimize(DotWriter::write(data));
        benchmark::DoNotOptimize(AccountCsvWriter::relationships(data));
    }
}
BENCHMARK(writeExports)->Args({100, 1000})->Args({2000, 20000})->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
