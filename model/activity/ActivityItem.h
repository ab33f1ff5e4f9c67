#pragma once

#include "domain/RelationshipContact.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>

namespace Kingside {

// Where a contact between people was seen: a meeting in a calendar export or a message
// in a mail export (README, "Activity: meetings and mail keep freshness true").
using ActivityKind = ContactKind;

// One address on a meeting or a message, lower-cased, with the display name given beside it
// (decoded; shown in a preview, never stored).
struct ActivityParticipant
{
    QString address;
    QString name;
};

// One meeting occurrence or one message: the day it happened and who took part. Nothing of
// what was said is here: no subject, no description, no body.
struct ActivityItem
{
    ActivityKind kind = ActivityKind::Meeting;
    QDate day;      // in the reader's time zone
    QByteArray key; // names this occurrence or message, so that reading it again counts once
    // A meeting: everyone who did not decline. A message: the sender first, then the
    // recipients (To and Cc).
    QList<ActivityParticipant> participants;
};

// The days a reader reports, and the zone whose calendar days they are. Recurring meetings
// are expanded inside the window only.
struct ActivityWindow
{
    QDate first;
    QDate last;
    QTimeZone zone = QTimeZone::systemTimeZone();

    bool contains(const QDate &day) const { return day >= first && day <= last; }
};

// How reading one file went.
struct ActivityReadResult
{
    bool readable = true;
    bool cancelled = false;
    QString error;      // when not readable or cancelled: what and where, for the user
    qint64 items = 0;   // meetings (occurrences) or messages reported
    qint64 outside = 0; // outside the window (in the future, say)
    qint64 skipped = 0; // cancelled meetings, messages without a date, …
    QStringList notices;
};

using ActivitySink = std::function<void(const ActivityItem &)>;
// Called now and then with bytes done and total; returning false cancels the reading.
using ActivityProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace Kingside
