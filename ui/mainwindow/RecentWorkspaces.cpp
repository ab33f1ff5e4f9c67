#include "RecentWorkspaces.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Kingside {

namespace {
const QString recentKey = QStringLiteral("workspaces/recent");
const QString modesKey = QStringLiteral("workspaces/recentModes");
} // namespace

QStringList RecentWorkspaces::list()
{
    return QSettings().value(recentKey).toStringList();
}

void RecentWorkspaces::add(const QString &path, Workspace::Mode mode)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = list();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaximumCount)
        recent.removeLast();
    QSettings settings;
    settings.setValue(recentKey, recent);
    QVariantMap modes = settings.value(modesKey).toMap();
    for (auto it = modes.begin(); it != modes.end();)
        it = recent.contains(it.key()) ? std::next(it) : modes.erase(it);
    modes.insert(absolute, int(mode));
    settings.setValue(modesKey, modes);
}

Workspace::Mode RecentWorkspaces::modeOf(const QString &path)
{
    const QVariant mode =
        QSettings().value(modesKey).toMap().value(QFileInfo(path).absoluteFilePath());
    switch (mode.toInt()) {
    case int(Workspace::Mode::Review):
        return Workspace::Mode::Review;
    case int(Workspace::Mode::ReadOnly):
        return Workspace::Mode::ReadOnly;
    default:
        return Workspace::Mode::ReadWrite;
    }
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
