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

// A rule is walked at most this many periods, whatever it says: a daily rule over
// thirty years, or a broken one, stays cheap.
constexpr qint64 maxPeriods = 20000;

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

QDate weekStartOf(const QDate &day, int weekStart)
{
    return day.addDays(-((day.dayOfWeek() - weekStart + 7) % 7));
}

} // namespace

RecurrenceRule RecurrenceRule::parse(QByteArrayView text, QString *problem)
{
    RecurrenceRule rule;
    bool frequencySeen = false;
    bool unexpanded = false;
    for (const QByteArrayView part : splitBytes(text.trimmed(), ';')) {
        const qsizetype equals = part.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray name = part.first(equals).trimmed().toByteArray().toUpper();
        const QByteArrayView value = part.sliced(equals + 1).trimmed();
        bool ok = true;
        if (name == "FREQ") {
            frequencySeen = true;
            const QByteArray code = value.toByteArray().toUpper();
            if (code == "DAILY")
                rule.m_frequency = Frequency::Daily;
            else if (code == "WEEKLY")
                rule.m_frequency = Frequency::Weekly;
            else if (code == "MONTHLY")
                rule.m_frequency = Frequency::Monthly;
            else if (code == "YEARLY")
                rule.m_frequency = Frequency::Yearly;
            else
                unexpanded = true;
        } else if (name == "INTERVAL") {
            ok = toInt(value, &rule.m_interval, 1, 10000);
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
        } else if (name == "BYMONTH") {
            ok = intList(value, &rule.m_byMonth, 1, 12, false);
        } else if (name == "BYSETPOS") {
            ok = intList(value, &rule.m_bySetPos, -366, 366, true);
        } else if (name == "BYWEEKNO" || name == "BYYEARDAY") {
            unexpanded = true;
        }
        if (!ok) {
            *problem = tr("the recurrence rule part %1 is not valid").arg(QString::fromUtf8(name));
            rule.m_frequency = Frequency::Unsupported;
            return rule;
        }
    }
    if (!frequencySeen) {
        *problem = tr("a recurrence rule has no FREQ");
        rule.m_frequency = Frequency::Unsupported;
    } else if (unexpanded) {
        *problem = tr("a recurrence rule Kingside does not expand (hourly, or by week or day of "
                      "the year); only its first meeting was counted");
        rule.m_frequency = Frequency::Unsupported;
    }
    return rule;
}

bool RecurrenceRule::matchesMonth(const QDate &day) const
{
    return m_byMonth.isEmpty() || m_byMonth.contains(day.month());
}

bool RecurrenceRule::matchesWeekday(const QDate &day) const
{
    if (m_byDay.isEmpty())
        return true;
    return std::any_of(m_byDay.begin(), m_byDay.end(),
                       [&](const WeekdaySpec &spec) { return spec.weekday == day.dayOfWeek(); });
}

bool RecurrenceRule::matchesMonthDay(const QDate &day) const
{
    if (m_byMonthDay.isEmpty())
        return true;
    const int length = day.daysInMonth();
    return std::any_of(m_byMonthDay.begin(), m_byMonthDay.end(), [&](int value) {
        return (value > 0 ? value : length + 1 + value) == day.day();
    });
}

// The days between first and last (inclusive) that BYDAY names: every such weekday, or the
// n-th (from the end when negative).
QList<QDate> RecurrenceRule::weekdaysIn(const QDate &first, const QDate &last) const
{
    QList<QDate> days;
    for (const WeekdaySpec &spec : m_byDay) {
        QList<QDate> matching;
        QDate day = first.addDays((spec.weekday - first.dayOfWeek() + 7) % 7);
        for (; day <= last; day = day.addDays(7))
            matching.append(day);
        if (spec.ordinal == 0)
            days.append(matching);
        else if (spec.ordinal > 0 && spec.ordinal <= matching.size())
            days.append(matching.at(spec.ordinal - 1));
        else if (spec.ordinal < 0 && -spec.ordinal <= matching.size())
            days.append(matching.at(matching.size() + spec.ordinal));
    }
    return days;
}

QList<QDate> RecurrenceRule::inMonth(int year, int month, const QDate &start,
                                     bool everyDayIfBare) const
{
    const QDate first(year, month, 1);
    const QDate last(year, month, first.daysInMonth());
    QList<QDate> days;
    if (!m_byMonthDay.isEmpty()) {
        for (int value : m_byMonthDay) {
            const int day = value > 0 ? value : first.daysInMonth() + 1 + value;
            const QDate date(year, month, day);
            if (date.isValid() && date.month() == month && matchesWeekday(date))
                days.append(date);
        }
    } else if (!m_byDay.isEmpty()) {
        days = weekdaysIn(first, last);
    } else if (everyDayIfBare) {
        const QDate date(year, month, start.day());
        if (date.isValid())
            days.append(date);
    }
    return days;
}

QList<QDate> RecurrenceRule::candidates(qint64 period, const QDate &start) const
{
    QList<QDate> days;
    switch (m_frequency) {
    case Frequency::Daily: {
        const QDate day = start.addDays(period);
        if (matchesMonth(day) && matchesMonthDay(day) && matchesWeekday(day))
            days.append(day);
        break;
    }
    case Frequency::Weekly: {
        const QDate first = weekStartOf(start, m_weekStart).addDays(7 * period);
        for (int i = 0; i < 7; ++i) {
            const QDate day = first.addDays(i);
            const bool weekday =
                m_byDay.isEmpty() ? day.dayOfWeek() == start.dayOfWeek() : matchesWeekday(day);
            if (weekday && matchesMonth(day))
                days.append(day);
        }
        break;
    }
    case Frequency::Monthly: {
        const QDate month = QDate(start.year(), start.month(), 1).addMonths(int(period));
        if (matchesMonth(month))
            days = inMonth(month.year(), month.month(), start, true);
        break;
    }
    case Frequency::Yearly: {
        const int year = start.year() + int(period);
        if (m_byMonth.isEmpty() && m_byMonthDay.isEmpty() && !m_byDay.isEmpty()) {
            days = weekdaysIn(QDate(year, 1, 1), QDate(year, 12, 31));
        } else if (m_byMonth.isEmpty() && m_byMonthDay.isEmpty()) {
            const QDate day(year, start.month(), start.day());
            if (day.isValid())
                days.append(day);
        } else {
            QList<int> months = m_byMonth;
            if (months.isEmpty()) {
                if (m_byMonthDay.isEmpty())
                    months.append(start.month());
                else
                    for (int m = 1; m <= 12; ++m)
                        months.append(m);
            }
            for (int month : std::as_const(months))
                days.append(inMonth(year, month, start, true));
        }
        break;
    }
    case Frequency::Unsupported:
        break;
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return applySetPositions(days);
}

QList<QDate> RecurrenceRule::applySetPositions(QList<QDate> days) const
{
    if (m_bySetPos.isEmpty() || days.isEmpty())
        return days;
    QList<QDate> chosen;
    for (int position : m_bySetPos) {
        const qsizetype index = position > 0 ? position - 1 : days.size() + position;
        if (index >= 0 && index < days.size())
            chosen.append(days.at(index));
    }
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    return chosen;
}

QList<QDate> RecurrenceRule::dates(const QDate &start, const QDate &from, const QDate &to,
                                   const QDate &until, int limit) const
{
    QList<QDate> result;
    const QDate end = until.isValid() ? std::min(to, until) : to;
    if (!start.isValid() || start > end || limit <= 0)
        return result;
    if (start >= from)
        result.append(start);
    if (m_frequency == Frequency::Unsupported)
        return result;

    // Without COUNT, the periods before `from` cannot matter: start one period before it.
    qint64 period = 0;
    if (m_count == 0 && from > start) {
        qint64 units = 0;
        switch (m_frequency) {
        case Frequency::Daily:
            units = start.daysTo(from);
            break;
        case Frequency::Weekly:
            units = weekStartOf(start, m_weekStart).daysTo(from) / 7;
            break;
        case Frequency::Monthly:
            units = qint64(from.year() - start.year()) * 12 + from.month() - start.month();
            break;
        case Frequency::Yearly:
            units = from.year() - start.year();
            break;
        case Frequency::Unsupported:
            break;
        }
        period = std::max<qint64>(0, (units / m_interval - 1) * m_interval);
    }

    int emitted = 1; // DTSTART is the first occurrence
    for (qint64 walked = 0; walked < maxPeriods; ++walked, period += m_interval) {
        const QList<QDate> days = candidates(period, start);
        bool pastEnd = false;
        for (const QDate &day : days) {
            if (day <= start)
                continue;
            if (day > end || (m_count > 0 && emitted >= m_count)) {
                pastEnd = true;
                break;
            }
            ++emitted;
            if (day >= from) {
                result.append(day);
                if (result.size() >= limit)
                    return result;
            }
        }
        if (pastEnd)
            break;
        // Whether the next period can still hold a day up to `end`.
        QDate next;
        switch (m_frequency) {
        case Frequency::Daily:
            next = start.addDays(period + m_interval);
            break;
        case Frequency::Weekly:
            next = weekStartOf(start, m_weekStart).addDays(7 * (period + m_interval));
            break;
        case Frequency::Monthly:
            next = QDate(start.year(), start.month(), 1).addMonths(int(period + m_interval));
            break;
        case Frequency::Yearly:
            next = QDate(start.year() + int(period + m_interval), 1, 1);
            break;
        case Frequency::Unsupported:
            break;
        }
        if (!next.isValid() || next > end)
            break;
    }
    return result;
}

} // namespace Kingside
