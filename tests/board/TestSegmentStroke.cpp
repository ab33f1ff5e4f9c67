// Wide lines drawn as segments: curves flattened within tolerance, dashes laid along the
// line in the pen's pattern, and the picture the same as stroking the path itself.
#include "ImageCompare.h"
#include "board/SegmentStroke.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPicture>
#include <QtTest>

using namespace Kingside;

namespace {

QPointF cubicAt(const QPointF &p0, const QPointF &p1, const QPointF &p2, const QPointF &p3, qreal t)
{
    const qreal u = 1 - t;
    return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

qreal distanceToSegment(const QPointF &p, const QLineF &segment)
{
    const QPointF d = segment.p2() - segment.p1();
    const qreal squared = QPointF::dotProduct(d, d);
    const qreal t =
        squared > 0 ? qBound(0.0, QPointF::dotProduct(p - segment.p1(), d) / squared, 1.0) : 0;
    return QLineF(p, segment.p1() + t * d).length();
}

} // namespace

class TestSegmentStroke : public QObject
{
    Q_OBJECT

private slots:
    void flattenKeepsLinesAndBendsCurvesWithinTolerance()
    {
        const QPointF p0(0, 0), p1(300, 0), p2(0, 200), p3(300, 200);
        QPainterPath path(p0);
        path.cubicTo(p1, p2, p3);
        path.lineTo(400, 200);
        path.moveTo(10, 10);
        path.lineTo(20, 30);
        const qreal tolerance = 0.1;
        const QList<QPolygonF> lines = SegmentStroke::flatten(path, 40, tolerance);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1], QPolygonF({QPointF(10, 10), QPointF(20, 30)}));
        const QPolygonF &curve = lines[0];
        QCOMPARE(curve.first(), p0);
        QCOMPARE(curve.last(), QPointF(400, 200));
        QCOMPARE(curve[curve.size() - 2], p3);
        // Every point of the true curve lies within the tolerance of the polyline, and no
        // chord is longer than asked.
        for (int i = 0; i <= 1000; ++i) {
            const QPointF point = cubicAt(p0, p1, p2, p3, i / 1000.0);
            qreal nearest = 1e9;
            for (int s = 1; s < curve.size() - 1; ++s)
                nearest = qMin(nearest, distanceToSegment(point, QLineF(curve[s - 1], curve[s])));
            QVERIFY2(nearest <= tolerance * 1.01, qPrintable(QString::number(nearest)));
        }
        for (int s = 1; s < curve.size() - 1; ++s)
            QVERIFY(QLineF(curve[s - 1], curve[s]).length() <= 40);
        // A looser tolerance takes fewer chords.
        QVERIFY(SegmentStroke::flatten(path, 1000, 2)[0].size() < curve.size());
    }

    void dashesFollowThePatternFromItsOffset()
    {
        const QPolygonF straight({QPointF(0, 0), QPointF(100, 0)});
        QList<QLineF> dashes;
        SegmentStroke::addDashes(straight, {10, 5}, 0, &dashes);
        const QList<QLineF> expected{{0, 0, 10, 0},  {15, 0, 25, 0}, {30, 0, 40, 0}, {45, 0, 55, 0},
                                     {60, 0, 70, 0}, {75, 0, 85, 0}, {90, 0, 100, 0}};
        QCOMPARE(dashes.size(), expected.size());
        for (int i = 0; i < dashes.size(); ++i) {
            QVERIFY(QLineF(dashes[i].p1(), expected[i].p1()).length() < 1e-9);
            QVERIFY(QLineF(dashes[i].p2(), expected[i].p2()).length() < 1e-9);
        }
        // Twelve into the pattern: three of the gap are left, then a dash from 3 to 13.
        dashes.clear();
        SegmentStroke::addDashes(straight, {10, 5}, 12, &dashes);
        QVERIFY(QLineF(dashes.first().p1(), QPointF(3, 0)).length() < 1e-9);
        QVERIFY(QLineF(dashes.first().p2(), QPointF(13, 0)).length() < 1e-9);
        // Eight into it: the first dash is its last two units.
        dashes.clear();
        SegmentStroke::addDashes(straight, {10, 5}, 8, &dashes);
        QVERIFY(QLineF(dashes.first().p2(), QPointF(2, 0)).length() < 1e-9);
        // A dash across a corner is one chord from its start to its end.
        dashes.clear();
        SegmentStroke::addDashes(QPolygonF({QPointF(0, 0), QPointF(10, 0), QPointF(10, 10)}),
                                 {15, 100}, 0, &dashes);
        QCOMPARE(dashes.size(), 1);
        QVERIFY(QLineF(dashes.first().p2(), QPointF(10, 5)).length() < 1e-9);
        // An empty pattern or polyline gives nothing (and does not loop).
        dashes.clear();
        SegmentStroke::addDashes(straight, {}, 0, &dashes);
        SegmentStroke::addDashes(QPolygonF({QPointF(1, 1)}), {10, 5}, 0, &dashes);
        SegmentStroke::addDashes(straight, {0, 0}, 0, &dashes);
        QVERIFY(dashes.isEmpty());
    }

    void segmentsLookLikeTheStrokedPath_data()
    {
        QTest::addColumn<QPen>("pen");
        QTest::addColumn<QPainterPath>("path");
        QPainterPath curve(QPointF(10, 20));
        curve.cubicTo(QPointF(150, 10), QPointF(60, 150), QPointF(230, 140));
        // A team line: along its lane, a rounded turn, down to the piece.
        QPainterPath drop(QPointF(10, 30));
        drop.lineTo(150, 30);
        drop.quadTo(160, 30, 160, 40);
        drop.lineTo(160, 120);
        drop.lineTo(200, 120);
        QPainterPath zigzag(QPointF(10, 80));
        for (int i = 1; i <= 20; ++i)
            zigzag.lineTo(10 + i * 11, 80 + (i % 2 ? 7 : -7));
        QTest::newRow("solid curve") << QPen(Qt::darkBlue, 3, Qt::SolidLine, Qt::RoundCap) << curve;
        QTest::newRow("team line with corners")
            << QPen(Qt::darkGreen, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin) << drop;
        QTest::newRow("zigzag") << QPen(Qt::red, 2.4, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin)
                                << zigzag;
        QPen dashed(Qt::darkMagenta, 2.5, Qt::DashLine, Qt::FlatCap);
        dashed.setDashPattern({4, 2.5});
        dashed.setDashOffset(3);
        QTest::newRow("dashed curve") << dashed << curve;
        QTest::newRow("dotted team line")
            << QPen(Qt::darkGray, 3, Qt::DotLine, Qt::FlatCap, Qt::RoundJoin) << drop;
    }

    void segmentsLookLikeTheStrokedPath()
    {
        QFETCH(QPen, pen);
        QFETCH(QPainterPath, path);
        const qreal zoom = 2.5;
        QImage stroked(QSize(250, 170) * zoom, QImage::Format_ARGB32_Premultiplied);
        QImage segments = stroked;
        for (QImage *image : {&stroked, &segments}) {
            image->fill(Qt::white);
            QPainter painter(image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(zoom, zoom);
            if (image == &stroked) {
                painter.setPen(pen);
                painter.drawPath(path);
            } else {
                SegmentStroke::stroke(&painter, pen, path);
            }
        }
        const auto [different, ink] = Test::compareImages(stroked, segments);
        QVERIFY2(ink > 400, qPrintable(QString::number(ink)));
        // Antialiased edges and the ends of dashes may differ by a pixel; a missing or
        // misplaced stretch of line would differ by hundreds.
        QVERIFY2(
            different * 25 < ink,
            qPrintable(QStringLiteral("%1 of %2 inked pixels differ").arg(different).arg(ink)));
    }

    void jointsAreClosedAndCornersRound()
    {
        // Along the middle of a wide line every pixel is fully inked, as when the path is
        // stroked whole: no seam where two segments meet, no notch where a team line turns
        // (its round join), no square corner sticking out either.
        const qreal zoom = 3;
        const qreal width = 5;
        const QPen pen(Qt::black, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        QPainterPath path(QPointF(10, 20));
        path.cubicTo(QPointF(120, 0), QPointF(40, 110), QPointF(150, 100));
        path.lineTo(150, 150); // a sharp turn down
        path.lineTo(60, 150);  // and another
        QImage image(QSize(170, 170) * zoom, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(zoom, zoom);
            SegmentStroke::stroke(&painter, pen, path);
        }
        const auto gray = [&](const QPointF &scenePoint) {
            return qGray(image.pixel((scenePoint * zoom).toPoint()));
        };
        const QPolygonF middle = SegmentStroke::flatten(path, 0.5, 0.01).first();
        for (const QPointF &point : middle)
            QVERIFY2(gray(point) < 40, qPrintable(QStringLiteral("seam at %1,%2 (grey %3)")
                                                      .arg(point.x())
                                                      .arg(point.y())
                                                      .arg(gray(point))));
        // Around each corner, within the round join: inked on every side...
        for (const QPointF &corner : {QPointF(150, 100), QPointF(150, 150)}) {
            for (int degrees = 0; degrees < 360; degrees += 15) {
                const QPointF at = corner + QLineF::fromPolar(width * 0.35, degrees).p2();
                QVERIFY2(gray(at) < 60, qPrintable(QStringLiteral("notch at %1,%2 (grey %3)")
                                                       .arg(at.x())
                                                       .arg(at.y())
                                                       .arg(gray(at))));
            }
        }
        // ...and the outer corner is round, not square.
        QVERIFY(gray(QPointF(150 + width * 0.45, 150 + width * 0.45)) > 200);
        // The line's free ends are round too.
        QVERIFY(gray(QPointF(60 - width * 0.45, 150 + width * 0.45)) > 200);
    }

    void vectorTargetsKeepThePath()
    {
        // A picture (as PDF and SVG) records the path itself: one path, not segments.
        QPainterPath curve(QPointF(0, 0));
        curve.cubicTo(QPointF(100, 0), QPointF(0, 100), QPointF(100, 100));
        QPicture recorded;
        {
            QPainter painter(&recorded);
            painter.scale(3, 3);
            SegmentStroke::stroke(&painter, QPen(Qt::black, 4), curve);
        }
        QPicture direct;
        {
            QPainter painter(&direct);
            painter.scale(3, 3);
            painter.setPen(QPen(Qt::black, 4));
            painter.drawPath(curve);
        }
        QCOMPARE(recorded.size(), direct.size());
    }
};

QTEST_MAIN(TestSegmentStroke)
#include "TestSegmentStroke.moc"
