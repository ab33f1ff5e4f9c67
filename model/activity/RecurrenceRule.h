#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>

namespace Kingside {

// An iCalendar RRULE (RFC 5545 section 3.3.10) reduced to what decides on which days a
// meeting happens: FREQ DAILY to YEARLY, INTERVAL, COUNT, UNTIL, BYDAY (with ordinals such
// as 2TU or -1FR), BYMONTHDAY, BYMONTH, BYSETPOS and WKST. BYHOUR, BYMINUTE and BYSECOND only
// repeat a meeting within its day, so they change no day and are left aside. A rule with
// parts Kingside does not expand (BYWEEKNO, BYYEARDAY, an hourly frequency) keeps its first
// occurrence only, and says so (README, "Activity: meetings and mail keep freshness true").
class RecurrenceRule
{
public:
    enum class Frequency
    {
        Daily,
        Weekly,
        Monthly,
        Yearly,
        Unsupported
    };

    // Parses the value of an RRULE property. An empty or broken rule gives Unsupported with
    // *problem set.
    static RecurrenceRule parse(QByteArrayView text, QString *problem);

    Frequency frequency() const { return m_frequency; }
    int count() const { return m_count; }
    // The raw UNTIL value (a DATE or DATE-TIME), for the reader to place in the event's zone.
    QByteArray until() const { return m_until; }

    // The dates of the occurrences from `start` (always the first occurrence), up to
    // `until` (inclusive, when valid) and `to`, reported only from `from` on, at most `limit`.
    // A rule that started long before `from` is not walked from its start unless COUNT needs it.
    QList<QDate> dates(const QDate &start, const QDate &from, const QDate &to, const QDate &until,
                       int limit) const;

private:
    struct WeekdaySpec
    {
        int ordinal = 0; // 0: every such weekday of the period
        int weekday = 1; // 1 Monday … 7 Sunday
    };

    QList<QDate> candidates(qint64 period, const QDate &start) const;
    QList<QDate> inMonth(int year, int month, const QDate &start, bool everyDayIfBare) const;
    QList<QDate> weekdaysIn(const QDate &first, const QDate &last) const;
    bool matchesMonth(const QDate &day) const;
    bool matchesWeekday(const QDate &day) const;
    bool matchesMonthDay(const QDate &day) const;
    QList<QDate> applySetPositions(QList<QDate> days) const;

    Frequency m_frequency = Frequency::Unsupported;
    int m_interval = 1;
    int m_count = 0; // 0: no COUNT
    int m_weekStart = 1;
    QByteArray m_until;
    QList<WeekdaySpec> m_byDay;
    QList<int> m_byMonthDay;
    QList<int> m_byMonth;
    QList<int> m_bySetPos;
};

} // namespace Kingside
