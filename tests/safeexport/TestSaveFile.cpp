// SaveFile: complete or absent, private from creation (README "Exports never overwrite the
// workspace, and are complete or absent"). A full disk is simulated by an injected
// SaveFile::System whose calls fail with ENOSPC; no real disk is filled here.
#include "exchange/SaveFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

using namespace Kingside;

namespace {

// Fails one step as a full (or broken) disk does; a write takes `accepted` bytes first, so
// a cut-short temporary file exists when it fails.
class FailingSystem : public SaveFile::System
{
public:
    enum class Step
    {
        Write,
        Sync,
        Close,
        Rename
    };
    FailingSystem(Step step, int errorNumber) : m_step(step), m_error(errorNumber) {}

    int write(int fd, const char *data, qint64 size) override
    {
        if (m_step != Step::Write)
            return System::write(fd, data, size);
        System::write(fd, data, qMin<qint64>(size, 10));
        return m_error;
    }
    int sync(int fd) override { return m_step == Step::Sync ? m_error : System::sync(fd); }
    int close(int fd) override
    {
        const int closed = System::close(fd);
        return m_step == Step::Close ? m_error : closed;
    }
    int rename(const QByteArray &from, const QByteArray &to) override
    {
        return m_step == Step::Rename ? m_error : System::rename(from, to);
    }

private:
    Step m_step;
    int m_error;
};

int modeOf(const QString &path)
{
    struct stat status;
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

// Sets the umask for one test and puts the previous one back.
struct ScopedUmask
{
    explicit ScopedUmask(mode_t mask) : previous(::umask(mask)) {}
    ~ScopedUmask() { ::umask(previous); }
    mode_t previous;
};

} // namespace

Q_DECLARE_METATYPE(FailingSystem::Step)

class TestSaveFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesTheWholeContent();
    void newFileIs0600UnderUmask022();
    void replacedFileBecomes0600();
    void failureLeavesThePreviousFile_data();
    void failureLeavesThePreviousFile();
    void fullDiskLeavesNoFileWhereThereWasNone();
    void writesThroughASymbolicLink();
    void refusesFoldersAndMissingFolders();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList entries() const
    {
        return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    const QByteArray m_content = QByteArray("name,side\r\n").repeated(2000);
};

void TestSaveFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSaveFile::writesTheWholeContent()
{
    QString error;
    QVERIFY2(SaveFile::write(path(QStringLiteral("people.csv")), m_content, &error),
             qPrintable(error));
    QCOMPARE(contentOf(path(QStringLiteral("people.csv"))), m_content);
    QCOMPARE(entries(), QStringList{QStringLiteral("people.csv")}); // no temporary left
}

void TestSaveFile::newFileIs0600UnderUmask022()
{
    const ScopedUmask umask(022);
    QString error;
    QVERIFY2(SaveFile::write(path(QStringLiteral("map.graphml")), m_content, &error),
             qPrintable(error));
    QCOMPARE(modeOf(path(QStringLiteral("map.graphml"))), 0600);
}

void TestSaveFile::replacedFileBecomes0600()
{
    const ScopedUmask umask(022);
    const QString target = path(QStringLiteral("people.csv"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
    }
    QVERIFY(::chmod(QFile::encodeName(target).constData(), 0644) == 0);
    QCOMPARE(modeOf(target), 0644);
    QString error;
    QVERIFY2(SaveFile::write(target, m_content, &error), qPrintable(error));
    QCOMPARE(modeOf(target), 0600);
    QCOMPARE(contentOf(target), m_content);
    // And once more over the 0600 file: it stays 0600.
    QVERIFY2(SaveFile::write(target, "again", &error), qPrintable(error));
    QCOMPARE(modeOf(target), 0600);
}

void TestSaveFile::failureLeavesThePreviousFile_data()
{
    QTest::addColumn<FailingSystem::Step>("step");
    QTest::addColumn<int>("errorNumber");
    QTest::addColumn<QString>("says");
    QTest::newRow("write, disk full")
        << FailingSystem::Step::Write << ENOSPC << QStringLiteral("the disk is full");
    QTest::newRow("write, quota") << FailingSystem::Step::Write << EDQUOT
                                  << QStringLiteral("the disk is full");
    QTest::newRow("sync, disk full")
        << FailingSystem::Step::Sync << ENOSPC << QStringLiteral("the disk is full");
    QTest::newRow("sync, I/O error")
        << FailingSystem::Step::Sync << EIO << QStringLiteral("could not be written");
    QTest::newRow("close, disk full")
        << FailingSystem::Step::Close << ENOSPC << QStringLiteral("the disk is full");
    QTest::newRow("rename") << FailingSystem::Step::Rename << EACCES
                            << QStringLiteral("could not be written");
}

void TestSaveFile::failureLeavesThePreviousFile()
{
    QFETCH(FailingSystem::Step, step);
    QFETCH(int, errorNumber);
    QFETCH(QString, says);
    const QString target = path(QStringLiteral("map.svg"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("previous export");
    }
    FailingSystem failing(step, errorNumber);
    const SaveFile::ScopedSystem installed(&failing);
    QString error;
    QVERIFY(!SaveFile::write(target, m_content, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(target)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("previous file")), qPrintable(error));
    QCOMPARE(contentOf(target), QByteArray("previous export"));
    QCOMPARE(entries(), QStringList{QStringLiteral("map.svg")}); // the temporary is gone
}

void TestSaveFile::fullDiskLeavesNoFileWhereThereWasNone()
{
    FailingSystem failing(FailingSystem::Step::Write, ENOSPC);
    const SaveFile::ScopedSystem installed(&failing);
    QString error;
    QVERIFY(!SaveFile::write(path(QStringLiteral("map.pdf")), m_content, &error));
    QVERIFY2(error.contains(QStringLiteral("the disk is full")), qPrintable(error));
    QVERIFY(entries().isEmpty());
}

void TestSaveFile::writesThroughASymbolicLink()
{
    const QString real = path(QStringLiteral("real.csv"));
    const QString link = path(QStringLiteral("link.csv"));
    {
        QFile file(real);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(::symlink(QFile::encodeName(real).constData(), QFile::encodeName(link).constData()),
             0);
    QString error;
    QVERIFY2(SaveFile::write(link, m_content, &error), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(contentOf(real), m_content);
}

void TestSaveFile::refusesFoldersAndMissingFolders()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder")));
    QString error;
    QVERIFY(!SaveFile::write(path(QStringLiteral("folder")), m_content, &error));
    QVERIFY2(error.contains(QStringLiteral("is a folder")), qPrintable(error));
    QVERIFY(!SaveFile::write(path(QStringLiteral("missing/out.csv")), m_content, &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QCOMPARE(entries(), QStringList());
}

QTEST_GUILESS_MAIN(TestSaveFile)
#include "TestSaveFile.moc"
