#pragma once

#include "Enums.h"

#include <QString>

namespace Kingside {

// A barrier between two departments (files) or two levels (ranks) of one account.
struct Wall
{
    qint64 id = 0;
    qint64 accountId = 0;
    WallKind kind = WallKind::Department;
    qint64 a = 0; // department or level id
    qint64 b = 0;
    QString notes;
};

} // namespace Kingside
