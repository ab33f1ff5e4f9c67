#include "RandomAccount.h"

#include "domain/Enums.h"
#include "workspace/Sql.h"
#include "workspace/TransactionGuard.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Kingside::Test {
namespace {

class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }

private:
    quint64 m_state;
};

} // namespace

qint64 RandomAccount::write(Workspace &workspace, const QString &name, QString *error) const
{
    QSqlDatabase db = workspace.database();
    TransactionGuard transaction(db);
    Rng rng(seed);
    const QString now = Sql::nowStamp();
    QSqlQuery query(db);
    auto fail = [&](const QSqlQuery &q) {
        *error = q.lastError().text();
        return qint64(0);
    };
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO accounts (name, freshness_days, created_at) "
                                  "VALUES (?, 90, ?)"),
                   {name, now}, error))
        return 0;
    const qint64 account = query.lastInsertId().toLongLong();
    QList<qint64> departmentIds;
    for (int d = 0; d < departments; ++d) {
        if (!Sql::exec(query,
                       QStringLiteral("INSERT INTO departments (account_id, name, position) "
                                      "VALUES (?, ?, ?)"),
                       {account, QStringLiteral("Department %1").arg(d + 1), d}, error))
            return 0;
        departmentIds.append(query.lastInsertId().toLongLong());
    }
    QList<qint64> levelIds;
    for (int l = 0; l < levels; ++l) {
        if (!Sql::exec(
                query,
                QStringLiteral("INSERT INTO levels (account_id, name, rank) VALUES (?, ?, ?)"),
                {account, QStringLiteral("Level %1").arg(l + 1), l + 1}, error))
            return 0;
        levelIds.append(query.lastInsertId().toLongLong());
    }
    for (int w = 0; w < walls && departments >= 2 && levels >= 2; ++w) {
        const bool byDepartment = w % 2 == 0;
        const QList<qint64> &ids = byDepartment ? departmentIds : levelIds;
        const int a = rng.below(int(ids.size()));
        const int b = (a + 1 + rng.below(int(ids.size()) - 1)) % int(ids.size());
        const QString statement =
            byDepartment ? QStringLiteral("INSERT INTO walls (account_id, kind, department_a, "
                                          "department_b) VALUES (?, 'department', ?, ?)")
                         : QStringLiteral("INSERT INTO walls (account_id, kind, level_a, level_b) "
                                          "VALUES (?, 'level', ?, ?)");
        if (!Sql::exec(query, statement, {account, ids[a], ids[b]}, error))
            return 0;
    }

    QSqlQuery person(db);
    person.prepare(QStringLiteral(
        "INSERT INTO people (account_id, side, name, email, department_id, level_id, "
        "decision_role, attitude, team_role, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<qint64> team;
    QList<qint64> clients;
    const QList<DecisionRole> roles = allValues<DecisionRole>();
    const QList<Attitude> attitudes = allValues<Attitude>();
    for (int t = 0; t <= teamMembers; ++t) {
        const bool mentor = t == teamMembers;
        const QString role = mentor   ? QStringLiteral("mentor")
                             : t == 0 ? QStringLiteral("account_manager")
                             : t == 1 ? QStringLiteral("executive_sponsor")
                                      : QStringLiteral("specialist");
        for (const QVariant &value : QVariantList{
                 account, QStringLiteral("team"), QStringLiteral("Team %1").arg(t + 1),
                 QStringLiteral("team%1@vendor.example").arg(t + 1), QVariant(), QVariant(),
                 QStringLiteral("none"), QStringLiteral("neutral"), role, now, now})
            person.addBindValue(value);
        if (!person.exec())
            return fail(person);
        if (!mentor)
            team.append(person.lastInsertId().toLongLong());
    }
    for (int c = 0; c < clientPeople; ++c) {
        // One King at most (the schema allows one decision maker).
        DecisionRole role =
            c == 0 ? DecisionRole::DecisionMaker : roles[rng.below(int(roles.size()))];
        if (c > 0 && role == DecisionRole::DecisionMaker)
            role = DecisionRole::User;
        const bool unknownPlace = rng.below(20) == 0;
        for (const QVariant &value : QVariantList{
                 account, QStringLiteral("client"), QStringLiteral("Client %1").arg(c + 1),
                 QStringLiteral("client%1@client.example").arg(c + 1),
                 unknownPlace ? QVariant() : QVariant(departmentIds[rng.below(departments)]),
                 unknownPlace ? QVariant() : QVariant(levelIds[rng.below(levels)]), codeOf(role),
                 codeOf(attitudes[rng.below(int(attitudes.size()))]), QVariant(), now, now})
            person.addBindValue(value);
        if (!person.exec())
            return fail(person);
        clients.append(person.lastInsertId().toLongLong());
    }

    QList<qint64> everybody = team + clients.mid(0, std::max(0, int(clients.size()) - isolated));
    QSqlQuery line(db);
    line.prepare(QStringLiteral(
        "INSERT INTO relationships (account_id, from_id, to_id, kind, strength, last_contact, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QList<RelationshipKind> kinds = allValues<RelationshipKind>();
    QSet<QString> made;
    int written = 0;
    auto add = [&](qint64 from, qint64 to, RelationshipKind kind) {
        const QString key = QStringLiteral("%1-%2-%3").arg(from).arg(to).arg(int(kind));
        if (from == to || made.contains(key))
            return true;
        made.insert(key);
        const int days = rng.below(200) - 10;
        for (const QVariant &value :
             QVariantList{account, from, to, codeOf(kind), 1 + rng.below(5),
                          rng.below(12) == 0 ? QVariant()
                                             : QVariant(today.addDays(-days).toString(Qt::ISODate)),
                          now, now})
            line.addBindValue(value);
        if (!line.exec())
            return false;
        ++written;
        return true;
    };
    for (int attempt = 0; written < lines && attempt < lines * 10 && everybody.size() >= 2;
         ++attempt) {
        const int roll = rng.below(100);
        qint64 from;
        if (roll < 25 && !team.isEmpty())
            from = team[rng.below(int(team.size()))];
        else
            from = everybody[rng.below(int(everybody.size()))];
        const qint64 to = everybody[rng.below(int(everybody.size()))];
        const RelationshipKind kind =
            roll % 9 == 0 ? RelationshipKind::Tension : kinds[rng.below(int(kinds.size()) - 1)];
        if (!add(from, to, kind))
            return fail(line);
        // Now and then a parallel line of another kind, or the same kind reversed.
        if (roll % 13 == 0 && !add(to, from, kind))
            return fail(line);
        if (roll % 17 == 0 && !add(from, to, kinds[rng.below(int(kinds.size()))]))
            return fail(line);
    }
    if (!transaction.commit()) {
        *error = db.lastError().text();
        return 0;
    }
    return account;
}

} // namespace Kingside::Test
