#pragma once

#include "Change.h"
#include "WorkspaceError.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QTemporaryDir;
class QUndoStack;

namespace Kingside {

class WorkspaceCommand;

// The open document: one SQLite workspace file, its undo stack and its change events.
// Every edit goes through execute() as one transaction and one undoable command.
class Workspace : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly, // nothing can be written
        Review,   // a mentor's view: only comments and review records can be written
    };
    Q_ENUM(Mode)

    // "Kngs": marks an SQLite file as a Kingside workspace (PRAGMA application_id).
    static constexpr qint32 ApplicationId = 0x4B6E6773;
    static constexpr const char *FileSuffix = "kingside";

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Open an existing workspace. `path` may also be a server address (ServerAddress:
    // postgresql://…), opened read-only only for now (README "A shared workspace for a
    // team"). An older schema is upgraded (after a backup copy);
    // a newer schema, a file that is not a workspace, one that is locked, one whose
    // schema holds objects Kingside did not create (a trigger, say) and one holding a
    // value longer than Kingside reads are refused in every mode and left untouched.
    // Returns false and sets lastError() on failure.
    bool open(const QString &path, Mode mode = Mode::ReadWrite);

    // Open read-only whatever the (older) schema, to check the file without changing it.
    bool openForInspection(const QString &path);

    // Create a new, empty workspace at a path that does not exist yet.
    bool create(const QString &path);

    void close();

    bool isOpen() const;
    // The file's absolute path, or the server address as given.
    QString path() const { return m_path; }
    // Whether the workspace lives on a PostgreSQL server rather than in a file.
    bool isOnServer() const { return m_onServer; }
    QString displayName() const;
    Mode mode() const { return m_mode; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // Where the copy made before the last upgrade went; empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    const WorkspaceError &lastError() const { return m_lastError; }
    QString errorString() const { return m_lastError.message; }

    QSqlDatabase database() const;
    QUndoStack *undoStack() const { return m_undoStack.get(); }

    // Run an edit: refused in read-only and (unless it only comments) review mode;
    // otherwise applied in one transaction and pushed onto the undo stack. On failure
    // the command is deleted, nothing is stored and lastError() says why. Refused while
    // another command is being applied (one that shows its progress runs the event loop).
    bool execute(WorkspaceCommand *command);
    bool isExecuting() const { return m_executing; }

    // Whether an edit of this kind may be written in the current mode; *why gets the
    // reason when not.
    bool mayWrite(bool commentOnly, QString *why = nullptr) const;

    void setError(WorkspaceError::Code code, const QString &message);
    void clearError() { m_lastError = {}; }

signals:
    void changed(const Kingside::Change &change);
    void opened();
    void closed();
    // An undo or redo step that failed to reach the file (for example a full disk).
    void editFailed(const QString &message);

private:
    // Tells the views what changed. Only the writers of the workspace announce: a command
    // after applying or reverting (it also reports an undo or redo step that failed), the
    // demo after it is written, and an erasure (README "Where the rules live").
    friend class WorkspaceCommand;
    friend class DemoBuilder;
    friend class PersonEraser;
    void announce(const Change &change);

    // How a connection reaches the file: shared (the normal way), opened read-only by
    // SQLite, or as an immutable file. The last two are for reading where SQLite cannot
    // create the -shm index beside the file: read-only media, a full disk (README
    // "Crashes, full disks and read-only media").
    enum class Access
    {
        Shared,
        ReadOnlyFile,
        Immutable,
        Copy, // a private copy of the file and its write-ahead log, when one waits beside it
    };

    bool openConnection(QSqlDatabase &db, const QString &path, bool readOnly,
                        Access access = Access::Shared);
    bool probe(const QString &path, Access access, int *version);
    bool probeCopy(const QString &path, int *version);
    void stepFailed(WorkspaceCommand *command, bool wasUndo, const QString &message);
    void restoreFailedStep();
    bool connect(const QString &path, bool readOnly);
    void dropConnection();
    bool inspect(const QString &path, int *version);
    bool inspectConnection(QSqlDatabase &db, const QString &path, int *version);
    bool refuseUnreadable(const QString &path, const QString &text, const QString &nativeCode);
    bool setFailure(WorkspaceError::Code code, const QString &message);
    bool configureForWriting();
    bool backupBeforeMigration(int fromVersion);
    bool openFile(const QString &path, Mode mode, bool inspectionOnly);
    bool openServer(const QString &address, Mode mode);
    bool attach(const QString &absolute, Mode mode, int version);
    bool initialise(const QString &absolute);

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    Mode m_mode = Mode::ReadWrite;
    int m_schemaVersion = 0;
    bool m_onServer = false;
    WorkspaceError m_lastError;
    Access m_access = Access::Shared;             // how inspect() could read the file last
    WorkspaceError m_sharedError;                 // why the shared way could not, when it could not
    std::unique_ptr<QTemporaryDir> m_readCopy;    // what Access::Copy reads, while open
    std::unique_ptr<QTemporaryDir> m_pendingCopy; // made by inspect(), taken by openFile()
    std::unique_ptr<QUndoStack> m_undoStack;
    // An undo or redo that did not reach the file: the stack is put back in step with it
    // as soon as it has moved (restoreFailedStep()).
    WorkspaceCommand *m_failedStep = nullptr;
    bool m_executing = false; // execute() is applying a command
    bool m_failedStepWasUndo = false;
};

} // namespace Kingside
