#pragma once

#include <QDate>
#include <QString>

namespace Kingside {

class Workspace;

// Writes the built-in demo workspace: four accounts of different size and tier, the
// largest with a ten-person team, about sixty client people and about four hundred
// relationships. Deterministic: the same `today` gives the same file content.
class DemoBuilder
{
public:
    // Fill an open, empty workspace in one transaction.
    static bool populate(Workspace &workspace, const QDate &today, QString *error);

    // Create `path` (which must not exist) and fill it.
    static bool write(const QString &path, const QDate &today, QString *error);

    static QString largestAccountName();
};

} // namespace Kingside
