#pragma once

#include <QDate>
#include <QString>

namespace Kingside {

// How two people were seen in contact: a meeting in a calendar, or a message.
enum class ContactKind
{
    Meeting,
    Mail
};

// One meeting or message recorded on a relationship: its day, its kind and a one-way hash
// of what named it (an event's UID and occurrence, a message's Message-ID), so that the same
// export read again counts nothing twice. Nothing of what was said is kept (README,
// "Activity: meetings and mail keep freshness true").
struct RelationshipContact
{
    qint64 relationshipId = 0;
    QString key; // 40 hex digits (SHA-1)
    QDate day;
    ContactKind kind = ContactKind::Meeting;
};

// The contacts recorded on one relationship since some day.
struct ContactCount
{
    int meetings = 0;
    int mails = 0;
    int total() const { return meetings + mails; }
};

} // namespace Kingside
