#include "BoardFilter.h"

#include "BoardData.h"

namespace Kingside {

BoardFilterMatch::BoardFilterMatch(const BoardData &data, const BoardFilter &filter)
    : m_filter(filter)
{
    if (filter.productId > 0) {
        for (const BoardProductRole &role : data.productRoles) {
            if (role.productId == filter.productId &&
                (role.role == ProductRole::User || role.role == ProductRole::Specifier))
                m_productPeople.insert(role.personId);
        }
    }
    if (filter.changedSince.isValid()) {
        for (auto it = data.updatedAt.cbegin(); it != data.updatedAt.cend(); ++it) {
            if (it->isValid() && it->date() >= filter.changedSince)
                m_changedPeople.insert(it.key());
        }
    }
    if (filter.teamMemberId > 0) {
        for (const Relationship &line : data.relationships) {
            if (line.fromId == filter.teamMemberId)
                m_memberContacts.insert(line.toId);
            else if (line.toId == filter.teamMemberId)
                m_memberContacts.insert(line.fromId);
        }
    }
}

bool BoardFilterMatch::showsPerson(const Person &person) const
{
    return showsPerson(person.id, person.isTeam());
}

bool BoardFilterMatch::showsPerson(qint64 personId, bool team) const
{
    if (team)
        return m_filter.teamMemberId == 0 || personId == m_filter.teamMemberId;
    if (m_filter.productId > 0 && !m_productPeople.contains(personId))
        return false;
    if (m_filter.changedSince.isValid() && !m_changedPeople.contains(personId))
        return false;
    if (m_filter.teamMemberId > 0 && !m_memberContacts.contains(personId))
        return false;
    return true;
}

bool BoardFilterMatch::showsRelationship(const Relationship &relationship, bool fromTeam,
                                         bool toTeam) const
{
    if (m_filter.kind && relationship.kind != *m_filter.kind)
        return false;
    if (m_filter.teamMemberId > 0 && relationship.fromId != m_filter.teamMemberId &&
        relationship.toId != m_filter.teamMemberId)
        return false;
    const auto endShown = [this](qint64 id, bool team) {
        if (team)
            return true;
        if (m_filter.productId > 0 && !m_productPeople.contains(id))
            return false;
        if (m_filter.changedSince.isValid() && !m_changedPeople.contains(id))
            return false;
        return true;
    };
    return endShown(relationship.fromId, fromTeam) && endShown(relationship.toId, toTeam);
}

} // namespace Kingside
