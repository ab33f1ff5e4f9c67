#pragma once

#include <QByteArray>
#include <QString>

namespace Kingside {

// Writes a file for the user: the whole content or nothing (README "Exports never
// overwrite the workspace, and are complete or absent"). The bytes go to a temporary
// file beside the target, created readable by its owner only (0600, whatever the umask:
// exports hold personal data), every write and the sync to disk checked, then renamed
// over the target. On any failure the previous file is untouched, no temporary file is
// left, and *error names the file and the reason ("the disk is full").
//
// QSaveFile is not used: on Qt 6.4 it creates a new file with the umask's permissions
// (0644), and a write error seen only when its buffer is flushed still lets commit()
// replace the previous file with a cut-short one.
class SaveFile
{
public:
    static bool write(const QString &path, const QByteArray &content, QString *error);

    // The system calls behind write(). Each returns 0 or the errno value of the failure.
    // Tests replace them (see ScopedSystem) to fail as a full disk does.
    class System
    {
    public:
        virtual ~System() = default;
        virtual int write(int fd, const char *data, qint64 size); // all of it, or an error
        virtual int sync(int fd);
        virtual int close(int fd);
        virtual int rename(const QByteArray &from, const QByteArray &to);
    };

    // While one lives, every SaveFile::write() goes through `system` (for tests).
    class ScopedSystem
    {
    public:
        explicit ScopedSystem(System *system);
        ~ScopedSystem();
        ScopedSystem(const ScopedSystem &) = delete;
        ScopedSystem &operator=(const ScopedSystem &) = delete;

    private:
        System *m_previous;
    };

    // The user's words for an errno value: "the disk is full" for ENOSPC and EDQUOT.
    static QString reason(int errorNumber);
};

} // namespace Kingside
