#include "BoardData.h"

#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace Kingside {

const Person *BoardData::person(qint64 id) const
{
    const auto it = m_personIndex.constFind(id);
    if (it == m_personIndex.cend())
        return nullptr;
    return *it >= 0 ? &clients[*it] : &team[-*it - 1];
}

const Relationship *BoardData::relationship(qint64 id) const
{
    const auto it = m_relationshipIndex.constFind(id);
    return it == m_relationshipIndex.cend() ? nullptr : &relationships[*it];
}

int BoardData::fileOf(qint64 departmentId) const
{
    return m_fileIndex.value(departmentId, -1);
}

int BoardData::rankOf(qint64 levelId) const
{
    return m_rankIndex.value(levelId, -1);
}

bool BoardData::isTeam(qint64 personId) const
{
    const auto it = m_personIndex.constFind(personId);
    return it != m_personIndex.cend() && *it < 0;
}

int BoardData::teamIndex(qint64 personId) const
{
    const auto it = m_personIndex.constFind(personId);
    return it != m_personIndex.cend() && *it < 0 ? -*it - 1 : -1;
}

void BoardData::reindex()
{
    m_personIndex.clear();
    m_relationshipIndex.clear();
    m_fileIndex.clear();
    m_rankIndex.clear();
    for (int i = 0; i < clients.size(); ++i)
        m_personIndex.insert(clients[i].id, i);
    for (int i = 0; i < team.size(); ++i)
        m_personIndex.insert(team[i].id, -i - 1);
    for (int i = 0; i < relationships.size(); ++i)
        m_relationshipIndex.insert(relationships[i].id, i);
    for (int i = 0; i < departments.size(); ++i)
        m_fileIndex.insert(departments[i].id, i);
    for (int i = 0; i < levels.size(); ++i)
        m_rankIndex.insert(levels[i].id, i);
}

bool BoardData::refreshPerson(const QSqlDatabase &db, qint64 personId)
{
    const auto it = m_personIndex.constFind(personId);
    if (it == m_personIndex.cend() || *it < 0)
        return false;
    const std::optional<Person> person = PersonStore(db).person(personId);
    if (!person || person->accountId != account.id || person->isTeam())
        return false;
    clients[*it] = *person;
    QSqlQuery query(db);
    if (Sql::exec(query, QStringLiteral("SELECT updated_at FROM people WHERE id = ?"), {personId},
                  nullptr) &&
        query.next())
        updatedAt.insert(personId, QDateTime::fromString(query.value(0).toString(), Qt::ISODate));
    return true;
}

BoardData BoardData::load(const QSqlDatabase &db, qint64 accountId)
{
    BoardData data;
    const AccountStore accounts(db);
    const auto account = accounts.account(accountId);
    if (!account)
        return data;
    data.account = *account;
    data.departments = accounts.departments(accountId);
    std::stable_sort(
        data.departments.begin(), data.departments.end(),
        [](const Department &a, const Department &b) { return a.position < b.position; });
    data.levels = accounts.levels(accountId);
    data.walls = accounts.walls(accountId);
    const PersonStore people(db);
    const QList<Person> everyone = people.people(accountId);
    for (const Person &person : everyone)
        (person.isTeam() ? data.team : data.clients).append(person);
    // The mentor stands apart at the end of the rail.
    std::stable_partition(data.team.begin(), data.team.end(),
                          [](const Person &person) { return person.teamRole != TeamRole::Mentor; });
    data.relationships = people.relationships(accountId);

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Sql::exec(query, QStringLiteral("SELECT id, updated_at FROM people WHERE account_id = ?"),
                  {accountId}, nullptr)) {
        while (query.next())
            data.updatedAt.insert(query.value(0).toLongLong(),
                                  QDateTime::fromString(query.value(1).toString(), Qt::ISODate));
    }
    if (Sql::exec(query, QStringLiteral("SELECT id, name FROM competitors"), {}, nullptr)) {
        while (query.next())
            data.competitorNames.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    if (Sql::exec(query,
                  QStringLiteral("SELECT p.id, p.name FROM products p JOIN account_products a "
                                 "ON a.product_id = p.id WHERE a.account_id = ? ORDER BY p.name"),
                  {accountId}, nullptr)) {
        while (query.next())
            data.products.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    if (Sql::exec(query,
                  QStringLiteral("SELECT r.product_id, r.person_id, r.role FROM product_roles r "
                                 "JOIN people p ON p.id = r.person_id WHERE p.account_id = ?"),
                  {accountId}, nullptr)) {
        while (query.next())
            data.productRoles.append(
                {query.value(0).toLongLong(), query.value(1).toLongLong(),
                 enumFromCode<ProductRole>(query.value(2).toString()).value_or(ProductRole::User)});
    }
    data.reindex();
    return data;
}

} // namespace Kingside
