// `kingside export` and `kingside criteria --export` run as a user runs them (README
// "Exports never overwrite the workspace, and are complete or absent"): the workspace,
// its companions and backups, and links to them are refused in every format with exit 1
// and the workspace left byte for byte; a folder or a missing folder is refused; files are
// created 0600 under umask 022; and on a full disk (a 64 KiB tmpfs this test mounts
// itself, when it runs as root) the export fails with "the disk is full" and the previous
// export is left as it was.
#include "CliRun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Kingside::Test;

namespace {
const QString Largest = QStringLiteral("Halvorsen Maritime Group");

const CliOptions RunOptions{
    .environment = {{QStringLiteral("KINGSIDE_TODAY"), QStringLiteral("2026-06-15")},
                    {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}},
    .timeoutSeconds = 300};
const CliProgram kingside(QStringLiteral(KINGSIDE_EXECUTABLE), RunOptions);

// Every format of `kingside export`, as its arguments.
const QList<std::pair<const char *, QStringList>> Formats{
    {"graphml", {QStringLiteral("--format"), QStringLiteral("graphml")}},
    {"dot", {QStringLiteral("--format"), QStringLiteral("dot")}},
    {"csv", {QStringLiteral("--format"), QStringLiteral("csv")}},
    {"csv relationships",
     {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--relationships")}},
    {"pdf", {QStringLiteral("--format"), QStringLiteral("pdf")}},
    {"svg", {QStringLiteral("--format"), QStringLiteral("svg")}},
    {"png",
     {QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--dpi"),
      QStringLiteral("30")}},
    {"review-pdf", {QStringLiteral("--format"), QStringLiteral("review-pdf")}},
};

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("(missing)");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArrayLiteral("(missing)");
}

int modeOf(const QString &path)
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

struct ScopedUmask
{
    explicit ScopedUmask(mode_t mask) : previous(::umask(mask)) {}
    ~ScopedUmask() { ::umask(previous); }
    mode_t previous;
};

// Unmounts the tmpfs when the test ends, however it ends.
struct ScopedMount
{
    QString path;
    ~ScopedMount()
    {
        if (!path.isEmpty())
            runCli(QStringLiteral("umount"), {path});
    }
};
} // namespace

class TestSafeExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesTheWorkspace_data();
    void refusesTheWorkspace();
    void criteriaAndChartRefuseTheWorkspace_data();
    void criteriaAndChartRefuseTheWorkspace();
    void refusesFoldersAndMissingFolders_data();
    void refusesFoldersAndMissingFolders();
    void exportsArePrivate_data();
    void exportsArePrivate();
    void fullDiskLeavesThePreviousExport();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString workspaceFile(const QString &name) const
    {
        return m_workspace + name; // "-wal", ".schema3.bak", …
    }
    CliRun exportTo(const QStringList &format, const QString &output) const
    {
        return kingside(QStringList{QStringLiteral("export"), m_workspace,
                                    QStringLiteral("--account"), Largest,
                                    QStringLiteral("--output"), output} +
                        format);
    }
    void verifyWorkspaceUntouched() const;

    QTemporaryDir m_dir;
    QString m_workspace;
    QHash<QString, QByteArray> m_hashes; // of the workspace and its backups
};

void TestSafeExportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("elsewhere")));
    m_workspace = path(QStringLiteral("demo.kingside"));
    const CliRun demo = kingside({QStringLiteral("demo"), m_workspace});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    for (const char *backup : {".schema3.bak", ".schema2-4.bak"})
        QVERIFY(QFile::copy(m_workspace, workspaceFile(QLatin1String(backup))));
    QCOMPARE(
        ::symlink(QFile::encodeName(m_workspace).constData(),
                  QFile::encodeName(path(QStringLiteral("elsewhere/symlink.pdf"))).constData()),
        0);
    QCOMPARE(::link(QFile::encodeName(m_workspace).constData(),
                    QFile::encodeName(path(QStringLiteral("elsewhere/hardlink.csv"))).constData()),
             0);
    // A read-only open leaves SQLite's -wal and -shm beside the workspace: make them
    // exist now, so that the exports' refusal below is checked over real companions too.
    const CliRun check = kingside({QStringLiteral("check"), m_workspace});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    for (const QString &file :
         {m_workspace, workspaceFile(QStringLiteral(".schema3.bak")),
          workspaceFile(QStringLiteral(".schema2-4.bak")), workspaceFile(QStringLiteral("-wal")),
          workspaceFile(QStringLiteral("-shm"))})
        m_hashes.insert(file, hashOf(file));
}

void TestSafeExportCli::verifyWorkspaceUntouched() const
{
    for (auto it = m_hashes.cbegin(); it != m_hashes.cend(); ++it)
        QVERIFY2(hashOf(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" changed")));
    const CliRun check = kingside({QStringLiteral("check"), m_workspace});
    QVERIFY2(check.exitCode == 0, qPrintable(check.text() + check.err));
}

void TestSafeExportCli::refusesTheWorkspace_data()
{
    QTest::addColumn<QStringList>("format");
    QTest::addColumn<QString>("output");
    const QList<std::pair<const char *, QString>> targets{
        {"the workspace", QStringLiteral("demo.kingside")},
        {"its -wal", QStringLiteral("demo.kingside-wal")},
        {"its -shm", QStringLiteral("demo.kingside-shm")},
        {"a schemaN backup", QStringLiteral("demo.kingside.schema3.bak")},
        {"a schemaN-M backup", QStringLiteral("demo.kingside.schema2-4.bak")},
        {"a symlink to it", QStringLiteral("elsewhere/symlink.pdf")},
        {"a hard link to it", QStringLiteral("elsewhere/hardlink.csv")},
        {"it by a path with ..", QStringLiteral("elsewhere/../demo.kingside")},
    };
    for (const auto &[formatName, format] : Formats) {
        for (const auto &[targetName, target] : targets)
            QTest::addRow("%s over %s", formatName, targetName) << format << path(target);
    }
}

void TestSafeExportCli::refusesTheWorkspace()
{
    QFETCH(QStringList, format);
    QFETCH(QString, output);
    const CliRun result = exportTo(format, output);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QDir::toNativeSeparators(output)), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("open workspace")), qPrintable(result.err));
    QVERIFY(!result.text().contains(QStringLiteral("Wrote")));
    verifyWorkspaceUntouched();
}

void TestSafeExportCli::criteriaAndChartRefuseTheWorkspace_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    for (const char *target : {"demo.kingside", "demo.kingside-wal", "demo.kingside.schema3.bak",
                               "elsewhere/hardlink.csv"}) {
        const QString output = path(QLatin1String(target));
        QTest::addRow("criteria over %s", target)
            << QStringList{QStringLiteral("criteria"), m_workspace, QStringLiteral("--export"),
                           output}
            << output;
    }
    const QString chart = path(QStringLiteral("elsewhere/symlink.pdf"));
    QTest::addRow("portfolio chart over a symlink to it")
        << QStringList{QStringLiteral("portfolio"), m_workspace, QStringLiteral("--chart"), chart}
        << chart;
}

void TestSafeExportCli::criteriaAndChartRefuseTheWorkspace()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    const CliRun result = kingside(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QDir::toNativeSeparators(output)), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("open workspace")), qPrintable(result.err));
    verifyWorkspaceUntouched();
}

void TestSafeExportCli::refusesFoldersAndMissingFolders_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    const QString folder = path(QStringLiteral("elsewhere"));
    const QString missing = path(QStringLiteral("no-such-folder/out.file"));
    for (const auto &[formatName, format] : Formats) {
        const QStringList base{QStringLiteral("export"), m_workspace, QStringLiteral("--account"),
                               Largest, QStringLiteral("--output")};
        QTest::addRow("%s into a folder", formatName)
            << base + QStringList{folder} + format << QStringLiteral("is a folder");
        QTest::addRow("%s into a missing folder", formatName)
            << base + QStringList{missing} + format << QStringLiteral("does not exist");
    }
    QTest::addRow("criteria into a folder")
        << QStringList{QStringLiteral("criteria"), m_workspace, QStringLiteral("--export"), folder}
        << QStringLiteral("is a folder");
    QTest::addRow("criteria into a missing folder")
        << QStringList{QStringLiteral("criteria"), m_workspace, QStringLiteral("--export"), missing}
        << QStringLiteral("does not exist");
}

void TestSafeExportCli::refusesFoldersAndMissingFolders()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const QStringList before = QDir(path(QStringLiteral("elsewhere"))).entryList(QDir::AllEntries);
    const CliRun result = kingside(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(says), qPrintable(result.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("no-such-folder"))));
    QCOMPARE(QDir(path(QStringLiteral("elsewhere"))).entryList(QDir::AllEntries), before);
}

void TestSafeExportCli::exportsArePrivate_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    for (const auto &[formatName, format] : Formats) {
        const QString output =
            path(QStringLiteral("private-%1.out").arg(QLatin1String(formatName)));
        QTest::addRow("%s", formatName) << QStringList{QStringLiteral("export"),    m_workspace,
                                                       QStringLiteral("--account"), Largest,
                                                       QStringLiteral("--output"),  output} +
                                               format
                                        << output;
    }
    const QString criteria = path(QStringLiteral("private-criteria.csv"));
    QTest::addRow("criteria") << QStringList{QStringLiteral("criteria"), m_workspace,
                                             QStringLiteral("--export"), criteria}
                              << criteria;
    const QString chart = path(QStringLiteral("private-chart.svg"));
    QTest::addRow("portfolio chart")
        << QStringList{QStringLiteral("portfolio"), m_workspace, QStringLiteral("--chart"), chart}
        << chart;
}

void TestSafeExportCli::exportsArePrivate()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    const ScopedUmask umask(022); // the child inherits it
    QFile::remove(output);
    CliRun result = kingside(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(modeOf(output), 0600);
    // Replacing a file someone made readable to all: the new one is private again.
    QVERIFY(::chmod(QFile::encodeName(output).constData(), 0644) == 0);
    result = kingside(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(modeOf(output), 0600);
    QVERIFY(QFileInfo(output).size() > 0);
}

void TestSafeExportCli::fullDiskLeavesThePreviousExport()
{
    if (::geteuid() != 0)
        QSKIP("Mounting a tmpfs to fill needs root.");
    QTemporaryDir mountDir;
    QVERIFY(mountDir.isValid());
    const QString disk = mountDir.path();
    const CliRun mount =
        runCli(QStringLiteral("mount"),
               {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=64k"), QStringLiteral("tmpfs"), disk});
    if (mount.exitCode != 0)
        QSKIP(qPrintable(QStringLiteral("Cannot mount a tmpfs here: ") + mount.err));
    const ScopedMount unmount{disk};
    // Never fill anything but the tmpfs this test just mounted on its own empty folder.
    QVERIFY2(runCli(QStringLiteral("mountpoint"), {QStringLiteral("-q"), disk}).exitCode == 0,
             "the tmpfs is not mounted");
    {
        QFile mounts(QStringLiteral("/proc/mounts"));
        QVERIFY(mounts.open(QIODevice::ReadOnly));
        const QByteArray line = " " + QFile::encodeName(disk) + " tmpfs ";
        QVERIFY2(mounts.readAll().contains(line), "the folder is not the tmpfs mounted here");
    }

    const QList<std::pair<QString, QStringList>> exports{
        {QStringLiteral("map.csv"), {QStringLiteral("--format"), QStringLiteral("csv")}},
        {QStringLiteral("map.svg"), {QStringLiteral("--format"), QStringLiteral("svg")}},
        {QStringLiteral("map.pdf"), {QStringLiteral("--format"), QStringLiteral("pdf")}}};
    for (const auto &[name, format] : exports)
        QVERIFY(writeFile(QDir(disk).filePath(name), "previous export of " + name.toUtf8()));

    // Fill it: 4 KiB at a time until the tmpfs says no (at most 1 MiB, whatever happens).
    {
        QFile filler(QDir(disk).filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        bool full = false;
        for (int i = 0; i < 256 && !full; ++i)
            full = filler.write(block) != block.size();
        QVERIFY2(full, "the 64 KiB tmpfs did not fill up");
        while (filler.write("x", 1) == 1) // the last bytes of a partly filled page
            ;
    }

    for (const auto &[name, format] : exports) {
        const QString output = QDir(disk).filePath(name);
        const CliRun result = exportTo(format, output);
        QVERIFY2(result.exitCode == 1, qPrintable(QString::number(result.exitCode) + result.err));
        QVERIFY2(result.err.contains(QStringLiteral("the disk is full")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QDir::toNativeSeparators(output)), qPrintable(result.err));
        QVERIFY(!result.text().contains(QStringLiteral("Wrote")));
        QCOMPARE(contentOf(output), "previous export of " + name.toUtf8());
    }
    // Nothing left behind: no temporary file beside the exports.
    QStringList left = QDir(disk).entryList(QDir::Files | QDir::Hidden | QDir::System);
    left.sort();
    QCOMPARE(left, (QStringList{QStringLiteral("filler"), QStringLiteral("map.csv"),
                                QStringLiteral("map.pdf"), QStringLiteral("map.svg")}));
}

QTEST_GUILESS_MAIN(TestSafeExportCli)
#include "TestSafeExportCli.moc"
