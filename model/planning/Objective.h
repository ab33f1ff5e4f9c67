#pragma once

#include "PlanningEnums.h"

#include <QDate>
#include <QString>

namespace Kingside {

// A long-term objective of the account plan.
struct Objective
{
    qint64 id = 0;
    qint64 accountId = 0;
    ObjectiveKind kind = ObjectiveKind::Relationship;
    QString title;
    QString measure;
    QDate targetDate; // invalid: none
    TrafficLight light = TrafficLight::Green;
    int position = 0;
};

} // namespace Kingside
