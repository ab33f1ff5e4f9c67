#include "TestWorkspace.h"

#include "workspace/Migrator.h"
#include "workspace/Sql.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kingside;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// A plain SQLite database made without Kingside.
void makeForeignDatabase(const QString &path, int userVersion, qint32 applicationId)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (x TEXT)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private slots:
    void createSetsUpTheFile();
    void createRefusesExistingFile();
    void reopenKeepsData();
    void missingFileIsRefused();
    void emptyFileIsRefusedAndUntouched();
    void garbageFileIsRefusedAndUntouched();
    void foreignSqliteIsRefusedAndUntouched();
    void newerSchemaIsRefusedAndUntouched();
    void secondWriterIsRefusedAsLocked();
    void readOnlyFileIsRefusedForWritingButOpensReadOnly();
    void readOnlyModeRefusesEdits();
    void reviewModeRefusesNonCommentEdits();
};

void TestWorkspaceFile::createSetsUpTheFile()
{
    Test::TestWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const QSqlDatabase db = ws->database();
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA journal_mode"))->toString(),
             QStringLiteral("wal"));
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA application_id"))->toInt(),
             Workspace::ApplicationId);
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA user_version"))->toInt(),
             Migrator::latestVersion());
    QCOMPARE(ws->schemaVersion(), Migrator::latestVersion());
    QVERIFY(Migrator::latestVersion() >= 2);
    // The full domain is there.
    for (const char *table :
         {"accounts", "departments", "levels", "people", "relationships", "walls", "products",
          "product_roles", "competitors", "criteria", "criterion_scores", "tier_schemes",
          "tier_bands", "plans", "objectives", "actions", "reviews", "comments", "snapshots"}) {
        QVERIFY2(Sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                            "'table' AND name = ?"),
                             {QString::fromLatin1(table)})
                         ->toInt() == 1,
                 table);
    }
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM tier_schemes WHERE builtin = 1"))
                 ->toInt(),
             3);
}

void TestWorkspaceFile::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("there.kingside"));
    writeFile(path, "keep me");
    Workspace workspace;
    QVERIFY(!workspace.create(path));
    QCOMPARE(workspace.lastError().code, WorkspaceError::Code::AlreadyExists);
    QVERIFY(workspace.errorString().contains(QStringLiteral("there.kingside")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestWorkspaceFile::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.kingside"));
    {
        Workspace workspace;
        QVERIFY(workspace.create(path));
        QString error;
        QVERIFY(
            Sql::run(workspace.database(),
                     QStringLiteral("INSERT INTO accounts (name, created_at) VALUES ('Acme', 'x')"),
                     {}, &error));
    }
    Workspace workspace;
    QVERIFY2(workspace.open(path), qPrintable(workspace.errorString()));
    QCOMPARE(
        Sql::scalar(workspace.database(), QStringLiteral("SELECT name FROM accounts"))->toString(),
        QStringLiteral("Acme"));
    QVERIFY(workspace.backupPath().isEmpty()); // no upgrade needed
}

void TestWorkspaceFile::missingFileIsRefused()
{
    QTemporaryDir dir;
    Workspace workspace;
    const QString path = dir.filePath(QStringLiteral("nothing.kingside"));
    QVERIFY(!workspace.open(path));
    QCOMPARE(workspace.lastError().code, WorkspaceError::Code::NotFound);
    QVERIFY(workspace.errorString().contains(QStringLiteral("nothing.kingside")));
    QVERIFY(!QFile::exists(path)); // opening never creates
    QVERIFY(!workspace.isOpen());
}

void TestWorkspaceFile::emptyFileIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.kingside"));
    writeFile(path, {});
    Workspace workspace;
    QVERIFY(!workspace.open(path));
    QCOMPARE(workspace.lastError().code, WorkspaceError::Code::NotKingside);
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestWorkspaceFile::garbageFileIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.kingside"));
    writeFile(path, QByteArray("Name,Email\nAnna,anna@example.com\n").repeated(100));
    const QByteArray before = fileHash(path);
    Workspace workspace;
    QVERIFY(!workspace.open(path));
    QCOMPARE(workspace.lastError().code, WorkspaceError::Code::NotSqlite);
    QVERIFY(workspace.errorString().contains(QStringLiteral("not an SQLite database")));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestWorkspaceFile::foreignSqliteIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    makeForeignDatabase(path, 0, 0);
    const QByteArray before = fileHash(path);
    Workspace workspace;
    QVERIFY(!workspace.open(path));
    QCOMPARE(workspace.lastError().code, WorkspaceError::Code::NotKingside);
    QVERIFY(workspace.errorString().contains(QStringLiteral("other.db")));
    QCOMPARE(fileHash(path), before);
}

void TestWorkspaceFile::newerSchemaIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.kingside"));
    makeForeignDatabase(path, Migrator::latestVersion() + 5, Workspace::ApplicationId);
    const QByteArray before = fileHash(path);
    Workspace workspace;
    QVERIFY(!workspace.open(path));
    QCOMPARE(workspace.lastError().code, WorkspaceError::Code::NewerSchema);
    QVERIFY(workspace.errorString().contains(QStringLiteral("newer version")));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no backup, no WAL
}

void TestWorkspaceFile::secondWriterIsRefusedAsLocked()
{
    Test::TestWorkspace first;
    QVERIFY(first.isValid());
    Workspace second;
    QVERIFY(!second.open(first.path()));
    QCOMPARE(second.lastError().code, WorkspaceError::Code::Locked);
    QVERIFY(second.errorString().contains(QStringLiteral("test.kingside")));
    // The first writer is unaffected.
    QString error;
    QVERIFY2(Sql::run(first->database(),
                      QStringLiteral("INSERT INTO accounts (name, created_at) VALUES ('A', 'x')"),
                      {}, &error),
             qPrintable(error));
    first->close();
    QVERIFY2(second.open(first.path()), qPrintable(second.errorString()));
}

void TestWorkspaceFile::readOnlyFileIsRefusedForWritingButOpensReadOnly()
{
    if (geteuid() == 0)
        QSKIP("root ignores file permissions");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.kingside"));
    {
        Workspace workspace;
        QVERIFY(workspace.create(path));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    Workspace workspace;
    QVERIFY(!workspace.open(path));
    QCOMPARE(workspace.lastError().code, WorkspaceError::Code::ReadOnly);
    QVERIFY(workspace.open(path, Workspace::Mode::ReadOnly));
}

void TestWorkspaceFile::readOnlyModeRefusesEdits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.kingside"));
    {
        Workspace workspace;
        QVERIFY(workspace.create(path));
    }
    const QByteArray before = fileHash(path);
    Workspace workspace;
    QVERIFY2(workspace.open(path, Workspace::Mode::ReadOnly), qPrintable(workspace.errorString()));
    QString why;
    QVERIFY(!workspace.mayWrite(false, &why));
    QVERIFY(!workspace.mayWrite(true, &why));
    QVERIFY(why.contains(QStringLiteral("read-only")));
    QString error;
    QVERIFY(!Sql::run(workspace.database(),
                      QStringLiteral("INSERT INTO accounts (name, created_at) VALUES ('A', 'x')"),
                      {}, &error));
    workspace.close();
    QCOMPARE(fileHash(path), before);
}

void TestWorkspaceFile::reviewModeRefusesNonCommentEdits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.kingside"));
    {
        Workspace workspace;
        QVERIFY(workspace.create(path));
    }
    Workspace workspace;
    QVERIFY(workspace.open(path, Workspace::Mode::Review));
    QString why;
    QVERIFY(!workspace.mayWrite(false, &why));
    QVERIFY(why.contains(QStringLiteral("review mode")));
    QVERIFY(workspace.mayWrite(true));
}

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "TestWorkspaceFile.moc"
