#pragma once

#include <QString>
#include <QStringList>

namespace Kingside {

// The recently opened workspaces and the built-in demo's location, kept in QSettings.
class RecentWorkspaces
{
public:
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static QString last();
    // Where the demo workspace lives for this user (created on first run).
    static QString demoPath();

    static constexpr int MaximumCount = 8;
};

} // namespace Kingside
