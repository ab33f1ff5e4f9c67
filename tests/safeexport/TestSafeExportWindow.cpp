// The window's exports (README "Exports never overwrite the workspace, and are complete or
// absent"): the board as PDF, SVG and PNG, the review pack and the portfolio chart refuse
// the workspace and links to it; drawn in memory, they leave the previous file as it was
// when the disk is full (an injected SaveFile::System that fails with ENOSPC, since paint
// devices report no write errors of their own); and they create files 0600.
#include "TestWorkspace.h"

#include "demo/DemoBuilder.h"
#include "exchange/SaveFile.h"
#include "portfolio/PortfolioChartExport.h"
#include "print/BoardExport.h"
#include "print/PageSetup.h"
#include "print/PrintContext.h"
#include "print/ReviewPack.h"
#include "scoring/Portfolio.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

using namespace Kingside;
using namespace Kingside::Test;

namespace {

class FullDisk : public SaveFile::System
{
public:
    int write(int fd, const char *data, qint64 size) override
    {
        System::write(fd, data, qMin<qint64>(size, 100)); // a cut-short file, then full
        return ENOSPC;
    }
};

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("(missing)");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

int modeOf(const QString &path)
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

const QStringList Writers{QStringLiteral("pdf"),       QStringLiteral("svg"),
                          QStringLiteral("png"),       QStringLiteral("review-pdf"),
                          QStringLiteral("chart.pdf"), QStringLiteral("chart.svg"),
                          QStringLiteral("chart.png")};

} // namespace

class TestSafeExportWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesTheWorkspace_data();
    void refusesTheWorkspace();
    void fullDiskLeavesThePreviousFile_data();
    void fullDiskLeavesThePreviousFile();
    void createdFilesArePrivate_data();
    void createdFilesArePrivate();

private:
    void addWriterRows();
    bool writeAs(const QString &writer, const QString &path, QString *error) const;

    std::unique_ptr<TestWorkspace> m_ws;
    std::optional<PrintContext> m_context;
    QList<PortfolioEntry> m_entries;
    QTemporaryDir m_dir;
};

void TestSafeExportWindow::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>(TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    QString error;
    m_context =
        PrintContext::load(m_ws->workspace(), m_ws->accountId(DemoBuilder::largestAccountName()),
                           fixedToday(), &error);
    QVERIFY2(m_context, qPrintable(error));
    const auto inputs = Portfolio::load(m_ws->workspace().database(), QString(), &error);
    QVERIFY2(inputs, qPrintable(error));
    m_entries = Portfolio::ranked(Portfolio::compute(*inputs));
    QVERIFY(m_dir.isValid());
    // Links to the workspace under export-like names.
    for (const char *name : {"symlink.pdf", "symlink.svg", "symlink.png"})
        QCOMPARE(::symlink(QFile::encodeName(m_ws->path()).constData(),
                           QFile::encodeName(m_dir.filePath(QLatin1String(name))).constData()),
                 0);
    QCOMPARE(::link(QFile::encodeName(m_ws->path()).constData(),
                    QFile::encodeName(m_dir.filePath(QStringLiteral("hardlink.pdf"))).constData()),
             0);
}

bool TestSafeExportWindow::writeAs(const QString &writer, const QString &path, QString *error) const
{
    if (writer == QLatin1String("pdf"))
        return BoardExport::writePdf(*m_context, PageSetup(), path, error);
    if (writer == QLatin1String("svg"))
        return BoardExport::writeSvg(*m_context, path, error);
    if (writer == QLatin1String("png"))
        return BoardExport::writePng(*m_context, 30, path, error);
    if (writer == QLatin1String("review-pdf"))
        return ReviewPack(m_ws->workspace(), m_context->data.account.id, fixedToday())
            .write(PageSetup(), path, error);
    return PortfolioChartExport::write(path, m_ws->path(), m_entries, QStringLiteral("Portfolio"),
                                       PortfolioMatrixRenderer::BubbleSize::AnnualSales, error);
}

void TestSafeExportWindow::refusesTheWorkspace_data()
{
    QTest::addColumn<QString>("writer");
    QTest::addColumn<QString>("output");
    for (const QString &writer : Writers) {
        const QString suffix =
            writer.startsWith(QLatin1String("chart."))
                ? writer.mid(6)
                : (writer == QLatin1String("review-pdf") ? QStringLiteral("pdf") : writer);
        QTest::addRow("%s over a symlink", qPrintable(writer))
            << writer << m_dir.filePath(QStringLiteral("symlink.") + suffix);
        if (suffix == QLatin1String("pdf"))
            QTest::addRow("%s over a hard link", qPrintable(writer))
                << writer << m_dir.filePath(QStringLiteral("hardlink.pdf"));
        if (!writer.startsWith(QLatin1String("chart."))) { // the chart wants .png/.svg/.pdf
            QTest::addRow("%s over the workspace", qPrintable(writer)) << writer << m_ws->path();
            QTest::addRow("%s over its -wal", qPrintable(writer))
                << writer << m_ws->path() + QStringLiteral("-wal");
            QTest::addRow("%s over a backup", qPrintable(writer))
                << writer << m_ws->path() + QStringLiteral(".schema2-4.bak");
        }
    }
}

void TestSafeExportWindow::refusesTheWorkspace()
{
    QFETCH(QString, writer);
    QFETCH(QString, output);
    const QByteArray before = hashOf(m_ws->path());
    QString error;
    QVERIFY(!writeAs(writer, output, &error));
    QVERIFY2(error.contains(QStringLiteral("open workspace")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(output)), qPrintable(error));
    QCOMPARE(hashOf(m_ws->path()), before);
    QVERIFY(m_ws->workspace().isOpen());
}

void TestSafeExportWindow::fullDiskLeavesThePreviousFile_data()
{
    QTest::addColumn<QString>("writer");
    for (const QString &writer : Writers)
        QTest::newRow(qPrintable(writer)) << writer;
}

void TestSafeExportWindow::fullDiskLeavesThePreviousFile()
{
    QFETCH(QString, writer);
    QTemporaryDir dir;
    const QString output =
        dir.filePath(QStringLiteral("export.") +
                     writer.section(QLatin1Char('.'), -1)
                         .replace(QStringLiteral("review-pdf"), QStringLiteral("pdf")));
    {
        QFile file(output);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the previous export");
    }
    FullDisk full;
    const SaveFile::ScopedSystem installed(&full);
    QString error;
    QVERIFY(!writeAs(writer, output, &error));
    QVERIFY2(error.contains(QStringLiteral("the disk is full")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(output)), qPrintable(error));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("the previous export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestSafeExportWindow::createdFilesArePrivate_data()
{
    fullDiskLeavesThePreviousFile_data();
}

void TestSafeExportWindow::createdFilesArePrivate()
{
    QFETCH(QString, writer);
    QTemporaryDir dir;
    const QString output =
        dir.filePath(QStringLiteral("export.") +
                     writer.section(QLatin1Char('.'), -1)
                         .replace(QStringLiteral("review-pdf"), QStringLiteral("pdf")));
    const mode_t previous = ::umask(022);
    QString error;
    const bool written = writeAs(writer, output, &error);
    ::umask(previous);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(modeOf(output), 0600);
    QVERIFY(QFileInfo(output).size() > 100);
}

QTEST_MAIN(TestSafeExportWindow)
#include "TestSafeExportWindow.moc"
