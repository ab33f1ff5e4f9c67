// OutputGuard: the one rule for where an export may land (README "Exports never overwrite
// the workspace, and are complete or absent"): never the workspace, its -wal/-shm/-journal,
// a NAME.kingside*.bak, by name, by symbolic link or by hard link; never a folder or a
// missing folder.
#include "exchange/OutputGuard.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Kingside;

class TestOutputGuard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusesTheWorkspaceByName_data();
    void refusesTheWorkspaceByName();
    void refusesLinksToTheWorkspace_data();
    void refusesLinksToTheWorkspace();
    void refusesThroughALinkedWorkspace();
    void allowsOtherFiles_data();
    void allowsOtherFiles();
    void refusesFoldersAndMissingFolders();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static void touch(const QString &path, const QByteArray &content = "x")
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

void TestOutputGuard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("elsewhere")));
    m_workspace = path(QStringLiteral("acme.kingside"));
    touch(m_workspace, "SQLite format 3");
    touch(m_workspace + QStringLiteral("-wal"));
    touch(m_workspace + QStringLiteral(".schema3.bak"));
}

void TestOutputGuard::refusesTheWorkspaceByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("says");
    QTest::newRow("workspace") << "acme.kingside"
                               << "is the open workspace";
    QTest::newRow("via ..") << "elsewhere/../acme.kingside"
                            << "is the open workspace";
    QTest::newRow("-wal") << "acme.kingside-wal"
                          << "is part of the open workspace";
    QTest::newRow("-shm (not there yet)") << "acme.kingside-shm"
                                          << "is part of the open workspace";
    QTest::newRow("-journal") << "acme.kingside-journal"
                              << "is part of the open workspace";
    QTest::newRow("schemaN.bak") << "acme.kingside.schema3.bak"
                                 << "is a backup";
    QTest::newRow("schemaN-M.bak") << "acme.kingside.schema2-4.bak"
                                   << "is a backup";
    QTest::newRow("any .bak") << "acme.kingside.before-import.bak"
                              << "is a backup";
}

void TestOutputGuard::refusesTheWorkspaceByName()
{
    QFETCH(QString, name);
    QFETCH(QString, says);
    const QString output = path(name);
    const QString refusal = OutputGuard::refusal(output, m_workspace);
    QVERIFY2(refusal.contains(says), qPrintable(refusal));
    QVERIFY2(refusal.contains(QDir::toNativeSeparators(output)), qPrintable(refusal));
    QVERIFY2(refusal.contains(QStringLiteral("Nothing was written")), qPrintable(refusal));
    // Relative to the current folder too.
    QVERIFY(QDir::setCurrent(m_dir->path()));
    QVERIFY(!OutputGuard::refusal(name, QStringLiteral("acme.kingside")).isEmpty());
    QVERIFY(!OutputGuard::refusal(name, m_workspace).isEmpty());
}

void TestOutputGuard::refusesLinksToTheWorkspace_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("says");
    QTest::newRow("symlink") << "symlink"
                             << "acme.kingside"
                             << "is the open workspace";
    QTest::newRow("dangling symlink to -shm") << "symlink"
                                              << "acme.kingside-shm"
                                              << "is part of the open workspace";
    QTest::newRow("hard link") << "hardlink"
                               << "acme.kingside"
                               << "under another name";
    QTest::newRow("hard link to the -wal") << "hardlink"
                                           << "acme.kingside-wal"
                                           << "is part of the open workspace";
    QTest::newRow("hard link to a backup") << "hardlink"
                                           << "acme.kingside.schema3.bak"
                                           << "is a backup";
}

void TestOutputGuard::refusesLinksToTheWorkspace()
{
    QFETCH(QString, kind);
    QFETCH(QString, target);
    QFETCH(QString, says);
    const QString output = path(QStringLiteral("elsewhere/map.pdf"));
    const QByteArray from = QFile::encodeName(path(target));
    const QByteArray to = QFile::encodeName(output);
    if (kind == QLatin1String("symlink"))
        QCOMPARE(::symlink(from.constData(), to.constData()), 0);
    else
        QCOMPARE(::link(from.constData(), to.constData()), 0);
    const QString refusal = OutputGuard::refusal(output, m_workspace);
    QVERIFY2(refusal.contains(says), qPrintable(refusal));
    QVERIFY2(refusal.contains(QDir::toNativeSeparators(output)), qPrintable(refusal));
    QVERIFY2(refusal.contains(QDir::toNativeSeparators(m_workspace)), qPrintable(refusal));
}

void TestOutputGuard::refusesThroughALinkedWorkspace()
{
    // The workspace opened through a link: its real file, and the companions SQLite keeps
    // beside the real file, are refused too.
    const QString link = path(QStringLiteral("elsewhere/link.kingside"));
    QCOMPARE(
        ::symlink(QFile::encodeName(m_workspace).constData(), QFile::encodeName(link).constData()),
        0);
    QVERIFY(!OutputGuard::refusal(m_workspace, link).isEmpty());
    QVERIFY(!OutputGuard::refusal(m_workspace + QStringLiteral("-shm"), link).isEmpty());
    QVERIFY(!OutputGuard::refusal(link, link).isEmpty());
    QVERIFY(!OutputGuard::refusal(link + QStringLiteral("-wal"), link).isEmpty());
    QVERIFY(OutputGuard::refusal(path(QStringLiteral("elsewhere/map.csv")), link).isEmpty());
}

void TestOutputGuard::allowsOtherFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("beside it") << "acme.csv";
    QTest::newRow("same name, other folder") << "elsewhere/acme.kingside";
    QTest::newRow("name continued") << "acme.kingside.csv";
    QTest::newRow(".bak not at the end") << "acme.kingside.bak.pdf";
    QTest::newRow("another workspace's backup") << "other.kingside.schema3.bak";
    QTest::newRow("a copy of the workspace") << "copy.kingside";
}

void TestOutputGuard::allowsOtherFiles()
{
    QFETCH(QString, name);
    // A copy has other bytes on disk: not the same file, so it may be replaced.
    QVERIFY(QFile::copy(m_workspace, path(QStringLiteral("copy.kingside"))));
    const QString refusal = OutputGuard::refusal(path(name), m_workspace);
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    QVERIFY(OutputGuard::refusal(path(name), QString()).isEmpty());
}

void TestOutputGuard::refusesFoldersAndMissingFolders()
{
    const QString folder = path(QStringLiteral("elsewhere"));
    QString refusal = OutputGuard::refusal(folder, m_workspace);
    QVERIFY2(refusal.contains(QStringLiteral("is a folder")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QDir::toNativeSeparators(folder)), qPrintable(refusal));
    const QString missing = path(QStringLiteral("no/such/folder/map.csv"));
    refusal = OutputGuard::refusal(missing, QString());
    QVERIFY2(refusal.contains(QStringLiteral("does not exist")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QDir::toNativeSeparators(path(QStringLiteral("no/such/folder")))),
             qPrintable(refusal));
    QVERIFY(!OutputGuard::refusal(QString(), m_workspace).isEmpty());
}

QTEST_GUILESS_MAIN(TestOutputGuard)
#include "TestOutputGuard.moc"
