#include "IcsReader.h"

#include "EmailAddress.h"
#include "RecurrenceRule.h"
#include "SplitBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace Kingside {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::IcsReader", text, disambiguation, n);
}

// Larger calendar files are refused rather than read into memory.
constexpr qint64 maxFileSize = qint64(512) * 1024 * 1024;
// Occurrences reported per recurring meeting, whatever its rule says (the latest ones).
constexpr int maxOccurrences = 5000;
// Periods a recurrence rule may walk, per meeting, and per file (a base and so many per
// meeting): an hourly rule walks about 44,000 in the five years read, a weekly one 260, a
// minutely one skips the hours it rules out. A file that asks for more is cut there.
constexpr qint64 maxStepsPerRule = 500000;
constexpr qint64 stepsPerFile = 2000000;
constexpr qint64 stepsPerMeeting = 2000;
// Periods the observances of one VTIMEZONE may walk, all its years together.
constexpr qint64 stepsPerZone = 200000;

using WallTime = RecurrenceRule::WallTime;

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

bool digits(QByteArrayView text, int *value);

// A zone known only from the file's own VTIMEZONE (Outlook's "Customized Time Zone", a
// TZID that names no IANA or Windows zone): its STANDARD and DAYLIGHT observances, each an
// onset (DTSTART, RRULE, RDATE) and the offsets before and after it (RFC 5545 section
// 3.6.5). The offset at a wall-clock time is the one of the latest onset before it.
class DefinedZone
{
public:
    struct Observance
    {
        WallTime start; // the first onset, in the local time before it (TZOFFSETFROM)
        int offsetFrom = 0;
        int offsetTo = 0;
        std::optional<RecurrenceRule> rule;
        WallTime until; // the rule's UNTIL as local time before the onset
        QList<WallTime> dates;
    };

    void add(const Observance &observance)
    {
        if (m_observances.size() < 100)
            m_observances.append(observance);
    }
    bool isEmpty() const { return m_observances.isEmpty(); }

    // Seconds ahead of UTC at `time`, a wall-clock time in this zone.
    int offsetAt(const WallTime &time) const
    {
        const QList<std::pair<WallTime, int>> &onsets = onsetsAround(time.date.year());
        int offset = m_observances.first().offsetFrom;
        for (const auto &[onset, after] : onsets) {
            if (onset > time)
                break;
            offset = after;
        }
        return offset;
    }

private:
    // The onsets of the year before and of `year`, and the latest one before those,
    // sorted; cached per year, as a file's meetings fall in a few years.
    const QList<std::pair<WallTime, int>> &onsetsAround(int year) const
    {
        const auto cached = m_onsets.constFind(year);
        if (cached != m_onsets.constEnd())
            return *cached;
        QList<std::pair<WallTime, int>> onsets;
        const WallTime from{QDate(year - 1, 1, 1), 0};
        const WallTime to{QDate(year, 12, 31), 86399};
        const WallTime before = from.addSeconds(-1);
        std::optional<std::pair<WallTime, int>> latestBefore;
        for (const Observance &o : m_observances) {
            const auto note = [&](const WallTime &onset) {
                if (onset >= from && onset <= to)
                    onsets.append({onset, o.offsetTo});
                else if (onset < from && (!latestBefore || latestBefore->first < onset))
                    latestBefore = std::pair{onset, o.offsetTo};
            };
            qint64 &budget = m_budget;
            if (o.rule) {
                for (const WallTime &onset :
                     o.rule->expand(o.start, from, to, o.until, 1000, &budget).occurrences)
                    note(onset);
                const auto earlier =
                    o.rule->expand(o.start, o.start, before, o.until, 1, &budget).occurrences;
                if (!earlier.isEmpty())
                    note(earlier.last());
            } else {
                note(o.start);
            }
            for (const WallTime &onset : o.dates)
                note(onset);
        }
        if (latestBefore)
            onsets.append(*latestBefore);
        std::sort(onsets.begin(), onsets.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        if (m_onsets.size() > 1000)
            m_onsets.clear();
        return *m_onsets.insert(year, onsets);
    }

    QList<Observance> m_observances;
    mutable QHash<int, QList<std::pair<WallTime, int>>> m_onsets;
    mutable qint64 m_budget = stepsPerZone;
};

// A DATE or DATE-TIME value as written: which of the four kinds RFC 5545 section 3.3.5 has,
// with a zone that is either one QTimeZone knows or the file's own definition.
struct IcsTime
{
    enum class Kind
    {
        Date,
        Floating,
        Utc,
        Zoned,
        Defined
    };
    Kind kind = Kind::Date;
    QDate date;
    QTime time;
    QTimeZone zone;                             // Zoned only
    std::shared_ptr<const DefinedZone> defined; // Defined only

    bool isValid() const { return date.isValid(); }
    bool isDate() const { return kind == Kind::Date; }
    WallTime wall() const { return WallTime::of(date, time); }

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
        case Kind::Defined:
            return QDateTime(date, time, QTimeZone::utc()).addSecs(-defined->offsetAt(wall()));
        }
        return {};
    }

    // The same instant as a wall-clock time of this time's own zone (for UNTIL, which is
    // written in UTC).
    WallTime wallOf(const QDateTime &moment, const QTimeZone &local) const
    {
        switch (kind) {
        case Kind::Zoned: {
            const QDateTime there = moment.toTimeZone(zone);
            return WallTime::of(there.date(), there.time());
        }
        case Kind::Utc: {
            const QDateTime there = moment.toUTC();
            return WallTime::of(there.date(), there.time());
        }
        case Kind::Defined: {
            // The offset at the wall time is what is sought: two rounds settle it.
            const QDateTime utc = moment.toUTC();
            WallTime guess = WallTime::of(utc.date(), utc.time());
            for (int round = 0; round < 2; ++round)
                guess = WallTime::of(utc.date(), utc.time()).addSeconds(defined->offsetAt(guess));
            return guess;
        }
        case Kind::Date:
        case Kind::Floating:
            break;
        }
        const QDateTime there = moment.toTimeZone(local);
        return WallTime::of(there.date(), there.time());
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

    IcsTime at(const WallTime &when) const
    {
        IcsTime other = *this;
        other.date = when.date;
        if (kind != Kind::Date)
            other.time = when.time();
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
    struct Zone
    {
        QTimeZone known;
        std::shared_ptr<const DefinedZone> defined;
    };

    void define(const QByteArray &tzid, std::shared_ptr<const DefinedZone> zone)
    {
        m_defined.insert(tzid, std::move(zone));
    }

    // The zone a TZID names: an IANA id, a Windows name (Outlook's "W. Europe Standard
    // Time", through QTimeZone::windowsIdToDefaultIanaId), a path ending in an IANA id
    // (Thunderbird/Lightning's "/mozilla.org/…/Europe/Oslo"), else the file's own VTIMEZONE
    // with its daylight saving rules. nullopt: unknown, read as floating.
    std::optional<Zone> resolve(const QByteArray &tzid, QStringList *notices)
    {
        const auto cached = m_resolved.constFind(tzid);
        if (cached != m_resolved.constEnd())
            return *cached;
        std::optional<Zone> zone;
        if (const auto known = lookUp(tzid)) {
            zone = Zone{*known, nullptr};
        } else if (const auto defined = m_defined.value(tzid); defined && !defined->isEmpty()) {
            zone = Zone{QTimeZone(), defined};
            notices->append(tr("The time zone “%1” is not one Kingside knows; the file's own "
                               "definition of it (its offsets and daylight saving rules) was "
                               "used.")
                                .arg(QString::fromUtf8(tzid)));
        } else {
            notices->append(tr("The time zone “%1” is not defined; its times were read as "
                               "local times.")
                                .arg(QString::fromUtf8(tzid)));
        }
        m_resolved.insert(tzid, zone);
        return zone;
    }

private:
    // A zone of the system's time zone database. QTimeZone alone would not do: on Linux it
    // reads a name it does not find as a POSIX TZ string, so "Office" would be UTC.
    static std::optional<QTimeZone> known(const QByteArray &id)
    {
        if (id.isEmpty() || id.startsWith('/') || id.contains(".."))
            return std::nullopt;
        if (!QTimeZone::isTimeZoneIdAvailable(id)) {
            // Older names the database keeps as links (US/Eastern, Europe/Kiev, EST5EDT).
            static const QString database =
                qEnvironmentVariable("TZDIR", QStringLiteral("/usr/share/zoneinfo"));
            if (!QFileInfo(database + QLatin1Char('/') + QString::fromUtf8(id)).isFile())
                return std::nullopt;
        }
        QTimeZone zone(id);
        return zone.isValid() ? std::optional(zone) : std::nullopt;
    }

    static std::optional<QTimeZone> lookUp(const QByteArray &tzid)
    {
        const QByteArray trimmed = tzid.trimmed();
        if (trimmed.isEmpty())
            return std::nullopt;
        if (const auto zone = known(trimmed))
            return zone;
        const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(trimmed);
        if (!iana.isEmpty())
            if (const auto zone = known(iana))
                return zone;
        const QList<QByteArray> parts = trimmed.split('/');
        for (int take = 3; take >= 2; --take) {
            if (parts.size() < take)
                continue;
            if (const auto zone = known(parts.mid(parts.size() - take).join('/')))
                return zone;
        }
        return std::nullopt;
    }

    QHash<QByteArray, std::shared_ptr<const DefinedZone>> m_defined;
    QHash<QByteArray, std::optional<Zone>> m_resolved;
};

// A local DATE-TIME as a VTIMEZONE writes its onsets ("16010101T030000": Outlook starts its
// rules in 1601), without the 1900–2200 bounds of a meeting's time.
std::optional<WallTime> wallTimeOf(QByteArrayView value)
{
    value = value.trimmed();
    int year = 0;
    int month = 0;
    int day = 0;
    if (value.size() < 8 || !digits(value.first(4), &year) || !digits(value.sliced(4, 2), &month) ||
        !digits(value.sliced(6, 2), &day))
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1)
        return std::nullopt;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (value.size() >= 15 && value[8] == 'T' &&
        (!digits(value.sliced(9, 2), &hour) || !digits(value.sliced(11, 2), &minute) ||
         !digits(value.sliced(13, 2), &second) || hour > 23 || minute > 59 || second > 60))
        return std::nullopt;
    return WallTime{date, hour * 3600 + minute * 60 + std::min(second, 59)};
}

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
    bool thisAndFuture = false; // RECURRENCE-ID;RANGE=THISANDFUTURE
    QByteArray rule;
    QList<RawTime> extraDates;
    QList<RawTime> exceptionDates;
    bool cancelled = false;
    QList<ActivityParticipant> participants;
};

// A change made "to this and all following" occurrences (RFC 5545 sections 3.2.13 and
// 3.8.4.4): from the occurrence it names on, the series moves by the change of start and
// takes the change's attendees, or ends when the change cancels it.
struct FutureChange
{
    QDateTime from; // the instant of the occurrence named by RECURRENCE-ID
    qint64 shiftSeconds = 0;
    const RawEvent *event = nullptr;
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
    void expand(const RawEvent &event, const QSet<QByteArray> &overridden,
                const QList<FutureChange> &futures);
    void report(const RawEvent &event, const IcsTime &when, const QByteArray &identity);
    WallTime untilOf(const RecurrenceRule &rule, const IcsTime &start);
    void addObservance();
    void notice(const QString &text);

    QString m_name;
    ActivityWindow m_window;
    const ActivitySink &m_sink;
    const ActivityProgress &m_progress;
    ActivityReadResult m_result;
    ZoneTable m_zones;
    QList<QByteArray> m_stack;
    RawEvent m_event;
    QByteArray m_zoneId;
    std::shared_ptr<DefinedZone> m_zone;
    // The STANDARD or DAYLIGHT observance being read.
    struct
    {
        std::optional<WallTime> start;
        std::optional<int> from;
        std::optional<int> to;
        QByteArray rule;
        QList<QByteArray> dates;
    } m_part;
    QList<RawEvent> m_events;
    qint64 m_steps = stepsPerFile;
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
            m_zone = std::make_shared<DefinedZone>();
        } else if (component == "STANDARD" || component == "DAYLIGHT")
            m_part = {};
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
        } else if ((component == "STANDARD" || component == "DAYLIGHT") && m_zone && m_part.start &&
                   m_part.to) {
            addObservance();
        } else if (component == "VTIMEZONE" && m_zone && !m_zoneId.isEmpty()) {
            m_zones.define(m_zoneId, std::move(m_zone));
            m_zone.reset();
        }
        return;
    }
    if (m_stack.isEmpty())
        return;
    const QByteArray &component = m_stack.last();
    if (component == "VTIMEZONE") {
        if (line.name == "TZID") {
            // A TEXT value: Outlook escapes the commas of "(UTC+10:00) Canberra, Melbourne,
            // Sydney" here, not in the TZID parameters that name it.
            m_zoneId = line.value.trimmed();
            m_zoneId.replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
        }
    } else if (component == "STANDARD" || component == "DAYLIGHT") {
        if (line.name == "DTSTART")
            m_part.start = wallTimeOf(line.value);
        else if (line.name == "TZOFFSETFROM")
            m_part.from = parseOffset(line.value);
        else if (line.name == "TZOFFSETTO")
            m_part.to = parseOffset(line.value);
        else if (line.name == "RRULE" && m_part.rule.isEmpty())
            m_part.rule = line.value;
        else if (line.name == "RDATE" && m_part.dates.size() < 1000)
            m_part.dates.append(line.value);
    } else if (component == "VEVENT" && m_stack.size() == 2) {
        // Only the properties that say when and who; SUMMARY, DESCRIPTION, LOCATION and
        // the rest are passed over unread.
        if (line.name == "UID")
            m_event.uid = line.value.trimmed();
        else if (line.name == "DTSTART")
            m_event.start = rawTimeOf(line);
        else if (line.name == "RECURRENCE-ID") {
            m_event.recurrenceId = rawTimeOf(line);
            m_event.thisAndFuture = line.parameter("RANGE").toUpper() == "THISANDFUTURE";
        } else if (line.name == "RRULE" && m_event.rule.isEmpty())
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

// One STANDARD or DAYLIGHT part of a VTIMEZONE (RFC 5545 section 3.6.5): its onsets are
// local times before the change, so a UTC UNTIL is moved by TZOFFSETFROM.
void Reader::addObservance()
{
    DefinedZone::Observance observance;
    observance.start = *m_part.start;
    observance.offsetTo = *m_part.to;
    observance.offsetFrom = m_part.from.value_or(*m_part.to);
    if (!m_part.rule.isEmpty()) {
        QString problem;
        const RecurrenceRule rule = RecurrenceRule::parse(m_part.rule, &problem);
        if (problem.isEmpty()) {
            observance.rule = rule;
            const QByteArray until = rule.until().trimmed();
            if (const auto wall = wallTimeOf(until))
                observance.until = until.endsWith('Z') || until.endsWith('z')
                                       ? wall->addSeconds(observance.offsetFrom)
                                       : *wall;
        }
    }
    for (const QByteArray &value : std::as_const(m_part.dates))
        for (const QByteArrayView part : splitBytes(value, ','))
            if (const auto wall = wallTimeOf(part))
                observance.dates.append(*wall);
    m_zone->add(observance);
}

void Reader::notice(const QString &text)
{
    if (!m_result.notices.contains(text))
        m_result.notices.append(text);
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
            if (zone->defined) {
                time.kind = IcsTime::Kind::Defined;
                time.defined = zone->defined;
            } else {
                time.kind = IcsTime::Kind::Zoned;
                time.zone = zone->known;
            }
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

// UNTIL as a wall-clock time of the start's zone: a DATE ends with its day, a UTC time is
// moved into the start's zone (RFC 5545 section 3.3.10: UNTIL is UTC when DTSTART has a
// zone), a floating one is taken as written. Invalid: no UNTIL.
WallTime Reader::untilOf(const RecurrenceRule &rule, const IcsTime &start)
{
    if (rule.until().isEmpty())
        return {};
    const auto until = timeOf(rule.until(), {}, false);
    if (!until)
        return {};
    if (until->isDate())
        return {until->date, start.isDate() ? 0 : 86399};
    if (start.isDate())
        return {until->date, 0};
    if (until->kind == IcsTime::Kind::Floating)
        return until->wall();
    return start.wallOf(until->instant(m_window.zone), m_window.zone);
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

void Reader::expand(const RawEvent &event, const QSet<QByteArray> &overridden,
                    const QList<FutureChange> &futures)
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
    // The rule's times in the event's own zone; a day of margin each side for the move into
    // the window's zone.
    const QDate from = m_window.first.addDays(-2);
    const QDate to = m_window.last.addDays(2);
    if (!event.rule.isEmpty()) {
        QString problem;
        RecurrenceRule rule = RecurrenceRule::parse(event.rule, &problem);
        if (!problem.isEmpty())
            notice(tr("A recurring meeting was counted once, on its first day: %1.").arg(problem));
        if (start.isDate() && rule.isSubDaily()) {
            notice(tr("A recurring all-day event repeats by the hour, minute or second, which "
                      "RFC 5545 does not allow; it was counted once, on its first day."));
            rule = RecurrenceRule::parse("FREQ=YEARLY;COUNT=1", &problem);
        }
        qint64 steps = std::min(maxStepsPerRule, m_steps);
        const qint64 given = steps;
        const RecurrenceRule::Expansion expansion = rule.expand(
            start.wall(), {from, 0}, {to, 86399}, untilOf(rule, start), maxOccurrences, &steps);
        m_steps -= given - steps;
        if (expansion.cut)
            notice(tr("A meeting repeats more often than Kingside expands (%1 times in the "
                      "period read, or a rule that needs too many steps); its latest "
                      "occurrences were counted.")
                       .arg(maxOccurrences));
        for (const WallTime &when : expansion.occurrences)
            occurrences.append(start.at(when));
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
        // The latest change "to this and all following" made at or before this occurrence.
        const FutureChange *change = nullptr;
        if (!futures.isEmpty()) {
            const QDateTime at = occurrence.instant(m_window.zone);
            for (const FutureChange &future : futures)
                if (future.from <= at)
                    change = &future;
        }
        if (!change) {
            if (!event.participants.isEmpty())
                report(event, occurrence, identity);
        } else if (change->event->cancelled) {
            ++m_result.skipped;
        } else {
            const qint64 days = std::llround(double(change->shiftSeconds) / 86400.0);
            const IcsTime moved =
                occurrence.isDate()
                    ? occurrence.at({occurrence.date.addDays(days), 0})
                    : occurrence.at(occurrence.wall().addSeconds(change->shiftSeconds));
            const RawEvent &who = change->event->participants.isEmpty() ? event : *change->event;
            if (!who.participants.isEmpty())
                report(who, moved, identity);
        }
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
    // Changes "to this and all following" of each recurring meeting, in the order of the
    // occurrences they start from.
    QHash<QByteArray, QList<FutureChange>> futures;
    for (const RawEvent &event : std::as_const(m_events)) {
        if (!event.recurrenceId || !event.thisAndFuture)
            continue;
        const QList<IcsTime> named = timesOf(*event.recurrenceId);
        const QList<IcsTime> starts = timesOf(event.start);
        if (named.isEmpty())
            continue;
        FutureChange change;
        change.from = named.first().instant(m_window.zone);
        change.event = &event;
        if (!starts.isEmpty())
            change.shiftSeconds = change.from.secsTo(starts.first().instant(m_window.zone));
        futures[event.uid].append(change);
    }
    for (QList<FutureChange> &changes : futures)
        std::sort(changes.begin(), changes.end(),
                  [](const FutureChange &a, const FutureChange &b) { return a.from < b.from; });
    m_steps = stepsPerFile + stepsPerMeeting * m_events.size();
    for (const RawEvent &event : std::as_const(m_events))
        if (!event.participants.isEmpty() || futures.contains(event.uid))
            expand(event, overrides.value(event.uid), futures.value(event.uid));
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
