#pragma once

#include <QString>

namespace Kingside {

// An organisational level: one rank (row) of the board; rank 1 is the top.
struct Level
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString name;
    int rank = 1;
};

} // namespace Kingside
