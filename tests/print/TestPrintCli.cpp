// `kingside export … --format pdf|svg|png|review-pdf` run as a user runs it, checked with
// poppler-utils: pdfinfo (page size, page count), pdffonts (fonts embedded) and
// pdftotext (header, legend, grid labels, review pack sections).
#include "CliRun.h"

#include <algorithm>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Kingside::Test;

namespace {
const QString Largest = QStringLiteral("Halvorsen Maritime Group");

// Every program, kingside and poppler-utils alike, runs on a fixed day and the offscreen
// platform.
const CliOptions RunOptions{
    .environment = {{QStringLiteral("KINGSIDE_TODAY"), QStringLiteral("2026-06-15")},
                    {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}},
    .timeoutSeconds = 300};
const CliProgram kingside(QStringLiteral(KINGSIDE_EXECUTABLE), RunOptions);

QString pdfInfo(const QString &path, const QString &key)
{
    const CliRun info = runCli(QStringLiteral("pdfinfo"), {path}, RunOptions);
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(key),
                                  QRegularExpression::MultilineOption);
    return line.match(info.text()).captured(1).trimmed();
}

// The text in reading order, ligatures (ﬁ, ﬂ) spelt out.
QString pdfText(const QString &path)
{
    QString text =
        runCli(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, RunOptions).text();
    text.replace(QChar(0xFB01), QStringLiteral("fi"));
    text.replace(QChar(0xFB02), QStringLiteral("fl"));
    return text;
}
// The names of one side of the largest account, read from the workspace file itself.
QStringList peopleOf(const QString &workspace, const QString &side)
{
    QStringList names;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("names"));
        db.setDatabaseName(workspace);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT p.name FROM people p JOIN accounts a ON "
                                         "a.id = p.account_id WHERE a.name = ? AND p.side = ?"));
            query.addBindValue(Largest);
            query.addBindValue(side);
            query.exec();
            while (query.next())
                names.append(query.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("names"));
    return names;
}

// `pdftotext -layout`: the text where it stands on the page, one page per form feed.
QString pdfLayoutText(const QString &path)
{
    QString text = runCli(QStringLiteral("pdftotext"),
                          {QStringLiteral("-layout"), path, QStringLiteral("-")}, RunOptions)
                       .text();
    text.replace(QChar(0xFB01), QStringLiteral("fi"));
    text.replace(QChar(0xFB02), QStringLiteral("fl"));
    return text;
}

// Page `page` (from 1) of a PDF rendered by pdftoppm at `dpi`.
QImage pdfPage(const QString &pdf, int page, int dpi, const QString &prefix)
{
    const CliRun run = runCli(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                               QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                               QString::number(page), QStringLiteral("-singlefile"), pdf, prefix},
                              RunOptions);
    if (run.exitCode != 0)
        return {};
    return QImage(prefix + QStringLiteral(".png"));
}

// The share of the printable area (the page less its 10 mm margins) the map takes: the
// bounding box of the faint mat MapPrinter lays under the whole map (rail, labels and
// board) and of the board's squares, found pixel by pixel.
qreal boardShare(const QImage &image, int dpi)
{
    const auto near = [](QRgb pixel, QRgb colour) {
        return qAbs(qRed(pixel) - qRed(colour)) <= 2 && qAbs(qGreen(pixel) - qGreen(colour)) <= 2 &&
               qAbs(qBlue(pixel) - qBlue(colour)) <= 2;
    };
    const QList<QRgb> board{qRgb(0xFB, 0xF8, 0xF1), qRgb(0xF4, 0xEC, 0xDC), qRgb(0xDE, 0xCB, 0xA9)};
    QRect found;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (std::any_of(board.begin(), board.end(), [&](QRgb c) { return near(pixel, c); }))
                found |= QRect(x, y, 1, 1);
        }
    }
    const qreal margin = 10 / 25.4 * dpi;
    const qreal printable = (image.width() - 2 * margin) * (image.height() - 2 * margin);
    return qreal(found.width()) * found.height() / printable;
}
} // namespace

class TestPrintCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfFitsOneA3Page();
    void pdfTilesOverFourA4Pages();
    void pdfDropsLabelsIntoAKeyWhenTooSmall();
    void svgIsWellFormedWithTheAccount();
    void pngIsNotBlankAndMatchesTheResolution();
    void reviewPackHasEverySection();
    void a3MapNamesEveryPerson();
    void boardTakesMostOfThePage_data();
    void boardTakesMostOfThePage();
    void tiledPdfStaysSmall();
    void reviewPackListsAreCapped();
    void reviewPackMapShowsTheQuestionsMarks();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void failureLeavesAnExistingFileUntouched();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliRun exportAs(const QString &format, const QString &output, const QStringList &extra = {})
    {
        return kingside(
            QStringList{QStringLiteral("export"), m_workspace, QStringLiteral("--account"), Largest,
                        QStringLiteral("--format"), format, QStringLiteral("--output"), output} +
            extra);
    }

    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestPrintCli::initTestCase()
{
    for (const char *tool : {"pdfinfo", "pdffonts", "pdftotext"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 "poppler-utils must be installed");
    QVERIFY(m_dir.isValid());
    m_workspace = path(QStringLiteral("demo.kingside"));
    const CliRun demo = kingside({QStringLiteral("demo"), m_workspace});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestPrintCli::pdfFitsOneA3Page()
{
    const QString output = path(QStringLiteral("a3.pdf"));
    const CliRun result =
        exportAs(QStringLiteral("pdf"), output,
                 {QStringLiteral("--paper"), QStringLiteral("A3"), QStringLiteral("--landscape")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.text().contains(QStringLiteral("Wrote")));
    QCOMPARE(pdfInfo(output, QStringLiteral("Pages")), QStringLiteral("1"));
    // A3 landscape: 420 × 297 mm = 1190.55 × 841.89 pt.
    QVERIFY2(pdfInfo(output, QStringLiteral("Page size"))
                 .contains(QRegularExpression(QStringLiteral("^119[01](\\.\\d+)? x 84[12]"))),
             qPrintable(pdfInfo(output, QStringLiteral("Page size"))));

    // Every font embedded (the "emb" column says "yes" on each font line).
    const CliRun fonts = runCli(QStringLiteral("pdffonts"), {output}, RunOptions);
    QCOMPARE(fonts.exitCode, 0);
    const QStringList lines = fonts.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!lines.isEmpty(), "the map has text in fonts");
    for (const QString &line : lines) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        // name type [encoding…] emb sub uni object ID: emb is the 5th from the end.
        QVERIFY2(columns.size() >= 6, qPrintable(line));
        QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
    }

    const QString text = pdfText(output).simplified();
    QVERIFY(text.contains(Largest));                  // header: account
    QVERIFY(text.contains(QStringLiteral("Stage:"))); // header: stage
    QVERIFY(text.contains(QLocale().toString(QDate(2026, 6, 15), QLocale::LongFormat)));
    QVERIFY(text.contains(QStringLiteral("Workspace: demo")));
    QVERIFY(text.contains(QStringLiteral("Tier")));
    QVERIFY(text.contains(QStringLiteral("Pieces: decision role"))); // the legend
    QVERIFY(text.contains(QStringLiteral("King: final decision maker")));
    QVERIFY(text.contains(QStringLiteral("CONFIDENTIAL")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
    QVERIFY(!text.contains(QStringLiteral(" of 1×1")));
}

void TestPrintCli::pdfTilesOverFourA4Pages()
{
    const QString output = path(QStringLiteral("tiles.pdf"));
    const CliRun result =
        exportAs(QStringLiteral("pdf"), output, {QStringLiteral("--tiles"), QStringLiteral("2x2")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(pdfInfo(output, QStringLiteral("Pages")), QStringLiteral("4"));
    QVERIFY2(pdfInfo(output, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")),
             qPrintable(pdfInfo(output, QStringLiteral("Page size"))));
    // Portrait unless --landscape: 595.28 × 841.89 pt.
    QVERIFY(pdfInfo(output, QStringLiteral("Page size"))
                .contains(QRegularExpression(QStringLiteral("^595(\\.\\d+)? x 842"))));
    const QString text = pdfText(output);
    const QStringList pages = text.split(QLatin1Char('\f'));
    QVERIFY(pages.size() >= 4);
    const QStringList labels{QStringLiteral("A1 of 2×2"), QStringLiteral("B1 of 2×2"),
                             QStringLiteral("A2 of 2×2"), QStringLiteral("B2 of 2×2")};
    for (int i = 0; i < 4; ++i) {
        const QString page = pages[i].simplified(); // words the extractor broke over lines
        QVERIFY2(page.contains(labels[i]), qPrintable(labels[i]));
        QVERIFY(page.contains(QStringLiteral("Page %1 of 4").arg(i + 1)));
        QVERIFY(page.contains(Largest));
        QVERIFY(page.contains(QStringLiteral("Pieces: decision role")));
        QVERIFY(page.contains(QStringLiteral("CONFIDENTIAL")));
        for (int other = 0; other < 4; ++other)
            QCOMPARE(page.contains(QStringLiteral("Sheet ") + labels[other]), other == i);
    }
    // Neighbours are named at the inner edges for assembly.
    QVERIFY(pages[0].contains(QStringLiteral("B1 →")));
    QVERIFY(pages[0].contains(QStringLiteral("↓ A2")));
    QVERIFY(pages[3].contains(QStringLiteral("← A2")));
    QVERIFY(pages[3].contains(QStringLiteral("↑ B1")));
}

void TestPrintCli::pdfDropsLabelsIntoAKeyWhenTooSmall()
{
    // 60 people on one A4 portrait page: their labels would print below 6 pt.
    const QString small = path(QStringLiteral("small.pdf"));
    QVERIFY(exportAs(QStringLiteral("pdf"), small).exitCode == 0);
    const QString keyed = pdfText(small).simplified();
    QVERIFY(keyed.contains(QStringLiteral("Numbers on the pieces")));
    QVERIFY(keyed.contains(QStringLiteral("Ingrid Halvorsen")));
    // Over 3 × 3 landscape pages the labels are large enough: no key.
    const QString large = path(QStringLiteral("large.pdf"));
    QVERIFY(
        exportAs(QStringLiteral("pdf"), large,
                 {QStringLiteral("--landscape"), QStringLiteral("--tiles"), QStringLiteral("3x3")})
            .exitCode == 0);
    const QString labelled = pdfText(large).simplified();
    QVERIFY(!labelled.contains(QStringLiteral("Numbers on the pieces")));
    QVERIFY(labelled.contains(QStringLiteral("Halvorsen")));
}

void TestPrintCli::svgIsWellFormedWithTheAccount()
{
    const QString output = path(QStringLiteral("map.svg"));
    const CliRun result = exportAs(QStringLiteral("svg"), output);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    bool svgRoot = false;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
            svgRoot = true;
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svgRoot);
    QVERIFY(text.contains(Largest));
    QVERIFY(text.contains(QStringLiteral("Pieces: decision role")));
}

void TestPrintCli::pngIsNotBlankAndMatchesTheResolution()
{
    const QString low = path(QStringLiteral("map96.png"));
    const QString high = path(QStringLiteral("map192.png"));
    QVERIFY(exportAs(QStringLiteral("png"), low, {QStringLiteral("--dpi"), QStringLiteral("96")})
                .exitCode == 0);
    const CliRun result =
        exportAs(QStringLiteral("png"), high, {QStringLiteral("--dpi"), QStringLiteral("192")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QImage small(low);
    const QImage large(high);
    QVERIFY(!small.isNull() && !large.isNull());
    QVERIFY(small.width() > 600 && small.height() > 400);
    QVERIFY(qAbs(large.width() - 2 * small.width()) <= 2);
    QVERIFY(qAbs(large.height() - 2 * small.height()) <= 2);
    QCOMPARE(qRound(large.dotsPerMeterX() * 0.0254), 192);
    QSet<QRgb> colours;
    int white = 0;
    int samples = 0;
    for (int y = 0; y < large.height(); y += 3) {
        for (int x = 0; x < large.width(); x += 3) {
            const QRgb pixel = large.pixel(x, y);
            colours.insert(pixel);
            white += pixel == qRgb(255, 255, 255) ? 1 : 0;
            ++samples;
        }
    }
    QVERIFY2(colours.size() > 500, qPrintable(QString::number(colours.size())));
    QVERIFY(white < samples * 0.8);
}

void TestPrintCli::reviewPackHasEverySection()
{
    const QString output = path(QStringLiteral("review.pdf"));
    const CliRun result = exportAs(QStringLiteral("review-pdf"), output);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(pdfInfo(output, QStringLiteral("Pages")).toInt() >= 4);
    const QString text = pdfText(output).simplified();
    for (const QString &title :
         {QStringLiteral("Account review pack"), QStringLiteral("Contents"),
          QStringLiteral("Key questions"), QStringLiteral("Coverage by department and level"),
          QStringLiteral("Account plan"), QStringLiteral("Objectives"), QStringLiteral("Actions"),
          QStringLiteral("Comments of the last review"),
          QStringLiteral("Changes since the previous review"),
          QStringLiteral("Pieces: decision role")})
        QVERIFY2(text.contains(title), qPrintable(title));
    // The King in check is the answer to the first question.
    QVERIFY(text.contains(QStringLiteral("Ingrid Halvorsen")));
    const int pages = pdfInfo(output, QStringLiteral("Pages")).toInt();
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    const CliRun fonts = runCli(QStringLiteral("pdffonts"), {output}, RunOptions);
    for (const QString &line : fonts.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2)) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
    }
}

void TestPrintCli::badInputWritesNothing_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("unwritable");
    QTest::newRow("unknown paper")
        << QStringLiteral("pdf") << QStringList{QStringLiteral("--paper"), QStringLiteral("A5")}
        << QStringLiteral("A5") << false;
    QTest::newRow("tiles 0x2") << QStringLiteral("pdf")
                               << QStringList{QStringLiteral("--tiles"), QStringLiteral("0x2")}
                               << QStringLiteral("0x2") << false;
    QTest::newRow("tiles 30x30") << QStringLiteral("pdf")
                                 << QStringList{QStringLiteral("--tiles"), QStringLiteral("30x30")}
                                 << QStringLiteral("30×30") << false;
    QTest::newRow("dpi 0") << QStringLiteral("png")
                           << QStringList{QStringLiteral("--dpi"), QStringLiteral("0")}
                           << QStringLiteral("--dpi") << false;
    QTest::newRow("tiles for svg")
        << QStringLiteral("svg") << QStringList{QStringLiteral("--tiles"), QStringLiteral("2x2")}
        << QStringLiteral("svg") << false;
    QTest::newRow("unwritable pdf")
        << QStringLiteral("pdf") << QStringList{} << QStringLiteral("no-such-folder") << true;
    QTest::newRow("unwritable png")
        << QStringLiteral("png") << QStringList{} << QStringLiteral("no-such-folder") << true;
    QTest::newRow("unwritable review") << QStringLiteral("review-pdf") << QStringList{}
                                       << QStringLiteral("no-such-folder") << true;
}

void TestPrintCli::badInputWritesNothing()
{
    QFETCH(QString, format);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    QFETCH(bool, unwritable);
    const QString output = unwritable
                               ? path(QStringLiteral("no-such-folder/out.") + format)
                               : path(QStringLiteral("bad-%1.out").arg(QTest::currentDataTag()));
    const CliRun result = exportAs(format, output, extra);
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(output));
    // Nothing left behind beside the target either (no temporary files).
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("bad-*")}, QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestPrintCli::failureLeavesAnExistingFileUntouched()
{
    const QString output = path(QStringLiteral("keep.pdf"));
    {
        QFile file(output);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("previous content");
    }
    const CliRun result = exportAs(QStringLiteral("pdf"), output,
                                   {QStringLiteral("--tiles"), QStringLiteral("25x1")});
    QVERIFY(result.exitCode != 0);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("previous content"));
    // And an unknown account is named.
    const CliRun unknown =
        kingside({QStringLiteral("export"), m_workspace, QStringLiteral("--account"),
                  QStringLiteral("Nobody Ltd"), QStringLiteral("--format"), QStringLiteral("pdf"),
                  QStringLiteral("--output"), output});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY(unknown.err.contains(QStringLiteral("Nobody Ltd")));
}

void TestPrintCli::a3MapNamesEveryPerson()
{
    const QString output = path(QStringLiteral("names-a3.pdf"));
    const CliRun result =
        exportAs(QStringLiteral("pdf"), output,
                 {QStringLiteral("--paper"), QStringLiteral("A3"), QStringLiteral("--landscape")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString text = pdfLayoutText(output);
    const QStringList clients = peopleOf(m_workspace, QStringLiteral("client"));
    QVERIFY(clients.size() >= 60);
    // Every client person by name where they stand (-layout keeps a name's words together),
    // and no key: names are not replaced by numbers.
    for (const QString &name : clients)
        QVERIFY2(text.contains(name), qPrintable(name));
    QVERIFY(!text.contains(QStringLiteral("Numbers on the pieces")));
    // The rail: our team by name and role.
    for (const QString &name : peopleOf(m_workspace, QStringLiteral("team")))
        QVERIFY2(text.contains(name), qPrintable(name));
    QVERIFY(text.contains(QStringLiteral("Account manager")));
    QVERIFY(text.contains(QStringLiteral("Executive sponsor")));
    // Names print at 6 pt or more: pdftotext -bbox gives each word's box, whose height is
    // the font's ascent plus descent (DejaVu Sans: 1.16 em), so at least 6.5 pt.
    const QString boxes = runCli(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-bbox"), output, QStringLiteral("-")}, RunOptions)
                              .text();
    const QRegularExpression word(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" "
                                                 "xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)<"));
    QSet<QString> nameWords;
    for (const QString &name : clients)
        for (const QString &part : name.split(QLatin1Char(' ')))
            nameWords.insert(part);
    int measured = 0;
    qreal smallest = 1000;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!nameWords.contains(m.captured(5)))
            continue;
        smallest = qMin(smallest, m.captured(4).toDouble() - m.captured(2).toDouble());
        ++measured;
    }
    QVERIFY(measured >= 2 * clients.size());
    QVERIFY2(smallest >= 6 * 1.08, qPrintable(QString::number(smallest)));
    // The footer names the account, as the header does.
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto footer = std::find_if(lines.begin(), lines.end(), [](const QString &line) {
        return line.contains(QStringLiteral("CONFIDENTIAL"));
    });
    QVERIFY(footer != lines.end());
    QVERIFY2(footer->contains(Largest), qPrintable(*footer));
}

void TestPrintCli::boardTakesMostOfThePage_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("page");
    QTest::newRow("A3 landscape") << QStringList{QStringLiteral("--paper"), QStringLiteral("A3"),
                                                 QStringLiteral("--landscape")}
                                  << 1;
    QTest::newRow("A3 landscape 2x2, sheet B2")
        << QStringList{QStringLiteral("--paper"), QStringLiteral("A3"),
                       QStringLiteral("--landscape"), QStringLiteral("--tiles"),
                       QStringLiteral("2x2")}
        << 4;
}

void TestPrintCli::boardTakesMostOfThePage()
{
    QFETCH(QStringList, options);
    QFETCH(int, page);
    const QString output = path(QStringLiteral("share.pdf"));
    const CliRun result = exportAs(QStringLiteral("pdf"), output, options);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    constexpr int Dpi = 40;
    const QImage image = pdfPage(output, page, Dpi, path(QStringLiteral("share")));
    QVERIFY(!image.isNull());
    const qreal share = boardShare(image, Dpi);
    QVERIFY2(
        share >= 0.65,
        qPrintable(
            QStringLiteral("the map takes %1% of the printable area").arg(share * 100, 0, 'f', 1)));
}

void TestPrintCli::tiledPdfStaysSmall()
{
    // Each sheet draws what shows on it, not the whole board clipped away. Four A4 sheets
    // then cost a little over twice the whole map with every name on one A3 page (the
    // overlaps, and legend and text on each sheet), not four times (4.1 MB before sheets
    // were clipped).
    const QString one = path(QStringLiteral("one.pdf"));
    const QString tiles = path(QStringLiteral("tiles-size.pdf"));
    QVERIFY(
        exportAs(QStringLiteral("pdf"), one,
                 {QStringLiteral("--paper"), QStringLiteral("A3"), QStringLiteral("--landscape")})
            .exitCode == 0);
    QVERIFY(
        exportAs(QStringLiteral("pdf"), tiles,
                 {QStringLiteral("--landscape"), QStringLiteral("--tiles"), QStringLiteral("2x2")})
            .exitCode == 0);
    const qint64 oneSize = QFileInfo(one).size();
    const qint64 tilesSize = QFileInfo(tiles).size();
    QVERIFY(oneSize > 0);
    QVERIFY2(tilesSize < 2.6 * oneSize && tilesSize < 3'000'000,
             qPrintable(QStringLiteral("one A3 page %1 bytes, 2x2 A4 tiles %2 bytes")
                            .arg(oneSize)
                            .arg(tilesSize)));
}

void TestPrintCli::reviewPackListsAreCapped()
{
    // Half a year on from the demo's day, many of our lines have cooled.
    CliOptions later = RunOptions;
    later.environment.insert(QStringLiteral("KINGSIDE_TODAY"), QStringLiteral("2026-12-01"));
    const QString output = path(QStringLiteral("review-capped.pdf"));
    const CliRun result = CliProgram(QStringLiteral(KINGSIDE_EXECUTABLE), later)(
        {QStringLiteral("export"), m_workspace, QStringLiteral("--account"), Largest,
         QStringLiteral("--format"), QStringLiteral("review-pdf"), QStringLiteral("--output"),
         output});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString text = pdfText(output).simplified();
    // Question 9 counts the cooling lines; the pack lists the worst ten and the rest.
    const QRegularExpression cooling(QStringLiteral("(\\d+) of our \\d+ lines are cooling"));
    const QRegularExpressionMatch counted = cooling.match(text);
    QVERIFY(counted.hasMatch());
    const int lines = counted.captured(1).toInt();
    QVERIFY2(lines > 10, "the demo's largest account has many cooling lines");
    const QString more = QStringLiteral("… and %1 more (%2 in all).").arg(lines - 10).arg(lines);
    const qsizetype end = text.indexOf(more, counted.capturedStart());
    QVERIFY2(end > 0, qPrintable(text.mid(counted.capturedStart(), 1500)));
    // Counted between question 9's answer and its "… and N more": other questions list
    // lines too.
    const QString list = text.mid(counted.capturedStart(), end - counted.capturedStart());
    const QRegularExpression listed(
        QStringLiteral("strength \\d, (last contact \\d+ days? ago|no contact recorded)"));
    int shown = 0;
    for (auto it = listed.globalMatch(list); it.hasNext(); it.next())
        ++shown;
    QCOMPARE(shown, 10);
    // No list anywhere in the pack is longer than ten: every "… and N more" follows ten.
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("and 0 more"))));
}

void TestPrintCli::reviewPackMapShowsTheQuestionsMarks()
{
    const QString output = path(QStringLiteral("review-marks.pdf"));
    QVERIFY(exportAs(QStringLiteral("review-pdf"), output).exitCode == 0);
    const QStringList pages = pdfText(output).split(QLatin1Char('\f'));
    QVERIFY(pages.size() > 2);
    const QString map = pages[1].simplified();
    // The legend's Marks section lists the marks that are on the map, and the map has the
    // King's CHECK ring.
    for (const QString &mark :
         {QStringLiteral("Marks"), QStringLiteral("King in check"),
          QStringLiteral("Single-threaded: one of us knows them"), QStringLiteral("CHECK")})
        QVERIFY2(map.contains(mark), qPrintable(mark));
    // The answers say where to look.
    const QString answers = pages.mid(2).join(QLatin1Char(' ')).simplified();
    QVERIFY(answers.contains(QStringLiteral("On the map: the red ring marked CHECK.")));
    QVERIFY(answers.contains(QStringLiteral("On the map: orange dashed rings.")));
}

QTEST_MAIN(TestPrintCli)
#include "TestPrintCli.moc"
