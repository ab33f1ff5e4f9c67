#include "BoardData.h"

#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"

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
    if (const auto stamp = PersonStore(db).personUpdatedAt(personId))
        updatedAt.insert(personId, *stamp);
    return true;
}

bool BoardData::refreshRelationship(const QSqlDatabase &db, qint64 relationshipId)
{
    const std::optional<Relationship> read = PersonStore(db).relationship(relationshipId);
    if (read && read->accountId != account.id)
        return false;
    // A full load lists relationships by id.
    const auto at = std::lower_bound(
        relationships.begin(), relationships.end(), relationshipId,
        [](const Relationship &relationship, qint64 id) { return relationship.id < id; });
    const bool held = at != relationships.end() && at->id == relationshipId;
    if (read && held)
        *at = *read;
    else if (read)
        relationships.insert(at, *read);
    else if (held)
        relationships.erase(at);
    else
        return true; // neither here nor there: nothing to do
    reindex();
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

    data.updatedAt = people.updatedAt(accountId);
    data.competitorNames = people.competitorNames();
    data.competitors = people.competitors(accountId);
    data.products = people.products(accountId);
    data.productRoles = people.productRoles(accountId);
    data.reindex();
    return data;
}

} // namespace Kingside
