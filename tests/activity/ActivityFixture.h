#pragma once

#include "TestWorkspace.h"

#include "activity/ActivityPlanner.h"
#include "activity/IcsReader.h"
#include "activity/MailReader.h"
#include "workspace/PersonStore.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

namespace Kingside::Test {

// A calendar export with one meeting per (day, addresses), in Google's layout (README,
// "Activity: meetings and mail keep freshness true"; the layout is cited in TestIcsReader).
struct Meeting
{
    QDate day;
    QStringList addresses;
};

inline QByteArray calendarOf(const QList<Meeting> &meetings)
{
    QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar "
                     "70.9054//EN\r\n";
    int n = 0;
    for (const Meeting &meeting : meetings) {
        ics += "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:" +
               meeting.day.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "\r\nUID:meeting-" +
               QByteArray::number(++n) + "@google.com\r\n";
        for (const QString &address : meeting.addresses)
            ics += "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;X-NUM-"
                   "GUESTS=0:mailto:" +
                   address.toUtf8() + "\r\n";
        ics += "SUMMARY:Meeting\r\nEND:VEVENT\r\n";
    }
    return ics + "END:VCALENDAR\r\n";
}

// Plans from calendar data as the command line and the dialog do.
inline ActivityPlan planFrom(Workspace &workspace, const QString &account,
                             const QList<QByteArray> &calendars,
                             const QList<QByteArray> &mboxes = {}, bool createLines = false)
{
    ActivityPlanner::Options options;
    options.today = fixedToday();
    options.createLines = createLines;
    ActivityPlanner planner(workspace.database(), account, options);
    const auto add = [&planner](const ActivityItem &item) { planner.add(item); };
    for (const QByteArray &data : calendars)
        planner.addResult(
            IcsReader::readData(data, QStringLiteral("test.ics"), planner.window(), add));
    for (const QByteArray &data : mboxes)
        planner.addResult(
            MailReader::readData(data, QStringLiteral("test.mbox"), planner.window(), add));
    return planner.finish();
}

// The first person of a side in an account whose e-mail field is set.
inline Person firstOf(Workspace &workspace, qint64 accountId, Side side, int skip = 0)
{
    for (const Person &person : PersonStore(workspace.database()).people(accountId))
        if (person.side == side && !person.email.isEmpty() && skip-- == 0)
            return person;
    return {};
}

} // namespace Kingside::Test
