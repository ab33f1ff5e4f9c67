// RecurrenceRule against the examples of RFC 5545 section 3.8.5.3 ("Recurrence Rule",
// Examples), each rule and its expected occurrences as the RFC lists them, with the
// RFC's own DTSTART (19970902T090000 in America/New_York unless it says otherwise) and its
// UTC UNTIL moved into New York time as the calendar reader does. "Forever" rules are read
// up to a last day, chosen to end where the RFC's list ends.
#include "activity/RecurrenceRule.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Kingside;
using WallTime = RecurrenceRule::WallTime;

namespace {

WallTime wallOf(const QByteArray &text)
{
    const QDate date =
        QDate::fromString(QString::fromLatin1(text.left(8)), QStringLiteral("yyyyMMdd"));
    const QTime time = text.size() >= 15 ? QTime::fromString(QString::fromLatin1(text.mid(9, 6)),
                                                             QStringLiteral("HHmmss"))
                                         : QTime(0, 0);
    return WallTime::of(date, time);
}

QString textOf(const WallTime &time)
{
    return time.date.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') +
           time.time().toString(QStringLiteral("HHmmss"));
}

// "19970902 19970909..19970911 19970902T120000": days at 09:00, ranges of days, or full
// date-times, as the RFC's lists give them.
QStringList expected(const char *list)
{
    QStringList out;
    for (const QString &token :
         QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype dots = token.indexOf(QStringLiteral(".."));
        if (dots > 0) {
            QDate day = QDate::fromString(token.left(dots), QStringLiteral("yyyyMMdd"));
            const QDate last = QDate::fromString(token.mid(dots + 2), QStringLiteral("yyyyMMdd"));
            for (; day <= last; day = day.addDays(1))
                out.append(day.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("T090000"));
        } else {
            out.append(token.size() == 8 ? token + QStringLiteral("T090000") : token);
        }
    }
    return out;
}

QStringList expand(const QByteArray &start, const QByteArray &ruleText, const QByteArray &last,
                   bool *cut = nullptr, int limit = 1000)
{
    QString problem;
    const RecurrenceRule rule = RecurrenceRule::parse(ruleText, &problem);
    if (!problem.isEmpty())
        return {problem};
    WallTime until;
    if (!rule.until().isEmpty()) {
        // RFC 5545: with a zoned DTSTART, UNTIL is in UTC.
        const WallTime utc = wallOf(rule.until());
        const QDateTime there = QDateTime(utc.date, utc.time(), QTimeZone::utc())
                                    .toTimeZone(QTimeZone("America/New_York"));
        until = WallTime::of(there.date(), there.time());
    }
    qint64 budget = 10000000;
    const WallTime begin = wallOf(start);
    const RecurrenceRule::Expansion expansion =
        rule.expand(begin, begin, wallOf(last + "T235959"), until, limit, &budget);
    if (cut)
        *cut = expansion.cut;
    QStringList out;
    for (const WallTime &time : expansion.occurrences)
        out.append(textOf(time));
    return out;
}

} // namespace

class TestRecurrenceRule : public QObject
{
    Q_OBJECT

private slots:
    void rfc5545Examples_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QByteArray>("last");
        QTest::addColumn<QStringList>("occurrences");
        const QByteArray sep2 = "19970902T090000";
        const auto row = [](const char *name, const QByteArray &start, const char *rule,
                            const char *last, const char *list) {
            QTest::newRow(name) << start << QByteArray(rule) << QByteArray(last) << expected(list);
        };
        row("Daily for 10 occurrences", sep2, "FREQ=DAILY;COUNT=10", "20001231",
            "19970902..19970911");
        row("Daily until December 24, 1997", sep2, "FREQ=DAILY;UNTIL=19971224T000000Z", "20001231",
            "19970902..19971223");
        row("Every other day - forever", sep2, "FREQ=DAILY;INTERVAL=2", "19971203",
            "19970902 19970904 19970906 19970908 19970910 19970912 19970914 19970916 19970918 "
            "19970920 19970922 19970924 19970926 19970928 19970930 19971002 19971004 19971006 "
            "19971008 19971010 19971012 19971014 19971016 19971018 19971020 19971022 19971024 "
            "19971026 19971028 19971030 19971101 19971103 19971105 19971107 19971109 19971111 "
            "19971113 19971115 19971117 19971119 19971121 19971123 19971125 19971127 19971129 "
            "19971201 19971203");
        row("Every 10 days, 5 occurrences", sep2, "FREQ=DAILY;INTERVAL=10;COUNT=5", "20001231",
            "19970902 19970912 19970922 19971002 19971012");
        row("Every day in January, for 3 years (yearly)", "19980101T090000",
            "FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA", "20051231",
            "19980101..19980131 19990101..19990131 20000101..20000131");
        row("Every day in January, for 3 years (daily)", "19980101T090000",
            "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1", "20051231",
            "19980101..19980131 19990101..19990131 20000101..20000131");
        row("Weekly for 10 occurrences", sep2, "FREQ=WEEKLY;COUNT=10", "20001231",
            "19970902 19970909 19970916 19970923 19970930 19971007 19971014 19971021 19971028 "
            "19971104");
        row("Weekly until December 24, 1997", sep2, "FREQ=WEEKLY;UNTIL=19971224T000000Z",
            "20001231",
            "19970902 19970909 19970916 19970923 19970930 19971007 19971014 19971021 19971028 "
            "19971104 19971111 19971118 19971125 19971202 19971209 19971216 19971223");
        row("Every other week - forever", sep2, "FREQ=WEEKLY;INTERVAL=2;WKST=SU", "19980217",
            "19970902 19970916 19970930 19971014 19971028 19971111 19971125 19971209 19971223 "
            "19980106 19980120 19980203 19980217");
        row("Weekly on Tuesday and Thursday for five weeks (UNTIL)", sep2,
            "FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH", "20001231",
            "19970902 19970904 19970909 19970911 19970916 19970918 19970923 19970925 19970930 "
            "19971002");
        row("Weekly on Tuesday and Thursday for five weeks (COUNT)", sep2,
            "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", "20001231",
            "19970902 19970904 19970909 19970911 19970916 19970918 19970923 19970925 19970930 "
            "19971002");
        row("Every other week on Monday, Wednesday, and Friday until December 24, 1997",
            "19970901T090000",
            "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR", "20001231",
            "19970901 19970903 19970905 19970915 19970917 19970919 19970929 19971001 19971003 "
            "19971013 19971015 19971017 19971027 19971029 19971031 19971110 19971112 19971114 "
            "19971124 19971126 19971128 19971208 19971210 19971212 19971222");
        row("Every other week on Tuesday and Thursday, for 8 occurrences", sep2,
            "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", "20001231",
            "19970902 19970904 19970916 19970918 19970930 19971002 19971014 19971016");
        row("Monthly on the first Friday for 10 occurrences", "19970905T090000",
            "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", "20001231",
            "19970905 19971003 19971107 19971205 19980102 19980206 19980306 19980403 19980501 "
            "19980605");
        row("Monthly on the first Friday until December 24, 1997", "19970905T090000",
            "FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR", "20001231",
            "19970905 19971003 19971107 19971205");
        row("Every other month on the first and last Sunday of the month for 10 occurrences",
            "19970907T090000", "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU", "20001231",
            "19970907 19970928 19971102 19971130 19980104 19980125 19980301 19980329 19980503 "
            "19980531");
        row("Monthly on the second-to-last Monday of the month for 6 months", "19970922T090000",
            "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", "20001231",
            "19970922 19971020 19971117 19971222 19980119 19980216");
        row("Monthly on the third-to-the-last day of the month, forever", "19970928T090000",
            "FREQ=MONTHLY;BYMONTHDAY=-3", "19980228",
            "19970928 19971029 19971128 19971229 19980129 19980226");
        row("Monthly on the 2nd and 15th of the month for 10 occurrences", sep2,
            "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15", "20001231",
            "19970902 19970915 19971002 19971015 19971102 19971115 19971202 19971215 19980102 "
            "19980115");
        row("Monthly on the first and last day of the month for 10 occurrences", "19970930T090000",
            "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1", "20001231",
            "19970930 19971001 19971031 19971101 19971130 19971201 19971231 19980101 19980131 "
            "19980201");
        row("Every 18 months on the 10th thru 15th of the month for 10 occurrences",
            "19970910T090000", "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15",
            "20001231", "19970910..19970915 19990310..19990313");
        row("Every Tuesday, every other month", sep2, "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU",
            "19980331",
            "19970902 19970909 19970916 19970923 19970930 19971104 19971111 19971118 19971125 "
            "19980106 19980113 19980120 19980127 19980303 19980310 19980317 19980324 19980331");
        row("Yearly in June and July for 10 occurrences", "19970610T090000",
            "FREQ=YEARLY;COUNT=10;BYMONTH=6,7", "20051231",
            "19970610 19970710 19980610 19980710 19990610 19990710 20000610 20000710 20010610 "
            "20010710");
        row("Every other year on January, February, and March for 10 occurrences",
            "19970310T090000", "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3", "20051231",
            "19970310 19990110 19990210 19990310 20010110 20010210 20010310 20030110 20030210 "
            "20030310");
        row("Every third year on the 1st, 100th, and 200th day for 10 occurrences",
            "19970101T090000", "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200", "20101231",
            "19970101 19970410 19970719 20000101 20000409 20000718 20030101 20030410 20030719 "
            "20060101");
        row("Every 20th Monday of the year, forever", "19970519T090000", "FREQ=YEARLY;BYDAY=20MO",
            "19991231", "19970519 19980518 19990517");
        row("Monday of week number 20, forever", "19970512T090000",
            "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", "19991231", "19970512 19980511 19990517");
        row("Every Thursday in March, forever", "19970313T090000", "FREQ=YEARLY;BYMONTH=3;BYDAY=TH",
            "19991231",
            "19970313 19970320 19970327 19980305 19980312 19980319 19980326 19990304 19990311 "
            "19990318 19990325");
        row("Every Thursday, but only during June, July, and August, forever", "19970605T090000",
            "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8", "19991231",
            "19970605 19970612 19970619 19970626 19970703 19970710 19970717 19970724 19970731 "
            "19970807 19970814 19970821 19970828 "
            "19980604 19980611 19980618 19980625 19980702 19980709 19980716 19980723 19980730 "
            "19980806 19980813 19980820 19980827 "
            "19990603 19990610 19990617 19990624 19990701 19990708 19990715 19990722 19990729 "
            "19990805 19990812 19990819 19990826");
        // The RFC's EXDATE takes DTSTART out; the reader's test applies it
        // (TestIcsReader::rfcFridayThe13th). The rule itself keeps DTSTART first.
        row("Every Friday the 13th, forever", sep2, "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13",
            "20001031", "19970902 19980213 19980313 19981113 19990813 20001013");
        row("The first Saturday that follows the first Sunday of the month, forever",
            "19970913T090000", "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13", "19980630",
            "19970913 19971011 19971108 19971213 19980110 19980207 19980307 19980411 19980509 "
            "19980613");
        row("Every 4 years, the first Tuesday after a Monday in November, forever",
            "19961105T090000",
            "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8", "20041231",
            "19961105 20001107 20041102");
        row("The third instance of one of Tuesday, Wednesday, or Thursday, for 3 months",
            "19970904T090000", "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", "20001231",
            "19970904 19971007 19971106");
        row("The second-to-last weekday of the month", "19970929T090000",
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", "19980331",
            "19970929 19971030 19971127 19971230 19980129 19980226 19980330");
        // The RFC lists 15:00 too, but its UNTIL (17:00 UTC) is 13:00 in New York, before
        // 15:00; the rule as written ends at 12:00.
        row("Every 3 hours from 9:00 AM to 5:00 PM on a specific day", sep2,
            "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z", "20001231",
            "19970902T090000 19970902T120000");
        row("Every 15 minutes for 6 occurrences", sep2, "FREQ=MINUTELY;INTERVAL=15;COUNT=6",
            "20001231",
            "19970902T090000 19970902T091500 19970902T093000 19970902T094500 19970902T100000 "
            "19970902T101500");
        row("Every hour and a half for 4 occurrences", sep2, "FREQ=MINUTELY;INTERVAL=90;COUNT=4",
            "20001231", "19970902T090000 19970902T103000 19970902T120000 19970902T133000");
        row("An example where the days generated makes a difference because of WKST (MO)",
            "19970805T090000", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", "20001231",
            "19970805 19970810 19970819 19970824");
        row("An example where the days generated makes a difference because of WKST (SU)",
            "19970805T090000", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", "20001231",
            "19970805 19970817 19970819 19970831");
        row("An example where an invalid date (i.e., February 30) is ignored", "20070115T090000",
            "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", "20101231",
            "20070115 20070130 20070215 20070315 20070330");
    }

    void rfc5545Examples()
    {
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, rule);
        QFETCH(QByteArray, last);
        QFETCH(QStringList, occurrences);
        bool cut = true;
        QCOMPARE(expand(start, rule, last, &cut), occurrences);
        QVERIFY(!cut);
    }

    void everyTwentyMinutesBothWays()
    {
        // RFC 5545 3.8.5.3, "Every 20 minutes from 9:00 AM to 4:40 PM every day": the daily
        // rule with BYHOUR and BYMINUTE and the minutely one with BYHOUR give the same times.
        QStringList day;
        for (int hour = 9; hour <= 16; ++hour)
            for (int minute = 0; minute < 60; minute += 20)
                day.append(QStringLiteral("19970902T%1%2")
                               .arg(hour, 2, 10, QLatin1Char('0'))
                               .arg(minute, 2, 10, QLatin1Char('0')) +
                           QStringLiteral("00"));
        QStringList twoDays = day;
        for (const QString &time : std::as_const(day))
            twoDays.append(
                QString(time).replace(QStringLiteral("19970902"), QStringLiteral("19970903")));
        QCOMPARE(twoDays.size(), 48);
        QCOMPARE(expand("19970902T090000",
                        "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40", "19970903"),
                 twoDays);
        QCOMPARE(expand("19970902T090000",
                        "FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16", "19970903"),
                 twoDays);
    }

    void weekNumberOneMayStartInDecember()
    {
        // Week 1 is the week with at least four days of the new year (RFC 5545 3.3.10,
        // BYWEEKNO, as ISO 8601): in 1998 it starts on Monday 29 December 1997, and 1998
        // has a week 53.
        QCOMPARE(expand("19970902T090000", "FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO", "20000131"),
                 expected("19970902 19971229 19990104 20000103"));
        QCOMPARE(expand("19970902T090000", "FREQ=YEARLY;BYWEEKNO=-1;BYDAY=MO", "19991231"),
                 expected("19970902 19971222 19981228 19991227"));
        QCOMPARE(expand("19970902T090000", "FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO", "20051231"),
                 expected("19970902 19981228 20041227"));
    }

    void aRuleWithoutEndKeepsItsLatestOccurrences()
    {
        // A meeting every minute for decades: the latest ones up to the limit, found without
        // walking from its start.
        bool cut = false;
        const QStringList latest =
            expand("19700101T000000", "FREQ=MINUTELY", "20260301", &cut, 5000);
        QVERIFY(cut);
        QCOMPARE(latest.size(), 5000);
        QCOMPARE(latest.last(), QStringLiteral("20260301T235900"));
        QCOMPARE(latest.first(), QStringLiteral("20260226T124000"));
        // Hourly for ten years inside the bounds: every one, and DTSTART first.
        const QStringList hourly =
            expand("20160301T080000", "FREQ=HOURLY;BYHOUR=8,17", "20260301", nullptr, 10000);
        QCOMPARE(hourly.size(), int(QDate(2016, 3, 1).daysTo(QDate(2026, 3, 1)) + 1) * 2);
        QCOMPARE(hourly.first(), QStringLiteral("20160301T080000"));
        QCOMPARE(hourly.last(), QStringLiteral("20260301T170000"));
    }

    void theBudgetBoundsAnyRule()
    {
        // Every second, counted from 1970: COUNT means walking from the start, which the
        // budget stops; the expansion says it was cut rather than running for minutes.
        QString problem;
        const RecurrenceRule rule = RecurrenceRule::parse("FREQ=SECONDLY;COUNT=900000", &problem);
        QVERIFY(problem.isEmpty());
        qint64 budget = 1000;
        const WallTime start = wallOf("19700101T000000");
        const RecurrenceRule::Expansion expansion = rule.expand(
            start, wallOf("20260101T000000"), wallOf("20260301T000000"), {}, 5000, &budget);
        QVERIFY(expansion.cut);
        QCOMPARE(budget, 0);
        QVERIFY(expansion.occurrences.isEmpty());
    }

    void brokenRulesSayWhichPart_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QString>("part");
        QTest::newRow("no FREQ") << QByteArray("COUNT=3") << QStringLiteral("FREQ");
        QTest::newRow("unknown FREQ") << QByteArray("FREQ=FORTNIGHTLY") << QStringLiteral("FREQ");
        QTest::newRow("BYDAY") << QByteArray("FREQ=WEEKLY;BYDAY=XX") << QStringLiteral("BYDAY");
        QTest::newRow("BYWEEKNO 0")
            << QByteArray("FREQ=YEARLY;BYWEEKNO=0") << QStringLiteral("BYWEEKNO");
        QTest::newRow("BYHOUR 24")
            << QByteArray("FREQ=DAILY;BYHOUR=24") << QStringLiteral("BYHOUR");
        QTest::newRow("BYYEARDAY 367")
            << QByteArray("FREQ=YEARLY;BYYEARDAY=367") << QStringLiteral("BYYEARDAY");
    }

    void brokenRulesSayWhichPart()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QString, part);
        QString problem;
        const RecurrenceRule parsed = RecurrenceRule::parse(rule, &problem);
        QCOMPARE(parsed.frequency(), RecurrenceRule::Frequency::Unsupported);
        QVERIFY2(problem.contains(part), qPrintable(problem));
        // A broken rule keeps its first meeting.
        qint64 budget = 100;
        const WallTime start = wallOf("20260301T090000");
        QCOMPARE(parsed.expand(start, start, wallOf("20261231T000000"), {}, 10, &budget)
                     .occurrences.size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestRecurrenceRule)
#include "TestRecurrenceRule.moc"
