// Speed figures for the review workflow on the demo's largest account (about 70
// people and 416 lines): freezing a snapshot, reading it back, comparing two.
// A plain executable, run by hand: prints the mean time of each step.

#include "TestWorkspace.h"

#include "demo/DemoBuilder.h"
#include "planning/PlanStore.h"
#include "planning/Snapshot.h"
#include "planning/SnapshotComparison.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

using namespace Kingside;

namespace {

template <typename Step>
void measure(const char *name, int rounds, Step step)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i)
        step();
    const double micros = double(timer.nsecsElapsed()) / 1000.0 / rounds;
    QTextStream(stdout) << QStringLiteral("%1: %2 µs per run (%3 runs)\n")
                               .arg(QLatin1String(name))
                               .arg(micros, 0, 'f', 1)
                               .arg(rounds);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    if (!ws.isValid()) {
        QTextStream(stderr) << ws.error() << Qt::endl;
        return 1;
    }
    const QSqlDatabase db = ws->database();
    const qint64 account = ws.accountId(DemoBuilder::largestAccountName());
    const QDate today = Test::fixedToday();
    QJsonObject now;
    measure("capture snapshot", 50, [&] { now = Snapshot::capture(db, account, today); });
    const QByteArray stored = QJsonDocument(now).toJson(QJsonDocument::Compact);
    QTextStream(stdout) << QStringLiteral("snapshot size: %1 bytes\n").arg(stored.size());
    QString error;
    measure("read snapshot", 200, [&] { Snapshot::read(stored, &error); });
    const QList<Review> reviews = PlanStore(db).reviews(account);
    const auto past = Snapshot::loadForReview(db, reviews.value(0).id, &error);
    if (!past) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    measure("compare two snapshots", 200, [&] { SnapshotComparison::compare(*past, now, &error); });
    return 0;
}
