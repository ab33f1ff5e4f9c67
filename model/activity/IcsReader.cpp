#include "IcsReader.h"

#include "EmailAddress.h"
#include "RecurrenceRule.h"
#include "SplitBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <optional>

namespace Kingside {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::IcsReader", text, disambiguation, n);
}

// Larger calendar files are refused rather than read into memory.
constexpr qint64 maxFileSize = qint64(512) * 1024 * 1024;
// Occurrences reported per recurring meeting, whatever its rule says.
constexpr int maxOccurrences = 5000;

// One unfolded content line: NAME;PARAM=VALUE,…:VALUE (RFC 5545 section 3.1).
struct ContentLine
{
    QByteArray name; // upper case
    QList<std::pair<QByteArray, QByteArray>> parameters;
    QByteArray value;

    QByteArray parameter(const char *wanted) const
    {
        for (const auto &[key, value] : parameters)
            if (key == wanted)
                return value;
        return {};
    }
};

std::optional<ContentLine> parseLine(QByteArrayView text)
{
    ContentLine line;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size && text[i] != ';' && text[i] != ':')
        ++i;
    if (i == 0 || i == size)
        return std::nullopt;
    line.name = text.first(i).trimmed().toByteArray().toUpper();
    while (i < size && text[i] == ';') {
        ++i;
        const qsizetype nameStart = i;
        while (i < size && text[i] != '=' && text[i] != ';' && text[i] != ':')
            ++i;
        const QByteArray name =
            text.sliced(nameStart, i - nameStart).trimmed().toByteArray().toUpper();
        QByteArray value;
        if (i < size && text[i] == '=') {
            ++i;
            // A value is a list of (possibly quoted) parts separated by commas.
            while (i < size) {
                if (text[i] == '"') {
                    const qsizetype close = text.indexOf('"', i + 1);
                    if (close < 0)
                        return std::nullopt;
                    value += text.sliced(i + 1, close - i - 1);
                    i = close + 1;
                } else if (text[i] == ';' || text[i] == ':') {
                    break;
                } else {
                    value += text[i];
                    ++i;
                }
            }
        }
        line.parameters.append({name, value});
    }
    if (i >= size || text[i] != ':')
        return std::nullopt;
    line.value = text.sliced(i + 1).toByteArray();
    return line;
}

// A DATE or DATE-TIME value as written: which of the four kinds RFC 5545 section 3.3.5 has.
struct IcsTime
{
    enum class Kind
    {
        Date,
        Floating,
        Utc,
        Zoned
    };
    Kind kind = Kind::Date;
    QDate date;
    QTime time;
    QTimeZone zone; // Zoned only

    bool isValid() const { return date.isValid(); }
    bool isDate() const { return kind == Kind::Date; }

    // The instant, with floating times read in `local`.
    QDateTime instant(const QTimeZone &local) const
    {
        switch (kind) {
        case Kind::Date:
            return QDateTime(date, QTime(0, 0), local);
        case Kind::Floating:
            return QDateTime(date, time, local);
        case Kind::Utc:
            return QDateTime(date, time, QTimeZone::utc());
        case Kind::Zoned:
            return QDateTime(date, time, zone);
        }
        return {};
    }

    // The calendar day in `local` on which the meeting took place.
    QDate dayIn(const QTimeZone &local) const
    {
        if (kind == Kind::Date || kind == Kind::Floating)
            return date;
        return instant(local).toTimeZone(local).date();
    }

    // What identifies an occurrence when EXDATE or RECURRENCE-ID names it.
    QByteArray identity(const QTimeZone &local) const
    {
        if (kind == Kind::Date)
            return "D" + date.toString(Qt::ISODate).toLatin1();
        return QByteArray::number(instant(local).toMSecsSinceEpoch());
    }

    IcsTime onDay(const QDate &day) const
    {
        IcsTime other = *this;
        other.date = day;
        return other;
    }
};

bool digits(QByteArrayView text, int *value)
{
    int result = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        result = result * 10 + (c - '0');
    }
    *value = result;
    return !text.isEmpty();
}

// The zones of one file: its VTIMEZONE definitions and what each TZID resolved to.
class ZoneTable
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::IcsReader)

public:
    void define(const QByteArray &tzid, int standardOffsetSeconds)
    {
        m_standardOffsets.insert(tzid, standardOffsetSeconds);
    }

    // The zone a TZID names: an IANA id, a Windows name (Outlook), a path ending in an IANA
    // id (Thunderbird/Lightning's "/mozilla.org/…/Europe/Oslo"), else the standard offset
    // of the file's own VTIMEZONE. nullopt: unknown, read as floating.
    std::optional<QTimeZone> resolve(const QByteArray &tzid, QStringList *notices)
    {
        const auto cached = m_resolved.constFind(tzid);
        if (cached != m_resolved.constEnd())
            return *cached;
        std::optional<QTimeZone> zone = lookUp(tzid);
        if (!zone) {
            const auto offset = m_standardOffsets.constFind(tzid);
            if (offset != m_standardOffsets.constEnd()) {
                zone = QTimeZone(*offset);
                notices->append(tr("The time zone “%1” is not one Kingside knows; its standard "
                                   "offset from the file was used.")
                                    .arg(QString::fromUtf8(tzid)));
            } else {
                notices->append(tr("The time zone “%1” is not defined; its times were read as "
                                   "local times.")
                                    .arg(QString::fromUtf8(tzid)));
            }
        }
        m_resolved.insert(tzid, zone);
        return zone;
    }

private:
    static std::optional<QTimeZone> lookUp(const QByteArray &tzid)
    {
        const QByteArray trimmed = tzid.trimmed();
        if (trimmed.isEmpty())
            return std::nullopt;
        if (QTimeZone zone(trimmed); zone.isValid())
            return zone;
        const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(trimmed);
        if (!iana.isEmpty())
            if (QTimeZone zone(iana); zone.isValid())
                return zone;
        const QList<QByteArray> parts = trimmed.split('/');
        for (int take = 3; take >= 2; --take) {
            if (parts.size() < take)
                continue;
            const QByteArray tail = parts.mid(parts.size() - take).join('/');
            if (QTimeZone zone(tail); zone.isValid())
                return zone;
        }
        return std::nullopt;
    }

    QHash<QByteArray, int> m_standardOffsets;
    QHash<QByteArray, std::optional<QTimeZone>> m_resolved;
};

// "+0100", "-0530", "+013000".
std::optional<int> parseOffset(QByteArrayView text)
{
    text = text.trimmed();
    if (text.size() < 5 || (text[0] != '+' && text[0] != '-'))
        return std::nullopt;
    int hours = 0;
    int minutes = 0;
    int seconds = 0;
    if (!digits(text.sliced(1, 2), &hours) || !digits(text.sliced(3, 2), &minutes))
        return std::nullopt;
    if (text.size() >= 7 && !digits(text.sliced(5, 2), &seconds))
        return std::nullopt;
    const int total = hours * 3600 + minutes * 60 + seconds;
    if (total > 18 * 3600)
        return std::nullopt;
    return text[0] == '-' ? -total : total;
}

// A time property as written: its value (one or a comma-separated list) and the two
// parameters that say how to read it.
struct RawTime
{
    QByteArray value;
    QByteArray tzid;
    bool dateOnly = false;
};

RawTime rawTimeOf(const ContentLine &line)
{
    return {line.value, line.parameter("TZID"), line.parameter("VALUE").toUpper() == "DATE"};
}

struct RawEvent
{
    QByteArray uid;
    RawTime start;
    std::optional<RawTime> recurrenceId;
    QByteArray rule;
    QList<RawTime> extraDates;
    QList<RawTime> exceptionDates;
    bool cancelled = false;
    QList<ActivityParticipant> participants;
};

void addParticipant(RawEvent &event, const ContentLine &line)
{
    const QByteArray status = line.parameter("PARTSTAT").toUpper();
    if (status == "DECLINED")
        return;
    const QByteArray type = line.parameter("CUTYPE").toUpper();
    if (type == "ROOM" || type == "RESOURCE")
        return;
    // mailto: in any letter case; Apple writes urn:uuid: with the address in EMAIL.
    QString address;
    if (line.value.trimmed().toLower().startsWith("mailto:"))
        address = EmailAddress::normalised(QString::fromUtf8(line.value));
    if (address.isEmpty())
        address = EmailAddress::normalised(QString::fromUtf8(line.parameter("EMAIL")));
    if (address.isEmpty())
        return;
    for (const ActivityParticipant &known : std::as_const(event.participants))
        if (known.address == address)
            return;
    event.participants.append({address, QString::fromUtf8(line.parameter("CN")).trimmed()});
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::IcsReader)

public:
    Reader(const QString &name, const ActivityWindow &window, const ActivitySink &sink,
           const ActivityProgress &progress)
        : m_name(name), m_window(window), m_sink(sink), m_progress(progress)
    {}

    ActivityReadResult run(const QByteArray &data);

private:
    bool parse(const QByteArray &data);
    void handle(const ContentLine &line);
    std::optional<IcsTime> timeOf(QByteArrayView value, const QByteArray &tzid, bool dateOnly);
    QList<IcsTime> timesOf(const RawTime &raw);
    void expand(const RawEvent &event, const QSet<QByteArray> &overridden);
    void report(const RawEvent &event, const IcsTime &when, const QByteArray &identity);
    QDate untilDate(const RecurrenceRule &rule, const IcsTime &start);

    QString m_name;
    ActivityWindow m_window;
    const ActivitySink &m_sink;
    const ActivityProgress &m_progress;
    ActivityReadResult m_result;
    ZoneTable m_zones;
    QList<QByteArray> m_stack;
    RawEvent m_event;
    QByteArray m_zoneId;
    std::optional<int> m_standardOffset;
    std::optional<int> m_anyOffset;
    std::optional<int> m_partOffset;
    QList<RawEvent> m_events;
};

bool Reader::parse(const QByteArray &data)
{
    const qint64 total = data.size();
    qsizetype position = 0;
    if (data.startsWith("\xEF\xBB\xBF"))
        position = 3;
    QByteArray logical;
    qint64 linesSeen = 0;
    const auto flush = [&] {
        if (logical.isEmpty())
            return;
        if (const auto line = parseLine(logical))
            handle(*line);
        logical.clear();
    };
    while (position < data.size()) {
        qsizetype end = data.indexOf('\n', position);
        if (end < 0)
            end = data.size();
        QByteArrayView physical(data.constData() + position, end - position);
        if (physical.endsWith('\r'))
            physical.chop(1);
        position = end + 1;
        // Unfolding: a line that starts with a space or a tab continues the one before.
        if (!physical.isEmpty() && (physical[0] == ' ' || physical[0] == '\t'))
            logical += physical.sliced(1);
        else {
            flush();
            logical = physical.toByteArray();
        }
        if (m_progress && (++linesSeen % 65536) == 0 && !m_progress(position, total)) {
            m_result.cancelled = true;
            m_result.error = tr("Reading %1 was cancelled.").arg(m_name);
            return false;
        }
    }
    flush();
    return true;
}

void Reader::handle(const ContentLine &line)
{
    if (line.name == "BEGIN") {
        const QByteArray component = line.value.trimmed().toUpper();
        m_stack.append(component);
        if (component == "VEVENT" && m_stack.size() == 2)
            m_event = {};
        else if (component == "VTIMEZONE") {
            m_zoneId.clear();
            m_standardOffset.reset();
            m_anyOffset.reset();
        } else if (component == "STANDARD" || component == "DAYLIGHT")
            m_partOffset.reset();
        return;
    }
    if (line.name == "END") {
        if (m_stack.isEmpty())
            return;
        const QByteArray component = m_stack.takeLast();
        if (component == "VEVENT" && m_stack.size() == 1) {
            if (!m_event.start.value.isEmpty())
                m_events.append(std::move(m_event));
            m_event = {};
        } else if (component == "STANDARD" && m_partOffset)
            m_standardOffset = m_partOffset;
        else if (component == "DAYLIGHT" && m_partOffset && !m_anyOffset)
            m_anyOffset = m_partOffset;
        else if (component == "VTIMEZONE" && !m_zoneId.isEmpty()) {
            const std::optional<int> offset = m_standardOffset ? m_standardOffset : m_anyOffset;
            if (offset)
                m_zones.define(m_zoneId, *offset);
        }
        return;
    }
    if (m_stack.isEmpty())
        return;
    const QByteArray &component = m_stack.last();
    if (component == "VTIMEZONE") {
        if (line.name == "TZID")
            m_zoneId = line.value.trimmed();
    } else if (component == "STANDARD" || component == "DAYLIGHT") {
        if (line.name == "TZOFFSETTO")
            m_partOffset = parseOffset(line.value);
    } else if (component == "VEVENT" && m_stack.size() == 2) {
        // Only the properties that say when and who; SUMMARY, DESCRIPTION, LOCATION and
        // the rest are passed over unread.
        if (line.name == "UID")
            m_event.uid = line.value.trimmed();
        else if (line.name == "DTSTART")
            m_event.start = rawTimeOf(line);
        else if (line.name == "RECURRENCE-ID")
            m_event.recurrenceId = rawTimeOf(line);
        else if (line.name == "RRULE" && m_event.rule.isEmpty())
            m_event.rule = line.value;
        else if (line.name == "RDATE")
            m_event.extraDates.append(rawTimeOf(line));
        else if (line.name == "EXDATE")
            m_event.exceptionDates.append(rawTimeOf(line));
        else if (line.name == "STATUS")
            m_event.cancelled = line.value.trimmed().toUpper() == "CANCELLED";
        else if (line.name == "ORGANIZER" || line.name == "ATTENDEE")
            addParticipant(m_event, line);
    }
}

std::optional<IcsTime> Reader::timeOf(QByteArrayView value, const QByteArray &tzid, bool dateOnly)
{
    value = value.trimmed();
    // A PERIOD (RDATE;VALUE=PERIOD) starts at its first half.
    if (const qsizetype slash = value.indexOf('/'); slash > 0)
        value = value.first(slash);
    IcsTime time;
    int year = 0;
    int month = 0;
    int day = 0;
    if (value.size() < 8 || !digits(value.first(4), &year) || !digits(value.sliced(4, 2), &month) ||
        !digits(value.sliced(6, 2), &day))
        return std::nullopt;
    time.date = QDate(year, month, day);
    if (!time.date.isValid() || year < 1900 || year > 2200)
        return std::nullopt;
    if (value.size() == 8) {
        time.kind = IcsTime::Kind::Date;
        return time;
    }
    if (dateOnly && value.size() != 8)
        return std::nullopt;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (value.size() < 15 || value[8] != 'T' || !digits(value.sliced(9, 2), &hour) ||
        !digits(value.sliced(11, 2), &minute) || !digits(value.sliced(13, 2), &second))
        return std::nullopt;
    time.time = QTime(hour, minute, second == 60 ? 59 : second);
    if (!time.time.isValid())
        return std::nullopt;
    if (value.size() == 16 && (value[15] == 'Z' || value[15] == 'z')) {
        time.kind = IcsTime::Kind::Utc;
    } else if (value.size() != 15) {
        return std::nullopt;
    } else if (!tzid.isEmpty()) {
        if (const auto zone = m_zones.resolve(tzid, &m_result.notices)) {
            time.kind = IcsTime::Kind::Zoned;
            time.zone = *zone;
        } else {
            time.kind = IcsTime::Kind::Floating;
        }
    } else {
        time.kind = IcsTime::Kind::Floating;
    }
    return time;
}

QList<IcsTime> Reader::timesOf(const RawTime &raw)
{
    QList<IcsTime> times;
    for (const QByteArrayView part : splitBytes(raw.value, ','))
        if (const auto time = timeOf(part, raw.tzid, raw.dateOnly))
            times.append(*time);
    return times;
}

QDate Reader::untilDate(const RecurrenceRule &rule, const IcsTime &start)
{
    if (rule.until().isEmpty())
        return {};
    const auto until = timeOf(rule.until(), {}, false);
    if (!until)
        return {};
    if (until->isDate() || start.isDate())
        return until->date;
    // UNTIL is UTC (or floating like DTSTART): the last day whose occurrence, at DTSTART's
    // wall-clock time, is not later than it.
    QDateTime local;
    if (until->kind == IcsTime::Kind::Floating)
        local = QDateTime(until->date, until->time);
    else if (start.kind == IcsTime::Kind::Zoned)
        local = until->instant(m_window.zone).toTimeZone(start.zone);
    else
        local = until->instant(m_window.zone).toTimeZone(m_window.zone);
    return start.time > local.time() ? local.date().addDays(-1) : local.date();
}

void Reader::report(const RawEvent &event, const IcsTime &when, const QByteArray &identity)
{
    const QDate day = when.dayIn(m_window.zone);
    if (!m_window.contains(day)) {
        ++m_result.outside;
        return;
    }
    ActivityItem item;
    item.kind = ActivityKind::Meeting;
    item.day = day;
    // The same meeting from another export (or the same file again) has the same UID.
    item.key = "ics:" + event.uid + '|' + identity;
    item.participants = event.participants;
    ++m_result.items;
    m_sink(item);
}

void Reader::expand(const RawEvent &event, const QSet<QByteArray> &overridden)
{
    const QList<IcsTime> starts = timesOf(event.start);
    if (starts.isEmpty()) {
        ++m_result.skipped;
        return;
    }
    const IcsTime start = starts.first();
    if (event.recurrenceId) {
        // An override: its own day, counted under the occurrence it replaces.
        const QList<IcsTime> replaced = timesOf(*event.recurrenceId);
        if (event.cancelled)
            ++m_result.skipped;
        else
            report(event, start,
                   replaced.isEmpty() ? start.identity(m_window.zone)
                                      : replaced.first().identity(m_window.zone));
        return;
    }
    if (event.cancelled) {
        ++m_result.skipped;
        return;
    }
    if (event.rule.isEmpty() && event.extraDates.isEmpty()) {
        report(event, start, "single");
        return;
    }

    QSet<QByteArray> excluded = overridden;
    QSet<QDate> excludedDays;
    for (const RawTime &raw : event.exceptionDates)
        for (const IcsTime &time : timesOf(raw)) {
            if (time.isDate() && !start.isDate())
                excludedDays.insert(time.date);
            else
                excluded.insert(time.identity(m_window.zone));
        }

    QList<IcsTime> occurrences;
    // The rule's days in the event's own zone; a day of margin each side for the move into
    // the window's zone.
    const QDate from = m_window.first.addDays(-2);
    const QDate to = m_window.last.addDays(2);
    if (!event.rule.isEmpty()) {
        QString problem;
        const RecurrenceRule rule = RecurrenceRule::parse(event.rule, &problem);
        if (!problem.isEmpty() && !m_result.notices.contains(problem))
            m_result.notices.append(problem);
        for (const QDate &day :
             rule.dates(start.date, from, to, untilDate(rule, start), maxOccurrences))
            occurrences.append(start.onDay(day));
    } else if (start.date >= from && start.date <= to) {
        occurrences.append(start);
    }
    for (const RawTime &raw : event.extraDates)
        for (const IcsTime &time : timesOf(raw))
            if (time.date >= from && time.date <= to)
                occurrences.append(time);

    QSet<QByteArray> seen;
    for (const IcsTime &occurrence : std::as_const(occurrences)) {
        const QByteArray identity = occurrence.identity(m_window.zone);
        if (excluded.contains(identity) || excludedDays.contains(occurrence.date) ||
            seen.contains(identity))
            continue;
        seen.insert(identity);
        report(event, occurrence, identity);
    }
}

ActivityReadResult Reader::run(const QByteArray &data)
{
    if (!IcsReader::looksLikeCalendar(data.left(4096))) {
        m_result.readable = false;
        m_result.error = tr("%1 is not an iCalendar file (it has no BEGIN:VCALENDAR).").arg(m_name);
        return m_result;
    }
    if (!parse(data))
        return m_result;
    // Which occurrences of each recurring meeting were replaced by an override.
    QHash<QByteArray, QSet<QByteArray>> overrides;
    for (RawEvent &event : m_events) {
        if (event.uid.isEmpty()) // no UID: the start names it
            event.uid = "dtstart:" + event.start.tzid + ':' + event.start.value;
        if (event.recurrenceId)
            for (const IcsTime &time : timesOf(*event.recurrenceId))
                overrides[event.uid].insert(time.identity(m_window.zone));
    }
    for (const RawEvent &event : std::as_const(m_events))
        if (!event.participants.isEmpty())
            expand(event, overrides.value(event.uid));
    if (m_progress)
        m_progress(data.size(), data.size());
    return m_result;
}

} // namespace

bool IcsReader::looksLikeCalendar(const QByteArray &head)
{
    return head.toUpper().contains("BEGIN:VCALENDAR");
}

ActivityReadResult IcsReader::read(const QString &path, const ActivityWindow &window,
                                   const ActivitySink &sink, const ActivityProgress &progress)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    ActivityReadResult failed;
    failed.readable = false;
    if (!file.open(QIODevice::ReadOnly)) {
        failed.error = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return failed;
    }
    if (file.size() > maxFileSize) {
        failed.error =
            tr("%1 is larger than 512 MB; export a shorter period of the calendar.").arg(name);
        return failed;
    }
    return readData(file.readAll(), name, window, sink, progress);
}

ActivityReadResult IcsReader::readData(const QByteArray &data, const QString &name,
                                       const ActivityWindow &window, const ActivitySink &sink,
                                       const ActivityProgress &progress)
{
    return Reader(name, window, sink, progress).run(data);
}

} // namespace Kingside
