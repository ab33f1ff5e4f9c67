#pragma once

#include <QString>

namespace Kingside {

// A client department or buying centre: one file (column) of the board.
struct Department
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString name;
    int position = 0; // left to right
};

} // namespace Kingside
