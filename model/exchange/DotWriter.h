#pragma once

#include "AccountData.h"

#include <QByteArray>

namespace Kingside {

// An account's network as a Graphviz digraph: one cluster per department (board order),
// one for people whose department is unknown and one for our team; reporting and
// influence lines point, the other kinds are drawn without arrows.
class DotWriter
{
public:
    static QByteArray write(const AccountData &data);
    // A DOT double-quoted string (quotes, backslashes and line breaks escaped).
    static QString quoted(const QString &text);
};

} // namespace Kingside
