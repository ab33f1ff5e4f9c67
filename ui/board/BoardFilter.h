#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QSet>

#include <optional>

namespace Kingside {

struct BoardData;
struct Person;
struct Relationship;

// What the filter bar asks the board to show; everything else is faded or hidden.
struct BoardFilter
{
    qint64 teamMemberId = 0; // only this team member's lines
    qint64 productId = 0;    // only this product's users and specifiers
    std::optional<RelationshipKind> kind;
    QDate changedSince; // only people changed on or after this day

    bool isActive() const
    {
        return teamMemberId > 0 || productId > 0 || kind.has_value() || changedSince.isValid();
    }
    bool operator==(const BoardFilter &) const = default;
};

// A filter applied to one account's data, with its sets prepared once.
class BoardFilterMatch
{
public:
    BoardFilterMatch() = default;
    BoardFilterMatch(const BoardData &data, const BoardFilter &filter);

    // Whether a person stays in full colour (others are drawn faded).
    bool showsPerson(const Person &person) const;
    bool showsPerson(qint64 personId, bool team) const;
    // Whether a relationship line is drawn at all.
    bool showsRelationship(const Relationship &relationship, bool fromTeam, bool toTeam) const;

private:
    BoardFilter m_filter;
    QSet<qint64> m_productPeople;
    QSet<qint64> m_changedPeople;
    QSet<qint64> m_memberContacts;
};

} // namespace Kingside
