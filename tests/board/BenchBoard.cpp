// Board speed on generated accounts (not a test: prints figures). Run:
//   QT_QPA_PLATFORM=offscreen build/tests/board/BenchBoard
// Figures: open-to-first-paint, full repaint after a zoom and after a data change, the
// export renderer into a 1600×1000 image, and frame times while panning, hovering,
// selecting and dragging a piece.
#include "board/BoardItems.h"
#include "board/BoardRenderer.h"
#include "board/BoardScene.h"
#include "board/BoardView.h"
#include "commands/MovePiece.h"
#include "commands/SetProperties.h"
#include "workspace/Sql.h"
#include "workspace/TransactionGuard.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <time.h>

using namespace Kingside;

namespace {

QTextStream out(stdout);

// An account with `people` people (20 of them our team) and `lines` relationships:
// 16 departments × 8 levels; each team member covers a few departments; client lines
// mostly stay near their department, as in real organisations.
qint64 generate(Workspace &workspace, int people, int lines)
{
    QSqlDatabase db = workspace.database();
    TransactionGuard transaction(db);
    QRandomGenerator random(42);
    const QString now = Sql::nowStamp();
    QString error;
    Sql::run(
        db,
        QStringLiteral("INSERT INTO accounts (name, freshness_days, created_at) VALUES (?, 90, ?)"),
        {QStringLiteral("Generated %1").arg(people), now}, &error);
    const qint64 account =
        Sql::scalar(db, QStringLiteral("SELECT max(id) FROM accounts"))->toLongLong();
    const int files = 16;
    const int ranks = 8;
    QList<qint64> departments;
    QList<qint64> levels;
    for (int i = 0; i < files; ++i) {
        Sql::run(
            db,
            QStringLiteral("INSERT INTO departments (account_id, name, position) VALUES (?, ?, ?)"),
            {account, QStringLiteral("Department %1").arg(i + 1), i}, &error);
        departments.append(
            Sql::scalar(db, QStringLiteral("SELECT max(id) FROM departments"))->toLongLong());
    }
    for (int i = 0; i < ranks; ++i) {
        Sql::run(db, QStringLiteral("INSERT INTO levels (account_id, name, rank) VALUES (?, ?, ?)"),
                 {account, QStringLiteral("Level %1").arg(i + 1), i + 1}, &error);
        levels.append(Sql::scalar(db, QStringLiteral("SELECT max(id) FROM levels"))->toLongLong());
    }
    const QStringList attitudes{"champion", "supporter", "neutral", "sceptic", "opponent"};
    const QStringList roles{
        "power_influencer", "gatekeeper", "specifier", "coach", "user", "user", "none"};
    QSqlQuery person(db);
    person.prepare(QStringLiteral(
        "INSERT INTO people (account_id, side, name, title, department_id, level_id, "
        "decision_role, "
        "attitude, team_role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const int teamSize = 20;
    QList<qint64> team;
    QList<std::pair<qint64, int>> clients; // id, file
    for (int i = 0; i < people; ++i) {
        const bool isTeam = i < teamSize;
        const int file = int(random.bounded(files));
        const int rank = int(random.bounded(ranks));
        person.addBindValue(account);
        person.addBindValue(isTeam ? "team" : "client");
        person.addBindValue(QStringLiteral("Person %1 Example").arg(i));
        person.addBindValue(QStringLiteral("Title %1").arg(i % 37));
        person.addBindValue(isTeam ? QVariant(QMetaType::fromType<qint64>())
                                   : QVariant(departments[file]));
        person.addBindValue(isTeam ? QVariant(QMetaType::fromType<qint64>())
                                   : QVariant(levels[rank]));
        person.addBindValue(isTeam          ? QStringLiteral("none")
                            : i == teamSize ? QStringLiteral("decision_maker")
                                            : roles[int(random.bounded(roles.size()))]);
        person.addBindValue(attitudes[int(random.bounded(attitudes.size()))]);
        person.addBindValue(isTeam ? QVariant(i == 0 ? "account_manager" : "specialist")
                                   : QVariant(QMetaType::fromType<QString>()));
        person.addBindValue(now);
        person.addBindValue(now);
        if (!person.exec())
            qFatal("insert person: %s", qPrintable(person.lastError().text()));
        const qint64 id = person.lastInsertId().toLongLong();
        if (isTeam)
            team.append(id);
        else
            clients.append({id, file});
    }
    QHash<int, QList<qint64>> byFile;
    for (const auto &[id, file] : clients)
        byFile[file].append(id);
    QSqlQuery relationship(db);
    relationship.prepare(QStringLiteral("INSERT INTO relationships (account_id, from_id, to_id, "
                                        "kind, strength, last_contact, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSet<QString> seen;
    const QStringList kinds{"reporting", "influence", "alliance", "tension"};
    int made = 0;
    int failures = 0; // a small account runs out of distinct team lines: then client lines
    const QDate today = QDate::currentDate();
    while (made < lines) {
        qint64 from = 0;
        qint64 to = 0;
        QString kind;
        if (made < lines * 2 / 5 && failures < 2000) {
            // Team lines: each member covers three departments.
            const int member = int(random.bounded(team.size()));
            const int file = (member * 3 + int(random.bounded(3))) % files;
            const QList<qint64> &pool = byFile[file];
            if (pool.isEmpty())
                continue;
            from = team[member];
            to = pool[int(random.bounded(pool.size()))];
            kind = QStringLiteral("working");
        } else {
            const auto &[a, file] = clients[int(random.bounded(clients.size()))];
            const int other = random.bounded(4) == 0 ? int(random.bounded(files)) : file;
            const QList<qint64> &pool = byFile[other];
            if (pool.isEmpty())
                continue;
            from = a;
            to = pool[int(random.bounded(pool.size()))];
            kind = kinds[int(random.bounded(kinds.size()))];
        }
        const QString key = QStringLiteral("%1-%2-%3").arg(from).arg(to).arg(kind);
        if (from == to || seen.contains(key)) {
            ++failures;
            continue;
        }
        seen.insert(key);
        relationship.addBindValue(account);
        relationship.addBindValue(from);
        relationship.addBindValue(to);
        relationship.addBindValue(kind);
        relationship.addBindValue(1 + int(random.bounded(5)));
        relationship.addBindValue(
            random.bounded(8) == 0
                ? QVariant(QMetaType::fromType<QString>())
                : QVariant(today.addDays(-int(random.bounded(400))).toString(Qt::ISODate)));
        relationship.addBindValue(now);
        relationship.addBindValue(now);
        if (!relationship.exec())
            qFatal("insert relationship: %s", qPrintable(relationship.lastError().text()));
        ++made;
    }
    transaction.commit();
    return account;
}

// Counts the viewport's paint events: every measured step must have painted.
struct PaintCounter : QObject
{
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint;
        return false;
    }
};
PaintCounter *painted = nullptr;

struct Stats
{
    double median = 0;
    double max = 0;
    double cpu = 0; // median processor time of the whole process (all threads)
};

// Processor time used by this process so far, in ms: unlike the wall clock, it does not
// grow while other programs on a shared machine have the cores.
double processorMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

// `runs` timings of `step`; one that should show on screen must have painted a frame.
template <typename Step>
Stats measure(int runs, Step step, bool onScreen = true)
{
    QList<double> times;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = processorMs();
        const int paintsBefore = painted ? painted->paints : 0;
        timer.start();
        step(i);
        if (onScreen && painted && painted->paints == paintsBefore)
            qFatal("a measured step painted nothing: the figure would mean nothing");
        times.append(timer.nsecsElapsed() / 1e6);
        cpu.append(processorMs() - cpuStart);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    return {times[times.size() / 2], times.last(), cpu[cpu.size() / 2]};
}

// Paints what a step left pending, as the event loop would: only the regions that
// changed, and every update the step queued (a forced repaint() would paint the whole
// viewport, and leave queued updates to the next step).
void flush()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
}

void report(const char *what, const Stats &stats, double target)
{
    out << QStringLiteral("  %1 median %2 ms, max %3 ms, cpu %6 ms  (target < %4 ms)%5\n")
               .arg(QString::fromLatin1(what).leftJustified(34))
               .arg(stats.median, 7, 'f', 2)
               .arg(stats.max, 7, 'f', 2)
               .arg(target)
               .arg(stats.median < target ? QString() : QStringLiteral("  ← over"))
               .arg(stats.cpu, 6, 'f', 1);
    out.flush();
}

void bench(int people, int lines)
{
    QTemporaryDir dir;
    Workspace workspace;
    workspace.create(dir.filePath(QStringLiteral("bench.kingside")));
    const qint64 account = generate(workspace, people, lines);
    out << QStringLiteral("\n%1 people, %2 relationships (16 × 8 board, 20 team members)\n")
               .arg(people)
               .arg(lines);

    BoardScene scene(&workspace);
    BoardView view(&scene);
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    painted = &counter;
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    scene.setAccount(account);
    view.zoomToFit();
    flush();
    const double firstPaint = timer.nsecsElapsed() / 1e6;
    out << QStringLiteral("  %1 %2 ms  (detail at fit: %3)\n")
               .arg(QStringLiteral("open to first paint (load+layout+paint)").leftJustified(34))
               .arg(firstPaint, 7, 'f', 2)
               .arg(scene.detail() == BoardLines::Detail::Individual ? QStringLiteral("every line")
                    : scene.detail() == BoardLines::Detail::Aggregated
                        ? QStringLiteral("merged per square")
                        : QStringLiteral("overview, merged per department"));

    // A zoom by 2 %, in and out in turn; a pan by 40 px, five steps each way.
    const auto zoomStep = [&](int i) {
        view.setZoom(view.zoom() * (i % 2 ? 1 / 1.02 : 1.02));
        flush();
    };
    report("full repaint after zoom", measure(6, zoomStep), 100);
    view.zoomToFit();
    flush();

    const Person mover = scene.data().clients[5];
    report("full repaint after a data change",
           measure(6,
                   [&](int i) {
                       const auto &d = scene.data();
                       workspace.execute(new MovePiece(&workspace, mover.id,
                                                       d.departments[i % 3].id, d.levels[i % 4].id,
                                                       mover.name));
                       flush();
                   }),
           100);
    const qint64 edited = scene.data().relationships[scene.data().relationships.size() / 2].id;
    report("full repaint after a line's edit",
           measure(6,
                   [&](int i) {
                       workspace.execute(new SetProperties(
                           &workspace, Change::Entity::Relationship, edited,
                           {{QStringLiteral("strength"), 1 + i % 5}}, QStringLiteral("Strength")));
                       flush();
                   }),
           100);

    report("export render 1600x1000 image",
           measure(
               4,
               [&](int) {
                   QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
                   QPainter painter(&image);
                   scene.renderer().paint(&painter, image.rect(), scene.renderOptions());
               },
               false),
           100000);

    // Interactive frames at a working zoom (squares of about 100 px), as when reading.
    view.setZoom(0.9, scene.layout().boardRect().center());
    view.centerOn(scene.layout().boardRect().center());
    flush();
    QScrollBar *bar = view.horizontalScrollBar();
    const auto panStep = [&](int i) {
        bar->setValue(bar->value() + (i % 10 < 5 ? 40 : -40));
        flush();
    };
    report("pan frame (40 px)", measure(20, panStep), 16);

    // Pieces on screen to hover and select.
    const auto piecesOnScreen = [&] {
        QList<qint64> shown;
        for (const BoardLayout::PiecePlace &place : scene.layout().places()) {
            if (place.visible && view.viewport()
                                     ->rect()
                                     .adjusted(50, 50, -50, -50)
                                     .contains(view.mapFromScene(place.piece.center())))
                shown.append(place.personId);
        }
        return shown;
    };
    QList<qint64> onScreen = piecesOnScreen();
    auto send = [&](QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
                    Qt::MouseButtons buttons) {
        QMouseEvent event(type, pos, view.viewport()->mapToGlobal(pos), button, buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &event);
    };
    const auto hover = [&](int i) {
        const QPoint at =
            view.mapFromScene(scene.layout().place(onScreen[i % onScreen.size()])->piece.center());
        send(QEvent::MouseMove, at, Qt::NoButton, Qt::NoButton);
        flush();
    };
    report("hover frame", measure(20, hover), 16);
    report(
        "select frame (click)",
        measure(20,
                [&](int i) {
                    const QPoint at = view.mapFromScene(
                        scene.layout().place(onScreen[(i * 7) % onScreen.size()])->piece.center());
                    send(QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
                    send(QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
                    flush();
                }),
        16);
    const QPoint start = view.mapFromScene(scene.layout().place(onScreen.first())->piece.center());
    send(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    report("drag frame (piece follows mouse)",
           measure(20,
                   [&](int i) {
                       send(QEvent::MouseMove, start + QPoint(8 * (i + 1), 5 * (i + 1)),
                            Qt::NoButton, Qt::LeftButton);
                       flush();
                   }),
           16);
    send(QEvent::MouseButtonRelease, start, Qt::LeftButton, Qt::NoButton); // dropped where it was
    QCoreApplication::processEvents();

    // Close up (squares of about 650 px, where every relationship is drawn).
    view.setZoom(5.4, scene.layout().boardRect().center());
    view.centerOn(scene.layout().boardRect().center());
    flush();
    report("close up: full repaint after zoom", measure(6, zoomStep), 100);
    out << QStringLiteral("  (detail close up: %1)\n")
               .arg(scene.detail() == BoardLines::Detail::Individual ? QStringLiteral("every line")
                                                                     : QStringLiteral("merged"));
    // Between overview and close up (squares of about 420 px).
    view.setZoom(3.5, scene.layout().boardRect().center());
    flush();
    report("middle zoom: full repaint after zoom", measure(6, zoomStep), 100);
    // (Hovering moves from piece to piece: it takes two on screen for every step to
    // change what is emphasised.)
    onScreen = piecesOnScreen();
    if (onScreen.size() >= 2)
        report("middle zoom: hover frame", measure(20, hover), 16);
    report("middle zoom: pan frame (40 px)", measure(20, panStep), 16);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    out << "Kingside board benchmark (view 1600x1000)\n";
    // `BenchBoard PEOPLE LINES` measures one size (for profiling); by default both.
    const QStringList args = app.arguments();
    if (args.size() == 3) {
        bench(args[1].toInt(), args[2].toInt());
        return 0;
    }
    bench(100, 1000);
    bench(2000, 20000);
    return 0;
}
