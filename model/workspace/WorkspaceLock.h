#pragma once

#include <QString>

namespace Kingside {

// Takes SQLite's exclusive lock on an existing file the way an open workspace holds it
// (locking_mode = EXCLUSIVE), so that a file is never replaced while another Kingside
// window or program has it open: that program's later edits would go to a deleted file.
// The lock is held until release() or destruction.
class WorkspaceLock
{
public:
    enum class State
    {
        Held,      // the lock is ours; nobody else has the file open
        Locked,    // another Kingside window or program holds it
        NotSqlite, // not an SQLite file (or unreadable as one): nobody can hold it
    };

    explicit WorkspaceLock(const QString &path);
    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

    State state() const { return m_state; }
    // "… is open in another Kingside window or program …" when Locked.
    QString errorString() const { return m_error; }
    void release();

private:
    QString m_connectionName;
    State m_state = State::NotSqlite;
    QString m_error;
};

} // namespace Kingside
