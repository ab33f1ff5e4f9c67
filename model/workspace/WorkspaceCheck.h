#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Kingside {

// `kingside check`: is a file a sound Kingside workspace? Reads only, never writes.
struct WorkspaceCheck
{
    enum class Status
    {
        Sound = 0,        // exit code 0
        Damaged = 1,      // integrity or foreign-key problems, foreign objects, huge values
        NotWorkspace = 2, // missing, not SQLite, not Kingside, newer schema
        Unavailable = 3,  // locked by another program, unreadable or no disk space right now
    };

    Status status = Status::NotWorkspace;
    int schemaVersion = 0;
    int latestVersion = 0;
    QString summary;      // one line for the user
    QStringList problems; // what integrity_check and foreign_key_check reported

    static WorkspaceCheck run(const QString &path);

    // What integrity_check (CHECK constraints included) and foreign_key_check report on
    // an open workspace; empty when it is sound. Import runs it before it writes.
    static QStringList problemsOf(const QSqlDatabase &db);
};

} // namespace Kingside
