#pragma once

#include <QString>
#include <QStringList>

namespace Kingside {

// A ready-made board for a new account: its files (departments, left to right) and ranks
// (levels, top first), typical of an industry.
struct AccountTemplate
{
    QString key;      // stable, for the command line: "standard", "manufacturing", "blank" …
    QString name;     // translated, for the window
    QString industry; // suggested industry of the account; empty for the general ones
    QStringList departments;
    QStringList levels;
};

} // namespace Kingside
