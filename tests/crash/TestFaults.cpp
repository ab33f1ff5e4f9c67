#include "FaultVfs.h"
#include "ScratchMount.h"

#include "commands/AddAccount.h"
#include "commands/AddPerson.h"
#include "exchange/ApplyImport.h"
#include "exchange/ImportPlanner.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceCheck.h"

#include "DatabaseDump.h"

#include <sqlite3.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace Kingside;
using Test::ScratchMount;
using Test::FaultVfs::arm;
using Test::FaultVfs::disarm;
using Test::FaultVfs::watch;

// README "Crashes, full disks and read-only media": a full disk, read-only media and a disk
// that turns read-only while a workspace is open each give a clear message, and everything
// committed before stays. Real file systems are ones this test mounts itself (a tmpfs, an
// ext4 image on a loop device inside it; skipped where mounting is not possible); the
// injected SQLite VFS (FaultVfs) gives the same faults everywhere.
class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void fullDiskInjected();
    void fullDiskOnTmpfs();
    void readOnlyMedia();
    void turnsReadOnlyInjected();
    void turnsReadOnlyOnExt4();

private:
    static constexpr const char *AccountName = "Full Disk Ltd";
    // A workspace with an account and `people` people, at `path`.
    static bool makeWorkspace(Workspace &workspace, const QString &path, int people);
    static qint64 accountId(Workspace &workspace);
    static bool addPerson(Workspace &workspace, const QString &name);
    // An import of `count` people with notes of `noteBytes` each, all of them additions.
    static ImportPlan importPlan(Workspace &workspace, const QString &tag, int count,
                                 int noteBytes);
    static void checkFullDiskMessage(const QString &message);
    static void checkReadOnlyMessage(const QString &message);
    void checkTurnsReadOnly(const QString &folder, const std::function<bool(QString *)> &breakIt);
};

bool TestFaults::makeWorkspace(Workspace &workspace, const QString &path, int people)
{
    if (!workspace.create(path))
        return false;
    Account account;
    account.name = QLatin1String(AccountName);
    if (!workspace.execute(new AddAccount(
            &workspace, account, QStringList{QStringLiteral("Sales"), QStringLiteral("IT")})))
        return false;
    for (int i = 0; i < people; ++i) {
        if (!addPerson(workspace, QStringLiteral("Kept %1").arg(i)))
            return false;
    }
    return true;
}

qint64 TestFaults::accountId(Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT id FROM accounts")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool TestFaults::addPerson(Workspace &workspace, const QString &name)
{
    Person person;
    person.accountId = accountId(workspace);
    person.name = name;
    return workspace.execute(new AddPerson(&workspace, person));
}

ImportPlan TestFaults::importPlan(Workspace &workspace, const QString &tag, int count,
                                  int noteBytes)
{
    QList<ContactRecord> records;
    for (int i = 0; i < count; ++i) {
        ContactRecord record;
        record.line = i + 2;
        record.name = QStringLiteral("%1 %2").arg(tag).arg(i);
        record.notes = QString(noteBytes, QLatin1Char('x'));
        records.append(record);
    }
    ImportOptions options;
    options.accountName = QLatin1String(AccountName);
    options.fileName = tag + QStringLiteral(".csv");
    options.anyCompany = true;
    return ImportPlanner::plan(workspace.database(), records, options);
}

// The user reads that the disk is full (or turned read-only) and that the change was not
// kept, not the driver's words ("Unable to commit", "disk I/O error").
void TestFaults::checkFullDiskMessage(const QString &message)
{
    qInfo("full disk: %s", qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("disk is full"), Qt::CaseInsensitive) &&
                 !message.contains(QLatin1String("Unable to")) &&
                 !message.contains(QLatin1String("database or disk")),
             qPrintable(message));
}

void TestFaults::checkReadOnlyMessage(const QString &message)
{
    qInfo("read-only: %s", qPrintable(message));
    QVERIFY2((message.contains(QLatin1String("read-only"), Qt::CaseInsensitive) ||
              message.contains(QLatin1String("cannot be written"), Qt::CaseInsensitive)) &&
                 !message.contains(QLatin1String("Unable to")),
             qPrintable(message));
}

void TestFaults::initTestCase()
{
    QVERIFY2(Test::FaultVfs::install(), "the fault-injecting SQLite VFS could not be installed");
}

void TestFaults::cleanup()
{
    watch({});
}

void TestFaults::fullDiskInjected()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    watch(QFileInfo(dir.path()).canonicalFilePath().toUtf8());
    const QString path = dir.filePath(QStringLiteral("full.kingside"));
    QString before;
    {
        Workspace workspace;
        QVERIFY2(makeWorkspace(workspace, path, 5), qPrintable(workspace.errorString()));
        // Qt's driver writes through the VFS: otherwise this test would prove nothing.
        QVERIFY(Test::FaultVfs::writesSeen() > 0);
        before = Test::dumpDatabase(workspace.database());
        const int steps = workspace.undoStack()->count();

        // Not a byte left: a small edit.
        arm(0, SQLITE_FULL);
        QVERIFY(!addPerson(workspace, QStringLiteral("Lost")));
        checkFullDiskMessage(workspace.errorString());
        QCOMPARE(workspace.undoStack()->count(), steps);

        // Space runs out halfway through a large import: nothing of it is kept.
        arm(20000, SQLITE_FULL);
        const ImportPlan plan = importPlan(workspace, QStringLiteral("Lost import"), 300, 500);
        QCOMPARE(plan.count(ImportPlan::Outcome::Added), 300);
        QVERIFY(!workspace.execute(new ApplyImport(&workspace, plan)));
        checkFullDiskMessage(workspace.errorString());
        QVERIFY(Test::FaultVfs::writesFailed() >= 2);
        QCOMPARE(workspace.undoStack()->count(), steps);
        QCOMPARE(Test::dumpDatabase(workspace.database()), before);

        // Space is back: editing goes on in the same session.
        disarm();
        QVERIFY2(addPerson(workspace, QStringLiteral("After")),
                 qPrintable(workspace.errorString()));
        QVERIFY(workspace.undoStack()->canUndo());
        workspace.undoStack()->undo();
        QCOMPARE(Test::dumpDatabase(workspace.database()), before);
    }
    Workspace reopened;
    QVERIFY2(reopened.open(path), qPrintable(reopened.errorString()));
    QCOMPARE(Test::dumpDatabase(reopened.database()), before);
    reopened.close();
    QCOMPARE(WorkspaceCheck::run(path).status, WorkspaceCheck::Status::Sound);
}

void TestFaults::fullDiskOnTmpfs()
{
    ScratchMount mount(ScratchMount::Kind::Tmpfs, 4 * 1024 * 1024);
    if (!mount.isValid())
        QSKIP(qPrintable(QStringLiteral("no tmpfs of our own: %1").arg(mount.why())));
    const QString path = QDir(mount.path()).filePath(QStringLiteral("full.kingside"));
    QString lastSaved;
    int imports = 0;
    {
        Workspace workspace;
        QVERIFY2(makeWorkspace(workspace, path, 5), qPrintable(workspace.errorString()));
        lastSaved = Test::dumpDatabase(workspace.database());
        QString error;
        QVERIFY2(mount.fill(&error), qPrintable(error));
        // Imports until the disk refuses one (the write-ahead log may still have room for
        // a few); each one that succeeds must be kept.
        bool refused = false;
        for (int i = 0; i < 40 && !refused; ++i) {
            const ImportPlan plan =
                importPlan(workspace, QStringLiteral("Batch %1").arg(i), 200, 1000);
            const int steps = workspace.undoStack()->count();
            if (workspace.execute(new ApplyImport(&workspace, plan))) {
                lastSaved = Test::dumpDatabase(workspace.database());
                ++imports;
                continue;
            }
            refused = true;
            checkFullDiskMessage(workspace.errorString());
            QCOMPARE(workspace.undoStack()->count(), steps);
            QCOMPARE(Test::dumpDatabase(workspace.database()), lastSaved);
        }
        QVERIFY2(refused, "the full tmpfs took 40 imports of 200 people");
        QVERIFY(!addPerson(workspace, QStringLiteral("Lost")));
    }
    qInfo("%d imports fitted before the disk was full", imports);
    {
        // Still full: the file opens read-only with everything saved. (SQLite cannot create
        // the -shm index beside it; Workspace reads it as SQLite opens read-only files.)
        Workspace readOnly;
        const bool opened = readOnly.open(path, Workspace::Mode::ReadOnly);
        QVERIFY2(opened, qPrintable(readOnly.errorString()));
        if (opened)
            QCOMPARE(Test::dumpDatabase(readOnly.database()), lastSaved);
    }
    mount.removeFiller();
    Workspace reopened;
    QVERIFY2(reopened.open(path), qPrintable(reopened.errorString()));
    QCOMPARE(Test::dumpDatabase(reopened.database()), lastSaved);
    QVERIFY2(addPerson(reopened, QStringLiteral("After")), qPrintable(reopened.errorString()));
    reopened.close();
    const WorkspaceCheck check = WorkspaceCheck::run(path);
    QVERIFY2(check.status == WorkspaceCheck::Status::Sound, qPrintable(check.summary));
}

void TestFaults::readOnlyMedia()
{
    ScratchMount mount(ScratchMount::Kind::Tmpfs, 4 * 1024 * 1024);
    if (!mount.isValid())
        QSKIP(qPrintable(QStringLiteral("no tmpfs of our own: %1").arg(mount.why())));
    const QString path = QDir(mount.path()).filePath(QStringLiteral("media.kingside"));
    QString saved;
    {
        Workspace workspace;
        QVERIFY2(makeWorkspace(workspace, path, 5), qPrintable(workspace.errorString()));
        saved = Test::dumpDatabase(workspace.database());
    }
    QString error;
    QVERIFY2(mount.remountReadOnly(&error), qPrintable(error));

    // Nothing can be created there, and the message says why.
    Workspace created;
    QVERIFY(!created.create(QDir(mount.path()).filePath(QStringLiteral("new.kingside"))));
    QCOMPARE(created.lastError().code, WorkspaceError::Code::ReadOnly);
    QVERIFY2(created.errorString().contains(QLatin1String("read-only")),
             qPrintable(created.errorString()));

    // A workspace in write-ahead-log mode needs its -shm index beside it to be read, and
    // SQLite cannot create one on read-only media: Workspace reads it as an immutable file
    // (README "Crashes, full disks and read-only media").
    Workspace workspace;
    QVERIFY(!workspace.open(path));
    QVERIFY2(workspace.lastError().code == WorkspaceError::Code::ReadOnly &&
                 workspace.errorString().contains(QLatin1String("read-only")) &&
                 workspace.errorString().contains(QLatin1String("Open it read-only")),
             qPrintable(workspace.errorString()));

    const bool opened = workspace.open(path, Workspace::Mode::ReadOnly);
    QVERIFY2(opened, qPrintable(workspace.errorString()));
    QCOMPARE(Test::dumpDatabase(workspace.database()), saved);
    QVERIFY(!addPerson(workspace, QStringLiteral("Refused")));
    QCOMPARE(workspace.lastError().code, WorkspaceError::Code::Refused);
    QVERIFY2(workspace.errorString().contains(QLatin1String("read-only")),
             qPrintable(workspace.errorString()));
    workspace.close();

    const WorkspaceCheck check = WorkspaceCheck::run(path);
    QVERIFY2(check.status == WorkspaceCheck::Status::Sound, qPrintable(check.summary));
}

// The disk turns read-only under an open workspace: the next edit, and an undo, fail with
// a clear message; the undo stack still matches the file; everything saved is there.
void TestFaults::checkTurnsReadOnly(const QString &folder,
                                    const std::function<bool(QString *)> &breakIt)
{
    const QString path = QDir(folder).filePath(QStringLiteral("stick.kingside"));
    QString saved;
    {
        Workspace workspace;
        QVERIFY2(makeWorkspace(workspace, path, 3), qPrintable(workspace.errorString()));
        saved = Test::dumpDatabase(workspace.database());
        QUndoStack *stack = workspace.undoStack();
        const int steps = stack->count();
        const int index = stack->index();

        QString error;
        QVERIFY2(breakIt(&error), qPrintable(error));

        QVERIFY(!addPerson(workspace, QStringLiteral("Lost")));
        checkReadOnlyMessage(workspace.errorString());
        QCOMPARE(stack->count(), steps);
        QCOMPARE(stack->index(), index);

        QSignalSpy failed(&workspace, &Workspace::editFailed);
        stack->undo();
        QCOMPARE(failed.count(), 1);
        checkReadOnlyMessage(failed.first().first().toString());
        QCOMPARE(Test::dumpDatabase(workspace.database()), saved);
        // The last edit is still in the file, so the stack must still count it as done,
        // and a second undo tries the same step again.
        QCOMPARE(stack->index(), index);
        QCOMPARE(stack->count(), steps);
        stack->undo();
        QCOMPARE(failed.count(), 2);
        QCOMPARE(stack->index(), index);
        QCOMPARE(Test::dumpDatabase(workspace.database()), saved);
    }
    Workspace reopened;
    const bool opened = reopened.open(path, Workspace::Mode::ReadOnly);
    QVERIFY2(opened, qPrintable(reopened.errorString()));
    QCOMPARE(Test::dumpDatabase(reopened.database()), saved);
}

void TestFaults::turnsReadOnlyInjected()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    watch(QFileInfo(dir.path()).canonicalFilePath().toUtf8());
    // What SQLite reports for a write refused with EROFS.
    checkTurnsReadOnly(dir.path(), [](QString *) {
        arm(0, SQLITE_IOERR_WRITE);
        return true;
    });
    disarm();
}

void TestFaults::turnsReadOnlyOnExt4()
{
    ScratchMount mount(ScratchMount::Kind::Ext4OnLoop, 16 * 1024 * 1024);
    if (!mount.isValid())
        QSKIP(qPrintable(QStringLiteral("no ext4 image of our own: %1").arg(mount.why())));
    checkTurnsReadOnly(mount.path(),
                       [&mount](QString *error) { return mount.failFileSystem(error); });
}

QTEST_GUILESS_MAIN(TestFaults)
#include "TestFaults.moc"
