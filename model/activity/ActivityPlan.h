#pragma once

#include "domain/RelationshipContact.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kingside {

// What reading calendar and mail exports would change on one pair of people: one of our
// team and one of the client's (README, "Activity: meetings and mail keep freshness true").
struct ActivityPairChange
{
    qint64 teamId = 0;
    qint64 clientId = 0;
    QString teamName;
    QString clientName;
    QDate lastContactBefore; // the freshest of their lines; invalid: never
    QDate lastContactAfter;  // never earlier than before
    int newMeetings = 0;     // contacts read that were not recorded before
    int newMails = 0;
    ContactCount inWindow; // contacts within the account's freshness window, after the import
    bool newLine = false;  // a working line at strength 1 is drawn for them
};

// One line's change: its last contact and the contacts recorded on it.
struct ActivityLineChange
{
    qint64 relationshipId = 0; // 0: a new working line between teamId and clientId
    qint64 teamId = 0;
    qint64 clientId = 0;
    QDate before;
    QDate after;
    QList<RelationshipContact> contacts; // relationshipId is 0 for a new line's
};

// The preview of an activity import, and what RecordActivity writes.
struct ActivityPlan
{
    QString error; // set when nothing can be planned (no such account, say)
    qint64 accountId = 0;
    QString accountName;
    QDate today;
    int freshnessDays = 90;
    QList<ActivityPairChange> pairs;
    QList<ActivityLineChange> lines;
    int unchangedPairs = 0;       // met or wrote, but everything was already recorded
    QStringList pairsWithoutLine; // "Team member – Client person", no line drawn
    qint64 itemsRead = 0;         // meetings and messages read from the files
    qint64 itemsMatched = 0;      // of them, with one of our team and a client person
    qint64 itemsOutside = 0;      // outside the window read (future meetings, say)
    qint64 itemsSkipped = 0;      // cancelled meetings, messages without a date
    QStringList notices;

    bool hasWrites() const { return !lines.isEmpty(); }
    int newLineCount() const;
    // The preview in words, one pair a line, for the command line.
    QString report() const;
};

} // namespace Kingside
