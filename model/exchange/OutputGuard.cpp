#include "OutputGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <optional>

#include <sys/stat.h>

namespace Kingside::OutputGuard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::OutputGuard", text);
}

QString shown(const QString &path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

// What a file beside the workspace is to it.
enum class Kind
{
    Unrelated,
    Workspace,
    Companion, // SQLite's -wal, -shm or -journal: the workspace is not whole without them
    Backup,    // NAME.kingside.schemaN.bak and every other NAME.kingside*.bak
};

Kind kindOf(const QString &name, const QString &workspaceName)
{
    if (name == workspaceName)
        return Kind::Workspace;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (name == workspaceName + QLatin1String(suffix))
            return Kind::Companion;
    }
    if (name.size() >= workspaceName.size() + 4 && name.startsWith(workspaceName) &&
        name.endsWith(QLatin1String(".bak")))
        return Kind::Backup;
    return Kind::Unrelated;
}

// The file a write to `path` really lands in: symbolic links followed to their end, as
// SaveFile does (it writes through links rather than replacing them).
QFileInfo finalTarget(const QString &path)
{
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    for (int depth = 0; depth < 40 && info.isSymLink(); ++depth) {
        const QString target = info.symLinkTarget();
        if (target.isEmpty())
            break;
        info.setFile(target);
    }
    return info;
}

// A folder and the workspace's file name in it; the workspace's name as given and, when
// that is a link, the file it points to (SQLite keeps -wal and -shm beside the real file).
struct Place
{
    QString folder; // canonical
    QString name;
};

QList<Place> workspacePlaces(const QString &workspacePath)
{
    QList<Place> places;
    const QFileInfo given(QFileInfo(workspacePath).absoluteFilePath());
    const QString givenFolder = QFileInfo(given.absolutePath()).canonicalFilePath();
    if (!givenFolder.isEmpty())
        places.append({givenFolder, given.fileName()});
    const QString real = given.canonicalFilePath();
    if (!real.isEmpty()) {
        const QFileInfo realInfo(real);
        const Place resolved{realInfo.absolutePath(), realInfo.fileName()};
        if (places.isEmpty() || places.first().folder != resolved.folder ||
            places.first().name != resolved.name)
            places.append(resolved);
    }
    return places;
}

struct Identity
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const Identity &other) const
    {
        return device == other.device && inode == other.inode;
    }
};

std::optional<Identity> identityOf(const QString &path)
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return Identity{status.st_dev, status.st_ino};
}

QString sentence(Kind kind, const QString &output, const QString &workspace, bool viaLink)
{
    QString what;
    switch (kind) {
    case Kind::Workspace:
        what = viaLink ? tr("%1 is the open workspace %2 under another name (a link to it)")
                             .arg(shown(output), shown(workspace))
                       : tr("%1 is the open workspace").arg(shown(output));
        break;
    case Kind::Companion:
        what = tr("%1 is part of the open workspace %2 (SQLite keeps the latest changes there)")
                   .arg(shown(output), shown(workspace));
        break;
    case Kind::Backup:
        what = tr("%1 is a backup of the open workspace %2").arg(shown(output), shown(workspace));
        break;
    case Kind::Unrelated:
        return {};
    }
    return tr("%1; an export there would destroy it. Nothing was written: choose another "
              "file.")
        .arg(what);
}

} // namespace

QString writtenPath(const QString &output)
{
    return finalTarget(output).absoluteFilePath();
}

QString refusal(const QString &output, const QString &workspacePath)
{
    if (output.trimmed().isEmpty())
        return tr("No file to write to was given.");
    const QFileInfo target = finalTarget(output);
    if (target.isDir())
        return tr("%1 cannot be written: it is a folder. Give the name of a file in it.")
            .arg(shown(output));
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists())
        return tr("%1 cannot be written: the folder %2 does not exist.")
            .arg(shown(output), shown(folder.filePath()));
    if (!folder.isDir())
        return tr("%1 cannot be written: %2 is not a folder.")
            .arg(shown(output), shown(folder.filePath()));
    if (workspacePath.isEmpty())
        return {};

    // By name, in the folder the write lands in.
    const QString targetFolder = folder.canonicalFilePath();
    const QList<Place> places = workspacePlaces(workspacePath);
    for (const Place &place : places) {
        if (place.folder == targetFolder) {
            const Kind kind = kindOf(target.fileName(), place.name);
            const bool sameName = QDir::cleanPath(QFileInfo(output).absoluteFilePath()) ==
                                  QDir::cleanPath(QFileInfo(workspacePath).absoluteFilePath());
            if (kind != Kind::Unrelated)
                return sentence(kind, output, workspacePath, kind == Kind::Workspace && !sameName);
        }
    }

    // By identity: a hard link (or a link the name check could not see through) to the
    // workspace, a companion or a backup is the same file under another name.
    const auto written = identityOf(target.absoluteFilePath());
    if (!written)
        return {};
    for (const Place &place : places) {
        const QDir dir(place.folder);
        const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &name : names) {
            const Kind kind = kindOf(name, place.name);
            if (kind == Kind::Unrelated)
                continue;
            if (identityOf(dir.filePath(name)) == written)
                return sentence(kind, output, workspacePath, true);
        }
    }
    return {};
}

} // namespace Kingside::OutputGuard
