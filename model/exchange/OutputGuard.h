#pragma once

#include <QString>

namespace Kingside {

// The one rule for where an export may be written (README "Exports never overwrite the
// workspace, and are complete or absent"): never over the open workspace, its SQLite
// companions (-wal, -shm, -journal) or one of its backups (NAME.kingside*.bak), whether
// named directly, through a symbolic link or as a hard link; never over a folder, and
// only into a folder that exists.
namespace OutputGuard {

// Empty when `output` may be written; otherwise one sentence for the user naming the
// path and why it is refused. `workspacePath` is the open workspace (empty: none open).
QString refusal(const QString &output, const QString &workspacePath);

// The file a write to `output` lands in: absolute, symbolic links followed to their end
// (exports write through a link rather than replace it).
QString writtenPath(const QString &output);

} // namespace OutputGuard
} // namespace Kingside
