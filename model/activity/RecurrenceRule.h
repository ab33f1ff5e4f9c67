#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <cstdint>
#include <optional>

namespace Kingside {

// An iCalendar RRULE (RFC 5545 section 3.3.10), expanded as that section's table says:
// FREQ from SECONDLY to YEARLY, INTERVAL, COUNT, UNTIL, WKST, and every BYxxx part (BYMONTH,
// BYWEEKNO, BYYEARDAY, BYMONTHDAY, BYDAY with ordinals such as 2TU or -1FR, BYHOUR,
// BYMINUTE, BYSECOND, BYSETPOS), each expanding or limiting by the frequency. Times are
// wall-clock times of the start's own zone; the reader places them in time (README,
// "Activity: meetings and mail keep freshness true").
class RecurrenceRule
{
public:
    enum class Frequency
    {
        Secondly,
        Minutely,
        Hourly,
        Daily,
        Weekly,
        Monthly,
        Yearly,
        Unsupported
    };

    // A date and a time of day as a clock on the wall shows them, with no zone.
    struct WallTime
    {
        QDate date;
        int second = 0; // since midnight, 0 to 86399

        static WallTime of(const QDate &date, const QTime &time)
        {
            return {date, time.isValid() ? time.msecsSinceStartOfDay() / 1000 : 0};
        }
        QTime time() const { return QTime::fromMSecsSinceStartOfDay(second * 1000); }
        bool isValid() const { return date.isValid(); }
        qint64 seconds() const { return date.toJulianDay() * 86400 + second; }
        static WallTime fromSeconds(qint64 seconds);
        WallTime addSeconds(qint64 seconds) const { return fromSeconds(this->seconds() + seconds); }
        friend bool operator==(const WallTime &a, const WallTime &b)
        {
            return a.date == b.date && a.second == b.second;
        }
        friend bool operator<(const WallTime &a, const WallTime &b)
        {
            return a.date < b.date || (a.date == b.date && a.second < b.second);
        }
        friend bool operator<=(const WallTime &a, const WallTime &b) { return !(b < a); }
        friend bool operator>(const WallTime &a, const WallTime &b) { return b < a; }
        friend bool operator>=(const WallTime &a, const WallTime &b) { return !(a < b); }
    };

    struct Expansion
    {
        QList<WallTime> occurrences; // in order
        // More occurrences fell inside the bounds than `limit`, or the rule needed more
        // steps than the budget allowed: the latest ones were kept.
        bool cut = false;
    };

    // Parses the value of an RRULE property. An empty or broken rule gives Unsupported with
    // *problem set.
    static RecurrenceRule parse(QByteArrayView text, QString *problem);

    Frequency frequency() const { return m_frequency; }
    bool isSubDaily() const { return m_frequency < Frequency::Daily; }
    int count() const { return m_count; }
    // The raw UNTIL value (a DATE or DATE-TIME), for the reader to place in the start's zone.
    QByteArray until() const { return m_until; }

    // The occurrences from `start` (always the first, as RFC 5545 counts it) up to `until`
    // (inclusive, when valid) and `last`, reported from `first` on: at most `limit`, the
    // latest ones when there are more. A rule without COUNT is walked back from `last`, so a
    // meeting that began decades ago costs no more than one that began this year; `budget`
    // (decremented) bounds the periods walked, whatever the rule says.
    Expansion expand(const WallTime &start, const WallTime &first, const WallTime &last,
                     const WallTime &until, int limit, qint64 *budget) const;

private:
    struct WeekdaySpec
    {
        int ordinal = 0; // 0: every such weekday of the period
        int weekday = 1; // 1 Monday … 7 Sunday
    };
    enum class Scope
    {
        None,
        Month,
        Year
    };
    // The BYxxx parts with the defaults RFC 5545 takes from DTSTART filled in.
    struct Filled;

    Filled filled(const WallTime &start) const;
    qint64 periodOf(const WallTime &time, const WallTime &start) const;
    // The period's occurrences, sorted, after BYSETPOS. For sub-daily rules, *skipTo (when
    // set) is the next period worth looking at (before this one when walking backward),
    // because this one's day, hour or minute is ruled out.
    QList<WallTime> candidates(qint64 period, const WallTime &start, const Filled &f, bool backward,
                               std::optional<qint64> *skipTo) const;
    bool dayMatches(const QDate &day, const Filled &f) const;
    qint64 step() const; // seconds per period of a sub-daily rule

    Frequency m_frequency = Frequency::Unsupported;
    int m_interval = 1;
    int m_count = 0; // 0: no COUNT
    int m_weekStart = 1;
    QByteArray m_until;
    QList<WeekdaySpec> m_byDay;
    QList<int> m_byMonthDay;
    QList<int> m_byYearDay;
    QList<int> m_byWeekNo;
    QList<int> m_bySetPos;
    std::uint16_t m_byMonth = 0; // bit m for month m
    std::uint32_t m_byHour = 0;  // bit h
    std::uint64_t m_byMinute = 0;
    std::uint64_t m_bySecond = 0; // 0 to 60 (a leap second is read as 59)
};

} // namespace Kingside
