#include "ActivityPlanner.h"

#include "EmailAddress.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::ActivityPlanner", text);
}

std::pair<qint64, qint64> unordered(qint64 a, qint64 b)
{
    return a < b ? std::pair{a, b} : std::pair{b, a};
}

} // namespace

ActivityPlanner::ActivityPlanner(QSqlDatabase db, const QString &accountName,
                                 const Options &options)
    : m_db(std::move(db)), m_options(options)
{
    const auto account = AccountStore(m_db).accountByName(accountName);
    if (!account) {
        m_error = tr("There is no account “%1”.").arg(accountName);
        return;
    }
    m_accountId = account->id;
    m_accountName = account->name;
    m_freshnessDays = account->freshnessDays;
    QStringList shared;
    for (const Person &person : PersonStore(m_db).people(m_accountId)) {
        m_names.insert(person.id, person.name);
        m_isTeam.insert(person.id, person.isTeam());
        for (const QString &address : EmailAddress::addressesIn(person.email)) {
            const auto known = m_personByAddress.constFind(address);
            if (known != m_personByAddress.constEnd() && *known != person.id) {
                shared.append(address);
                continue;
            }
            m_personByAddress.insert(address, person.id);
        }
    }
    if (!shared.isEmpty())
        m_notices.append(tr("Several people of the account have the address %1; it was matched "
                            "to the first of them only.")
                             .arg(shared.join(QStringLiteral(", "))));
}

ActivityWindow ActivityPlanner::window() const
{
    ActivityWindow window;
    window.first = m_options.today.addYears(-5);
    window.last = m_options.today;
    return window;
}

void ActivityPlanner::touch(qint64 teamId, qint64 clientId, const ActivityItem &item,
                            const QString &key)
{
    PairActivity &pair = m_pairs[{teamId, clientId}];
    if (!pair.latest.isValid() || item.day > pair.latest)
        pair.latest = item.day;
    pair.met = pair.met || item.kind == ContactKind::Meeting;
    auto seen = pair.contacts.find(key);
    if (seen == pair.contacts.end())
        pair.contacts.insert(key, {item.day, item.kind});
    else if (item.day > seen->day) // an override moved the meeting: its newest day holds
        seen->day = item.day;
}

void ActivityPlanner::add(const ActivityItem &item)
{
    if (m_accountId == 0)
        return;
    ++m_read;
    QList<qint64> team;
    QList<qint64> client;
    qint64 sender = 0;
    for (qsizetype i = 0; i < item.participants.size(); ++i) {
        const qint64 id = m_personByAddress.value(item.participants.at(i).address);
        if (id == 0)
            continue;
        if (i == 0)
            sender = id;
        QList<qint64> &side = m_isTeam.value(id) ? team : client;
        if (!side.contains(id))
            side.append(id);
    }
    if (team.isEmpty() || client.isEmpty())
        return;
    QString key;
    bool matched = false;
    const auto pairUp = [&](qint64 teamId, qint64 clientId) {
        if (key.isEmpty())
            key = QString::fromLatin1(
                QCryptographicHash::hash(item.key, QCryptographicHash::Sha1).toHex());
        touch(teamId, clientId, item, key);
        matched = true;
    };
    if (item.kind == ContactKind::Meeting) {
        // Everyone of ours who attended met everyone of theirs.
        for (qint64 teamId : std::as_const(team))
            for (qint64 clientId : std::as_const(client))
                pairUp(teamId, clientId);
    } else if (sender != 0) {
        // A message joins its sender to each recipient, not recipients to each other.
        if (m_isTeam.value(sender)) {
            for (qint64 clientId : std::as_const(client))
                pairUp(sender, clientId);
        } else {
            for (qint64 teamId : std::as_const(team))
                pairUp(teamId, sender);
        }
    }
    if (matched)
        ++m_matched;
}

void ActivityPlanner::addResult(const ActivityReadResult &result)
{
    m_outside += result.outside;
    m_skipped += result.skipped;
    for (const QString &notice : result.notices)
        if (!m_notices.contains(notice))
            m_notices.append(notice);
}

ActivityPlan ActivityPlanner::finish() const
{
    ActivityPlan plan;
    plan.error = m_error;
    plan.accountId = m_accountId;
    plan.accountName = m_accountName;
    plan.today = m_options.today;
    plan.freshnessDays = m_freshnessDays;
    plan.itemsRead = m_read;
    plan.itemsMatched = m_matched;
    plan.itemsOutside = m_outside;
    plan.itemsSkipped = m_skipped;
    plan.notices = m_notices;
    if (m_accountId == 0)
        return plan;

    const PersonStore store(m_db);
    QHash<std::pair<qint64, qint64>, QList<Relationship>> linesOf;
    for (const Relationship &line : store.relationships(m_accountId))
        linesOf[unordered(line.fromId, line.toId)].append(line);
    const QHash<qint64, QSet<QString>> stored = store.contactKeys(m_accountId);
    const QDate windowStart = m_options.today.addDays(-m_freshnessDays);
    const QHash<qint64, ContactCount> counts = store.contactCounts(m_accountId, windowStart);

    // Pairs in the order of their names, so the preview reads the same each time.
    QList<std::pair<qint64, qint64>> order = m_pairs.keys();
    std::sort(order.begin(), order.end(), [this](const auto &a, const auto &b) {
        const QString left = m_names.value(a.first) + QChar(0) + m_names.value(a.second);
        const QString right = m_names.value(b.first) + QChar(0) + m_names.value(b.second);
        return left.localeAwareCompare(right) < 0 || (left == right && a < b);
    });

    for (const auto &key : std::as_const(order)) {
        const PairActivity &activity = m_pairs.value(key);
        ActivityPairChange pair;
        pair.teamId = key.first;
        pair.clientId = key.second;
        pair.teamName = m_names.value(key.first);
        pair.clientName = m_names.value(key.second);
        const QList<Relationship> lines = linesOf.value(unordered(key.first, key.second));
        if (lines.isEmpty()) {
            if (!(m_options.createLines && activity.met)) {
                plan.pairsWithoutLine.append(
                    QStringLiteral("%1 – %2").arg(pair.teamName, pair.clientName));
                continue;
            }
            ActivityLineChange change;
            change.teamId = key.first;
            change.clientId = key.second;
            change.after = activity.latest;
            for (auto it = activity.contacts.cbegin(); it != activity.contacts.cend(); ++it) {
                change.contacts.append({0, it.key(), it->day, it->kind});
                (it->kind == ContactKind::Mail ? pair.newMails : pair.newMeetings) += 1;
                if (it->day >= windowStart)
                    (it->kind == ContactKind::Mail ? pair.inWindow.mails
                                                   : pair.inWindow.meetings) += 1;
            }
            pair.lastContactAfter = activity.latest;
            pair.newLine = true;
            plan.lines.append(change);
            plan.pairs.append(pair);
            continue;
        }

        bool changed = false;
        QSet<QString> newKeys;
        for (const Relationship &line : lines) {
            if (!pair.lastContactBefore.isValid() || line.lastContact > pair.lastContactBefore)
                pair.lastContactBefore = line.lastContact;
            ActivityLineChange change;
            change.relationshipId = line.id;
            change.teamId = key.first;
            change.clientId = key.second;
            change.before = line.lastContact;
            // Forward only: an older contact never replaces a newer one typed by hand.
            change.after = !line.lastContact.isValid() || activity.latest > line.lastContact
                               ? activity.latest
                               : line.lastContact;
            const QSet<QString> known = stored.value(line.id);
            ContactCount window = counts.value(line.id);
            for (auto it = activity.contacts.cbegin(); it != activity.contacts.cend(); ++it) {
                if (known.contains(it.key()))
                    continue;
                change.contacts.append({line.id, it.key(), it->day, it->kind});
                newKeys.insert(it.key());
                if (it->day >= windowStart)
                    (it->kind == ContactKind::Mail ? window.mails : window.meetings) += 1;
            }
            if (window.total() > pair.inWindow.total())
                pair.inWindow = window;
            if (change.after != change.before || !change.contacts.isEmpty()) {
                changed = true;
                plan.lines.append(change);
            }
        }
        for (const QString &newKey : std::as_const(newKeys))
            (activity.contacts.value(newKey).kind == ContactKind::Mail ? pair.newMails
                                                                       : pair.newMeetings) += 1;
        pair.lastContactAfter =
            !pair.lastContactBefore.isValid() || activity.latest > pair.lastContactBefore
                ? activity.latest
                : pair.lastContactBefore;
        if (changed)
            plan.pairs.append(pair);
        else
            ++plan.unchangedPairs;
    }
    return plan;
}

} // namespace Kingside
