// The one renderer: the whole board with its legend into any painter — raster image,
// SVG and PDF — is not blank, carries the legend, and matches the scene on screen.
#include "ImageCompare.h"
#include "TestWorkspace.h"
#include "board/BoardData.h"
#include "board/BoardLegend.h"
#include "board/BoardRenderer.h"
#include "board/BoardScene.h"
#include "board/BoardStyle.h"
#include "demo/DemoBuilder.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
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

    // How many pixels of two greyscale images of one size differ by more than `levels`.
    static qreal differing(const QImage &a, const QImage &b, int levels)
    {
        int count = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                count += qAbs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > levels;
        return qreal(count) / (a.width() * a.height());
    }

    // Along the middle row of a drawn line: how many times ink starts.
    static int inkRuns(const QImage &grey, int y)
    {
        int runs = 0;
        bool inInk = false;
        for (int x = 0; x < grey.width(); ++x) {
            const bool ink = qGray(grey.pixel(x, y)) < 215;
            runs += ink && !inInk;
            inInk = ink;
        }
        return runs;
    }

    // One team line of a given freshness, 600 px long, on screen (raster, SegmentStroke)
    // or as print draws it (a vector device: a real dashed pen), in greyscale.
    static QImage lineInGrey(Freshness freshness, bool print)
    {
        LineBatch batch;
        batch.team = true;
        batch.freshness = freshness;
        batch.width = BoardStyle::strengthWidth(3);
        QPainterPath path(QPointF(20, 20));
        path.lineTo(620, 20);
        batch.path = path;
        QImage image(640, 40, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        if (print) {
            QPicture picture;
            QPainter recorder(&picture);
            recorder.setRenderHint(QPainter::Antialiasing);
            BoardRenderer::paintLines(&recorder, QList<LineBatch>{batch});
            recorder.end();
            painter.drawPicture(0, 0, picture);
        } else {
            BoardRenderer::paintLines(&painter, QList<LineBatch>{batch});
        }
        painter.end();
        return image.convertToFormat(QImage::Format_Grayscale8);
    }

private slots:
    // README "Accessibility": attitude is told by a marker as well as the fill. The
    // demo's board, rendered and turned to grey, shows five different markers on pieces
    // of one shape; by fill alone neighbouring attitudes stay within 100 grey levels.
    void attitudeSurvivesGreyscale()
    {
        TestWorkspace ws(TestWorkspace::Content::Demo);
        BoardData data =
            BoardData::load(ws->database(), ws.accountId(DemoBuilder::largestAccountName()));
        QVERIFY(data.isValid());
        // Without lines, so that only the pieces meet in the compared corners; five pawns
        // on the board take the five attitudes (the demo's pawns do not hold them all), so that
        // only attitude tells them apart.
        data.relationships.clear();
        data.reindex();
        BoardLayout layout;
        layout.build(data);
        const QList<Attitude> attitudes = allValues<Attitude>();
        QHash<qint64, int> pawns; // person → attitude given
        qreal size = 0;           // pieces of one size (a crowded square's are smaller)
        for (Person &person : data.clients) {
            const BoardLayout::PiecePlace *place = layout.place(person.id);
            if (pawns.size() < attitudes.size() && person.piece() == Piece::Pawn &&
                person.competitorId == 0 && place && place->visible && place->square.isValid() &&
                (size == 0 || qFuzzyCompare(place->piece.width(), size))) {
                size = place->piece.width();
                person.attitude = attitudes[pawns.size()];
                pawns.insert(person.id, int(person.attitude));
            }
        }
        QCOMPARE(pawns.size(), attitudes.size());
        BoardRenderOptions options;
        options.today = fixedToday();
        options.legend = false;
        options.header = false;
        QImage image(5000, 3400, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        const QRectF mapped = BoardRenderer(data).paint(&painter, image.rect(), options);
        painter.end();
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
        const qreal scale = mapped.width() / layout.contentRect().width();
        QHash<int, QImage> corners; // attitude → the bottom-right corner of its pawn
        for (auto it = pawns.cbegin(); it != pawns.cend(); ++it) {
            const BoardLayout::PiecePlace *place = layout.place(it.key());
            const QRectF box(mapped.topLeft() + place->piece.topLeft() * scale,
                             place->piece.size() * scale);
            QVERIFY2(box.width() > 60, qPrintable(QString::number(box.width())));
            const int side = qRound(place->piece.width() * scale * 0.3); // alike for all
            const QRect corner(qRound(box.left() + box.width() * 0.63),
                               qRound(box.top() + box.height() * 0.63), side, side);
            corners.insert(it.value(), grey.copy(corner));
        }
        QCOMPARE(corners.size(), int(allValues<Attitude>().size()));
        for (const Attitude a : allValues<Attitude>())
            for (const Attitude b : allValues<Attitude>()) {
                if (int(b) <= int(a))
                    continue;
                QCOMPARE(corners[int(a)].size(), corners[int(b)].size());
                const qreal apart = differing(corners[int(a)], corners[int(b)], 100);
                QVERIFY2(apart > 0.04, qPrintable(QStringLiteral("%1 and %2: %3% of the marker")
                                                      .arg(displayName(a), displayName(b))
                                                      .arg(apart * 100)));
            }
    }

    // Freshness is told by the dash as well as the colour, on screen and in print: in grey,
    // a fresh line is one run of ink, an ageing one dashes, a cold one dots (more, shorter
    // runs), a never-met one alternates dashes and dots.
    void freshnessSurvivesGreyscale()
    {
        for (const bool print : {false, true}) {
            const int fresh = inkRuns(lineInGrey(Freshness::Fresh, print), 20);
            const int ageing = inkRuns(lineInGrey(Freshness::Ageing, print), 20);
            const int cold = inkRuns(lineInGrey(Freshness::Cold, print), 20);
            const int never = inkRuns(lineInGrey(Freshness::Never, print), 20);
            const QByteArray runs =
                QStringLiteral("%1: fresh %2, ageing %3, cold %4, never %5")
                    .arg(print ? QStringLiteral("print") : QStringLiteral("screen"))
                    .arg(fresh)
                    .arg(ageing)
                    .arg(cold)
                    .arg(never)
                    .toUtf8();
            QVERIFY2(fresh == 1, runs.constData());
            QVERIFY2(ageing >= 5, runs.constData());
            QVERIFY2(cold > ageing, runs.constData());
            QVERIFY2(never > ageing && never != cold, runs.constData());
        }
    }

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
