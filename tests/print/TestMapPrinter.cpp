#include "TestWorkspace.h"

#include "print/MapPrinter.h"
#include "print/PageSetup.h"
#include "print/PageSetupWidget.h"
#include "print/PrintContext.h"
#include "print/PrintController.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AnalysisStore.h"
#include "board/BoardLayout.h"
#include "board/BoardRenderer.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kingside;
using Kingside::Test::TestWorkspace;

namespace {
const QString Largest = QStringLiteral("Halvorsen Maritime Group");

// A page in MapPrinter's 96 dpi units.
QSizeF pageSizeOf(const PageSetup &setup)
{
    const QSizeF points = setup.pageLayout().fullRect(QPageLayout::Point).size();
    return points * MapPrinter::Dpi / 72.0;
}

bool inside(const QRectF &inner, const QRectF &outer)
{
    return outer.adjusted(-0.5, -0.5, 0.5, 0.5).contains(inner);
}
} // namespace

class TestMapPrinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paperAndGridLabels();
    void validateRefusesBadTiles();
    void contextHasTheHeaderFacts();
    void labelsFollowTheSixPointRule_data();
    void labelsFollowTheSixPointRule();
    void keyListsEveryPersonWhenLabelsAreDropped();
    void a3LandscapeNamesEveryoneWithoutAKey();
    void checkRingLeavesTheKingVisible();
    void tilesCoverTheBoardAndOverlap();
    void neighbouringTilesShowTheSameStrip();
    void pdfHasOnePagePerTile();
    void printerGetsTheSamePages();
    void pageSetupWidgetRoundTrips();

private:
    std::unique_ptr<TestWorkspace> m_ws;
    std::optional<PrintContext> m_context;
};

void TestMapPrinter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings of the print controller
    m_ws = std::make_unique<TestWorkspace>(TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    QString error;
    m_context = PrintContext::load(m_ws->workspace(), m_ws->accountId(Largest),
                                   Kingside::Test::fixedToday(), &error);
    QVERIFY2(m_context, qPrintable(error));
}

void TestMapPrinter::paperAndGridLabels()
{
    QCOMPARE(PageSetup::paperFromName(QStringLiteral("a3")), PageSetup::Paper::A3);
    QCOMPARE(PageSetup::paperFromName(QStringLiteral(" Letter ")), PageSetup::Paper::Letter);
    QVERIFY(!PageSetup::paperFromName(QStringLiteral("A5")));
    QCOMPARE(PageSetup::gridLabel(1, 1, 3, 2), QStringLiteral("B2 of 3×2"));
    QCOMPARE(PageSetup::gridLabel(0, 0, 1, 1), QStringLiteral("A1 of 1×1"));
    QCOMPARE(PageSetup::columnLetter(25), QStringLiteral("Z"));
    QCOMPARE(PageSetup::columnLetter(26), QStringLiteral("AA"));
    PageSetup a3;
    a3.paper = PageSetup::Paper::A3;
    a3.landscape = true;
    const QSizeF mm = a3.pageLayout().fullRect(QPageLayout::Millimeter).size();
    QCOMPARE(qRound(mm.width()), 420);
    QCOMPARE(qRound(mm.height()), 297);
}

void TestMapPrinter::validateRefusesBadTiles()
{
    PageSetup setup;
    QVERIFY(setup.validate().isEmpty());
    setup.columns = 0;
    setup.rows = 2;
    QVERIFY(setup.validate().contains(QStringLiteral("0×2")));
    setup.columns = 21;
    QVERIFY(!setup.validate().isEmpty());
    setup.columns = 2;
    setup.overlapMm = -1;
    QVERIFY(!setup.validate().isEmpty());
}

void TestMapPrinter::contextHasTheHeaderFacts()
{
    QCOMPARE(m_context->data.account.name, Largest);
    QCOMPARE(m_context->workspaceName, QFileInfo(m_ws->path()).completeBaseName());
    QCOMPARE(m_context->stage, displayName(m_context->data.account.stage));
    QCOMPARE(m_context->today, Kingside::Test::fixedToday());
    // The demo's King, Ingrid Halvorsen, is in check: the map marks her.
    QString error;
    const auto input = AnalysisStore(m_ws->workspace().database())
                           .load(m_context->data.account.id, m_context->today, &error);
    QVERIFY(input);
    const AccountAnalysis analysis = AccountAnalyzer::analyse(*input);
    QVERIFY(analysis.king.inCheck);
    QCOMPARE(m_context->highlights.value(HighlightKind::Check).people,
             QSet<qint64>{analysis.king.kingId});
    const MapPrinter printer(*m_context, PageSetup{});
    QVERIFY(printer.factsLine().contains(QStringLiteral("Stage: ") + m_context->stage));
    QVERIFY(printer.factsLine().contains(QStringLiteral("Workspace: ") + m_context->workspaceName));
}

void TestMapPrinter::labelsFollowTheSixPointRule_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("rows");
    QTest::newRow("A4 portrait fit") << int(PageSetup::Paper::A4) << false << 1 << 1;
    QTest::newRow("A3 landscape fit") << int(PageSetup::Paper::A3) << true << 1 << 1;
    QTest::newRow("A4 2x2") << int(PageSetup::Paper::A4) << false << 2 << 2;
    QTest::newRow("A4 landscape 3x3") << int(PageSetup::Paper::A4) << true << 3 << 3;
    QTest::newRow("Legal 2x1") << int(PageSetup::Paper::Legal) << true << 2 << 1;
}

void TestMapPrinter::labelsFollowTheSixPointRule()
{
    QFETCH(int, paper);
    QFETCH(bool, landscape);
    QFETCH(int, columns);
    QFETCH(int, rows);
    PageSetup setup;
    setup.paper = PageSetup::Paper(paper);
    setup.landscape = landscape;
    setup.columns = columns;
    setup.rows = rows;
    const MapPrinter printer(*m_context, setup);
    const QSizeF page = pageSizeOf(setup);
    const MapPrinter::Geometry g = printer.geometry(page);
    QVERIFY(g.boardScale > 0);
    // Names are shown exactly when every name and title fits at 6 pt at this scale, and
    // then the key is left out.
    QCOMPARE(g.labels, printer.labelsFit(g.boardScale));
    QCOMPARE(g.key.isEmpty(), g.labels);
    if (g.labels) {
        // Every client person's name is printed on the board, none elided.
        const QStringList texts = printer.boardTexts(page);
        for (const Person &person : m_context->data.clients)
            QVERIFY2(texts.contains(person.name), qPrintable(person.name));
        for (const Person &person : m_context->data.team)
            QVERIFY2(texts.contains(person.name), qPrintable(person.name));
    }
    // The legend's 7.5 pt text is never printed below 6 pt.
    QVERIFY(7.5 * g.legendScale >= MapPrinter::MinimumPrintedPt - 1e-6);
    // Everything on the page, nothing on top of anything else.
    for (const QRectF &part : {g.header, g.footer, g.board, g.legend})
        QVERIFY(inside(part, g.page));
    QVERIFY(!g.board.intersects(g.legend));
    QVERIFY(!g.board.intersects(g.header));
    QVERIFY(!g.board.intersects(g.footer));
    if (!g.labels) {
        QVERIFY(inside(g.key, g.page));
        QVERIFY(!g.key.intersects(g.board));
        QVERIFY(!g.key.intersects(g.legend.adjusted(0.5, 0.5, -0.5, -0.5)));
    }
}

void TestMapPrinter::keyListsEveryPersonWhenLabelsAreDropped()
{
    PageSetup setup; // A4 portrait: far too small for 60 people's labels
    const MapPrinter printer(*m_context, setup);
    const MapPrinter::Geometry g = printer.geometry(pageSizeOf(setup));
    QVERIFY(!g.labels);
    const QList<MapPrinter::KeyEntry> entries = printer.keyEntries();
    QCOMPARE(entries.size(), m_context->data.clients.size() + m_context->data.team.size());
    QSet<QString> names;
    int numbered = 0;
    for (const MapPrinter::KeyEntry &entry : entries) {
        names.insert(entry.text.section(QStringLiteral(" · "), 0, 0));
        if (entry.mark.front().isDigit())
            QCOMPARE(entry.mark.toInt(), ++numbered); // 1, 2, 3 … in board order
    }
    for (const Person &person : m_context->data.clients)
        QVERIFY2(names.contains(person.name), qPrintable(person.name));
    QVERIFY(names.contains(QStringLiteral("Ingrid Halvorsen")));
    QVERIFY(numbered > 0);

    // The numbers appear on the page: painted with and without the key differ on the board.
    QImage image(pageSizeOf(setup).toSize(), QImage::Format_RGB32);
    QPainter painter(&image);
    printer.paintPage(&painter, pageSizeOf(setup), 0, 0, 1, 1);
    painter.end();
    int nonWhite = 0;
    for (int y = int(g.key.top()); y < int(g.key.bottom()); y += 2)
        for (int x = int(g.key.left()); x < int(g.key.right()); x += 2)
            nonWhite += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    QVERIFY2(nonWhite > 200, "the key is printed");
}

void TestMapPrinter::a3LandscapeNamesEveryoneWithoutAKey()
{
    // The page: the 60-person account on one A3 landscape sheet.
    PageSetup setup;
    setup.paper = PageSetup::Paper::A3;
    setup.landscape = true;
    const MapPrinter printer(*m_context, setup);
    const MapPrinter::Geometry g = printer.geometry(pageSizeOf(setup));
    QVERIFY(g.labels);
    QVERIFY(g.key.isEmpty());
    const QStringList texts = printer.boardTexts(pageSizeOf(setup));
    for (const Person &person : m_context->data.clients) {
        QVERIFY2(texts.contains(person.name), qPrintable(person.name));
        // Titles are printed too: whole, or split over two lines at a space.
        if (!person.title.isEmpty()) {
            bool found = texts.contains(person.title);
            for (int i = 0; i + 1 < texts.size() && !found; ++i)
                found = texts[i] + QLatin1Char(' ') + texts[i + 1] == person.title;
            QVERIFY2(found, qPrintable(person.title));
        }
    }
}

void TestMapPrinter::checkRingLeavesTheKingVisible()
{
    // The same mark on screen and paper (BoardRenderer::paintHighlights): a ring round
    // the King that leaves the piece itself untouched, dark enough for greyscale, and
    // never on one of our team even when asked.
    const BoardData &data = m_context->data;
    BoardLayout layout;
    layout.build(data);
    const QSet<qint64> checked = m_context->highlights.value(HighlightKind::Check).people;
    QCOMPARE(checked.size(), 1);
    const BoardLayout::PiecePlace *king = layout.place(*checked.begin());
    QVERIFY(king);
    const qint64 member = data.team.first().id;
    BoardHighlights marks;
    marks[HighlightKind::Check].people = {*checked.begin(), member};
    const BoardLines lines;
    auto render = [&](const BoardHighlights &highlights) {
        QImage image(layout.contentRect().size().toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        const BoardRenderer renderer(data);
        for (const BoardLayout::TeamPlace &place : layout.team())
            renderer.paintTeamMember(&painter, place, {});
        renderer.paintPerson(&painter, *king, {});
        renderer.paintHighlights(&painter, layout, lines, highlights);
        return image;
    };
    const QImage plain = render({});
    const QImage marked = render(marks);
    int darkest = 255;
    auto changed = [&](const QRectF &area) {
        int count = 0;
        const QRect r = area.toAlignedRect().intersected(plain.rect());
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                if (plain.pixel(x, y) != marked.pixel(x, y)) {
                    ++count;
                    darkest = qMin(darkest, qGray(marked.pixel(x, y)));
                }
        return count;
    };
    // The King's artwork (what the plain picture draws in the piece's box) is untouched,
    // but for the ring's edge grazing the corners of the box.
    int artwork = 0;
    int covered = 0;
    const QRect box = king->piece.toAlignedRect();
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x)
            if (plain.pixel(x, y) != qRgb(255, 255, 255)) {
                ++artwork;
                covered += plain.pixel(x, y) != marked.pixel(x, y) ? 1 : 0;
            }
    QVERIFY(artwork > 300);
    QVERIFY2(covered * 50 <= artwork,
             qPrintable(QStringLiteral("%1 of %2").arg(covered).arg(artwork)));
    QVERIFY(changed(king->piece.adjusted(-14, -14, 14, 14)) > 200);
    QVERIFY2(darkest < 90, qPrintable(QString::number(darkest)));
    QCOMPARE(changed(layout.teamPlace(member)->card.adjusted(-8, -8, 8, 8)), 0);
}

void TestMapPrinter::tilesCoverTheBoardAndOverlap()
{
    PageSetup one;
    PageSetup tiles;
    tiles.columns = 2;
    tiles.rows = 2;
    const MapPrinter single(*m_context, one);
    const MapPrinter tiled(*m_context, tiles);
    const auto g1 = single.geometry(pageSizeOf(one));
    const auto g4 = tiled.geometry(pageSizeOf(tiles));
    QVERIFY(g4.overlap > 40); // 12 mm at 96 dpi ≈ 45
    // Four pages make the map about twice as large.
    QVERIFY2(g4.boardScale > 1.6 * g1.boardScale,
             qPrintable(QStringLiteral("%1 vs %2").arg(g4.boardScale).arg(g1.boardScale)));
    // The scaled board fits the assembled area and fills it in one direction.
    BoardLayout layout;
    layout.build(m_context->data);
    const QSizeF board = layout.contentRect().size() * g4.boardScale;
    const qreal assembledWidth = 2 * g4.board.width() - g4.overlap;
    const qreal assembledHeight = 2 * g4.board.height() - g4.overlap;
    QVERIFY(board.width() <= assembledWidth + 1 && board.height() <= assembledHeight + 1);
    QVERIFY(board.width() >= assembledWidth * 0.97 || board.height() >= assembledHeight * 0.97);
}

void TestMapPrinter::neighbouringTilesShowTheSameStrip()
{
    PageSetup tiles;
    tiles.columns = 2;
    tiles.rows = 1;
    tiles.landscape = true;
    const MapPrinter printer(*m_context, tiles);
    const QSizeF page = pageSizeOf(tiles);
    const auto g = printer.geometry(page);
    auto render = [&](int column) {
        QImage image(page.toSize(), QImage::Format_RGB32);
        QPainter painter(&image);
        printer.paintPage(&painter, page, column, 0, column + 1, 2);
        return image;
    };
    const QImage a1 = render(0);
    const QImage b1 = render(1);
    // The right overlap strip of A1 shows what the left strip of B1 shows (B1's strip is
    // lightly tinted as "goes under A1"), and not what any other strip shows.
    auto difference = [&](int xa, int xb) {
        qint64 sum = 0;
        int count = 0;
        const int top = int(g.board.top()) + 2;
        const int bottom = int(g.board.bottom()) - 2;
        const int width = int(g.overlap) - 4;
        for (int y = top; y < bottom; y += 3) {
            for (int dx = 0; dx < width; dx += 2) {
                const QRgb p = a1.pixel(xa + dx, y);
                const QRgb q = b1.pixel(xb + dx, y);
                sum += qAbs(qGray(p) - qGray(q));
                ++count;
            }
        }
        return double(sum) / count;
    };
    const int stripA = int(g.board.right() - g.overlap) + 2;
    const int stripB = int(g.board.left()) + 2;
    const double same = difference(stripA, stripB);
    const double other = difference(int(g.board.left()) + 2, stripB);
    QVERIFY2(same < 8, qPrintable(QString::number(same)));
    QVERIFY2(other > 2 * same + 4, qPrintable(QStringLiteral("%1 %2").arg(other).arg(same)));
}

void TestMapPrinter::pdfHasOnePagePerTile()
{
    PageSetup setup;
    setup.columns = 3;
    setup.rows = 2;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(int(MapPrinter::Dpi));
        writer.setPageLayout(setup.pageLayout());
        const MapPrinter printer(*m_context, setup);
        QString error;
        QVERIFY2(printer.print(&writer, &error), qPrintable(error));
    }
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    QCOMPARE(QString::fromLatin1(bytes).count(page), 6);
    setup.columns = 0;
    const MapPrinter bad(*m_context, setup);
    QBuffer other;
    QVERIFY(other.open(QIODevice::WriteOnly));
    QPdfWriter writer(&other);
    QString error;
    QVERIFY(!bad.print(&writer, &error));
    QVERIFY(error.contains(QStringLiteral("0×2")));
}

void TestMapPrinter::printerGetsTheSamePages()
{
    // The print dialog's path: a QPrinter (here printing to a PDF file) gets the map laid
    // out for its paper, orientation and the tiles of the "Map layout" tab.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString output = dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(output);
    PageSetup setup;
    setup.paper = PageSetup::Paper::Letter;
    setup.landscape = true;
    setup.columns = 2;
    setup.rows = 1;
    printer.setPageLayout(setup.pageLayout());
    PrintController controller;
    controller.setToday(Kingside::Test::fixedToday());
    QString error;
    QVERIFY2(
        controller.printTo(&printer, &m_ws->workspace(), m_ws->accountId(Largest), setup, &error),
        qPrintable(error));
    QCOMPARE(printer.resolution(), int(MapPrinter::Dpi));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {output});
    QVERIFY(info.waitForFinished());
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("792 x 612 pts (letter)")), qPrintable(text));
    // An account that does not exist is refused with a message, nothing printed.
    QVERIFY(!controller.printTo(&printer, &m_ws->workspace(), 999999, setup, &error));
    QVERIFY(error.contains(QStringLiteral("999999")));
}

void TestMapPrinter::pageSetupWidgetRoundTrips()
{
    PageSetupWidget widget(true);
    PageSetup setup;
    setup.paper = PageSetup::Paper::Legal;
    setup.landscape = true;
    setup.columns = 3;
    setup.rows = 2;
    setup.overlapMm = 15;
    widget.setSetup(setup);
    PageSetup back = widget.setup();
    QCOMPARE(back.paper, PageSetup::Paper::Legal);
    QVERIFY(back.landscape);
    QCOMPARE(back.columns, 3);
    QCOMPARE(back.rows, 2);
    QCOMPARE(back.overlapMm, 15.0);
    // Choosing "fit" prints one page whatever the spin boxes say.
    widget.findChild<QRadioButton *>(QStringLiteral("fit"))->setChecked(true);
    back = widget.setup();
    QCOMPARE(back.pageCount(), 1);
    QVERIFY(!widget.findChild<QSpinBox *>(QStringLiteral("columns"))->isEnabled());
}

QTEST_MAIN(TestMapPrinter)
#include "TestMapPrinter.moc"
