#pragma once

#include "Department.h"
#include "Level.h"
#include "Person.h"
#include "Relationship.h"

#include <QList>
#include <QString>

namespace Kingside {

// The rules a person or a relationship must keep to be stored, each broken rule said in
// one sentence for the user (README "Your first account"). An empty string: fine.
namespace PersonRules {

// `account` is everyone else in the person's account (the person themself may be in it).
QString check(const Person &person, const QList<Person> &account);
QString check(const Relationship &relationship, const QList<Relationship> &account);

// What a person refers to must be there: their department and level among the account's,
// the competitor they favour (id, name) among the workspace's. Checked before writing, so
// that the sentence names the missing thing on any backend (README "Where the rules live").
QString checkReferences(const Person &person, const QList<Department> &departments,
                        const QList<Level> &levels, const QList<qint64> &competitorIds);
// Both ends of a relationship are people of its account (`account`: everyone in it).
QString checkEnds(const Relationship &relationship, const QList<Person> &account);

} // namespace PersonRules

} // namespace Kingside
