// The one renderer: the whole board with its legend into any painter — raster image,
// SVG and PDF — is not blank, carries the legend, and matches the scene on screen.
#include "ImageCompare.h"
#include "TestWorkspace.h"
#include "board/BoardData.h"
#include "board/BoardLegend.h"
#include "board/BoardRenderer.h"
#include "board/BoardScene.h"
#include "demo/DemoBuilder.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QtTest>

using namespace Kingside;
using namespace Kingside::Test;

class TestBoardRenderer : public QObject
{
    Q_OBJECT

private:
    static int inkPixels(const QImage &image, const QRect &area)
    {
        int ink = 0;
        for (int y = area.top(); y <= area.bottom(); y += 2)
            for (int x = area.left(); x <= area.right(); x += 2)
                ink += qGray(image.pixel(x, y)) < 200;
        return ink;
    }

private slots:
    // Seen at 1280 x 720: "Senior management" printed as "Senior nanagement", cut at the
    // label's edge. The label's font shrinks until every word fits, never below 6.5 pt.
    void edgeLabelsFitTheirWords()
    {
        QFont bold(QStringLiteral("DejaVu Sans"));
        bold.setPointSizeF(8.5);
        bold.setBold(true);
        const qreal width = 78;
        const QFont fitted =
            BoardRenderer::fittedLabelFont(bold, QStringLiteral("Senior management"), width);
        QVERIFY(fitted.pointSizeF() >= 6.5);
        QVERIFY(QFontMetricsF(fitted).horizontalAdvance(QStringLiteral("management")) <= width);
        QCOMPARE(BoardRenderer::fittedLabelFont(bold, QStringLiteral("Board"), width).pointSizeF(),
                 8.5);
        QCOMPARE(BoardRenderer::fittedLabelFont(bold, QStringLiteral("Unbelievablylongdepartment"),
                                                width)
                     .pointSizeF(),
                 6.5);
    }

    void drawingPartOfTheLinesMatchesDrawingAllOfThem()
    {
        // The screen draws only the lines the index finds for the exposed part (with long
        // curves and zigzags cut to it, and the team's trunks); inside that part the
        // picture must be the one the whole set of lines gives.
        TestWorkspace ws(TestWorkspace::Content::Demo);
        BoardScene scene(&ws.workspace());
        scene.setToday(fixedToday());
        scene.setAccount(ws.accountId(DemoBuilder::largestAccountName()));
        const BoardLines &lines = scene.lines();
        QCOMPARE(lines.detail(), BoardLines::Detail::Individual);
        const QRectF board = scene.layout().boardRect();
        const qreal zoom = 2.5;
        int compared = 0;
        for (const QPointF &corner : {board.topLeft() + QPointF(60, 40), board.center(),
                                      board.bottomLeft() + QPointF(200, -300)}) {
            const QRectF area(corner, QSizeF(320, 240));
            QImage all(area.size().toSize() * zoom, QImage::Format_ARGB32_Premultiplied);
            QImage part = all;
            for (QImage *image : {&all, &part}) {
                image->fill(Qt::white);
                QPainter painter(image);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.scale(zoom, zoom);
                painter.translate(-area.topLeft());
                BoardRenderer::paintLines(&painter, lines, image == &part ? &area : nullptr, 1,
                                          1.5);
            }
            // Antialiasing may differ a little where a curve was cut and flattened on its
            // own; a line left out differs by its whole colour.
            const auto [different, ink] = compareImages(all, part, 230);
            QVERIFY2(ink > all.width() * all.height() / 50, "lines are drawn there");
            // Dashes of a cut curve restart from a measured length: a few pixels may differ
            // (a line left out would make a thousand and more).
            QVERIFY2(different * 1000 < all.width() * all.height(),
                     qPrintable(QStringLiteral("%1 of %2 pixels differ")
                                    .arg(different)
                                    .arg(all.width() * all.height())));
            ++compared;
        }
        QCOMPARE(compared, 3);
    }

    void rendersTheWholeBoardWithItsLegend()
    {
        TestWorkspace ws(TestWorkspace::Content::Demo);
        const BoardData data =
            BoardData::load(ws->database(), ws.accountId(DemoBuilder::largestAccountName()));
        QVERIFY(data.isValid());
        BoardRenderOptions options;
        options.today = fixedToday();
        QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        const BoardRenderer renderer(data);
        const QRectF board = renderer.paint(&painter, image.rect(), options);
        painter.end();
        QVERIFY(image.rect().contains(board.toAlignedRect().adjusted(2, 2, -2, -2)));
        // Not blank: many colours and plenty of ink on the board.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
        QVERIFY(inkPixels(image, board.toAlignedRect()) > 5000);
        // The legend sits beside the board on a wide page and holds ink.
        const QRect legend(qRound(board.right()) + 10, qRound(board.top()),
                           image.width() - qRound(board.right()) - 20, qRound(board.height()));
        QVERIFY(legend.width() > 150);
        QVERIFY2(inkPixels(image, legend) > 800,
                 qPrintable(QString::number(inkPixels(image, legend))));
        // Without the legend that strip stays white.
        options.legend = false;
        QImage bare(1600, 1000, QImage::Format_ARGB32_Premultiplied);
        bare.fill(Qt::white);
        QPainter barePainter(&bare);
        const QRectF bareBoard = renderer.paint(&barePainter, bare.rect(), options);
        barePainter.end();
        QVERIFY(bareBoard.width() > board.width()); // the board takes the room
    }

    void vectorExportsCarryTheLegendText()
    {
        TestWorkspace ws(TestWorkspace::Content::Demo);
        const BoardData data =
            BoardData::load(ws->database(), ws.accountId(DemoBuilder::largestAccountName()));
        BoardRenderOptions options;
        options.today = fixedToday();
        options.headerText = QStringLiteral("Confidential");
        options.highlights[HighlightKind::Check].people.insert(data.clients.first().id);
        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setSize(QSize(1600, 1000));
        generator.setViewBox(QRect(0, 0, 1600, 1000));
        QPainter painter(&generator);
        BoardRenderer(data).paint(&painter, QRectF(0, 0, 1600, 1000), options);
        painter.end();
        const QString text = QString::fromUtf8(svg.data());
        for (const QString &expected :
             {QStringLiteral("Legend"), QStringLiteral("King: final decision maker"),
              QStringLiteral("Fresh: contact within"), QStringLiteral("Tension"),
              QStringLiteral("King in check"), QStringLiteral("Confidential"), data.account.name,
              data.departments.first().name, data.levels.first().name,
              data.clients.first().name.toHtmlEscaped()})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // Pieces are vector paths in SVG, not pixmaps.
        QVERIFY(!text.contains(QLatin1String("<image")));

        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        QPdfWriter writer(&pdf);
        writer.setPageSize(QPageSize(QPageSize::A3));
        writer.setPageOrientation(QPageLayout::Landscape);
        QPainter pdfPainter(&writer);
        BoardRenderer(data).paint(
            &pdfPainter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())), options);
        pdfPainter.end();
        QVERIFY(pdf.data().startsWith("%PDF"));
        QVERIFY(pdf.data().size() > 20000);
    }

    void legendGoesUnderTheBoardOnATallPage()
    {
        TestWorkspace ws(TestWorkspace::Content::Demo);
        const BoardData data =
            BoardData::load(ws->database(), ws.accountId(DemoBuilder::largestAccountName()));
        BoardRenderOptions options;
        options.today = fixedToday();
        QImage image(900, 1400, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        const QRectF board = BoardRenderer(data).paint(&painter, image.rect(), options);
        painter.end();
        const QRect below(0, qRound(board.bottom()) + 30, image.width(),
                          image.height() - qRound(board.bottom()) - 40);
        QVERIFY(below.height() > 100);
        QVERIFY(inkPixels(image, below) > 500);
    }

    void sceneOnScreenDrawsTheSamePicture()
    {
        TestWorkspace ws(TestWorkspace::Content::Demo);
        BoardScene scene(&ws.workspace());
        scene.setToday(fixedToday());
        scene.setAccount(ws.accountId(DemoBuilder::largestAccountName()));
        const QRectF content = scene.layout().contentRect();
        QImage fromScene(content.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        fromScene.fill(Qt::white);
        QPainter painter(&fromScene);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(fromScene.rect()), content);
        painter.end();
        // Same square colours as the renderer's palette at the first square's centre.
        const QRectF square = scene.layout().squareRect({0, 0});
        const QPoint probe =
            (square.topLeft() + QPointF(4, square.height() - 4) - content.topLeft()).toPoint();
        QCOMPARE(QColor(fromScene.pixel(probe)).rgb(), BoardStyle::lightSquare().rgb());
        QVERIFY(inkPixels(fromScene, fromScene.rect()) > 5000);
    }
};

QTEST_MAIN(TestBoardRenderer)
#include "TestBoardRenderer.moc"
