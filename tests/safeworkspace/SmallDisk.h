#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

// A tmpfs of a few hundred kilobytes that the test mounts itself on a fresh temporary
// folder, to fill on purpose (tests never fill a real disk). isMounted() is false where
// mounting is not allowed; the test then skips. Unmounted when destroyed.
class SmallDisk
{
public:
    explicit SmallDisk(qint64 bytes)
    {
        if (!m_dir.isValid())
            return;
        const int mounted = QProcess::execute(
            QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
             QStringLiteral("size=%1").arg(bytes), QStringLiteral("tmpfs"), m_dir.path()});
        m_mounted = mounted == 0 && QProcess::execute(QStringLiteral("mountpoint"),
                                                      {QStringLiteral("-q"), m_dir.path()}) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Writes a filler file until the disk is full, then gives back `leave` bytes.
    bool fill(qint64 leave = 0)
    {
        if (!m_mounted || QProcess::execute(QStringLiteral("mountpoint"),
                                            {QStringLiteral("-q"), m_dir.path()}) != 0)
            return false;
        QFile filler(filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
        filler.close();
        if (leave > 0)
            return filler.resize(std::max<qint64>(0, filler.size() - leave));
        return true;
    }

    void emptyFiller() { QFile::remove(filePath(QStringLiteral("filler"))); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};
