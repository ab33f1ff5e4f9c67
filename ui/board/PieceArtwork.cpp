#include "PieceArtwork.h"

#include <array>

namespace Kingside::PieceArtwork {
namespace {

QPainterPath base()
{
    QPainterPath path;
    path.addRoundedRect(QRectF(18, 84, 64, 12), 4, 4);
    path.addRoundedRect(QRectF(26, 76, 48, 10), 3, 3);
    return path;
}

QPainterPath circle(qreal x, qreal y, qreal r)
{
    QPainterPath path;
    path.addEllipse(QPointF(x, y), r, r);
    return path;
}

QPainterPath pawn()
{
    QPainterPath body;
    body.moveTo(32, 78);
    body.cubicTo(34, 62, 40, 52, 44, 46);
    body.lineTo(56, 46);
    body.cubicTo(60, 52, 66, 62, 68, 78);
    body.closeSubpath();
    QPainterPath collar;
    collar.addRoundedRect(QRectF(36, 40, 28, 8), 4, 4);
    return body.united(collar).united(circle(50, 28, 14)).united(base());
}

QPainterPath rook()
{
    QPainterPath body;
    body.moveTo(32, 78);
    body.lineTo(35, 42);
    body.lineTo(65, 42);
    body.lineTo(68, 78);
    body.closeSubpath();
    QPainterPath top;
    top.addRect(QRectF(26, 16, 48, 28));
    QPainterPath notches;
    notches.addRect(QRectF(37.5, 14, 8, 10));
    notches.addRect(QRectF(54.5, 14, 8, 10));
    return body.united(top.subtracted(notches)).united(base());
}

QPainterPath bishop()
{
    QPainterPath mitre;
    mitre.moveTo(50, 14);
    mitre.cubicTo(66, 26, 70, 42, 60, 52);
    mitre.lineTo(40, 52);
    mitre.cubicTo(30, 42, 34, 26, 50, 14);
    mitre.closeSubpath();
    QPainterPath body;
    body.moveTo(42, 54);
    body.lineTo(58, 54);
    body.cubicTo(60, 64, 64, 72, 68, 78);
    body.lineTo(32, 78);
    body.cubicTo(36, 72, 40, 64, 42, 54);
    body.closeSubpath();
    QPainterPath collar;
    collar.addRoundedRect(QRectF(35, 50, 30, 7), 3.5, 3.5);
    return mitre.united(body).united(collar).united(circle(50, 11, 5.5)).united(base());
}

QPainterPath knight()
{
    QPainterPath head;
    head.moveTo(70, 78);
    head.lineTo(30, 78);
    head.cubicTo(30, 64, 38, 56, 48, 49);
    head.lineTo(37, 52);
    head.cubicTo(27, 56, 19, 50, 22, 43);
    head.lineTo(33, 28);
    head.cubicTo(37, 21, 43, 17, 49, 17);
    head.lineTo(52, 8);
    head.lineTo(58, 17);
    head.cubicTo(72, 22, 77, 42, 73, 58);
    head.cubicTo(71, 66, 70, 72, 70, 78);
    head.closeSubpath();
    return head.united(base());
}

QPainterPath queen()
{
    QPainterPath crown;
    crown.moveTo(33, 78);
    crown.lineTo(22, 28);
    crown.lineTo(34, 44);
    crown.lineTo(37, 20);
    crown.lineTo(45, 40);
    crown.lineTo(50, 14);
    crown.lineTo(55, 40);
    crown.lineTo(63, 20);
    crown.lineTo(66, 44);
    crown.lineTo(78, 28);
    crown.lineTo(67, 78);
    crown.closeSubpath();
    QPainterPath balls;
    for (const auto &[x, y] :
         std::array<std::pair<qreal, qreal>, 5>{{{22, 27}, {37, 19}, {50, 12}, {63, 19}, {78, 27}}})
        balls = balls.united(circle(x, y, 5));
    return crown.united(balls).united(base());
}

QPainterPath king()
{
    QPainterPath body;
    body.moveTo(33, 78);
    body.cubicTo(26, 62, 20, 46, 28, 37);
    body.cubicTo(36, 29, 45, 33, 50, 40);
    body.cubicTo(55, 33, 64, 29, 72, 37);
    body.cubicTo(80, 46, 74, 62, 67, 78);
    body.closeSubpath();
    QPainterPath cross;
    cross.addRect(QRectF(46.5, 6, 7, 30));
    cross.addRect(QRectF(40, 12, 20, 7));
    cross.setFillRule(Qt::WindingFill);
    return body.united(cross.simplified()).united(base());
}

QPainterPath buildPath(Piece piece)
{
    switch (piece) {
    case Piece::King:
        return king();
    case Piece::Queen:
        return queen();
    case Piece::Rook:
        return rook();
    case Piece::Bishop:
        return bishop();
    case Piece::Knight:
        return knight();
    case Piece::Pawn:
        return pawn();
    }
    return pawn();
}

QPainterPath buildDetail(Piece piece)
{
    QPainterPath path;
    path.moveTo(28, 85);
    path.lineTo(72, 85);
    switch (piece) {
    case Piece::King:
        path.moveTo(31, 66);
        path.cubicTo(44, 62, 56, 62, 69, 66);
        break;
    case Piece::Queen:
        path.moveTo(30, 64);
        path.cubicTo(44, 60, 56, 60, 70, 64);
        break;
    case Piece::Rook:
        path.moveTo(34, 44);
        path.lineTo(66, 44);
        break;
    case Piece::Bishop:
        path.moveTo(53, 26);
        path.lineTo(45, 40);
        break;
    case Piece::Knight:
        path.addEllipse(QPointF(44, 31), 2.6, 2.6);
        path.moveTo(60, 22);
        path.cubicTo(68, 34, 68, 48, 64, 60);
        break;
    case Piece::Pawn:
        break;
    }
    return path;
}

} // namespace

const QPainterPath &path(Piece piece)
{
    static const std::array<QPainterPath, 6> paths{
        buildPath(Piece::King),   buildPath(Piece::Queen),  buildPath(Piece::Rook),
        buildPath(Piece::Bishop), buildPath(Piece::Knight), buildPath(Piece::Pawn)};
    return paths[size_t(piece)];
}

const QPainterPath &detail(Piece piece)
{
    static const std::array<QPainterPath, 6> paths{
        buildDetail(Piece::King),   buildDetail(Piece::Queen),  buildDetail(Piece::Rook),
        buildDetail(Piece::Bishop), buildDetail(Piece::Knight), buildDetail(Piece::Pawn)};
    return paths[size_t(piece)];
}

} // namespace Kingside::PieceArtwork
