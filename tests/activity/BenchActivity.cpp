// Figures for README "Activity: meetings and mail keep freshness true" (not a ctest): reading
// a 10,000-event calendar export (target: under 1 s) and scanning an mbox (target: under
// 30 s per GB, in constant memory). The files are generated into a temporary folder, a few
// tens of megabytes at most; the mbox rate is extrapolated to a gigabyte.
#include "activity/IcsReader.h"
#include "activity/MailReader.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <chrono>

using namespace Kingside;

namespace {

QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}

ActivityWindow window()
{
    ActivityWindow window;
    window.first = QDate(2021, 6, 15);
    window.last = QDate(2026, 6, 15);
    window.zone = QTimeZone("Europe/Oslo");
    return window;
}

// Outlook- and Google-shaped events: most in a named zone, some in UTC, one in twenty a
// weekly series of ten, with folded attendee lines and descriptions the reader passes over.
QString calendarFile(int events)
{
    const QString path = folder().filePath(QStringLiteral("calendar-%1.ics").arg(events));
    if (QFile::exists(path))
        return path;
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bench//EN\r\n"
                     "BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\nBEGIN:STANDARD\r\n"
                     "DTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                     "END:STANDARD\r\nEND:VTIMEZONE\r\n";
    for (int i = 0; i < events; ++i) {
        const QDate day = QDate(2022, 1, 3).addDays(i % 1500);
        const QByteArray date = day.toString(QStringLiteral("yyyyMMdd")).toLatin1();
        ics += "BEGIN:VEVENT\r\nUID:event-" + QByteArray::number(i) + "@bench.example\r\n";
        if (i % 3 == 0)
            ics += "DTSTART:" + date + "T081500Z\r\n";
        else
            ics += "DTSTART;TZID=W. Europe Standard Time:" + date + "T093000\r\n";
        if (i % 20 == 0)
            ics += "RRULE:FREQ=WEEKLY;COUNT=10\r\n";
        ics += "SUMMARY:Meeting " + QByteArray::number(i) +
               "\r\nDESCRIPTION:An agenda long enough to be folded over more than one line of "
               "seventy-five octets\\, as\r\n  exporters do.\r\n";
        for (int a = 0; a < 4; ++a)
            ics += "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Person " +
                   QByteArray::number((i + a) % 300) + ";X-NUM-GUESTS=0:mailto:\r\n person" +
                   QByteArray::number((i + a) % 300) + "@client.example\r\n";
        ics += "END:VEVENT\r\n";
    }
    ics += "END:VCALENDAR\r\n";
    file.write(ics);
    return path;
}

// Messages of about 8 KB: Gmail-style headers, a quoted-printable body with ">From " lines.
QString mailFile(int megabytes)
{
    const QString path = folder().filePath(QStringLiteral("mail-%1.mbox").arg(megabytes));
    if (QFile::exists(path))
        return path;
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QByteArray body;
    for (int line = 0; line < 100; ++line)
        body += "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
                "incididunt\n";
    body += ">From the minutes of the last meeting\n";
    const qint64 target = qint64(megabytes) * 1024 * 1024;
    for (int i = 0; file.size() < target; ++i) {
        QByteArray message = "From 17865432" + QByteArray::number(i) +
                             "@xxx Tue Mar 10 09:15:00 +0000 2026\n"
                             "X-GM-THRID: 17865432" +
                             QByteArray::number(i) +
                             "\nX-Gmail-Labels: Inbox,Important\n"
                             "Received: from mx.example (mx.example [192.0.2.1]) by mx.google.com "
                             "with ESMTPS id x; Tue, 10 Mar 2026 09:15:00 -0700\n"
                             "Message-ID: <" +
                             QByteArray::number(i) +
                             "@mail.example>\nDate: Tue, 10 Mar 2026 09:15:00 +0000\n"
                             "From: =?UTF-8?B?TWFyY3VzIEzDuG5k?= <marcus" +
                             QByteArray::number(i % 10) +
                             "@aurora.example>\nTo: \"Halvorsen, Ingrid\" <ingrid" +
                             QByteArray::number(i % 50) +
                             "@client.example>,\n\tper@client.example\nCc: a@b.example\n"
                             "Subject: =?UTF-8?Q?Status_=E2=80=93_week?=\n"
                             "Content-Type: text/plain; charset=UTF-8\n\n";
        file.write(message + body + "\n");
    }
    return path;
}

// A memory figure of this process from /proc/self/status (VmRSS now, VmHWM the peak since
// the last reset), in MB (Linux).
double residentMegabytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

void resetPeakResident()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

void readCalendar(benchmark::State &state)
{
    const QString path = calendarFile(int(state.range(0)));
    qint64 items = 0;
    for (auto _ : state) {
        items = 0;
        const ActivityReadResult result =
            IcsReader::read(path, window(), [&items](const ActivityItem &) { ++items; });
        benchmark::DoNotOptimize(result.items);
    }
    state.counters["occurrences"] = double(items);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(readCalendar)->Arg(10000)->Unit(benchmark::kMillisecond);

void scanMbox(benchmark::State &state)
{
    const QString path = mailFile(int(state.range(0)));
    const qint64 bytes = QFile(path).size();
    qint64 messages = 0;
    const double before = residentMegabytes("VmRSS:");
    resetPeakResident();
    double seconds = 0;
    for (auto _ : state) {
        messages = 0;
        const auto start = std::chrono::steady_clock::now();
        const ActivityReadResult result =
            MailReader::read(path, window(), [&messages](const ActivityItem &) { ++messages; });
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        benchmark::DoNotOptimize(result.items);
    }
    state.counters["messages"] = double(messages);
    // How much the scan added to the process's memory at its peak, whatever the file's size.
    state.counters["peak_rss_growth_MB"] = std::max(0.0, residentMegabytes("VmHWM:") - before);
    // Wall-clock seconds one scan takes, scaled to a gigabyte (target: under 30).
    state.counters["s_per_GB"] =
        seconds / double(state.iterations()) * (1024.0 * 1024 * 1024) / double(bytes);
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(scanMbox)->Arg(16)->Arg(64)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
