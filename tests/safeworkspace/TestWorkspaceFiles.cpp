#include "SmallDisk.h"
#include "TestWorkspace.h"

#include "commands/AddAccount.h"
#include "demo/DemoBuilder.h"
#include "workspace/AccountStore.h"
#include "workspace/Migrator.h"
#include "workspace/Sql.h"
#include "workspace/TransactionGuard.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceCheck.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Kingside;

namespace {

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// A workspace stopped at schema 1, as an older Kingside wrote it; `clash` adds a row that
// makes step 2 fail.
void makeOldWorkspace(const QString &path, bool clash)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Workspace::ApplicationId)));
        QString error;
        QVERIFY2(Migrator::migrate(db, 0, &error, 1), qPrintable(error));
        if (clash)
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO tier_schemes (id, name, basis) VALUES (1, 'Mine', 'score')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

// Collects Qt's warnings, such as QSqlDatabasePrivate::removeDatabase's "still in use".
QStringList warnings;
void collectWarning(QtMsgType, const QMessageLogContext &, const QString &message)
{
    warnings.append(message);
}

class WarningCollector
{
public:
    WarningCollector()
    {
        warnings.clear();
        m_previous = qInstallMessageHandler(collectWarning);
    }
    ~WarningCollector() { qInstallMessageHandler(m_previous); }
    QString inUse() const { return warnings.filter(QStringLiteral("still in use")).join('\n'); }

private:
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestWorkspaceFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newWorkspaceIsPrivate();
    void migrationBackupIsPrivate();
    void failedMigrationLeavesNoBackup();
    void failurePathsLeaveNoConnectionInUse();
    void readingLeavesTheFolderAsItWas();
    void fullDiskIsNamedOnCommit();
    void littleFreeSpaceIsNotCalledUnreadable();
};

void TestWorkspaceFiles::initTestCase()
{
    // The usual umask, under which plain files come out 0644 (readable by everyone).
    ::umask(022);
}

void TestWorkspaceFiles::newWorkspaceIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.kingside"));
    Workspace workspace;
    QVERIFY(workspace.create(path));
    QCOMPARE(modeOf(path), 0600);
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
    workspace.close();
    const QString demo = dir.filePath(QStringLiteral("demo.kingside"));
    QString error;
    QVERIFY2(DemoBuilder::write(demo, Test::fixedToday(), &error), qPrintable(error));
    QCOMPARE(modeOf(demo), 0600);
}

void TestWorkspaceFiles::migrationBackupIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.kingside"));
    makeOldWorkspace(path, false);
    Workspace workspace;
    QVERIFY2(workspace.open(path), qPrintable(workspace.errorString()));
    QVERIFY(QFile::exists(workspace.backupPath()));
    QCOMPARE(modeOf(workspace.backupPath()), 0600);
}

void TestWorkspaceFiles::failedMigrationLeavesNoBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clash.kingside"));
    makeOldWorkspace(path, true);
    for (int attempt = 0; attempt < 2; ++attempt) {
        Workspace workspace;
        QVERIFY(!workspace.open(path));
        QCOMPARE(workspace.lastError().code, WorkspaceError::Code::MigrationFailed);
        QVERIFY(workspace.backupPath().isEmpty());
    }
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("clash.kingside")});
}

void TestWorkspaceFiles::failurePathsLeaveNoConnectionInUse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clash.kingside"));
    makeOldWorkspace(path, true);
    const WarningCollector collector;
    {
        Workspace workspace;
        QVERIFY(!workspace.open(path));
        QCOMPARE(workspace.lastError().code, WorkspaceError::Code::MigrationFailed);
    }
    QVERIFY2(collector.inUse().isEmpty(), qPrintable(collector.inUse()));

    SmallDisk disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP("cannot mount a tmpfs here");
    QVERIFY(disk.fill());
    {
        Workspace workspace;
        QVERIFY(!workspace.create(disk.filePath(QStringLiteral("full.kingside"))));
    }
    QVERIFY2(collector.inUse().isEmpty(), qPrintable(collector.inUse()));
    QVERIFY(!QFile::exists(disk.filePath(QStringLiteral("full.kingside"))));
}

void TestWorkspaceFiles::readingLeavesTheFolderAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.kingside"));
    QString error;
    QVERIFY2(DemoBuilder::write(path, Test::fixedToday(), &error), qPrintable(error));
    const QStringList before = filesIn(dir.path());
    QCOMPARE(before, QStringList{QStringLiteral("w.kingside")});
    {
        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::Mode::ReadOnly));
        QVERIFY(Sql::scalar(workspace.database(), QStringLiteral("SELECT count(*) FROM people"))
                    ->toInt() > 0);
    }
    QCOMPARE(filesIn(dir.path()), before);
    {
        Workspace workspace;
        QVERIFY(workspace.openForInspection(path));
    }
    QCOMPARE(filesIn(dir.path()), before);
    QCOMPARE(WorkspaceCheck::run(path).status, WorkspaceCheck::Status::Sound);
    QCOMPARE(filesIn(dir.path()), before);
    {
        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::Mode::ReadWrite));
    }
    QCOMPARE(filesIn(dir.path()), before);
}

void TestWorkspaceFiles::fullDiskIsNamedOnCommit()
{
    SmallDisk disk(1024 * 1024);
    if (!disk.isMounted())
        QSKIP("cannot mount a tmpfs here");
    const QString path = disk.filePath(QStringLiteral("full.kingside"));
    Workspace workspace;
    QVERIFY2(workspace.create(path), qPrintable(workspace.errorString()));
    QVERIFY(disk.fill(16 * 1024));
    {
        // The pages reach the WAL only at COMMIT (they fit SQLite's page cache); when that
        // fails SQLite rolls back by itself, and the rollback's own error must not hide why.
        TransactionGuard transaction(workspace.database());
        QVERIFY(transaction.isActive());
        for (int i = 0; i < 40; ++i) {
            QString error;
            QVERIFY2(
                Sql::run(workspace.database(),
                         QStringLiteral("INSERT INTO workspace_info (key, value) VALUES (?, ?)"),
                         {QStringLiteral("filler%1").arg(i), QString(20000, QLatin1Char('x'))},
                         &error),
                qPrintable(error));
        }
        QVERIFY(!transaction.commit());
        QCOMPARE(transaction.errorText(),
                 QStringLiteral("The disk is full; the change was not saved."));
    }
    // An edit says it the same way.
    Account account;
    account.name = QStringLiteral("Large");
    account.notes = QString(90000, QLatin1Char('n'));
    QVERIFY(!workspace.execute(
        new AddAccount(&workspace, account, QStringList{QStringLiteral("Sales")})));
    QVERIFY2(workspace.errorString().contains(QStringLiteral("The disk is full")),
             qPrintable(workspace.errorString()));
    QVERIFY2(!workspace.errorString().contains(QStringLiteral("cannot rollback")),
             qPrintable(workspace.errorString()));
}

void TestWorkspaceFiles::littleFreeSpaceIsNotCalledUnreadable()
{
    SmallDisk disk(2 * 1024 * 1024);
    if (!disk.isMounted())
        QSKIP("cannot mount a tmpfs here");
    const QString path = disk.filePath(QStringLiteral("sound.kingside"));
    QString error;
    QVERIFY2(DemoBuilder::write(path, Test::fixedToday(), &error), qPrintable(error));
    QVERIFY(disk.fill());
    {
        // Read as SQLite reads read-only media (no -shm index can be made beside it).
        Workspace workspace;
        QVERIFY2(workspace.open(path, Workspace::Mode::ReadOnly),
                 qPrintable(workspace.errorString()));
        QVERIFY(!AccountStore(workspace.database()).accounts().isEmpty());
    }
    {
        Workspace workspace;
        QVERIFY(!workspace.open(path, Workspace::Mode::ReadWrite));
        QCOMPARE(workspace.lastError().code, WorkspaceError::Code::DiskFull);
        QVERIFY2(workspace.errorString().contains(QStringLiteral("disk is full")),
                 qPrintable(workspace.errorString()));
        QVERIFY2(!workspace.errorString().contains(QStringLiteral("not a readable")),
                 qPrintable(workspace.errorString()));
    }
    const WorkspaceCheck check = WorkspaceCheck::run(path);
    QVERIFY2(check.status == WorkspaceCheck::Status::Sound, qPrintable(check.summary));
    // With room again the same file is sound.
    disk.emptyFiller();
    QCOMPARE(WorkspaceCheck::run(path).status, WorkspaceCheck::Status::Sound);
}

QTEST_GUILESS_MAIN(TestWorkspaceFiles)
#include "TestWorkspaceFiles.moc"
