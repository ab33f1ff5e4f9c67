#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Kingside::Test {

// A small file system that the test mounts itself on a fresh temporary folder, so that a
// full or read-only disk is never a real one: a tmpfs, or an ext4 image on a loop device
// inside such a tmpfs (for a file system that turns read-only while files are open). The
// mount is confirmed with `mountpoint -q` before anything is written, and unmounted when
// the object goes. isValid() is false, with why(), when mounting is not possible (not
// root, no mount permission in a container, no loop device): the test then skips.
class ScratchMount
{
public:
    enum class Kind
    {
        Tmpfs,
        Ext4OnLoop
    };
    ScratchMount(Kind kind, qint64 bytes);
    ~ScratchMount();
    ScratchMount(const ScratchMount &) = delete;
    ScratchMount &operator=(const ScratchMount &) = delete;

    bool isValid() const { return m_valid; }
    QString why() const { return m_why; }
    // Where to put files: the mounted folder.
    QString path() const { return m_kind == Kind::Tmpfs ? m_dir.path() : m_inner; }

    // Remounts the file system read-only (fails while a file on it is open for writing).
    bool remountReadOnly(QString *error);
    // ext4 only: makes the kernel treat the file system as failed, which (mounted with
    // errors=remount-ro) turns it read-only at once, files open for writing included, as
    // when a disk goes bad or a stick is pulled halfway.
    bool failFileSystem(QString *error);
    // Fills the file system up with a filler file; true when no byte is left.
    bool fill(QString *error);
    void removeFiller();

private:
    static bool run(const QString &program, const QStringList &arguments, QString *error);
    static bool isMountPoint(const QString &path);

    Kind m_kind;
    QTemporaryDir m_dir;
    QString m_inner;
    bool m_outerMounted = false;
    bool m_innerMounted = false;
    bool m_valid = false;
    QString m_why;
};

} // namespace Kingside::Test
