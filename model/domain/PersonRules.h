#pragma once

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

} // namespace PersonRules

} // namespace Kingside
