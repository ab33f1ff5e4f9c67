#include "PersonRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace Kingside::PersonRules {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::PersonRules", text);
}

// The longest name or title import accepts: a bound on what the views and analysis copy.
constexpr qsizetype maximumTextLength = 100000;

} // namespace

QString check(const Person &person, const QList<Person> &account)
{
    if (person.name.trimmed().isEmpty())
        return tr("A person needs a name.");
    for (const QString *text : {&person.name, &person.title, &person.email, &person.phone})
        if (text->size() > maximumTextLength)
            return tr("A name, title, e-mail or phone number can be at most 100,000 characters.");
    if (person.isTeam()) {
        if (!person.teamRole)
            return tr("A member of our team needs a team role.");
        if (person.departmentId || person.levelId || person.pieceOverride ||
            person.decisionRole != DecisionRole::None)
            return tr("Members of our team do not stand on the client's board, so they have no "
                      "department, level or decision role.");
    } else if (person.teamRole) {
        return tr("Only members of our team have a team role.");
    }
    for (const Person &other : account) {
        if (other.id == person.id || (person.id == 0 && other.id == 0))
            continue;
        if (!person.isTeam() && person.decisionRole == DecisionRole::DecisionMaker &&
            other.decisionRole == DecisionRole::DecisionMaker)
            return tr("%1 is already this account's King (final decision maker), and an account "
                      "has only one. Change %1's role first.")
                .arg(other.name);
        if (person.isTeam() && person.teamRole == TeamRole::Mentor &&
            other.teamRole == TeamRole::Mentor)
            return tr("%1 is already this account's mentor, and an account has one. Change %1's "
                      "role first.")
                .arg(other.name);
    }
    return {};
}

QString check(const Relationship &relationship, const QList<Relationship> &account)
{
    if (relationship.fromId == relationship.toId)
        return tr("A relationship joins two different people, not a person to themself.");
    if (relationship.strength < 1 || relationship.strength > 5)
        return tr("A relationship's strength is 1 (vendor) to 5 (trusted advisor).");
    for (const Relationship &other : account) {
        if (other.id == relationship.id || other.kind != relationship.kind)
            continue;
        const bool same = other.fromId == relationship.fromId && other.toId == relationship.toId;
        const bool reversed = other.fromId == relationship.toId &&
                              other.toId == relationship.fromId && !isDirected(other.kind);
        if (same || reversed)
            return tr("These two people already have a relationship of this kind.");
    }
    return {};
}

QString checkReferences(const Person &person, const QList<Department> &departments,
                        const QList<Level> &levels, const QList<qint64> &competitorIds)
{
    if (person.departmentId > 0 &&
        std::none_of(departments.cbegin(), departments.cend(), [&](const Department &department) {
            return department.id == person.departmentId;
        }))
        return tr("This department does not exist in the account.");
    if (person.levelId > 0 && std::none_of(levels.cbegin(), levels.cend(), [&](const Level &level) {
            return level.id == person.levelId;
        }))
        return tr("This level does not exist in the account.");
    if (person.competitorId > 0 && !competitorIds.contains(person.competitorId))
        return tr("This competitor does not exist in the workspace.");
    return {};
}

QString checkEnds(const Relationship &relationship, const QList<Person> &account)
{
    for (const qint64 end : {relationship.fromId, relationship.toId}) {
        if (std::none_of(account.cbegin(), account.cend(),
                         [&](const Person &person) { return person.id == end; }))
            return tr("A relationship joins two people of this account; one of them does not "
                      "exist in it.");
    }
    return {};
}

} // namespace Kingside::PersonRules
