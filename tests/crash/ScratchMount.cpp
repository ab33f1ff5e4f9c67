#include "ScratchMount.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

namespace Kingside::Test {

bool ScratchMount::run(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        if (error)
            *error = QStringLiteral("%1 did not run: %2").arg(program, process.errorString());
        process.kill();
        process.waitForFinished();
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 %2: %3")
                         .arg(program, arguments.join(u' '),
                              QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool ScratchMount::isMountPoint(const QString &path)
{
    return run(QStringLiteral("mountpoint"), {QStringLiteral("-q"), path}, nullptr);
}

ScratchMount::ScratchMount(Kind kind, qint64 bytes) : m_kind(kind)
{
    if (!m_dir.isValid()) {
        m_why = QStringLiteral("no temporary folder");
        return;
    }
    if (::geteuid() != 0) {
        m_why = QStringLiteral("mounting a scratch file system needs root");
        return;
    }
    // The folder is new and empty; it is a mount point only once our tmpfs is on it.
    if (isMountPoint(m_dir.path())) {
        m_why = QStringLiteral("the temporary folder is already a mount point");
        return;
    }
    const qint64 outerBytes = kind == Kind::Tmpfs ? bytes : bytes + 4 * 1024 * 1024;
    if (!run(QStringLiteral("mount"),
             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
              QStringLiteral("size=%1,mode=0700").arg(outerBytes), QStringLiteral("kingside-test"),
              m_dir.path()},
             &m_why))
        return;
    m_outerMounted = true;
    if (!isMountPoint(m_dir.path())) {
        m_why = QStringLiteral("the tmpfs did not appear on %1").arg(m_dir.path());
        return;
    }
    if (kind == Kind::Ext4OnLoop) {
        const QString image = m_dir.filePath(QStringLiteral("disk.img"));
        m_inner = m_dir.filePath(QStringLiteral("disk"));
        QFile file(image);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(bytes)) {
            m_why = QStringLiteral("the disk image could not be made: %1").arg(file.errorString());
            return;
        }
        file.close();
        if (!QDir().mkdir(m_inner) ||
            !run(QStringLiteral("mkfs.ext4"), {QStringLiteral("-q"), QStringLiteral("-F"), image},
                 &m_why) ||
            !run(QStringLiteral("mount"),
                 {QStringLiteral("-o"), QStringLiteral("loop,errors=remount-ro"), image, m_inner},
                 &m_why))
            return;
        m_innerMounted = true;
        if (!isMountPoint(m_inner)) {
            m_why = QStringLiteral("the ext4 image did not appear on %1").arg(m_inner);
            return;
        }
    }
    m_valid = true;
}

ScratchMount::~ScratchMount()
{
    if (m_innerMounted)
        run(QStringLiteral("umount"), {m_inner}, nullptr);
    if (m_outerMounted)
        run(QStringLiteral("umount"), {m_dir.path()}, nullptr);
}

bool ScratchMount::remountReadOnly(QString *error)
{
    return m_valid && run(QStringLiteral("mount"),
                          {QStringLiteral("-o"), QStringLiteral("remount,ro"), path()}, error);
}

bool ScratchMount::failFileSystem(QString *error)
{
    if (!m_valid || m_kind != Kind::Ext4OnLoop)
        return false;
    QProcess findmnt;
    findmnt.start(QStringLiteral("findmnt"),
                  {QStringLiteral("-n"), QStringLiteral("-o"), QStringLiteral("SOURCE"), m_inner});
    findmnt.waitForFinished(10000);
    const QString device =
        QFileInfo(QString::fromLocal8Bit(findmnt.readAll()).trimmed()).fileName();
    QFile trigger(QStringLiteral("/sys/fs/ext4/%1/trigger_fs_error").arg(device));
    if (device.isEmpty() || !trigger.open(QIODevice::WriteOnly) || trigger.write("1\n") < 0) {
        *error = QStringLiteral("cannot fail the file system on “%1”: %2")
                     .arg(device, trigger.errorString());
        return false;
    }
    trigger.close();
    // The mount options still say rw (ext4 marks itself "emergency_ro"); a new file shows it.
    QFile probe(QDir(m_inner).filePath(QStringLiteral("probe")));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        *error = QStringLiteral("the file system is still writable");
        return false;
    }
    return true;
}

bool ScratchMount::fill(QString *error)
{
    if (!m_valid || !isMountPoint(path())) {
        *error = QStringLiteral("not our scratch mount");
        return false;
    }
    QFile filler(QDir(path()).filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = filler.errorString();
        return false;
    }
    // Big blocks first, then single bytes, until the file system refuses.
    for (qint64 block : {qint64(1) << 20, qint64(4096), qint64(1)}) {
        const QByteArray chunk(block, '\0');
        while (filler.write(chunk) == block)
            ;
    }
    filler.close();
    return true;
}

void ScratchMount::removeFiller()
{
    QFile::remove(QDir(path()).filePath(QStringLiteral("filler")));
}

} // namespace Kingside::Test
