#pragma once

#include <QByteArray>

namespace Kingside::Test {

// An SQLite VFS that wraps the default one and, once armed, fails writes to files under a
// folder with an error code of choice: SQLITE_FULL is a full disk, SQLITE_IOERR_WRITE is
// what SQLite reports when the file system has turned read-only (EROFS). Installed as the
// process's default VFS, so Qt's SQLite driver (the same libsqlite3) opens through it.
// Lets the fault tests run where no file system can be mounted.
namespace FaultVfs {

// Makes the VFS the default; true when it is (also when it already was).
bool install();

// Watches the files whose path starts with `folder` (and disarms).
void watch(const QByteArray &folder);
// From now on, writes to watched files succeed for `allowance` more bytes in total, then
// fail with `code`.
void arm(qint64 allowance, int code);
void disarm();

// Writes that went through the VFS to watched files, failed or not (a sign it is in use).
qint64 writesSeen();
qint64 writesFailed();

} // namespace FaultVfs
} // namespace Kingside::Test
