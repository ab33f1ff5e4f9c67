#include "RecurrenceRule.h"

#include "SplitBytes.h"

#include <QCoreApplication>

#include <algorithm>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::RecurrenceRule", text);
}

int weekdayOf(QByteArrayView code)
{
    static const char *const names[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    for (int i = 0; i < 7; ++i)
        if (code.compare(QByteArrayView(names[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    return 0;
}

bool toInt(QByteArrayView text, int *value, int low, int high)
{
    bool ok = false;
    const int parsed = text.trimmed().toInt(&ok);
    if (!ok || parsed < low || parsed > high)
        return false;
    *value = parsed;
    return true;
}

bool intList(QByteArrayView text, QList<int> *values, int low, int high, bool nonZero)
{
    for (const QByteArrayView part : splitBytes(text, ',')) {
        int value = 0;
        if (!toInt(part, &value, low, high) || (nonZero && value == 0))
            return false;
        values->append(value);
    }
    return !values->isEmpty();
}

template <typename Mask>
bool maskList(QByteArrayView text, Mask *mask, int low, int high)
{
    QList<int> values;
    if (!intList(text, &values, low, high, false))
        return false;
    for (int value : std::as_const(values))
        *mask |= Mask(1) << value;
    return true;
}

template <typename Mask>
QList<int> valuesOf(Mask mask, int high)
{
    QList<int> values;
    for (int i = 0; i <= high; ++i)
        if (mask & (Mask(1) << i))
            values.append(i);
    return values;
}

// Floor division, for periods before the start.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

QDate weekStartOf(const QDate &day, int weekStart)
{
    return day.addDays(-((day.dayOfWeek() - weekStart + 7) % 7));
}

// The first day of week 1 of `year`: the week (from weekStart) that holds 4 January, so
// that it has at least four days of the year (RFC 5545 section 3.3.10, BYWEEKNO; ISO 8601).
QDate firstWeekOf(int year, int weekStart)
{
    return weekStartOf(QDate(year, 1, 4), weekStart);
}

} // namespace

RecurrenceRule::WallTime RecurrenceRule::WallTime::fromSeconds(qint64 seconds)
{
    const qint64 day = floorDiv(seconds, 86400);
    return {QDate::fromJulianDay(day), int(seconds - day * 86400)};
}

// The BYxxx parts with what RFC 5545 takes from DTSTART when the rule does not say:
// "FREQ=YEARLY;BYMONTH=1" repeats on DTSTART's day of the month, at DTSTART's time.
struct RecurrenceRule::Filled
{
    std::uint16_t months = 0;
    QList<int> monthDays;
    QList<WeekdaySpec> byDay;
    Scope scope = Scope::None;
    QList<int> times; // seconds of the day, sorted: daily and longer rules
};

RecurrenceRule RecurrenceRule::parse(QByteArrayView text, QString *problem)
{
    RecurrenceRule rule;
    bool frequencySeen = false;
    for (const QByteArrayView part : splitBytes(text.trimmed(), ';')) {
        const qsizetype equals = part.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray name = part.first(equals).trimmed().toByteArray().toUpper();
        const QByteArrayView value = part.sliced(equals + 1).trimmed();
        bool ok = true;
        if (name == "FREQ") {
            frequencySeen = true;
            static const char *const codes[] = {"SECONDLY", "MINUTELY", "HOURLY", "DAILY",
                                                "WEEKLY",   "MONTHLY",  "YEARLY"};
            const QByteArray code = value.toByteArray().toUpper();
            ok = false;
            for (int i = 0; i < 7; ++i)
                if (code == codes[i]) {
                    rule.m_frequency = Frequency(i);
                    ok = true;
                }
        } else if (name == "INTERVAL") {
            ok = toInt(value, &rule.m_interval, 1, 1000000);
        } else if (name == "COUNT") {
            ok = toInt(value, &rule.m_count, 1, 1000000);
        } else if (name == "UNTIL") {
            rule.m_until = value.toByteArray();
        } else if (name == "WKST") {
            rule.m_weekStart = weekdayOf(value);
            ok = rule.m_weekStart > 0;
            if (!ok)
                rule.m_weekStart = 1;
        } else if (name == "BYDAY") {
            for (const QByteArrayView item : splitBytes(value, ',')) {
                const QByteArrayView spec = item.trimmed();
                if (spec.size() < 2) {
                    ok = false;
                    break;
                }
                WeekdaySpec weekday;
                weekday.weekday = weekdayOf(spec.last(2));
                if (spec.size() > 2)
                    ok = toInt(spec.first(spec.size() - 2), &weekday.ordinal, -53, 53) &&
                         weekday.ordinal != 0;
                if (!ok || weekday.weekday == 0) {
                    ok = false;
                    break;
                }
                rule.m_byDay.append(weekday);
            }
        } else if (name == "BYMONTHDAY") {
            ok = intList(value, &rule.m_byMonthDay, -31, 31, true);
        } else if (name == "BYYEARDAY") {
            ok = intList(value, &rule.m_byYearDay, -366, 366, true);
        } else if (name == "BYWEEKNO") {
            ok = intList(value, &rule.m_byWeekNo, -53, 53, true);
        } else if (name == "BYMONTH") {
            ok = maskList(value, &rule.m_byMonth, 1, 12);
        } else if (name == "BYHOUR") {
            ok = maskList(value, &rule.m_byHour, 0, 23);
        } else if (name == "BYMINUTE") {
            ok = maskList(value, &rule.m_byMinute, 0, 59);
        } else if (name == "BYSECOND") {
            ok = maskList(value, &rule.m_bySecond, 0, 60);
            if (ok && (rule.m_bySecond & (std::uint64_t(1) << 60)))
                rule.m_bySecond = (rule.m_bySecond & ~(std::uint64_t(1) << 60)) |
                                  (std::uint64_t(1) << 59); // a leap second: :59
        } else if (name == "BYSETPOS") {
            ok = intList(value, &rule.m_bySetPos, -366, 366, true);
        }
        // Other parts (X- names, RSCALE and SKIP of RFC 7529) change no Gregorian date.
        if (!ok) {
            *problem = tr("the recurrence rule part %1 is not valid").arg(QString::fromUtf8(name));
            rule.m_frequency = Frequency::Unsupported;
            return rule;
        }
    }
    if (!frequencySeen) {
        *problem = tr("a recurrence rule has no FREQ");
        rule.m_frequency = Frequency::Unsupported;
    }
    return rule;
}

RecurrenceRule::Filled RecurrenceRule::filled(const WallTime &start) const
{
    Filled f;
    f.months = m_byMonth;
    f.monthDays = m_byMonthDay;
    f.byDay = m_byDay;
    const bool noDay = m_byDay.isEmpty() && m_byMonthDay.isEmpty() && m_byYearDay.isEmpty() &&
                       m_byWeekNo.isEmpty();
    if (noDay) {
        if (m_frequency == Frequency::Yearly) {
            f.monthDays = {start.date.day()};
            if (f.months == 0)
                f.months = std::uint16_t(1u << start.date.month());
        } else if (m_frequency == Frequency::Monthly) {
            f.monthDays = {start.date.day()};
        } else if (m_frequency == Frequency::Weekly) {
            f.byDay = {{0, start.date.dayOfWeek()}};
        }
    }
    // A numbered weekday (2TU, -1FR) counts within the month, or the year when a yearly
    // rule names no month (RFC 5545 section 3.3.10, BYDAY).
    if (m_frequency == Frequency::Monthly)
        f.scope = Scope::Month;
    else if (m_frequency == Frequency::Yearly)
        f.scope = m_byMonth != 0 ? Scope::Month : Scope::Year;
    if (!isSubDaily()) {
        const QList<int> hours =
            m_byHour ? valuesOf(m_byHour, 23) : QList<int>{start.second / 3600};
        const QList<int> minutes =
            m_byMinute ? valuesOf(m_byMinute, 59) : QList<int>{start.second / 60 % 60};
        const QList<int> seconds =
            m_bySecond ? valuesOf(m_bySecond, 59) : QList<int>{start.second % 60};
        for (int h : hours)
            for (int m : minutes)
                for (int s : seconds)
                    f.times.append(h * 3600 + m * 60 + s);
    }
    return f;
}

bool RecurrenceRule::dayMatches(const QDate &day, const Filled &f) const
{
    if (f.months != 0 && !(f.months & (1u << day.month())))
        return false;
    if (!m_byWeekNo.isEmpty()) {
        int weekYear = day.year();
        QDate first = firstWeekOf(weekYear, m_weekStart);
        if (day < first) {
            --weekYear;
            first = firstWeekOf(weekYear, m_weekStart);
        } else if (const QDate next = firstWeekOf(weekYear + 1, m_weekStart); day >= next) {
            ++weekYear;
            first = next;
        }
        const int number = int(first.daysTo(day) / 7) + 1;
        const int weeks = int(first.daysTo(firstWeekOf(weekYear + 1, m_weekStart)) / 7);
        if (std::none_of(m_byWeekNo.begin(), m_byWeekNo.end(),
                         [&](int n) { return (n > 0 ? n : weeks + 1 + n) == number; }))
            return false;
    }
    if (!m_byYearDay.isEmpty()) {
        const int length = day.daysInYear();
        if (std::none_of(m_byYearDay.begin(), m_byYearDay.end(),
                         [&](int n) { return (n > 0 ? n : length + 1 + n) == day.dayOfYear(); }))
            return false;
    }
    if (!f.monthDays.isEmpty()) {
        const int length = day.daysInMonth();
        if (std::none_of(f.monthDays.begin(), f.monthDays.end(),
                         [&](int n) { return (n > 0 ? n : length + 1 + n) == day.day(); }))
            return false;
    }
    if (!f.byDay.isEmpty()) {
        const int weekday = day.dayOfWeek();
        const int index = f.scope == Scope::Year ? day.dayOfYear() - 1 : day.day() - 1;
        const int length = f.scope == Scope::Year ? day.daysInYear() : day.daysInMonth();
        if (std::none_of(f.byDay.begin(), f.byDay.end(), [&](const WeekdaySpec &spec) {
                if (spec.weekday != weekday)
                    return false;
                if (spec.ordinal == 0 || f.scope == Scope::None)
                    return true;
                return spec.ordinal > 0 ? index / 7 + 1 == spec.ordinal
                                        : (length - 1 - index) / 7 + 1 == -spec.ordinal;
            }))
            return false;
    }
    return true;
}

qint64 RecurrenceRule::step() const
{
    switch (m_frequency) {
    case Frequency::Secondly:
        return m_interval;
    case Frequency::Minutely:
        return qint64(m_interval) * 60;
    case Frequency::Hourly:
        return qint64(m_interval) * 3600;
    default:
        return qint64(m_interval) * 86400;
    }
}

// The period (counted in INTERVALs from the start's) that holds `time`, or the one before it
// when the interval skips it.
qint64 RecurrenceRule::periodOf(const WallTime &time, const WallTime &start) const
{
    qint64 units = 0;
    switch (m_frequency) {
    case Frequency::Yearly:
        units = time.date.year() - start.date.year();
        break;
    case Frequency::Monthly:
        units = qint64(time.date.year() - start.date.year()) * 12 + time.date.month() -
                start.date.month();
        break;
    case Frequency::Weekly:
        units = floorDiv(
            weekStartOf(start.date, m_weekStart).daysTo(weekStartOf(time.date, m_weekStart)), 7);
        break;
    case Frequency::Daily:
        units = start.date.daysTo(time.date);
        break;
    case Frequency::Hourly:
    case Frequency::Minutely:
    case Frequency::Secondly:
        return floorDiv(time.seconds() - start.seconds(), step());
    case Frequency::Unsupported:
        break;
    }
    return floorDiv(units, m_interval);
}

QList<RecurrenceRule::WallTime> RecurrenceRule::candidates(qint64 period, const WallTime &start,
                                                           const Filled &f, bool backward,
                                                           std::optional<qint64> *skipTo) const
{
    QList<WallTime> set;
    const auto addDay = [&](const QDate &day) {
        if (day.isValid() && dayMatches(day, f))
            for (int second : f.times)
                set.append({day, second});
    };
    const auto addMonth = [&](int year, int month) {
        const QDate first(year, month, 1);
        for (int d = 0, length = first.daysInMonth(); d < length; ++d)
            addDay(first.addDays(d));
    };
    switch (m_frequency) {
    case Frequency::Yearly: {
        const qint64 year = start.date.year() + period * m_interval;
        if (year > 9999)
            return {};
        for (int month = 1; month <= 12; ++month)
            if (f.months == 0 || (f.months & (1u << month)))
                addMonth(int(year), month);
        break;
    }
    case Frequency::Monthly: {
        const qint64 index =
            qint64(start.date.year()) * 12 + start.date.month() - 1 + period * m_interval;
        if (index / 12 > 9999)
            return {};
        addMonth(int(index / 12), int(index % 12) + 1);
        break;
    }
    case Frequency::Weekly: {
        const QDate first = weekStartOf(start.date, m_weekStart).addDays(7 * period * m_interval);
        for (int i = 0; i < 7; ++i)
            addDay(first.addDays(i));
        break;
    }
    case Frequency::Daily:
        addDay(start.date.addDays(period * m_interval));
        break;
    case Frequency::Hourly:
    case Frequency::Minutely:
    case Frequency::Secondly: {
        const qint64 origin = start.seconds();
        const qint64 at = origin + period * step();
        const WallTime time = WallTime::fromSeconds(at);
        // Jump past a whole day, hour or minute the rule rules out, rather than stepping
        // through it: the unit [from, from + length) of this period.
        const auto skip = [&](qint64 length) {
            const qint64 from = at - time.second % length;
            *skipTo = backward ? floorDiv(from - 1 - origin, step())
                               : floorDiv(from + length - origin + step() - 1, step());
            return QList<WallTime>();
        };
        const int hour = time.second / 3600;
        const int minute = time.second / 60 % 60;
        const int second = time.second % 60;
        if (!dayMatches(time.date, f))
            return skip(86400);
        if (m_byHour && !(m_byHour & (1u << hour)))
            return skip(3600);
        if (m_frequency == Frequency::Hourly) {
            const QList<int> minutes = m_byMinute ? valuesOf(m_byMinute, 59) : QList<int>{minute};
            const QList<int> seconds = m_bySecond ? valuesOf(m_bySecond, 59) : QList<int>{second};
            for (int m : minutes)
                for (int s : seconds)
                    set.append({time.date, hour * 3600 + m * 60 + s});
            break;
        }
        if (m_byMinute && !(m_byMinute & (std::uint64_t(1) << minute)))
            return skip(60);
        if (m_frequency == Frequency::Minutely) {
            const QList<int> seconds = m_bySecond ? valuesOf(m_bySecond, 59) : QList<int>{second};
            for (int s : seconds)
                set.append({time.date, hour * 3600 + minute * 60 + s});
            break;
        }
        if (m_bySecond && !(m_bySecond & (std::uint64_t(1) << second)))
            return {};
        set.append(time);
        break;
    }
    case Frequency::Unsupported:
        break;
    }
    if (m_bySetPos.isEmpty() || set.isEmpty())
        return set;
    QList<WallTime> chosen;
    for (int position : m_bySetPos) {
        const qsizetype index = position > 0 ? position - 1 : set.size() + position;
        if (index >= 0 && index < set.size())
            chosen.append(set.at(index));
    }
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    return chosen;
}

RecurrenceRule::Expansion RecurrenceRule::expand(const WallTime &start, const WallTime &first,
                                                 const WallTime &last, const WallTime &until,
                                                 int limit, qint64 *budget) const
{
    Expansion out;
    if (!start.isValid() || limit <= 0)
        return out;
    const WallTime end = until.isValid() && until < last ? until : last;
    if (start > end)
        return out;
    const bool startShown = start >= first;
    if (m_frequency == Frequency::Unsupported) {
        if (startShown)
            out.occurrences.append(start);
        return out;
    }
    const Filled f = filled(start);
    const qint64 lastPeriod = periodOf(end, start);

    if (m_count == 0) {
        // No COUNT: each period stands alone, so walk back from the end and stop at `first`
        // or at `limit`, which keeps the latest occurrences.
        const qint64 firstPeriod = first > start ? std::max<qint64>(0, periodOf(first, start)) : 0;
        QList<WallTime> found; // newest first
        for (qint64 period = lastPeriod; period >= firstPeriod && !out.cut;) {
            if (*budget <= 0) {
                out.cut = true;
                break;
            }
            --*budget;
            std::optional<qint64> skipTo;
            const QList<WallTime> set = candidates(period, start, f, true, &skipTo);
            for (auto it = set.crbegin(); it != set.crend(); ++it) {
                if (*it > end || *it <= start || *it < first)
                    continue;
                if (found.size() >= limit) {
                    out.cut = true;
                    break;
                }
                found.append(*it);
            }
            period = skipTo ? *skipTo : period - 1;
        }
        if (startShown) {
            if (found.size() < limit)
                found.append(start);
            else
                out.cut = true;
        }
        std::reverse(found.begin(), found.end());
        out.occurrences = std::move(found);
        return out;
    }

    // COUNT: the occurrences before `first` count too, so walk forward from the start.
    int emitted = 1; // DTSTART is the first occurrence
    QList<WallTime> kept;
    if (startShown)
        kept.append(start);
    for (qint64 period = 0; period <= lastPeriod && emitted < m_count;) {
        if (*budget <= 0) {
            out.cut = true;
            break;
        }
        --*budget;
        std::optional<qint64> skipTo;
        const QList<WallTime> set = candidates(period, start, f, false, &skipTo);
        bool past = false;
        for (const WallTime &time : set) {
            if (time <= start)
                continue;
            if (time > end || emitted >= m_count) {
                past = true;
                break;
            }
            ++emitted;
            if (time >= first) {
                kept.append(time);
                if (kept.size() >= 2 * qsizetype(limit)) {
                    kept.remove(0, kept.size() - limit);
                    out.cut = true;
                }
            }
        }
        if (past)
            break;
        period = skipTo ? *skipTo : period + 1;
    }
    if (kept.size() > limit) {
        kept.remove(0, kept.size() - limit);
        out.cut = true;
    }
    out.occurrences = std::move(kept);
    return out;
}

} // namespace Kingside
