// Figures for README "Activity: meetings and mail keep freshness true" (not a ctest): scanning
// a 1 GB mbox (target: under 30 s, in constant memory; the peak resident memory is reported
// from getrusage) and reading a 10,000-event calendar export (target: under 1 s). The mbox is
// made as it is read, so it needs no disk; the file variant writes it only when there is room.
#include "activity/IcsReader.h"
#include "activity/MailReader.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstring>

#include <sys/resource.h>

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
// weekly series of ten, one in fifty a monthly meeting with no end (walked back from the
// window's end), with folded attendee lines and descriptions the reader passes over. The
// zone is Outlook's Windows name (found in QTimeZone) or, with `customZone`, a name only the
// file's VTIMEZONE defines, so that its daylight saving rules are expanded for each time.
QString calendarFile(int events, bool customZone)
{
    const QString path =
        folder().filePath(QStringLiteral("calendar-%1-%2.ics").arg(events).arg(customZone));
    if (QFile::exists(path))
        return path;
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    const QByteArray zone = customZone ? "Customized Time Zone" : "W. Europe Standard Time";
    QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bench//EN\r\n"
                     "BEGIN:VTIMEZONE\r\nTZID:" +
                     zone +
                     "\r\nBEGIN:STANDARD\r\n"
                     "DTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                     "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
                     "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n"
                     "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
                     "END:DAYLIGHT\r\nEND:VTIMEZONE\r\n";
    for (int i = 0; i < events; ++i) {
        const QDate day = QDate(2022, 1, 3).addDays(i % 1500);
        const QByteArray date = day.toString(QStringLiteral("yyyyMMdd")).toLatin1();
        ics += "BEGIN:VEVENT\r\nUID:event-" + QByteArray::number(i) + "@bench.example\r\n";
        if (i % 3 == 0)
            ics += "DTSTART:" + date + "T081500Z\r\n";
        else
            ics += "DTSTART;TZID=" + zone + ":" + date + "T093000\r\n";
        if (i % 20 == 0)
            ics += "RRULE:FREQ=WEEKLY;COUNT=10\r\n";
        else if (i % 50 == 1)
            ics += "RRULE:FREQ=MONTHLY;BYDAY=-1FR\r\n";
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

// Messages of about 8 KB, Gmail Takeout shaped: headers the reader passes over (X-GM-THRID,
// X-Gmail-Labels, Received), the five it keeps with an RFC 2047 sender and a folded To,
// then a body of a hundred lines with a ">From " line. Each message differs from the one
// before in its numbers, so the scan cannot cheat on repeated text.
QByteArray messageHeader(qint64 i)
{
    const QByteArray n = QByteArray::number(i);
    return "From 17865432" + n +
           "@xxx Tue Mar 10 09:15:00 +0000 2026\n"
           "X-GM-THRID: 17865432" +
           n +
           "\nX-Gmail-Labels: Inbox,Important\n"
           "Received: from mx.example (mx.example [192.0.2.1]) by mx.google.com "
           "with ESMTPS id x; Tue, 10 Mar 2026 09:15:00 -0700\n"
           "Message-ID: <" +
           n + "@mail.example>\nDate: " + QByteArray::number(1 + i % 28) +
           " Mar 2026 09:15:00 +0000\n"
           "From: =?UTF-8?B?TWFyY3VzIEzDuG5k?= <marcus" +
           QByteArray::number(i % 10) + "@aurora.example>\nTo: \"Halvorsen, Ingrid\" <ingrid" +
           QByteArray::number(i % 50) +
           "@client.example>,\n\tper@client.example\nCc: a@b.example\n"
           "Subject: =?UTF-8?Q?Status_=E2=80=93_week?=\n"
           "Content-Type: text/plain; charset=UTF-8\n\n";
}

const QByteArray &messageBody()
{
    static const QByteArray body = [] {
        QByteArray text;
        for (int line = 0; line < 100; ++line)
            text += "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod "
                    "tempor incididunt\n";
        return text + ">From the minutes of the last meeting\n\n";
    }();
    return body;
}

// An mbox of `total` bytes that exists only as it is read: each message is made when the
// reader asks for more, so a gigabyte passes through MailReader without a gigabyte on disk
// or in memory. Sequential, like a pipe.
class GeneratedMbox : public QIODevice
{
public:
    explicit GeneratedMbox(qint64 total) : m_total(total) {}
    bool isSequential() const override { return true; }
    qint64 messages() const { return m_index; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 written = 0;
        while (written < maxSize) {
            if (m_offset == m_pending.size()) {
                if (m_produced >= m_total)
                    break;
                m_pending = messageHeader(m_index++) + messageBody();
                m_offset = 0;
                m_produced += m_pending.size();
            }
            const qint64 take = std::min<qint64>(maxSize - written, m_pending.size() - m_offset);
            std::memcpy(data + written, m_pending.constData() + m_offset, size_t(take));
            written += take;
            m_offset += take;
        }
        return written;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_total;
    qint64 m_produced = 0;
    qint64 m_index = 0;
    QByteArray m_pending;
    qsizetype m_offset = 0;
};

// The process's peak resident memory so far (getrusage: ru_maxrss is in KiB on Linux), in MB.
double peakResidentMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

constexpr qint64 gigabyte = qint64(1024) * 1024 * 1024;

// The mbox scan, a gigabyte per iteration (target: under 30 s, in constant memory). Runs
// first, so that the calendar benchmark's file is not yet in the peak it reports.
void scanMbox(benchmark::State &state)
{
    const double peakBefore = peakResidentMegabytes();
    qint64 messages = 0;
    qint64 seen = 0;
    for (auto _ : state) {
        GeneratedMbox mbox(gigabyte);
        mbox.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        seen = 0;
        const ActivityReadResult result = MailReader::readDevice(
            mbox, QStringLiteral("generated.mbox"), window(),
            [&seen](const ActivityItem &item) { seen += item.participants.size(); });
        messages = result.items;
        if (result.items != mbox.messages())
            state.SkipWithError("the scan lost messages");
        benchmark::DoNotOptimize(seen);
    }
    state.counters["messages"] = double(messages);
    state.counters["peak_rss_MB"] = peakResidentMegabytes();
    // What the scans added to the process's peak: the reader's buffer and nothing that grows.
    state.counters["peak_rss_growth_MB"] = peakResidentMegabytes() - peakBefore;
    state.SetBytesProcessed(state.iterations() * gigabyte);
}
BENCHMARK(scanMbox)->Unit(benchmark::kSecond)->Iterations(2)->UseRealTime();

// The same gigabyte from a file, as `kingside activity` reads it: written into a temporary
// folder only when its disk has 3 GB free, and removed afterwards.
void scanMboxFile(benchmark::State &state)
{
    QTemporaryDir dir;
    const QStorageInfo disk(dir.path());
    if (!dir.isValid() || disk.bytesAvailable() < 3 * gigabyte) {
        state.SkipWithError("less than 3 GB free on the temporary folder's disk; "
                            "skipped (scanMbox streams the same gigabyte without a file)");
        return;
    }
    const QString path = dir.filePath(QStringLiteral("generated.mbox"));
    {
        GeneratedMbox mbox(gigabyte);
        mbox.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            state.SkipWithError("the temporary mbox cannot be written");
            return;
        }
        QByteArray chunk(4 * 1024 * 1024, Qt::Uninitialized);
        for (qint64 got; (got = mbox.read(chunk.data(), chunk.size())) > 0;)
            if (file.write(chunk.constData(), got) != got) {
                file.remove();
                state.SkipWithError("the temporary mbox could not be written whole");
                return;
            }
    }
    const double peakBefore = peakResidentMegabytes();
    const qint64 bytes = QFileInfo(path).size();
    qint64 messages = 0;
    for (auto _ : state) {
        const ActivityReadResult result =
            MailReader::read(path, window(), [](const ActivityItem &) {});
        messages = result.items;
    }
    QFile::remove(path);
    state.counters["messages"] = double(messages);
    state.counters["peak_rss_growth_MB"] = peakResidentMegabytes() - peakBefore;
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(scanMboxFile)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

void readCalendar(benchmark::State &state)
{
    const QString path = calendarFile(int(state.range(0)), state.range(1) != 0);
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
// Arguments: events, and whether the zone is defined only by the file's VTIMEZONE.
BENCHMARK(readCalendar)->Args({10000, 0})->Args({10000, 1})->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
