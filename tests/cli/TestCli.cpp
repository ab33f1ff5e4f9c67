#include "CliRun.h"

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

// Runs kingside with no display at all: commands must not need one.
const Test::CliProgram kingside(QStringLiteral(KINGSIDE_EXECUTABLE), {.withoutDisplay = true});

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void runSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli"));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void unknownCommand();
    void demoWritesASoundWorkspace();
    void demoRefusesToOverwrite();
    void checkReportsProblems_data();
    void checkReportsProblems();
    void checkReportsLockedWorkspace();

private:
    QTemporaryDir m_dir;
};

void TestCli::versionAndHelp()
{
    const Test::CliRun version = kingside({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.text().contains(QStringLiteral("Kingside")),
             qPrintable(version.text() + version.err));
    const Test::CliRun help = kingside({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.text().contains(QStringLiteral("demo")));
    QVERIFY(help.text().contains(QStringLiteral("check")));
    QVERIFY(help.text().contains(QStringLiteral("--review")));
    const Test::CliRun demoHelp = kingside({QStringLiteral("demo"), QStringLiteral("--help")});
    QCOMPARE(demoHelp.exitCode, 0);
    QVERIFY(demoHelp.text().contains(QStringLiteral("--force")));
}

void TestCli::unknownCommand()
{
    const Test::CliRun result = kingside({QStringLiteral("frobnicate")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("frobnicate")));
    QVERIFY(result.err.contains(QStringLiteral("check")));
}

void TestCli::demoWritesASoundWorkspace()
{
    const QString path = m_dir.filePath(QStringLiteral("d.kingside"));
    const Test::CliRun demo = kingside({QStringLiteral("demo"), path});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    const Test::CliRun check = kingside({QStringLiteral("check"), path});
    QVERIFY2(check.exitCode == 0, qPrintable(check.text() + check.err));
    QVERIFY(check.text().contains(QStringLiteral("sound")));
    QVERIFY(check.text().contains(QString::number(Migrator::latestVersion())));
}

void TestCli::demoRefusesToOverwrite()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.kingside"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
    }
    const Test::CliRun refused = kingside({QStringLiteral("demo"), path});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(QStringLiteral("--force")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious"));
    file.close();
    QCOMPARE(kingside({QStringLiteral("demo"), path, QStringLiteral("--force")}).exitCode, 0);
    QCOMPARE(kingside({QStringLiteral("check"), path}).exitCode, 0);
    QCOMPARE(kingside({QStringLiteral("demo")}).exitCode, 2); // no OUT
}

void TestCli::checkReportsProblems_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << "missing" << 2 << "does not exist";
    QTest::newRow("empty") << "empty" << 2 << "empty file";
    QTest::newRow("not sqlite") << "text" << 2 << "not an SQLite database";
    QTest::newRow("foreign sqlite") << "foreign" << 2 << "not a Kingside workspace";
    QTest::newRow("newer schema") << "newer" << 2 << "newer version";
    QTest::newRow("dangling reference") << "dangling" << 1 << "damaged";
    QTest::newRow("truncated") << "truncated" << 1 << "damaged";
}

void TestCli::checkReportsProblems()
{
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(kind + QStringLiteral(".kingside"));
    if (kind == QLatin1String("empty") || kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text"))
            file.write("name,email\nAnna,anna@example.com\n");
    } else if (kind == QLatin1String("foreign")) {
        runSql(path, {QStringLiteral("CREATE TABLE t (x)")});
    } else if (kind == QLatin1String("newer")) {
        runSql(path,
               {QStringLiteral("CREATE TABLE t (x)"),
                QStringLiteral("PRAGMA application_id = %1").arg(Workspace::ApplicationId),
                QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)});
    } else if (kind == QLatin1String("dangling")) {
        QCOMPARE(kingside({QStringLiteral("demo"), path}).exitCode, 0);
        // Written behind Kingside's back with foreign keys off.
        runSql(path,
               {QStringLiteral("PRAGMA foreign_keys = OFF"),
                QStringLiteral(
                    "INSERT INTO relationships (account_id, from_id, to_id, kind, strength, "
                    "created_at, updated_at) "
                    "SELECT account_id, id, 999999, 'working', 3, 'x', 'x' FROM people LIMIT 1")});
    } else if (kind == QLatin1String("truncated")) {
        QCOMPARE(kingside({QStringLiteral("demo"), path}).exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 3));
    }
    const QByteArray before = fileHash(path);
    const Test::CliRun result = kingside({QStringLiteral("check"), path});
    QVERIFY2(
        result.exitCode == exitCode,
        qPrintable(
            QStringLiteral("exit %1: %2%3").arg(result.exitCode).arg(result.text(), result.err)));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    if (kind != QLatin1String("missing"))
        QVERIFY2(result.err.contains(kind + QStringLiteral(".kingside")),
                 qPrintable(result.err)); // names the file
    QCOMPARE(fileHash(path), before);     // check never writes
}

void TestCli::checkReportsLockedWorkspace()
{
    const QString path = m_dir.filePath(QStringLiteral("busy.kingside"));
    Workspace holder;
    QVERIFY(holder.create(path));
    const Test::CliRun result = kingside({QStringLiteral("check"), path});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QStringLiteral("open in another")), qPrintable(result.err));
    // Once the holder closes it, the same file checks as sound.
    holder.close();
    QCOMPARE(kingside({QStringLiteral("check"), path}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
