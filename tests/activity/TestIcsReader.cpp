// The iCalendar reader against the layouts the three calendars export today. Sources:
// - RFC 5545 section 3.1 (content lines, folding: CRLF and one space or tab, which may split
//   a line anywhere, inside an address too); section 3.3.10 (RRULE), 3.8.4.4 (RECURRENCE-ID),
//   3.8.5.1 (EXDATE), 3.8.5.2 (RDATE), 3.2.12 (PARTSTAT), 3.6.5 (VTIMEZONE: STANDARD and
//   DAYLIGHT observances, onsets by RRULE or RDATE in the local time before the change).
// - Google Calendar (Settings → Import & export → Export): ATTENDEE;CUTYPE=INDIVIDUAL;
//   ROLE=REQ-PARTICIPANT;PARTSTAT=…;CN=…;X-NUM-GUESTS=0:mailto:… as shown in the vobject
//   documentation's attendee example, with TZID=Europe/Oslo style IANA zones and its own
//   VTIMEZONE.
// - Outlook (File → Save Calendar, .ics): Windows zone names as TZID ("W. Europe Standard
//   Time"), see the csautter/outlook-ics-proxy README and ical4j's zoneinfo-outlook, a UTF-8
//   BOM (docs.rs ics-core, "unfold"), MAILTO in capitals and X-MICROSOFT-CDO properties.
// - Apple Calendar (File → Export): ATTENDEE;CN="…";CUTYPE=INDIVIDUAL;EMAIL="…":urn:uuid:…
//   or mailto:, as in Apple's CalendarServer scheduling tests.
#include "activity/IcsReader.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Kingside;

namespace {

struct Read
{
    ActivityReadResult result;
    QList<ActivityItem> items;

    QList<QDate> days() const
    {
        QList<QDate> days;
        for (const ActivityItem &item : items)
            days.append(item.day);
        std::sort(days.begin(), days.end());
        return days;
    }
    QStringList addressesOf(int index) const
    {
        QStringList addresses;
        for (const ActivityParticipant &p : items.at(index).participants)
            addresses.append(p.address);
        return addresses;
    }
};

ActivityWindow oslo2026()
{
    ActivityWindow window;
    window.first = QDate(2026, 1, 1);
    window.last = QDate(2026, 6, 15);
    window.zone = QTimeZone("Europe/Oslo");
    return window;
}

Read readIcs(const QByteArray &text, const ActivityWindow &window = oslo2026())
{
    Read read;
    QByteArray data = text;
    data.replace("\n", "\r\n");
    read.result =
        IcsReader::readData(data, QStringLiteral("test.ics"), window,
                            [&read](const ActivityItem &item) { read.items.append(item); });
    return read;
}

QByteArray calendar(const QByteArray &events, const QByteArray &zones = {})
{
    return "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n" + zones + events +
           "END:VCALENDAR\n";
}

} // namespace

class TestIcsReader : public QObject
{
    Q_OBJECT

private slots:
    void googleAttendeesInAnyCase()
    {
        const Read read = readIcs(calendar(
            "BEGIN:VEVENT\n"
            "DTSTART:20260310T090000Z\nDTEND:20260310T100000Z\n"
            "UID:7sull595rv5apd9mr77a6g0s0h@google.com\n"
            "ORGANIZER;CN=Marcus Lind:mailto:Marcus.Lind@Aurora-Software.example\n"
            "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=ingrid.h\n"
            " alvorsen@halvorsen-maritime.example;X-NUM-GUESTS=0:MAILTO:Ingrid.Halvorsen@\n"
            " HALVORSEN-MARITIME.EXAMPLE\n"
            "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=DECLINED;CN=Per Vik;X-NU\n"
            " M-GUESTS=0:mailto:per.vik@halvorsen-maritime.example\n"
            "ATTENDEE;CUTYPE=ROOM;PARTSTAT=ACCEPTED;CN=Room "
            "4:Mailto:room4@aurora-software.example\n"
            "SUMMARY:Quarterly review\nDESCRIPTION:Confidential pricing talk\n"
            "BEGIN:VALARM\nACTION:EMAIL\nATTENDEE:mailto:alarm@aurora-software.example\n"
            "TRIGGER:-PT10M\nEND:VALARM\n"
            "END:VEVENT\n"));
        QVERIFY(read.result.readable);
        QCOMPARE(read.items.size(), 1);
        QCOMPARE(read.items.first().day, QDate(2026, 3, 10));
        QCOMPARE(read.items.first().kind, ContactKind::Meeting);
        // Declined, the room and the alarm's address are not people who met.
        QCOMPARE(read.addressesOf(0), QStringList({"marcus.lind@aurora-software.example",
                                                   "ingrid.halvorsen@halvorsen-maritime.example"}));
        QCOMPARE(read.items.first().participants.first().name, QStringLiteral("Marcus Lind"));
        // Nothing of the summary or description travels with the item.
        QVERIFY(!read.items.first().key.contains("Quarterly"));
    }

    void appleEmailParameterAndQuotedNames()
    {
        const Read read = readIcs(calendar(
            "BEGIN:VEVENT\nUID:A1B2C3D4-apple\nDTSTART;VALUE=DATE:20260402\n"
            "DTEND;VALUE=DATE:20260403\n"
            "ATTENDEE;CN=\"Lind, Marcus\";CUTYPE=INDIVIDUAL;EMAIL=\"marcus.lind@aurora-softwar\n"
            "\te.example\";PARTSTAT=ACCEPTED:urn:uuid:00000000-1111-2222-3333-444444444444\n"
            "ATTENDEE;CN=\"Sofia Brandt\";CUTYPE=INDIVIDUAL;EMAIL=\"sofia@x.example\";PARTSTAT=\n"
            " ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:Sofia.Brandt@Halvorsen-Maritime.example\n"
            "END:VEVENT\n"));
        QCOMPARE(read.items.size(), 1);
        QCOMPARE(read.items.first().day, QDate(2026, 4, 2)); // all-day: the date itself
        QCOMPARE(read.addressesOf(0), QStringList({"marcus.lind@aurora-software.example",
                                                   "sofia.brandt@halvorsen-maritime.example"}));
        QCOMPARE(read.items.first().participants.first().name, QStringLiteral("Lind, Marcus"));
    }

    void timeZonesDecideTheDay_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("zones");
        QTest::addColumn<QDate>("day");
        const QByteArray windows =
            "BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\nBEGIN:STANDARD\n"
            "DTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nBEGIN:DAYLIGHT\n"
            "DTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n";
        const QByteArray custom =
            "BEGIN:VTIMEZONE\nTZID:(UTC-05:00) Eastern Time (US & Canada)\nBEGIN:STANDARD\n"
            "DTSTART:16011104T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nEND:STANDARD\n"
            "END:VTIMEZONE\n";
        // 23:30 UTC is already the next day in Oslo (UTC+1 in winter).
        QTest::newRow("UTC late evening")
            << QByteArray("DTSTART:20260212T233000Z") << QByteArray() << QDate(2026, 2, 13);
        QTest::newRow("IANA zone") << QByteArray("DTSTART;TZID=America/New_York:20260212T200000")
                                   << QByteArray() << QDate(2026, 2, 13);
        QTest::newRow("Outlook Windows zone")
            << QByteArray("DTSTART;TZID=W. Europe Standard Time:20260212T233000") << windows
            << QDate(2026, 2, 12);
        QTest::newRow("Lightning path")
            << QByteArray("DTSTART;TZID=/mozilla.org/20070129_1/Asia/Tokyo:20260213T050000")
            << QByteArray() << QDate(2026, 2, 12);
        QTest::newRow("unknown name, VTIMEZONE offset")
            << QByteArray("DTSTART;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20260212T200000")
            << custom << QDate(2026, 2, 13);
        QTest::newRow("floating") << QByteArray("DTSTART:20260212T233000") << QByteArray()
                                  << QDate(2026, 2, 12);
        // A Windows name with no VTIMEZONE in the file: QTimeZone's Windows-to-IANA table
        // (Pacific Standard Time is America/Los_Angeles, UTC-8 in February).
        QTest::newRow("Windows name alone")
            << QByteArray("DTSTART;TZID=Pacific Standard Time:20260212T200000") << QByteArray()
            << QDate(2026, 2, 13);
    }

    void timeZonesDecideTheDay()
    {
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, zones);
        QFETCH(QDate, day);
        const Read read = readIcs(calendar("BEGIN:VEVENT\nUID:tz\n" + start +
                                               "\nATTENDEE:mailto:a@x.example\nEND:VEVENT\n",
                                           zones));
        QCOMPARE(read.items.size(), 1);
        QCOMPARE(read.items.first().day, day);
    }

    void outlookBomAndCrlf()
    {
        QByteArray data =
            "\xEF\xBB\xBF" + calendar("BEGIN:VEVENT\nUID:040000008200E00074C5B7101A82E008\n"
                                      "DTSTART;TZID=W. Europe Standard Time:20260505T100000\n"
                                      "X-MICROSOFT-CDO-BUSYSTATUS:BUSY\n"
                                      "ORGANIZER;CN=\"Marcus Lind\":MAILTO:marcus@a.example\n"
                                      "ATTENDEE;CN=\"Ingrid\";RSVP=TRUE:MAILTO:ingrid@b.example\n"
                                      "END:VEVENT\n");
        const Read read = readIcs(data);
        QCOMPARE(read.items.size(), 1);
        QCOMPARE(read.items.first().day, QDate(2026, 5, 5));
        QCOMPARE(read.addressesOf(0), QStringList({"marcus@a.example", "ingrid@b.example"}));
    }

    void weeklyRuleWithExceptionsAndOverride()
    {
        // Every Tuesday from 6 January, ten times; 20 January left out; 3 February moved to
        // Thursday 5 February; 10 February cancelled.
        const Read read = readIcs(calendar(
            "BEGIN:VEVENT\nUID:weekly-1\nDTSTART;TZID=Europe/Oslo:20260106T090000\n"
            "RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=TU\n"
            "EXDATE;TZID=Europe/Oslo:20260120T090000\n"
            "ATTENDEE:mailto:a@x.example\nEND:VEVENT\n"
            "BEGIN:VEVENT\nUID:weekly-1\nRECURRENCE-ID;TZID=Europe/Oslo:20260203T090000\n"
            "DTSTART;TZID=Europe/Oslo:20260205T140000\nATTENDEE:mailto:a@x.example\nEND:VEVENT\n"
            "BEGIN:VEVENT\nUID:weekly-1\nRECURRENCE-ID:20260210T080000Z\nSTATUS:CANCELLED\n"
            "DTSTART;TZID=Europe/Oslo:20260210T090000\nATTENDEE:mailto:a@x.example\nEND:VEVENT\n"));
        const QList<QDate> expected{QDate(2026, 1, 6), QDate(2026, 1, 13), QDate(2026, 1, 27),
                                    QDate(2026, 2, 5), QDate(2026, 2, 17), QDate(2026, 2, 24),
                                    QDate(2026, 3, 3), QDate(2026, 3, 10)};
        QCOMPARE(read.days(), expected);
        QCOMPARE(read.result.skipped, 1);
        // The moved meeting is counted under the occurrence it replaced.
        QSet<QByteArray> keys;
        for (const ActivityItem &item : read.items)
            keys.insert(item.key);
        QCOMPARE(keys.size(), read.items.size());
    }

    void changeToThisAndAllFollowing()
    {
        // RFC 5545 sections 3.2.13 and 3.8.4.4: RECURRENCE-ID;RANGE=THISANDFUTURE changes the
        // occurrence it names and every later one. A weekly Tuesday meeting with a@; from
        // 3 February it moves two days later (Thursdays) and b@ joins; from 3 March it is
        // cancelled altogether.
        const Read read = readIcs(
            calendar("BEGIN:VEVENT\nUID:weekly-2\nDTSTART;TZID=Europe/Oslo:20260106T090000\n"
                     "RRULE:FREQ=WEEKLY;COUNT=12;BYDAY=TU\n"
                     "ATTENDEE:mailto:a@x.example\nEND:VEVENT\n"
                     "BEGIN:VEVENT\nUID:weekly-2\n"
                     "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Oslo:20260203T090000\n"
                     "DTSTART;TZID=Europe/Oslo:20260205T090000\n"
                     "ATTENDEE:mailto:a@x.example\nATTENDEE:mailto:b@x.example\nEND:VEVENT\n"
                     "BEGIN:VEVENT\nUID:weekly-2\n"
                     "RECURRENCE-ID;RANGE=thisandfuture:20260303T080000Z\nSTATUS:CANCELLED\n"
                     "DTSTART;TZID=Europe/Oslo:20260305T090000\nEND:VEVENT\n"));
        const QList<QDate> expected{QDate(2026, 1, 6),  QDate(2026, 1, 13), QDate(2026, 1, 20),
                                    QDate(2026, 1, 27), QDate(2026, 2, 5),  QDate(2026, 2, 12),
                                    QDate(2026, 2, 19), QDate(2026, 2, 26)};
        QCOMPARE(read.days(), expected);
        for (qsizetype i = 0; i < read.items.size(); ++i) {
            const QStringList addresses = read.addressesOf(int(i));
            if (read.items[i].day >= QDate(2026, 2, 5))
                QCOMPARE(addresses, QStringList({"a@x.example", "b@x.example"}));
            else
                QCOMPARE(addresses, QStringList({"a@x.example"}));
        }
        // Cancelled from 3 March on: the change itself (3 March), then 10, 17 and 24 March.
        QCOMPARE(read.result.skipped, 4);

        // Without RANGE the same change moves only its own occurrence.
        const Read single = readIcs(
            calendar("BEGIN:VEVENT\nUID:weekly-3\nDTSTART;TZID=Europe/Oslo:20260106T090000\n"
                     "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TU\nATTENDEE:mailto:a@x.example\nEND:VEVENT\n"
                     "BEGIN:VEVENT\nUID:weekly-3\nRECURRENCE-ID;TZID=Europe/Oslo:20260120T090000\n"
                     "DTSTART;TZID=Europe/Oslo:20260122T090000\nATTENDEE:mailto:a@x.example\n"
                     "END:VEVENT\n"));
        QCOMPARE(single.days(),
                 QList<QDate>({QDate(2026, 1, 6), QDate(2026, 1, 13), QDate(2026, 1, 22),
                               QDate(2026, 1, 27), QDate(2026, 2, 3), QDate(2026, 2, 10)}));
    }

    void monthlyAndYearlyRules()
    {
        const Read read = readIcs(calendar(
            // The last Friday of each month, until the end of April (UTC UNTIL).
            "BEGIN:VEVENT\nUID:m1\nDTSTART;TZID=Europe/Oslo:20260130T150000\n"
            "RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20260424T130000Z\n"
            "ATTENDEE:mailto:a@x.example\nEND:VEVENT\n"
            // The last weekday of each month (Outlook writes BYSETPOS), three times.
            "BEGIN:VEVENT\nUID:m2\nDTSTART;VALUE=DATE:20260130\n"
            "RRULE:FREQ=MONTHLY;COUNT=3;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1\n"
            "ATTENDEE:mailto:b@x.example\nEND:VEVENT\n"
            // Every other month on the 31st: months without one are skipped (RFC 5545).
            "BEGIN:VEVENT\nUID:m3\nDTSTART:20260131T100000Z\n"
            "RRULE:FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31;COUNT=3\n"
            "ATTENDEE:mailto:c@x.example\nEND:VEVENT\n"
            // Yearly since 2019 on the second Tuesday of March, plus an RDATE.
            "BEGIN:VEVENT\nUID:y1\nDTSTART;VALUE=DATE:20190312\n"
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2TU\nRDATE;VALUE=DATE:20260601,20250601\n"
            "ATTENDEE:mailto:d@x.example\nEND:VEVENT\n"));
        QMultiHash<QString, QDate> byAddress;
        for (const ActivityItem &item : read.items)
            byAddress.insert(item.participants.first().address, item.day);
        auto sorted = [&](const char *address) {
            QList<QDate> days = byAddress.values(QString::fromLatin1(address));
            std::sort(days.begin(), days.end());
            return days;
        };
        QCOMPARE(sorted("a@x.example"), QList<QDate>({QDate(2026, 1, 30), QDate(2026, 2, 27),
                                                      QDate(2026, 3, 27), QDate(2026, 4, 24)}));
        QCOMPARE(sorted("b@x.example"),
                 QList<QDate>({QDate(2026, 1, 30), QDate(2026, 2, 27), QDate(2026, 3, 31)}));
        QCOMPARE(sorted("c@x.example"),
                 QList<QDate>({QDate(2026, 1, 31), QDate(2026, 3, 31), QDate(2026, 5, 31)}));
        // Only the days in the window: 2026's, not 2019 to 2025.
        QCOMPARE(sorted("d@x.example"), QList<QDate>({QDate(2026, 3, 10), QDate(2026, 6, 1)}));
    }

    void dailyRuleIsBoundedByTheWindow()
    {
        // A daily stand-up since 2001 with no end: only the window's days are reported.
        const Read read = readIcs(calendar("BEGIN:VEVENT\nUID:d1\nDTSTART:20010101T080000Z\n"
                                           "RRULE:FREQ=DAILY\nATTENDEE:mailto:a@x.example\n"
                                           "END:VEVENT\n"));
        QCOMPARE(read.items.size(), int(QDate(2026, 1, 1).daysTo(QDate(2026, 6, 15))) + 1);
        QCOMPARE(read.days().first(), QDate(2026, 1, 1));
        QCOMPARE(read.days().last(), QDate(2026, 6, 15));
        // Future meetings have not happened yet.
        QVERIFY(read.result.outside >= 2);
    }

    void hourlyRulesAreExpanded()
    {
        // RFC 5545 3.3.10: FREQ=HOURLY repeats within the day; each occurrence is a meeting.
        const Read read =
            readIcs(calendar("BEGIN:VEVENT\nUID:h1\nDTSTART:20260301T080000Z\n"
                             "RRULE:FREQ=HOURLY;COUNT=5\nATTENDEE:mailto:a@x.example\n"
                             "END:VEVENT\n"
                             // An all-day event cannot repeat by the hour: counted once.
                             "BEGIN:VEVENT\nUID:h2\nDTSTART;VALUE=DATE:20260302\n"
                             "RRULE:FREQ=HOURLY;COUNT=5\nATTENDEE:mailto:b@x.example\n"
                             "END:VEVENT\n"));
        QCOMPARE(read.days(),
                 QList<QDate>({QDate(2026, 3, 1), QDate(2026, 3, 1), QDate(2026, 3, 1),
                               QDate(2026, 3, 1), QDate(2026, 3, 1), QDate(2026, 3, 2)}));
        QSet<QByteArray> keys;
        for (const ActivityItem &item : read.items)
            keys.insert(item.key);
        QCOMPARE(keys.size(), 6);
        QCOMPARE(read.result.notices.size(), 1);
        QVERIFY(read.result.notices.first().contains(QStringLiteral("all-day")));
    }

    void aRuleThatRepeatsTooOftenKeepsItsLatestMeetings()
    {
        const Read read =
            readIcs(calendar("BEGIN:VEVENT\nUID:m1\nDTSTART:20200101T000000Z\n"
                             "RRULE:FREQ=MINUTELY\nATTENDEE:mailto:a@x.example\nEND:VEVENT\n"));
        QVERIFY(read.result.items > 1000);
        QVERIFY(read.result.items <= 5000);
        QCOMPARE(read.days().last(), QDate(2026, 6, 15));
        QCOMPARE(read.result.notices.size(), 1);
        QVERIFY(read.result.notices.first().contains(QStringLiteral("5000")));
    }

    void rfcFridayThe13th()
    {
        // RFC 5545 3.8.5.3, "Every Friday the 13th, forever", with its EXDATE of DTSTART.
        ActivityWindow window;
        window.first = QDate(1997, 1, 1);
        window.last = QDate(2000, 10, 31);
        window.zone = QTimeZone("America/New_York");
        const Read read = readIcs(calendar("BEGIN:VEVENT\nUID:f13\n"
                                           "DTSTART;TZID=America/New_York:19970902T090000\n"
                                           "EXDATE;TZID=America/New_York:19970902T090000\n"
                                           "RRULE:FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13\n"
                                           "ATTENDEE:mailto:a@x.example\nEND:VEVENT\n"),
                                  window);
        QCOMPARE(read.days(),
                 QList<QDate>({QDate(1998, 2, 13), QDate(1998, 3, 13), QDate(1998, 11, 13),
                               QDate(1999, 8, 13), QDate(2000, 10, 13)}));
    }

    void exceptionAndExtraDatesInOtherZones()
    {
        // EXDATE and RDATE name instants in their own TZID (RFC 5545 3.8.5.1, 3.8.5.2): an
        // exception written in New York or Tokyo time removes the Oslo occurrence at the
        // same instant, and only that one.
        const Read read =
            readIcs(calendar("BEGIN:VEVENT\nUID:x1\nDTSTART;TZID=Europe/Oslo:20260105T090000\n"
                             "RRULE:FREQ=WEEKLY;COUNT=4\n"
                             "EXDATE;TZID=America/New_York:20260112T030000\n"
                             "EXDATE;TZID=Asia/Tokyo:20260119T170000,20260126T180000\n"
                             "RDATE;TZID=Asia/Tokyo:20260203T063000\n"
                             "ATTENDEE:mailto:a@x.example\nEND:VEVENT\n"));
        QCOMPARE(read.days(),
                 QList<QDate>({QDate(2026, 1, 5), QDate(2026, 1, 26), QDate(2026, 2, 2)}));
    }

    void zonesDefinedOnlyByTheirVTimeZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QByteArray>("tzid");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QDate>("day");
        // Outlook names a zone the user edited "Customized Time Zone" and writes its rules
        // from 1601 (as in ical4j's zoneinfo-outlook definitions): central European rules
        // here. Read in UTC, a standard offset alone would put every summer day wrong.
        const QByteArray outlook =
            "BEGIN:VTIMEZONE\nTZID:Customized Time Zone\nBEGIN:STANDARD\n"
            "DTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n"
            "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n";
        const QByteArray sydney =
            "BEGIN:VTIMEZONE\nTZID:(UTC+10:00) Canberra\\, Melbourne\\, Sydney\n"
            "BEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+1100\nTZOFFSETTO:+1000\n"
            "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\nEND:STANDARD\n"
            "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+1000\nTZOFFSETTO:+1100\n"
            "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10\nEND:DAYLIGHT\nEND:VTIMEZONE\n";
        // Onsets as RDATEs, with UNTIL-less single changes (RFC 5545 3.6.5's second example).
        const QByteArray rdates =
            "BEGIN:VTIMEZONE\nTZID:Office\nBEGIN:STANDARD\nDTSTART:20251026T030000\n"
            "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRDATE:20261025T030000\nEND:STANDARD\n"
            "BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
            "END:DAYLIGHT\nEND:VTIMEZONE\n";
        const QByteArray custom = "Customized Time Zone";
        QTest::newRow("summer") << outlook << custom << QByteArray("20260701T013000")
                                << QDate(2026, 6, 30);
        QTest::newRow("winter") << outlook << custom << QByteArray("20260115T003000")
                                << QDate(2026, 1, 14);
        QTest::newRow("before the spring change")
            << outlook << custom << QByteArray("20260329T013000") << QDate(2026, 3, 29);
        QTest::newRow("after the spring change")
            << outlook << custom << QByteArray("20260330T013000") << QDate(2026, 3, 29);
        QTest::newRow("after the autumn change")
            << outlook << custom << QByteArray("20261026T013000") << QDate(2026, 10, 26);
        QTest::newRow("southern summer")
            << sydney << QByteArray("(UTC+10:00) Canberra, Melbourne, Sydney")
            << QByteArray("20260115T103000") << QDate(2026, 1, 14);
        QTest::newRow("southern winter")
            << sydney << QByteArray("(UTC+10:00) Canberra, Melbourne, Sydney")
            << QByteArray("20260715T103000") << QDate(2026, 7, 15);
        QTest::newRow("RDATE onsets, summer")
            << rdates << QByteArray("Office") << QByteArray("20260701T013000")
            << QDate(2026, 6, 30);
        QTest::newRow("RDATE onsets, winter again")
            << rdates << QByteArray("Office") << QByteArray("20261101T003000")
            << QDate(2026, 10, 31);
    }

    void zonesDefinedOnlyByTheirVTimeZone()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QByteArray, tzid);
        QFETCH(QByteArray, start);
        QFETCH(QDate, day);
        ActivityWindow window;
        window.first = QDate(2026, 1, 1);
        window.last = QDate(2026, 12, 31);
        window.zone = QTimeZone::utc();
        const Read read =
            readIcs(calendar("BEGIN:VEVENT\nUID:v1\nDTSTART;TZID=\"" + tzid + "\":" + start +
                                 "\nATTENDEE:mailto:a@x.example\nEND:VEVENT\n",
                             zone),
                    window);
        QCOMPARE(read.items.size(), 1);
        QCOMPARE(read.items.first().day, day);
        QCOMPARE(read.result.notices.size(), 1);
        QVERIFY(read.result.notices.first().contains(QStringLiteral("own definition")));
    }

    void aWeeklyMeetingKeepsItsLocalTimeAcrossTheChange()
    {
        // 01:30 every Monday in the file's own zone: UTC+1 before 29 March, UTC+2 after, so
        // in UTC the second meeting falls on the Sunday; the UNTIL (UTC) is read in that
        // zone too.
        const QByteArray zone =
            "BEGIN:VTIMEZONE\nTZID:Customized Time Zone\nBEGIN:STANDARD\n"
            "DTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n"
            "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n";
        ActivityWindow window;
        window.first = QDate(2026, 1, 1);
        window.last = QDate(2026, 12, 31);
        window.zone = QTimeZone::utc();
        const Read read = readIcs(
            calendar("BEGIN:VEVENT\nUID:w1\nDTSTART;TZID=Customized Time Zone:20260316T013000\n"
                     "RRULE:FREQ=WEEKLY;UNTIL=20260405T233000Z\n"
                     "ATTENDEE:mailto:a@x.example\nEND:VEVENT\n",
                     zone),
            window);
        QCOMPARE(read.days(), QList<QDate>({QDate(2026, 3, 16), QDate(2026, 3, 23),
                                            QDate(2026, 3, 29), QDate(2026, 4, 5)}));
    }

    void notACalendar()
    {
        const Read read = readIcs("From: someone\n\nhello\n");
        QVERIFY(!read.result.readable);
        QVERIFY(read.result.error.contains(QStringLiteral("test.ics")));
        QVERIFY(read.items.isEmpty());
    }

    void brokenLinesAreSkipped()
    {
        const Read read = readIcs(calendar("BEGIN:VEVENT\nUID:b1\nDTSTART:2026-03-01\n"
                                           "ATTENDEE:mailto:a@x.example\nEND:VEVENT\n"
                                           "BEGIN:VEVENT\nUID:b2\nDTSTART:20260302\n"
                                           "ATTENDEE;CN=\"unterminated:mailto:b@x.example\n"
                                           "ATTENDEE:mailto:c@x.example\nEND:VEVENT\n"));
        QCOMPARE(read.items.size(), 1);
        QCOMPARE(read.addressesOf(0), QStringList({"c@x.example"}));
        QCOMPARE(read.result.skipped, 1);
    }
};

QTEST_GUILESS_MAIN(TestIcsReader)
#include "TestIcsReader.moc"
