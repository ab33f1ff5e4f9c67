#pragma once

#include <QString>

namespace Kingside {

// Why a workspace could not be opened, created or changed, in words for the user.
struct WorkspaceError
{
    enum class Code
    {
        None,
        NotFound,        // the path does not exist
        NotReadable,     // no permission to read
        NotSqlite,       // not an SQLite database at all
        NotKingside,     // an SQLite database, but not a Kingside workspace
        NewerSchema,     // written by a newer Kingside
        Locked,          // open in another Kingside window or program
        ReadOnly,        // the file or its folder cannot be written
        AlreadyExists,   // create() on an existing path
        Damaged,         // integrity or foreign-key check failed
        Untrusted,       // objects Kingside did not create, or values longer than it reads
        DiskFull,        // no room even to open it (SQLite needs a little beside the file)
        MigrationFailed, // an upgrade step failed; the file was left as it was
        Refused,         // an edit not allowed in this mode or breaking a rule
        Sql,             // the database reported an error
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
};

} // namespace Kingside
