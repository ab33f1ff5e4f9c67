#pragma once

#include "ActivityItem.h"
#include "ActivityPlan.h"

#include <QHash>
#include <QSqlDatabase>

namespace Kingside {

// Matches meetings and messages to the people of one account by e-mail address (every
// address in a person's e-mail field, any letter case) and plans what they change: for each
// pair of one of our team and a client person, the last contact of their lines moves forward,
// never back, and each contact is recorded once (README, "Activity: meetings and mail keep
// freshness true"). Items are added one at a time, so a large mail export is never held.
class ActivityPlanner
{
public:
    struct Options
    {
        bool createLines = false; // draw a working line, strength 1, for pairs who met
        QDate today = QDate::currentDate();
    };

    ActivityPlanner(QSqlDatabase db, const QString &accountName, const Options &options);

    // Empty when the account exists.
    QString error() const { return m_error; }
    // The days to read: five years up to today, in the system's time zone.
    ActivityWindow window() const;

    void add(const ActivityItem &item);
    void addResult(const ActivityReadResult &result);
    ActivityPlan finish() const;

private:
    struct Seen
    {
        QDate day;
        ContactKind kind;
    };
    struct PairActivity
    {
        QDate latest;
        bool met = false;
        QHash<QString, Seen> contacts; // by hashed key
    };

    void touch(qint64 teamId, qint64 clientId, const ActivityItem &item, const QString &key);

    QSqlDatabase m_db;
    Options m_options;
    QString m_error;
    qint64 m_accountId = 0;
    QString m_accountName;
    int m_freshnessDays = 90;
    QHash<QString, qint64> m_personByAddress;
    QHash<qint64, QString> m_names;
    QHash<qint64, bool> m_isTeam;
    QHash<std::pair<qint64, qint64>, PairActivity> m_pairs; // (team, client)
    qint64 m_read = 0;
    qint64 m_matched = 0;
    qint64 m_outside = 0;
    qint64 m_skipped = 0;
    QStringList m_notices;
};

} // namespace Kingside
