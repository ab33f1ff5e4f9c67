#include "RecentWorkspaces.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Kingside {

namespace {
const QString recentKey = QStringLiteral("workspaces/recent");
}

QStringList RecentWorkspaces::list()
{
    return QSettings().value(recentKey).toStringList();
}

void RecentWorkspaces::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = list();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaximumCount)
        recent.removeLast();
    QSettings().setValue(recentKey, recent);
}

void RecentWorkspaces::remove(const QString &path)
{
    QStringList recent = list();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(recentKey, recent);
}

QString RecentWorkspaces::last()
{
    const QStringList recent = list();
    return recent.isEmpty() ? QString() : recent.first();
}

QString RecentWorkspaces::demoPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("Demo.kingside"));
}

} // namespace Kingside
