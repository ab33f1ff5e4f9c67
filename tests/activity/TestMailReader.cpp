// The mail reader against mbox and .eml files as mail programs write them. Sources:
// - mbox(5) as qmail documents it (www.qmail.org/man/man5/mbox.html): each message begins
//   with a From_ line ("From envsender date"), ends with a blank line, and body lines that
//   begin with "From " are quoted as ">From "; mboxrd also quotes ">From " (see
//   iceworks.cc's "MBox mail format" card). Thunderbird, Apple Mail and Google Takeout write
//   this layout; Takeout puts X-GM-THRID and X-Gmail-Labels first.
// - RFC 5322 section 2.2.3 (folded header fields), 3.3 (dates, with the obsolete forms of
//   section 4.3: two-digit years, zone names), 3.4 (address lists and groups).
// - RFC 2047 (encoded words, B and Q) and its section 6.2: white space between two adjacent
//   encoded words is dropped (as CPython's fix gh-128110 for address headers also does).
#include "activity/MailHeaders.h"
#include "activity/MailReader.h"

#include <QTest>

using namespace Kingside;

namespace {

ActivityWindow utc2026()
{
    ActivityWindow window;
    window.first = QDate(2026, 1, 1);
    window.last = QDate(2026, 6, 15);
    window.zone = QTimeZone::utc();
    return window;
}

struct Read
{
    ActivityReadResult result;
    QList<ActivityItem> items;

    QStringList addressesOf(int index) const
    {
        QStringList addresses;
        for (const ActivityParticipant &p : items.at(index).participants)
            addresses.append(p.address);
        return addresses;
    }
};

Read readMail(const QByteArray &data)
{
    Read read;
    read.result =
        MailReader::readData(data, QStringLiteral("test.mbox"), utc2026(),
                             [&read](const ActivityItem &item) { read.items.append(item); });
    return read;
}

} // namespace

class TestMailReader : public QObject
{
    Q_OBJECT

private slots:
    void mboxMessagesHeadersOnly()
    {
        const QByteArray mbox =
            "From 1786543210987654321@xxx Tue Mar 10 09:15:00 +0000 2026\n"
            "X-GM-THRID: 1786543210987654321\n"
            "X-Gmail-Labels: Sent\n"
            "Message-ID: <abc123@mail.aurora-software.example>\n"
            "Date: Tue, 10 Mar 2026 09:15:00 +0000\n"
            "From: =?UTF-8?B?TWFyY3VzIEzDuG5k?= <Marcus.Lind@Aurora-Software.example>\n"
            "To: \"Halvorsen, Ingrid\" <INGRID.HALVORSEN@halvorsen-maritime.example>,\n"
            "\tper.vik@halvorsen-maritime.example (Per Vik)\n"
            "Cc: Project team: sofia.brandt@aurora-software.example, =?ISO-8859-1?Q?J=F8rgen?=\n"
            " =?ISO-8859-1?Q?_Dahl?= <jorgen@halvorsen-maritime.example>;\n"
            "Subject: Pricing\n"
            "\n"
            "The body is never read. From: fake@evil.example\n"
            ">From the desk of someone\n"
            "To: another@evil.example\n"
            "\n"
            "From MAILER-DAEMON Wed Mar 11 10:00:00 2026\n"
            "Date: 11 Mar 26 10:00 GMT\n"
            "From: ingrid.halvorsen@halvorsen-maritime.example\n"
            "To: marcus.lind@aurora-software.example\n"
            "\n"
            "Reply.\n"
            "\n"
            "From MAILER-DAEMON Wed Mar 11 10:00:00 2026\n"
            "From: no-date@halvorsen-maritime.example\n"
            "To: marcus.lind@aurora-software.example\n"
            "\n"
            "No Date header.\n";
        const Read read = readMail(mbox);
        QVERIFY(read.result.readable);
        QCOMPARE(read.items.size(), 2);
        QCOMPARE(read.result.skipped, 1);
        const ActivityItem &first = read.items.at(0);
        QCOMPARE(first.kind, ContactKind::Mail);
        QCOMPARE(first.day, QDate(2026, 3, 10));
        QCOMPARE(read.addressesOf(0), QStringList({"marcus.lind@aurora-software.example",
                                                   "ingrid.halvorsen@halvorsen-maritime.example",
                                                   "per.vik@halvorsen-maritime.example",
                                                   "sofia.brandt@aurora-software.example",
                                                   "jorgen@halvorsen-maritime.example"}));
        QCOMPARE(first.participants.at(0).name, QStringLiteral("Marcus Lønd"));
        QCOMPARE(first.participants.at(1).name, QStringLiteral("Halvorsen, Ingrid"));
        QCOMPARE(first.participants.at(4).name, QStringLiteral("Jørgen Dahl"));
        QCOMPARE(first.key, QByteArray("mail:<abc123@mail.aurora-software.example>"));
        QCOMPARE(read.items.at(1).day, QDate(2026, 3, 11));
        QCOMPARE(read.addressesOf(1), QStringList({"ingrid.halvorsen@halvorsen-maritime.example",
                                                   "marcus.lind@aurora-software.example"}));
    }

    void emlWithCrlfStopsAtItsBody()
    {
        const QByteArray eml = "Received: from mx.example by mx2.example; Tue, 9 Jun 2026 "
                               "08:00:00 +0200\r\n"
                               "Date: Tue, 9 Jun 2026 00:30:00 +0200 (CEST)\r\n"
                               "From: Sofia <sofia.brandt@aurora-software.example>\r\n"
                               "To: ingrid.halvorsen@halvorsen-maritime.example\r\n"
                               "\r\n"
                               "From: body@evil.example\r\n"
                               "\r\n"
                               "From x Tue Jun 9 2026\r\n"
                               "Date: Tue, 9 Jun 2026 10:00:00 +0000\r\n"
                               "From: second@evil.example\r\n"
                               "To: ingrid.halvorsen@halvorsen-maritime.example\r\n";
        const Read read = readMail(eml);
        QCOMPARE(read.items.size(), 1);
        // 00:30 at +0200 is still 8 June in UTC.
        QCOMPARE(read.items.first().day, QDate(2026, 6, 8));
        QCOMPARE(read.addressesOf(0), QStringList({"sofia.brandt@aurora-software.example",
                                                   "ingrid.halvorsen@halvorsen-maritime.example"}));
        QVERIFY(MailReader::looksLikeMail(eml));
    }

    void futureAndOldMessagesAreOutside()
    {
        const Read read = readMail("From a Thu Jan 1 00:00:00 2099\n"
                                   "Date: Thu, 1 Jan 2099 00:00:00 +0000\n"
                                   "From: a@x.example\nTo: b@y.example\n\nbody\n\n"
                                   "From a Thu Jan 1 00:00:00 1998\n"
                                   "Date: Thu, 1 Jan 1998 00:00:00 +0000\n"
                                   "From: a@x.example\nTo: b@y.example\n\nbody\n");
        QCOMPARE(read.items.size(), 0);
        QCOMPARE(read.result.outside, 2);
    }

    void aLineLongerThanTheBufferIsPassedOver()
    {
        QByteArray mbox = "From a Tue Mar 10 09:15:00 2026\nDate: Tue, 10 Mar 2026 09:15:00 "
                          "+0000\nFrom: a@x.example\nTo: b@y.example\n\n";
        mbox += QByteArray(3 * 1024 * 1024, 'x') + "\n\n";
        mbox += "From a Tue Mar 10 09:15:00 2026\nDate: Wed, 11 Mar 2026 09:15:00 +0000\n"
                "From: c@x.example\nTo: d@y.example\n\nbody\n";
        const Read read = readMail(mbox);
        QCOMPARE(read.items.size(), 2);
        QCOMPARE(read.addressesOf(1), QStringList({"c@x.example", "d@y.example"}));
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("RFC 5322") << QByteArray("Fri, 21 Nov 1997 09:55:06 -0600")
                                  << QDateTime(QDate(1997, 11, 21), QTime(15, 55, 6),
                                               QTimeZone::utc());
        QTest::newRow("no weekday, no seconds")
            << QByteArray("1 Jul 2003 10:52 +0200")
            << QDateTime(QDate(2003, 7, 1), QTime(8, 52), QTimeZone::utc());
        QTest::newRow("obsolete zone name")
            << QByteArray("Mon, 2 Feb 2026 08:00:00 EST")
            << QDateTime(QDate(2026, 2, 2), QTime(13, 0), QTimeZone::utc());
        QTest::newRow("two-digit year, comment")
            << QByteArray("Tue, 3 Mar 26 23:10:00 +0100 (CET)")
            << QDateTime(QDate(2026, 3, 3), QTime(22, 10), QTimeZone::utc());
    }

    void dates()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, expected);
        const auto parsed = MailHeaders::date(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->toUTC(), expected);
    }

    void brokenDates()
    {
        QVERIFY(!MailHeaders::date("yesterday"));
        QVERIFY(!MailHeaders::date("Tue, 31 Feb 2026 10:00:00 +0000"));
        QVERIFY(!MailHeaders::date("Tue, 3 Foo 2026 10:00:00 +0000"));
    }

    void encodedWords()
    {
        QCOMPARE(MailHeaders::decodeWords("=?utf-8?q?Caf=C3=A9?= =?ISO-8859-1?Q?_cr=E8me?= now"),
                 QStringLiteral("Café crème now"));
        QCOMPARE(MailHeaders::decodeWords("=?windows-1252?Q?=96_Anna?="), QStringLiteral("– Anna"));
        // Not an encoded word: left as written.
        QCOMPARE(MailHeaders::decodeWords("look at =?this?="), QStringLiteral("look at =?this?="));
    }
};

QTEST_GUILESS_MAIN(TestMailReader)
#include "TestMailReader.moc"
