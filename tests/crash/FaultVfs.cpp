#include "FaultVfs.h"

#include <sqlite3.h>

#include <QMutex>

#include <atomic>

namespace Kingside::Test::FaultVfs {
namespace {

struct Config
{
    QMutex mutex;
    QByteArray folder; // empty: nothing watched
    qint64 allowance = 0;
    int code = SQLITE_FULL;
    bool armed = false;
};

Config &config()
{
    static Config instance;
    return instance;
}

std::atomic<qint64> seen{0};
std::atomic<qint64> failed{0};
sqlite3_vfs *realVfs = nullptr;
sqlite3_vfs faultVfs;

// Our file, followed in the same allocation by the real VFS's file.
struct File
{
    sqlite3_file base;
    sqlite3_file *real;
    const char *name; // SQLite keeps it valid until xClose
};

File *cast(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file);
}

sqlite3_file *real(sqlite3_file *file)
{
    return cast(file)->real;
}

// Whether a write of `amount` bytes to this file is to fail now.
int writeFault(sqlite3_file *file, int amount)
{
    const char *name = cast(file)->name;
    Config &c = config();
    const QMutexLocker lock(&c.mutex);
    if (!name || c.folder.isEmpty() || !QByteArray(name).startsWith(c.folder))
        return SQLITE_OK;
    ++seen;
    if (!c.armed)
        return SQLITE_OK;
    if (c.allowance >= amount) {
        c.allowance -= amount;
        return SQLITE_OK;
    }
    c.allowance = 0;
    ++failed;
    return c.code;
}

int xClose(sqlite3_file *file)
{
    return real(file)->pMethods->xClose(real(file));
}
int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}
int xWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = writeFault(file, amount))
        return rc;
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}
int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    return real(file)->pMethods->xTruncate(real(file), size);
}
int xSync(sqlite3_file *file, int flags)
{
    return real(file)->pMethods->xSync(real(file), flags);
}
int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}
int xLock(sqlite3_file *file, int lock)
{
    return real(file)->pMethods->xLock(real(file), lock);
}
int xUnlock(sqlite3_file *file, int lock)
{
    return real(file)->pMethods->xUnlock(real(file), lock);
}
int xCheckReservedLock(sqlite3_file *file, int *result)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), result);
}
int xFileControl(sqlite3_file *file, int op, void *argument)
{
    return real(file)->pMethods->xFileControl(real(file), op, argument);
}
int xSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}
int xDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}
int xShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **memory)
{
    return real(file)->pMethods->xShmMap(real(file), page, size, extend, memory);
}
int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}
void xShmBarrier(sqlite3_file *file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}
int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}
int xFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
{
    return real(file)->pMethods->xFetch(real(file), offset, amount, pointer);
}
int xUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    return real(file)->pMethods->xUnfetch(real(file), offset, pointer);
}

// One table per version of the real file's methods: the shared-memory and mmap entries
// exist only when the real file has them.
sqlite3_io_methods methodsFor(int version)
{
    sqlite3_io_methods methods{};
    methods.iVersion = version;
    methods.xClose = xClose;
    methods.xRead = xRead;
    methods.xWrite = xWrite;
    methods.xTruncate = xTruncate;
    methods.xSync = xSync;
    methods.xFileSize = xFileSize;
    methods.xLock = xLock;
    methods.xUnlock = xUnlock;
    methods.xCheckReservedLock = xCheckReservedLock;
    methods.xFileControl = xFileControl;
    methods.xSectorSize = xSectorSize;
    methods.xDeviceCharacteristics = xDeviceCharacteristics;
    if (version >= 2) {
        methods.xShmMap = xShmMap;
        methods.xShmLock = xShmLock;
        methods.xShmBarrier = xShmBarrier;
        methods.xShmUnmap = xShmUnmap;
    }
    if (version >= 3) {
        methods.xFetch = xFetch;
        methods.xUnfetch = xUnfetch;
    }
    return methods;
}

const sqlite3_io_methods *wrapperMethods(int version)
{
    static const sqlite3_io_methods tables[3] = {methodsFor(1), methodsFor(2), methodsFor(3)};
    return &tables[qBound(1, version, 3) - 1];
}

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    File *ours = cast(file);
    ours->real = reinterpret_cast<sqlite3_file *>(ours + 1);
    ours->real->pMethods = nullptr;
    ours->name = name;
    const int rc = realVfs->xOpen(realVfs, name, ours->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set: set it exactly when the real file is open.
    ours->base.pMethods =
        ours->real->pMethods ? wrapperMethods(ours->real->pMethods->iVersion) : nullptr;
    return rc;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return realVfs->xDelete(realVfs, name, syncDir);
}
int xAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return realVfs->xAccess(realVfs, name, flags, result);
}
int xFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return realVfs->xFullPathname(realVfs, name, size, out);
}
void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return realVfs->xDlOpen(realVfs, name);
}
void xDlError(sqlite3_vfs *, int size, char *message)
{
    realVfs->xDlError(realVfs, size, message);
}
void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return realVfs->xDlSym(realVfs, handle, symbol);
}
void xDlClose(sqlite3_vfs *, void *handle)
{
    realVfs->xDlClose(realVfs, handle);
}
int xRandomness(sqlite3_vfs *, int size, char *out)
{
    return realVfs->xRandomness(realVfs, size, out);
}
int xSleep(sqlite3_vfs *, int microseconds)
{
    return realVfs->xSleep(realVfs, microseconds);
}
int xCurrentTime(sqlite3_vfs *, double *now)
{
    return realVfs->xCurrentTime(realVfs, now);
}
int xGetLastError(sqlite3_vfs *, int size, char *out)
{
    return realVfs->xGetLastError ? realVfs->xGetLastError(realVfs, size, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    return realVfs->xCurrentTimeInt64(realVfs, now);
}

} // namespace

bool install()
{
    if (realVfs)
        return sqlite3_vfs_find(nullptr) == &faultVfs;
    if (sqlite3_initialize() != SQLITE_OK)
        return false;
    realVfs = sqlite3_vfs_find(nullptr);
    if (!realVfs || realVfs->iVersion < 2)
        return false;
    faultVfs = sqlite3_vfs{};
    faultVfs.iVersion = 2;
    faultVfs.szOsFile = int(sizeof(File)) + realVfs->szOsFile;
    faultVfs.mxPathname = realVfs->mxPathname;
    faultVfs.zName = "kingside-fault";
    faultVfs.xOpen = xOpen;
    faultVfs.xDelete = xDelete;
    faultVfs.xAccess = xAccess;
    faultVfs.xFullPathname = xFullPathname;
    faultVfs.xDlOpen = xDlOpen;
    faultVfs.xDlError = xDlError;
    faultVfs.xDlSym = xDlSym;
    faultVfs.xDlClose = xDlClose;
    faultVfs.xRandomness = xRandomness;
    faultVfs.xSleep = xSleep;
    faultVfs.xCurrentTime = xCurrentTime;
    faultVfs.xGetLastError = xGetLastError;
    faultVfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    if (sqlite3_vfs_register(&faultVfs, 1) != SQLITE_OK)
        return false;
    return sqlite3_vfs_find(nullptr) == &faultVfs;
}

void watch(const QByteArray &folder)
{
    Config &c = config();
    const QMutexLocker lock(&c.mutex);
    c.folder = folder;
    c.armed = false;
}

void arm(qint64 allowance, int code)
{
    Config &c = config();
    const QMutexLocker lock(&c.mutex);
    c.allowance = allowance;
    c.code = code;
    c.armed = true;
}

void disarm()
{
    Config &c = config();
    const QMutexLocker lock(&c.mutex);
    c.armed = false;
}

qint64 writesSeen()
{
    return seen;
}

qint64 writesFailed()
{
    return failed;
}

} // namespace Kingside::Test::FaultVfs
