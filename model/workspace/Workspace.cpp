#include "Workspace.h"

#include "Migrator.h"
#include "ServerAddress.h"
#include "Sql.h"
#include "SqlErrors.h"
#include "StoreCopy.h"
#include "WorkspaceSchema.h"
#include "commands/WorkspaceCommand.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>

namespace Kingside {
namespace {

QAtomicInt connectionCounter;

QString quoted(const QString &path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

bool isLockedError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") ||
           error.text().contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

// SQLITE_FULL, or an I/O error or refusal to open where the disk has almost no room left:
// reading a workspace needs a few kilobytes beside it (the -wal and -shm files).
bool isDiskFullError(const QString &text, const QString &nativeCode, const QString &path)
{
    if (nativeCode == QLatin1String("13") || text.contains(QLatin1String("disk is full")))
        return true;
    const bool ioError = nativeCode == QLatin1String("10") || nativeCode == QLatin1String("14") ||
                         text.contains(QLatin1String("disk I/O error")) ||
                         text.contains(QLatin1String("unable to open"));
    if (!ioError)
        return false;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < 1024 * 1024;
}

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent),
      m_connectionName(
          QStringLiteral("kingside-workspace-%1").arg(connectionCounter.fetchAndAddRelaxed(1))),
      m_undoStack(std::make_unique<QUndoStack>())
{
    qRegisterMetaType<Kingside::Change>();
    // QUndoStack moves its index after a step returns, whether or not the step reached
    // the file; a failed step is put back here, synchronously, before anyone reads it.
    QObject::connect(m_undoStack.get(), &QUndoStack::indexChanged, this,
                     [this] { restoreFailedStep(); });
}

void Workspace::stepFailed(WorkspaceCommand *command, bool wasUndo, const QString &message)
{
    m_failedStep = command;
    m_failedStepWasUndo = wasUndo;
    emit editFailed(message);
}

// The file still holds what it held before the failed step, so the stack goes back one
// step without running it again: an undo that failed is "redone" (the command skips its
// redo), a redo that failed is "undone" the same way.
void Workspace::restoreFailedStep()
{
    WorkspaceCommand *command = std::exchange(m_failedStep, nullptr);
    if (!command)
        return;
    QUndoStack *stack = m_undoStack.get();
    const int index = stack->index();
    if (m_failedStepWasUndo && index < stack->count() && stack->command(index) == command) {
        command->m_skipNextRedo = true;
        stack->redo();
    } else if (!m_failedStepWasUndo && index > 0 && stack->command(index - 1) == command) {
        command->m_skipNextUndo = true;
        stack->undo();
    }
}

Workspace::~Workspace()
{
    close();
}

bool Workspace::setFailure(WorkspaceError::Code code, const QString &message)
{
    m_lastError = {code, message};
    return false;
}

void Workspace::setError(WorkspaceError::Code code, const QString &message)
{
    m_lastError = {code, message};
}

QString Workspace::displayName() const
{
    if (m_onServer) {
        const QString database = QUrl(m_path).path().mid(1);
        return database.isEmpty() ? m_path : database;
    }
    return QFileInfo(m_path).completeBaseName();
}

bool Workspace::isOpen() const
{
    return !m_path.isEmpty() && QSqlDatabase::contains(m_connectionName);
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

// Every connection is opened the same way. Read-only modes do not use
// SQLITE_OPEN_READONLY: a read-only connection to a WAL file leaves empty -wal and -shm
// files behind (it may not remove them) and SQLite 3.40's integrity_check skips CHECK
// constraints on it. A read-write connection with query_only = ON writes nothing either,
// and its close removes the -wal and -shm files it made. A file that cannot be written is
// opened read-only by SQLite anyway.
bool Workspace::openConnection(QSqlDatabase &db, const QString &path, bool readOnly, Access access)
{
    switch (access) {
    case Access::Shared:
    case Access::Copy:
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1500"));
        break;
    case Access::ReadOnlyFile:
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1500;QSQLITE_OPEN_READONLY"));
        break;
    case Access::Immutable:
        // Only when no write-ahead log waits beside the file: an immutable file's log is
        // not read (see inspect()).
        db.setDatabaseName(QStringLiteral("file:%1?immutable=1")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(path, "/"))));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        break;
    }
    if (!db.open())
        return setFailure(
            WorkspaceError::Code::NotSqlite,
            tr("%1 could not be opened: %2").arg(quoted(path), db.lastError().text()));
    QString error;
    if (!Sql::distrustSchema(db, &error))
        return setFailure(WorkspaceError::Code::Sql,
                          tr("%1 could not be opened safely: %2").arg(quoted(path), error));
    if (readOnly && !Sql::run(db, QStringLiteral("PRAGMA query_only = ON"), {}, &error))
        return setFailure(WorkspaceError::Code::Sql,
                          tr("%1 could not be opened read-only: %2").arg(quoted(path), error));
    return true;
}

bool Workspace::connect(const QString &path, bool readOnly)
{
    const Access access = readOnly ? m_access : Access::Shared;
    const QString target = access == Access::Copy && m_readCopy
                               ? m_readCopy->filePath(QFileInfo(path).fileName())
                               : path;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return setFailure(WorkspaceError::Code::Sql,
                          tr("The SQLite driver for Qt is not installed (Debian package "
                             "libqt6sql6-sqlite); Kingside cannot open workspaces without it."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    return openConnection(db, target, readOnly, access);
}

// Removes the connection; every QSqlDatabase and QSqlQuery copy of it must be gone by
// now, so callers do this at the top, after the steps that used it have returned.
void Workspace::dropConnection()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

// Reads what identifies the file without writing to it, on a connection of its own, so
// that a refused file leaves the workspace that is open now untouched and open.
bool Workspace::inspect(const QString &path, int *version)
{
    const QFileInfo info(path);
    if (!info.exists())
        return setFailure(WorkspaceError::Code::NotFound,
                          tr("%1 does not exist.").arg(quoted(path)));
    if (info.isDir())
        return setFailure(WorkspaceError::Code::NotKingside,
                          tr("%1 is a folder, not a Kingside workspace.").arg(quoted(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return setFailure(WorkspaceError::Code::NotReadable,
                          tr("%1 cannot be read: %2").arg(quoted(path), file.errorString()));
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty())
        return setFailure(WorkspaceError::Code::NotKingside,
                          tr("%1 is an empty file, not a Kingside workspace.").arg(quoted(path)));
    if (header != QByteArray("SQLite format 3\0", 16))
        return setFailure(
            WorkspaceError::Code::NotSqlite,
            tr("%1 is not a Kingside workspace: it is not an SQLite database.").arg(quoted(path)));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return setFailure(WorkspaceError::Code::Sql,
                          tr("The SQLite driver for Qt is not installed (Debian package "
                             "libqt6sql6-sqlite); Kingside cannot open workspaces without it."));

    m_access = Access::Shared;
    m_sharedError = {};
    m_pendingCopy.reset();
    const QStringList companions{path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    const QList<bool> existed{QFileInfo::exists(companions.at(0)),
                              QFileInfo::exists(companions.at(1))};
    // A probe refused for want of space leaves the -wal and -shm files it began: an empty
    // log, and an index of a few bytes that indexes nothing. A reading command leaves the
    // folder as it was.
    const auto removeBegunCompanions = [&] {
        const QFileInfo madeLog(companions.at(0));
        if (!existed.at(0) && !existed.at(1) && madeLog.exists() && madeLog.size() == 0) {
            QFile::remove(companions.at(0));
            QFile::remove(companions.at(1));
        }
    };
    if (probe(path, Access::Shared, version))
        return true;
    removeBegunCompanions();
    // SQLite reads a write-ahead-log workspace through a -shm index beside it. Where that
    // cannot be made (read-only media, a full disk), the file is read as SQLite opens it
    // read-only, or, when no log waits beside it, as an immutable file: nothing it holds
    // is missed, and nothing is written (README "Crashes, full disks and read-only media").
    const WorkspaceError::Code code = m_lastError.code;
    if (code != WorkspaceError::Code::NotSqlite && code != WorkspaceError::Code::DiskFull &&
        code != WorkspaceError::Code::Sql)
        return false;
    m_sharedError = m_lastError;
    if (probe(path, Access::ReadOnlyFile, version)) {
        m_access = Access::ReadOnlyFile;
        m_lastError = {};
        return true;
    }
    removeBegunCompanions();
    const QFileInfo log(path + QStringLiteral("-wal"));
    if (log.exists() && log.size() > 0) {
        // The latest edits wait in the log, which SQLite reads only through an index it
        // must create beside the file: a private copy of both, in the temporary folder, is
        // read instead (workspaces are small).
        if (probeCopy(path, version)) {
            m_access = Access::Copy;
            m_lastError = {};
            return true;
        }
        m_lastError = m_sharedError;
        if (code == WorkspaceError::Code::DiskFull)
            return false;
        return setFailure(WorkspaceError::Code::ReadOnly,
                          tr("%1 cannot be read here: its latest changes wait in %2, which "
                             "SQLite can only read where it may write beside the workspace. "
                             "Copy both files to a folder you can write to, and open the copy.")
                              .arg(quoted(path), quoted(log.fileName())));
    }
    if (probe(path, Access::Immutable, version)) {
        m_access = Access::Immutable;
        m_lastError = {};
        return true;
    }
    m_lastError = m_sharedError;
    return false;
}

bool Workspace::probeCopy(const QString &path, int *version)
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return false;
    const QString copy = dir->filePath(QFileInfo(path).fileName());
    if (!QFile::copy(path, copy) ||
        !QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")))
        return false;
    const WorkspaceError shared = m_lastError;
    if (!probe(copy, Access::Copy, version)) {
        // What the copy could not say is no clearer than what the file said.
        m_lastError = shared;
        return false;
    }
    m_pendingCopy = std::move(dir);
    return true;
}

bool Workspace::probe(const QString &path, Access access, int *version)
{
    const QString connection = m_connectionName + QStringLiteral("-inspect");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        ok = openConnection(db, path, true, access) && inspectConnection(db, path, version);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool Workspace::refuseUnreadable(const QString &path, const QString &text,
                                 const QString &nativeCode)
{
    if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
        nativeCode == QLatin1String("5") || nativeCode == QLatin1String("6"))
        return setFailure(WorkspaceError::Code::Locked,
                          tr("%1 is open in another Kingside window or program. Close it "
                             "there first.")
                              .arg(quoted(path)));
    if (text.contains(QLatin1String("malformed"), Qt::CaseInsensitive))
        return setFailure(WorkspaceError::Code::Damaged,
                          tr("%1 is damaged (the database image is malformed, for example "
                             "cut short). Restore it from a backup copy.")
                              .arg(quoted(path)));
    if (isDiskFullError(text, nativeCode, path))
        return setFailure(WorkspaceError::Code::DiskFull,
                          tr("%1 cannot be opened: the disk is full (SQLite needs a little "
                             "free space beside the workspace even to read it). Free some "
                             "space and try again; the workspace was not changed.")
                              .arg(quoted(path)));
    return setFailure(WorkspaceError::Code::NotSqlite,
                      tr("%1 is not a readable SQLite database: %2").arg(quoted(path), text));
}

bool Workspace::inspectConnection(QSqlDatabase &db, const QString &path, int *version)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        const QSqlError error = query.lastError();
        return refuseUnreadable(path, error.text(), error.nativeErrorCode());
    }
    const qint32 applicationId = query.value(0).toInt();
    query.finish();
    *version = Migrator::userVersion(db);
    if (applicationId != ApplicationId)
        return setFailure(
            WorkspaceError::Code::NotKingside,
            tr("%1 is an SQLite database, but not a Kingside workspace.").arg(quoted(path)));
    if (*version > Migrator::latestVersion())
        return setFailure(WorkspaceError::Code::NewerSchema,
                          tr("%1 was written by a newer version of Kingside (schema %2; this "
                             "version reads up to %3). It was not changed; please update "
                             "Kingside.")
                              .arg(quoted(path))
                              .arg(*version)
                              .arg(Migrator::latestVersion()));
    // Nothing of the file is used before its schema is known to be ours (a planted
    // trigger would run on the next edit) and its values are within what Kingside reads.
    QString databaseError;
    QString reason = WorkspaceSchema::differences(db, *version, quoted(path), &databaseError);
    if (reason.isEmpty() && databaseError.isEmpty())
        reason = WorkspaceSchema::oversizedValue(db, *version, quoted(path), &databaseError);
    if (!databaseError.isEmpty())
        return refuseUnreadable(path, databaseError, {});
    if (!reason.isEmpty())
        return setFailure(WorkspaceError::Code::Untrusted, reason);
    return true;
}

// Exclusive locking: the first write takes an OS lock that is held until the
// connection closes (and is released by the OS if Kingside crashes), so a second
// process gets a clear "locked" refusal instead of writing beside us.
bool Workspace::configureForWriting()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                              QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"),
                              QStringLiteral("PRAGMA journal_mode = WAL"),
                              QStringLiteral("PRAGMA synchronous = FULL"),
                              QStringLiteral("BEGIN EXCLUSIVE"),
                              QStringLiteral("COMMIT")};
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            const QSqlError error = query.lastError();
            if (isLockedError(error))
                return setFailure(WorkspaceError::Code::Locked,
                                  tr("%1 is open in another Kingside window or program. Close it "
                                     "there first, or open it read-only.")
                                      .arg(quoted(m_path)));
            if (error.text().contains(QLatin1String("readonly"), Qt::CaseInsensitive))
                return setFailure(WorkspaceError::Code::ReadOnly,
                                  tr("%1 cannot be written (the file or its folder is read-only). "
                                     "Open it read-only instead.")
                                      .arg(quoted(m_path)));
            return setFailure(
                WorkspaceError::Code::Sql,
                tr("%1 could not be prepared for editing: %2").arg(quoted(m_path), error.text()));
        }
        query.finish();
    }
    return true;
}

// The backup holds everything the workspace holds, so it is as private (0600) from the
// moment it exists: the empty file is made first and VACUUM INTO fills it.
bool Workspace::backupBeforeMigration(int fromVersion)
{
    QString candidate = QStringLiteral("%1.schema%2.bak").arg(m_path).arg(fromVersion);
    QString error;
    for (int n = 2; !Sql::createPrivateFile(candidate, &error); ++n) {
        if (!QFileInfo::exists(candidate) || n > 1000)
            return setFailure(WorkspaceError::Code::MigrationFailed,
                              tr("%1 needs an upgrade, but the backup copy %2 could not be "
                                 "created: %3. The workspace was not changed.")
                                  .arg(quoted(m_path), quoted(candidate), error));
        candidate = QStringLiteral("%1.schema%2-%3.bak").arg(m_path).arg(fromVersion).arg(n);
    }
    if (!Sql::run(database(), QStringLiteral("VACUUM INTO ?"), {candidate}, &error)) {
        QFile::remove(candidate);
        return setFailure(WorkspaceError::Code::MigrationFailed,
                          tr("%1 needs an upgrade, but the backup copy %2 could not be written: "
                             "%3. The workspace was not changed.")
                              .arg(quoted(m_path), quoted(candidate), SqlErrors::explain(error)));
    }
    m_backupPath = candidate;
    return true;
}

bool Workspace::open(const QString &path, Mode mode)
{
    if (ServerAddress::looksLikeAddress(path))
        return openServer(path, mode);
    return openFile(path, mode, false);
}

// A workspace on a server, read-only: the schema is checked on a connection of its own
// first, so that a refused address leaves the open workspace open, and the session is
// made read-only at the server, which then refuses any write whatever runs.
bool Workspace::openServer(const QString &text, Mode mode)
{
    m_lastError = {};
    QString error;
    const auto address = ServerAddress::parse(text, &error);
    if (!address)
        return setFailure(WorkspaceError::Code::NotFound, error);
    if (mode != Mode::ReadOnly)
        return setFailure(WorkspaceError::Code::ReadOnly,
                          tr("%1 can be opened read-only only, for now: editing a workspace on a "
                             "server is not there yet. Open it read-only.")
                              .arg(text));
    const QString probe = m_connectionName + QStringLiteral("-probe");
    if (!address->open(probe, &error))
        return setFailure(WorkspaceError::Code::NotReadable, error);
    QString problem;
    {
        const QSqlDatabase db = QSqlDatabase::database(probe, false);
        problem = StoreCopy::schemaProblem(db, text);
    }
    QSqlDatabase::database(probe, false).close();
    QSqlDatabase::removeDatabase(probe);
    if (!problem.isEmpty())
        return setFailure(WorkspaceError::Code::NotKingside, problem);

    close();
    m_backupPath.clear();
    if (!address->open(m_connectionName, &error))
        return setFailure(WorkspaceError::Code::NotReadable, error);
    {
        QSqlQuery readOnly(database());
        if (!readOnly.exec(
                QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"))) {
            error = readOnly.lastError().text();
            readOnly = QSqlQuery();
            dropConnection();
            return setFailure(WorkspaceError::Code::Sql,
                              tr("%1 could not be opened read-only: %2").arg(text, error));
        }
    }
    m_path = text;
    m_mode = Mode::ReadOnly;
    m_onServer = true;
    m_schemaVersion = Migrator::userVersion(database());
    m_undoStack->clear();
    emit opened();
    return true;
}

bool Workspace::openForInspection(const QString &path)
{
    return openFile(path, Mode::ReadOnly, true);
}

bool Workspace::openFile(const QString &path, Mode mode, bool inspectionOnly)
{
    m_lastError = {};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    int version = 0;
    if (!inspect(absolute, &version))
        return false;

    const QFileInfo info(absolute);
    // A file that could be read only as SQLite reads read-only media cannot be edited.
    if (mode != Mode::ReadOnly && m_access != Access::Shared && info.isWritable() &&
        QFileInfo(info.absolutePath()).isWritable()) {
        m_lastError = m_sharedError;
        return false;
    }
    if (mode != Mode::ReadOnly &&
        (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        return setFailure(WorkspaceError::Code::ReadOnly,
                          tr("%1 cannot be written (the file or its folder is read-only). Open "
                             "it read-only instead.")
                              .arg(quoted(absolute)));
    if (mode == Mode::ReadOnly && !inspectionOnly && version < Migrator::latestVersion())
        return setFailure(WorkspaceError::Code::ReadOnly,
                          tr("%1 uses an older schema (version %2) and must be upgraded before "
                             "it can be read; open it for editing once.")
                              .arg(quoted(absolute))
                              .arg(version));

    // The file is acceptable: only now is the current workspace closed.
    close();
    m_backupPath.clear();
    m_readCopy = std::move(m_pendingCopy);

    m_path = absolute;
    m_mode = mode;
    if (!attach(absolute, mode, version)) {
        dropConnection();
        m_path.clear();
        return false;
    }
    m_schemaVersion = Migrator::userVersion(database());
    m_undoStack->clear();
    emit opened();
    return true;
}

bool Workspace::attach(const QString &absolute, Mode mode, int version)
{
    if (!connect(absolute, mode == Mode::ReadOnly))
        return false;
    if (mode == Mode::ReadOnly) {
        QSqlQuery query(database());
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        return true;
    }
    if (!configureForWriting())
        return false;
    if (version < Migrator::latestVersion()) {
        if (!backupBeforeMigration(version))
            return false;
        QString error;
        if (!Migrator::migrate(database(), version, &error)) {
            const int reached = Migrator::userVersion(database());
            // A backup of a file that no step changed is only clutter: each failed
            // attempt would leave one more.
            if (reached == version && QFile::remove(m_backupPath))
                m_backupPath.clear();
            return setFailure(WorkspaceError::Code::MigrationFailed,
                              tr("%1 could not be upgraded: %2 The workspace was left at "
                                 "schema version %3.")
                                  .arg(quoted(absolute), error)
                                  .arg(reached));
        }
    }
    return true;
}

bool Workspace::create(const QString &path)
{
    m_lastError = {};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute))
        return setFailure(
            WorkspaceError::Code::AlreadyExists,
            tr("%1 already exists; Kingside does not overwrite it.").arg(quoted(absolute)));
    if (!QFileInfo(QFileInfo(absolute).absolutePath()).isWritable())
        return setFailure(WorkspaceError::Code::ReadOnly,
                          tr("%1 cannot be created: its folder does not exist or is read-only.")
                              .arg(quoted(absolute)));
    QString error;
    // Private from the start; SQLite gives the -wal and -shm files the same mode.
    if (!Sql::createPrivateFile(absolute, &error))
        return setFailure(WorkspaceError::Code::Sql,
                          tr("%1 could not be created: %2").arg(quoted(absolute), error));
    close();
    m_backupPath.clear();
    m_path = absolute;
    m_mode = Mode::ReadWrite;
    if (!initialise(absolute)) {
        dropConnection();
        m_path.clear();
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(absolute + QLatin1String(suffix));
        return false;
    }
    m_schemaVersion = Migrator::userVersion(database());
    m_undoStack->clear();
    emit opened();
    return true;
}

bool Workspace::initialise(const QString &absolute)
{
    if (!connect(absolute, false))
        return false;
    QString error;
    // application_id must be set before WAL and the exclusive lock; our constant, no user text.
    if (!Sql::run(database(), QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), {},
                  &error))
        return setFailure(
            WorkspaceError::Code::Sql,
            tr("%1 could not be created: %2").arg(quoted(absolute), SqlErrors::explain(error)));
    if (!configureForWriting())
        return false;
    if (!Migrator::migrate(database(), 0, &error) ||
        !Sql::run(database(),
                  QStringLiteral("INSERT INTO workspace_info (key, value) VALUES "
                                 "('created_at', ?), ('created_by', ?)"),
                  {Sql::nowStamp(), QStringLiteral("Kingside " KINGSIDE_VERSION)}, &error))
        return setFailure(
            WorkspaceError::Code::Sql,
            tr("%1 could not be created: %2").arg(quoted(absolute), SqlErrors::explain(error)));
    return true;
}

void Workspace::close()
{
    const bool wasOpen = isOpen();
    m_undoStack->clear();
    dropConnection();
    m_readCopy.reset();
    m_path.clear();
    m_schemaVersion = 0;
    m_onServer = false;
    if (wasOpen)
        emit closed();
}

bool Workspace::mayWrite(bool commentOnly, QString *why) const
{
    if (!isOpen()) {
        if (why)
            *why = tr("No workspace is open.");
        return false;
    }
    if (m_mode == Mode::ReadOnly) {
        if (why)
            *why = tr("This workspace is open read-only; nothing can be changed.");
        return false;
    }
    if (m_mode == Mode::Review && !commentOnly) {
        if (why)
            *why = tr("This workspace is open in review mode: a mentor can add comments and "
                      "review records, but cannot change the account.");
        return false;
    }
    return true;
}

bool Workspace::execute(WorkspaceCommand *command)
{
    std::unique_ptr<WorkspaceCommand> owned(command);
    m_lastError = {};
    QString why;
    if (!mayWrite(command->isCommentOnly(), &why)) {
        setError(WorkspaceError::Code::Refused, why);
        return false;
    }
    // A long edit (a large import) lets the event loop run while it writes, to show its
    // progress: nothing else may start inside its transaction.
    if (m_executing) {
        setError(WorkspaceError::Code::Refused,
                 tr("Another change is still being saved; try again when it is done."));
        return false;
    }
    QString error;
    m_executing = true;
    const bool applied = command->applyFirstTime(&error);
    m_executing = false;
    if (!applied) {
        setError(WorkspaceError::Code::Refused, error);
        return false;
    }
    m_undoStack->push(owned.release());
    return true;
}

void Workspace::announce(const Change &change)
{
    emit changed(change);
}

} // namespace Kingside
