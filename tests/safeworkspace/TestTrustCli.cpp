#include "CliRun.h"
#include "PlantedFile.h"
#include "SmallDisk.h"

#include "workspace/Sql.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sys/stat.h>

using namespace Kingside;

using Test::countOf;
using Test::plant;

namespace {

const QString executable = QStringLiteral(KINGSIDE_EXECUTABLE);
const Test::CliProgram kingside(executable, {.withoutDisplay = true});

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

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

// `count` people as vCards, for an import into the account "Imported".
QString writeContacts(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (int i = 1; i <= count; ++i)
        file.write(QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported Person %1\r\n"
                                  "EMAIL:person%1@example.com\r\nTITLE:Engineer %1\r\n"
                                  "END:VCARD\r\n")
                       .arg(i)
                       .toUtf8());
    return path;
}

QStringList importArguments(const QString &workspace, const QString &contacts)
{
    return {QStringLiteral("import"),
            workspace,
            contacts,
            QStringLiteral("--account"),
            QStringLiteral("Imported"),
            QStringLiteral("--any-company")};
}

} // namespace

class TestTrustCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void demoRefusesToReplaceAWorkspaceOpenInKingside();
    void demoWritesPrivateFiles();
    void plantedTriggerIsRefusedByCheckAndImport();
    void checkFindsCheckViolations_data();
    void checkFindsCheckViolations();
    void hugeValueIsRefusedByCheckAndAnalyze();
    void importRefusesADamagedWorkspace();
    void importCompletesWhenItsOutputIsClosed();
    void readingCommandsLeaveTheFolderAsItWas();
    void fullDiskIsNamedByDemoAndImport();
    void littleFreeSpaceIsNotCalledUnreadable();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestTrustCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The usual umask, under which plain files come out 0644; the children inherit it.
    ::umask(022);
}

void TestTrustCli::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("w%1.kingside").arg(++n));
    const Test::CliRun demo = kingside({QStringLiteral("demo"), m_path});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestTrustCli::demoRefusesToReplaceAWorkspaceOpenInKingside()
{
    // A real Kingside window (offscreen) holds the workspace open for writing.
    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        environment.insert(QString::fromLatin1(name), m_dir.path());
    window.setProcessEnvironment(environment);
    window.start(executable, {m_path});
    QVERIFY(window.waitForStarted());
    // Wait for its lock without taking one: the kernel lists POSIX locks by process and inode.
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &info), 0);
    const QString inode = QStringLiteral(":%1 ").arg(info.st_ino);
    const QString pid = QStringLiteral(" %1 ").arg(window.processId());
    bool held = false;
    QElapsedTimer timer;
    timer.start();
    while (!held && timer.elapsed() < 60000 && window.state() == QProcess::Running) {
        QFile locks(QStringLiteral("/proc/locks"));
        QVERIFY(locks.open(QIODevice::ReadOnly));
        for (const QString &line : QString::fromLatin1(locks.readAll()).split(QLatin1Char('\n')))
            held = held || (line.contains(QLatin1String("WRITE")) && line.contains(pid) &&
                            line.contains(inode));
        if (!held)
            QThread::msleep(100);
    }
    QVERIFY2(held, qPrintable(QString::fromUtf8(window.readAllStandardError())));

    const QByteArray before = fileHash(m_path);
    const Test::CliRun refused =
        kingside({QStringLiteral("demo"), m_path, QStringLiteral("--force")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("is open in another Kingside window or program")),
             qPrintable(refused.err));
    QCOMPARE(fileHash(m_path), before);
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".partial")));

    window.kill();
    window.waitForFinished();
    // Once that window is gone the same command replaces the file.
    const Test::CliRun replaced =
        kingside({QStringLiteral("demo"), m_path, QStringLiteral("--force")});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QCOMPARE(kingside({QStringLiteral("check"), m_path}).exitCode, 0);
}

void TestTrustCli::demoWritesPrivateFiles()
{
    QCOMPARE(modeOf(m_path), 0600);
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(kingside({QStringLiteral("demo"), m_path, QStringLiteral("--force")}).exitCode, 0);
    QCOMPARE(modeOf(m_path), 0600);
    // Over a file readable by everyone, too: the new file is private from its creation.
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(kingside({QStringLiteral("demo"), m_path, QStringLiteral("--force")}).exitCode, 0);
    QCOMPARE(modeOf(m_path), 0600);
}

void TestTrustCli::plantedTriggerIsRefusedByCheckAndImport()
{
    plant(m_path, {QStringLiteral("CREATE TRIGGER z AFTER INSERT ON people BEGIN DELETE FROM "
                                  "relationships; END")});
    const int relationships = countOf(m_path, QStringLiteral("SELECT count(*) FROM relationships"));
    QVERIFY(relationships > 0);
    const QByteArray before = fileHash(m_path);
    const Test::CliRun check = kingside({QStringLiteral("check"), m_path});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains(QStringLiteral("trigger “z” that Kingside did not create")),
             qPrintable(check.err));
    const Test::CliRun import = kingside(
        importArguments(m_path, writeContacts(m_dir.filePath(QStringLiteral("few.vcf")), 3)));
    QVERIFY(import.exitCode != 0);
    QVERIFY2(import.err.contains(QStringLiteral("trigger “z”")), qPrintable(import.err));
    QCOMPARE(countOf(m_path, QStringLiteral("SELECT count(*) FROM relationships")), relationships);
    QCOMPARE(fileHash(m_path), before);
}

void TestTrustCli::checkFindsCheckViolations_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("attitude") << "UPDATE people SET attitude = 'furious' WHERE id = (SELECT "
                                 "min(id) FROM people)";
    QTest::newRow("strength") << "UPDATE relationships SET strength = 'abc' WHERE id = (SELECT "
                                 "min(id) FROM relationships)";
}

void TestTrustCli::checkFindsCheckViolations()
{
    QFETCH(QString, statement);
    plant(m_path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"), statement});
    const QByteArray before = fileHash(m_path);
    const Test::CliRun check = kingside({QStringLiteral("check"), m_path});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains(QStringLiteral("CHECK constraint failed")), qPrintable(check.err));
    QCOMPARE(fileHash(m_path), before);
}

void TestTrustCli::hugeValueIsRefusedByCheckAndAnalyze()
{
    plant(m_path, {QStringLiteral("UPDATE people SET name = hex(zeroblob(5000000)) WHERE id = "
                                  "(SELECT min(id) FROM people)")});
    const Test::CliRun check = kingside({QStringLiteral("check"), m_path});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains(QStringLiteral("table “people”")) &&
                 check.err.contains(QStringLiteral("column “name”")),
             qPrintable(check.err));
    const Test::CliRun analyze =
        kingside({QStringLiteral("analyze"), m_path, QStringLiteral("--account"),
                  QStringLiteral("Halvorsen Maritime Group")});
    QCOMPARE(analyze.exitCode, 1);
    QVERIFY2(analyze.err.contains(QStringLiteral("column “name”")), qPrintable(analyze.err));
    QVERIFY(analyze.out.size() < 100000);
}

void TestTrustCli::importRefusesADamagedWorkspace()
{
    plant(m_path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                   QStringLiteral("UPDATE people SET attitude = 'furious' WHERE id = (SELECT "
                                  "min(id) FROM people)")});
    const int people = countOf(m_path, QStringLiteral("SELECT count(*) FROM people"));
    const Test::CliRun import = kingside(
        importArguments(m_path, writeContacts(m_dir.filePath(QStringLiteral("few.vcf")), 3)));
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(QStringLiteral("damaged")), qPrintable(import.err));
    QVERIFY2(import.err.contains(QStringLiteral("CHECK constraint failed")),
             qPrintable(import.err));
    QCOMPARE(countOf(m_path, QStringLiteral("SELECT count(*) FROM people")), people);
}

void TestTrustCli::importCompletesWhenItsOutputIsClosed()
{
    // As `kingside import … | head -c 0`: the reader is gone before the first line.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(
        executable,
        importArguments(m_path, writeContacts(m_dir.filePath(QStringLiteral("p.vcf")), 20)));
    QVERIFY(process.waitForStarted());
    process.closeReadChannel(QProcess::StandardOutput);
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(countOf(m_path, QStringLiteral("SELECT count(*) FROM people p JOIN accounts a ON "
                                            "a.id = p.account_id WHERE a.name = 'Imported'")),
             20);
}

void TestTrustCli::readingCommandsLeaveTheFolderAsItWas()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("only.kingside"));
    QVERIFY(QFile::copy(m_path, path));
    const QStringList before = filesIn(folder.path());
    const QString account = QStringLiteral("Halvorsen Maritime Group");
    const QString output = m_dir.filePath(QStringLiteral("out.graphml"));
    const QList<QStringList> commands{
        {QStringLiteral("check"), path},
        {QStringLiteral("analyze"), path, QStringLiteral("--account"), account},
        {QStringLiteral("export"), path, QStringLiteral("--account"), account,
         QStringLiteral("--format"), QStringLiteral("graphml"), QStringLiteral("--output"), output},
        {QStringLiteral("import"), path, writeContacts(m_dir.filePath(QStringLiteral("d.vcf")), 2),
         QStringLiteral("--account"), account, QStringLiteral("--dry-run"),
         QStringLiteral("--any-company")},
    };
    for (const QStringList &arguments : commands) {
        const Test::CliRun run = kingside(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(arguments.first() + QStringLiteral(": ") + run.err));
        QCOMPARE(filesIn(folder.path()), before);
    }
}

void TestTrustCli::fullDiskIsNamedByDemoAndImport()
{
    SmallDisk disk(1024 * 1024);
    if (!disk.isMounted())
        QSKIP("cannot mount a tmpfs here");
    // The demo does not fit in what is left.
    QVERIFY(disk.fill(200 * 1024));
    const QString demo = disk.filePath(QStringLiteral("demo.kingside"));
    const Test::CliRun full = kingside({QStringLiteral("demo"), demo});
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains(QStringLiteral("disk is full")), qPrintable(full.err));
    QVERIFY2(!full.err.contains(QStringLiteral("cannot rollback")), qPrintable(full.err));
    QVERIFY(!QFile::exists(demo));
    QVERIFY(!QFile::exists(demo + QStringLiteral(".partial")));

    // An import whose rows do not fit.
    disk.emptyFiller();
    const QString path = disk.filePath(QStringLiteral("w.kingside"));
    QVERIFY(QFile::copy(m_path, path));
    const int people = countOf(path, QStringLiteral("SELECT count(*) FROM people"));
    QVERIFY(disk.fill(96 * 1024));
    const Test::CliRun import = kingside(
        importArguments(path, writeContacts(m_dir.filePath(QStringLiteral("many.vcf")), 3000)));
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(QStringLiteral("disk is full")), qPrintable(import.err));
    QVERIFY2(!import.err.contains(QStringLiteral("cannot rollback")), qPrintable(import.err));
    disk.emptyFiller();
    QCOMPARE(countOf(path, QStringLiteral("SELECT count(*) FROM people")), people);
    QCOMPARE(kingside({QStringLiteral("check"), path}).exitCode, 0);
}

void TestTrustCli::littleFreeSpaceIsNotCalledUnreadable()
{
    SmallDisk disk(2 * 1024 * 1024);
    if (!disk.isMounted())
        QSKIP("cannot mount a tmpfs here");
    const QString path = disk.filePath(QStringLiteral("w.kingside"));
    QVERIFY(QFile::copy(m_path, path));
    QVERIFY(disk.fill());
    // A full disk is no reason not to read: the workspace is read as an immutable file,
    // and nothing is written beside it (README "Crashes, full disks and read-only media").
    const QStringList before = filesIn(QFileInfo(path).absolutePath());
    const Test::CliRun check = kingside({QStringLiteral("check"), path});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QVERIFY2(!check.err.contains(QStringLiteral("not a readable")), qPrintable(check.err));
    QCOMPARE(filesIn(QFileInfo(path).absolutePath()), before);
}

QTEST_GUILESS_MAIN(TestTrustCli)
#include "TestTrustCli.moc"
