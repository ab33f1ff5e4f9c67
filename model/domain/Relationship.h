#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

namespace Kingside {

// A line between two people of one account. Reporting: from reports to "to";
// influence: from influences "to"; the other kinds have no direction.
struct Relationship
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 fromId = 0;
    qint64 toId = 0;
    RelationshipKind kind = RelationshipKind::Working;
    int strength = 3;  // 1 vendor … 5 trusted advisor
    QDate lastContact; // invalid: never
    QString notes;
};

} // namespace Kingside
