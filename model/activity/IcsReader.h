#pragma once

#include "ActivityItem.h"

#include <QByteArray>
#include <QString>

namespace Kingside {

// Reads meetings from an iCalendar file (RFC 5545) as Outlook, Google Calendar and Apple
// Calendar export it: folded lines, TZID with the file's VTIMEZONE (IANA or Windows names),
// UTC and floating times, all-day events (VALUE=DATE), RRULE/RDATE/EXDATE expanded inside the
// window, RECURRENCE-ID overrides, cancelled meetings and declined attendees left out.
// Reports each occurrence's day and its organiser and attendees; summaries, descriptions,
// locations and alarms are never read (README, "Activity: meetings and mail keep freshness
// true").
class IcsReader
{
public:
    static ActivityReadResult read(const QString &path, const ActivityWindow &window,
                                   const ActivitySink &sink, const ActivityProgress &progress = {});
    // `name` says where the data came from, in messages.
    static ActivityReadResult readData(const QByteArray &data, const QString &name,
                                       const ActivityWindow &window, const ActivitySink &sink,
                                       const ActivityProgress &progress = {});

    // Whether the data looks like an iCalendar file (BEGIN:VCALENDAR near its start).
    static bool looksLikeCalendar(const QByteArray &head);
};

} // namespace Kingside
