#pragma once

#include "workspace/Workspace.h"

#include <QString>
#include <QStringList>

namespace Kingside {

// The recently opened workspaces and the built-in demo's location, kept in QSettings.
class RecentWorkspaces
{
public:
    static QStringList list();
    // The mode it was opened in is kept with it: Open Recent opens it the same way.
    static void add(const QString &path, Workspace::Mode mode = Workspace::Mode::ReadWrite);
    static Workspace::Mode modeOf(const QString &path);
    static void remove(const QString &path);
    static QString last();
    // Where the demo workspace lives for this user (created on first run).
    static QString demoPath();

    static constexpr int MaximumCount = 8;
};

} // namespace Kingside
