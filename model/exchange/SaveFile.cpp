#include "SaveFile.h"

#include "OutputGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::SaveFile", text);
}

SaveFile::System &defaultSystem()
{
    static SaveFile::System system;
    return system;
}

SaveFile::System *installed = nullptr;

SaveFile::System &currentSystem()
{
    return installed ? *installed : defaultSystem();
}

} // namespace

int SaveFile::System::write(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (written == 0)
            return ENOSPC; // nothing taken and no error: the device is full
        data += written;
        size -= written;
    }
    return 0;
}

int SaveFile::System::sync(int fd)
{
    return ::fsync(fd) == 0 ? 0 : errno;
}

int SaveFile::System::close(int fd)
{
    return ::close(fd) == 0 ? 0 : errno;
}

int SaveFile::System::rename(const QByteArray &from, const QByteArray &to)
{
    return ::rename(from.constData(), to.constData()) == 0 ? 0 : errno;
}

SaveFile::ScopedSystem::ScopedSystem(System *system) : m_previous(installed)
{
    installed = system;
}

SaveFile::ScopedSystem::~ScopedSystem()
{
    installed = m_previous;
}

QString SaveFile::reason(int errorNumber)
{
    if (errorNumber == ENOSPC
#ifdef EDQUOT
        || errorNumber == EDQUOT
#endif
    )
        return tr("the disk is full");
    QString text = QString::fromLocal8Bit(std::strerror(errorNumber));
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

bool SaveFile::write(const QString &path, const QByteArray &content, QString *error)
{
    const QString shown = QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
    if (const QString refusal = OutputGuard::refusal(path, {}); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const QString target = OutputGuard::writtenPath(path);
    const QFileInfo existing(target);
    if (existing.exists() && !existing.isWritable()) {
        *error = tr("%1 cannot be written: the file is read-only.").arg(shown);
        return false;
    }

    // mkstemp creates the file with mode 0600 (and O_EXCL): private from its first byte.
    QByteArray temporary = QFile::encodeName(target) + ".XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0) {
        *error = tr("%1 cannot be written: %2.").arg(shown, reason(errno));
        return false;
    }
    System &system = currentSystem();
    const auto fail = [&](int errorNumber, bool open) {
        if (open)
            system.close(fd);
        ::unlink(temporary.constData());
        *error = tr("%1 could not be written: %2. The previous file, if any, is unchanged.")
                     .arg(shown, reason(errorNumber));
        return false;
    };
    if (const int failure = system.write(fd, content.constData(), content.size()))
        return fail(failure, true);
    if (const int failure = system.sync(fd))
        return fail(failure, true);
    if (const int failure = system.close(fd))
        return fail(failure, false);
    if (const int failure = system.rename(temporary, QFile::encodeName(target)))
        return fail(failure, false);

    // The new name itself is durable once the folder is synced too (best effort: not
    // every file system lets a folder be opened for that).
    const int folder = ::open(QFile::encodeName(QFileInfo(target).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return true;
}

} // namespace Kingside
