#pragma once

#include "AccountData.h"

#include <QByteArray>

namespace Kingside {

// An account's network as GraphML for networkx, Gephi and yEd: people are nodes with
// typed keys (side, department, level, piece, attitude, …), relationships are edges
// (kind, strength, last_contact, directed, weight), the account's figures are graph
// data. Numbers are written at full precision (shortest text that reads back to the
// same double), unlike Boost's write_graphml with its 6 significant digits.
class GraphMLWriter
{
public:
    static QByteArray write(const AccountData &data);
    // The shortest decimal text that reads back as exactly `value`.
    static QString number(double value);
};

} // namespace Kingside
