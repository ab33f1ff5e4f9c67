#include "BoardLegend.h"

#include "BoardLines.h"
#include "BoardRenderer.h"
#include "BoardStyle.h"

#include <QCoreApplication>
#include <QPainter>

#include <functional>

namespace Kingside::BoardLegend {
namespace {

constexpr qreal ColumnWidth = 270;
constexpr qreal RowHeight = 21;
constexpr qreal TitleHeight = 24;
constexpr qreal SectionGap = 10;
constexpr qreal Swatch = 46;

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::BoardLegend", text);
}

using Draw = std::function<void(QPainter *, const QRectF &)>;

struct Row
{
    Draw swatch;
    QString text;
};

struct Section
{
    QString title;
    QList<Row> rows;
    qreal height() const { return TitleHeight + rows.size() * RowHeight; }
};

// A piece sample; the attitude's marker only where the row is about attitude.
Draw piece(Piece p, Attitude attitude, const QString &competitor = {}, bool marker = false)
{
    return [=](QPainter *painter, const QRectF &r) {
        const qreal size = r.height() + 2;
        BoardRenderer::paintPiece(painter, p, attitude,
                                  QRectF(r.center().x() - size / 2, r.top() - 1, size, size),
                                  competitor, marker);
    };
}

Draw line(const LineBatch &style)
{
    return [style](QPainter *painter, const QRectF &r) {
        LineBatch batch = style;
        const QPointF a(r.left() + 2, r.center().y());
        const QPointF b(r.right() - 2, r.center().y());
        QPainterPath path(a);
        path.lineTo(b);
        if (batch.kind == RelationshipKind::Tension && !batch.team)
            path = BoardLines::zigzag(a, (a + b) / 2, b, 3, 5);
        batch.path = path;
        if (batch.kind == RelationshipKind::Influence && !batch.team)
            batch.arrows = BoardLines::arrowHead(a, (a + b) / 2, b, 8, 0);
        BoardRenderer::paintLines(painter, {batch});
    };
}

LineBatch teamStyle(Freshness freshness, int strength)
{
    LineBatch batch;
    batch.team = true;
    batch.freshness = freshness;
    batch.width = BoardStyle::strengthWidth(strength);
    return batch;
}

LineBatch clientStyle(RelationshipKind kind)
{
    LineBatch batch;
    batch.kind = kind;
    batch.width = kind == RelationshipKind::Reporting ? 2.7 : BoardStyle::strengthWidth(3);
    return batch;
}

QList<std::pair<HighlightKind, QString>> markTexts()
{
    return {{HighlightKind::Check, tr("King in check")},
            {HighlightKind::SingleThreaded, tr("Single-threaded: one of us knows them")},
            {HighlightKind::IntroductionPath, tr("Introduction path")},
            {HighlightKind::HiddenInfluencer, tr("Hidden influencer (eye)")},
            {HighlightKind::ChangedSinceReview, tr("Δ: changed since the review")},
            {HighlightKind::Search, tr("Found by search")},
            {HighlightKind::Answer, tr("Picked in Questions")}};
}

// A sample of one mark around a small piece, in the look of BoardRenderer's marks.
void paintMarkSample(QPainter *painter, HighlightKind kind, const QRectF &r)
{
    const qreal size = r.height() + 2;
    const QRectF box(r.center().x() - size / 2, r.top() - 1, size, size);
    BoardRenderer::paintPiece(painter, kind == HighlightKind::Check ? Piece::King : Piece::Pawn,
                              Attitude::Neutral, box.adjusted(3, 3, -3, -3), {}, false);
    const QRectF ring = box.adjusted(-1, -1, 1, 1);
    const QColor colour = BoardStyle::markColour(kind);
    painter->setBrush(Qt::NoBrush);
    switch (kind) {
    case HighlightKind::Check:
        painter->setPen(QPen(colour, 2.5));
        painter->drawEllipse(ring);
        break;
    case HighlightKind::SingleThreaded:
        painter->setPen(QPen(colour, 2.5, Qt::DashLine));
        painter->drawEllipse(ring);
        break;
    case HighlightKind::IntroductionPath:
    case HighlightKind::Answer:
        painter->setPen(QPen(colour, 2.5));
        painter->drawRoundedRect(ring, 5, 5);
        break;
    case HighlightKind::Search:
        painter->setPen(QPen(colour, 3.5));
        painter->drawEllipse(ring);
        break;
    case HighlightKind::HiddenInfluencer: {
        const QPointF c = ring.topLeft() + QPointF(1, 3);
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(colour);
        painter->drawEllipse(c, 7, 7);
        painter->setBrush(Qt::white);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(c, 4.4, 2.6);
        painter->setBrush(colour);
        painter->drawEllipse(c, 1.6, 1.6);
        break;
    }
    case HighlightKind::ChangedSinceReview: {
        const QPointF c = ring.bottomLeft() + QPointF(1, -3);
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(colour);
        painter->drawEllipse(c, 7, 7);
        QFont font = painter->font();
        font.setPixelSize(10);
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(QRectF(c - QPointF(7, 7), QSizeF(14, 14)), Qt::AlignCenter,
                          QStringLiteral("Δ"));
        break;
    }
    }
}

QList<Section> sections(int freshnessDays, const BoardHighlights &highlights)
{
    QList<Section> result;
    result.append(
        {tr("Pieces: decision role"),
         {{piece(Piece::King, Attitude::Neutral), tr("King: final decision maker")},
          {piece(Piece::Queen, Attitude::Neutral), tr("Queen: power behind the throne")},
          {piece(Piece::Rook, Attitude::Neutral), tr("Rook: gatekeeper with a veto")},
          {piece(Piece::Bishop, Attitude::Neutral), tr("Bishop: specifier, evaluator")},
          {piece(Piece::Knight, Attitude::Neutral), tr("Knight: coach, informal influence")},
          {piece(Piece::Pawn, Attitude::Neutral), tr("Pawn: user")}}});
    Section attitude{tr("Piece colour and marker: attitude to us"), {}};
    for (const Attitude a : allValues<Attitude>())
        attitude.rows.append(Row{piece(Piece::Pawn, a, {}, true), Kingside::displayName(a)});
    attitude.rows.append(Row{piece(Piece::Pawn, Attitude::Neutral, QStringLiteral("C")),
                             tr("Badge: favours a competitor")});
    result.append(attitude);
    result.append(
        {tr("Our team's lines"),
         {{line(teamStyle(Freshness::Fresh, 1)), tr("Strength 1: vendor (thin)")},
          {line(teamStyle(Freshness::Fresh, 5)), tr("Strength 5: trusted advisor (wide)")},
          {line(teamStyle(Freshness::Fresh, 3)),
           tr("Fresh: contact within %1 days").arg(freshnessDays)},
          {line(teamStyle(Freshness::Ageing, 3)),
           tr("Ageing: within %1 days").arg(2 * freshnessDays)},
          {line(teamStyle(Freshness::Cold, 3)), tr("Cold: longer ago")},
          {line(teamStyle(Freshness::Never, 3)), tr("Never met")}}});
    result.append({tr("Between client people"),
                   {{line(clientStyle(RelationshipKind::Reporting)), tr("Reports to")},
                    {line(clientStyle(RelationshipKind::Influence)), tr("Influences (arrow)")},
                    {line(clientStyle(RelationshipKind::Alliance)), tr("Alliance")},
                    {line(clientStyle(RelationshipKind::Tension)), tr("Tension, conflict")}}});
    Section board{tr("Board"), {}};
    board.rows.append(
        Row{[](QPainter *painter, const QRectF &r) {
                painter->setPen(QPen(BoardStyle::wallColour(), 8, Qt::SolidLine, Qt::FlatCap));
                painter->drawLine(QPointF(r.left() + 4, r.center().y()),
                                  QPointF(r.right() - 4, r.center().y()));
                QPen bricks(QColor(0xF4, 0xD9, 0xC6), 8, Qt::CustomDashLine, Qt::FlatCap);
                bricks.setDashPattern({0.18, 1.6});
                painter->setPen(bricks);
                painter->drawLine(QPointF(r.left() + 4, r.center().y()),
                                  QPointF(r.right() - 4, r.center().y()));
            },
            tr("Wall: these do not talk")});
    board.rows.append(Row{[](QPainter *painter, const QRectF &r) {
                              const QRectF square(r.center().x() - 9, r.top(), 18, r.height());
                              painter->setPen(Qt::NoPen);
                              painter->setBrush(BoardStyle::darkSquare());
                              painter->drawRect(square);
                              painter->setPen(QPen(QColor(0x6B, 0x4F, 0x2E, 90), 1.2));
                              painter->drawLine(square.bottomLeft() + QPointF(3, -3),
                                                square.topRight() + QPointF(-3, 3));
                              painter->drawLine(square.bottomLeft() + QPointF(9, -3),
                                                square.topRight() + QPointF(-3, 9));
                          },
                          tr("Hatched square: we know nobody")});
    board.rows.append(Row{[](QPainter *painter, const QRectF &r) {
                              BoardLayout::Group group;
                              group.badge = QRectF(r.center().x() - 13, r.top() - 4, 26, 26);
                              group.hidden = 5;
                              group.total = 8;
                              painter->save();
                              painter->setClipRect(r.adjusted(-4, -4, 4, 0));
                              BoardRenderer::paintGroup(painter, group, false);
                              painter->restore();
                          },
                          tr("+N: more people, click to open")});
    result.append(board);
    // Every mark shown on the board, drawn as the board draws it, first: it is what the
    // reader has just been shown.
    Section marked{tr("Marks shown now"), {}};
    for (const auto &[kind, text] : markTexts()) {
        if (highlights.contains(kind))
            marked.rows.append(Row{
                [kind](QPainter *painter, const QRectF &r) { paintMarkSample(painter, kind, r); },
                text});
    }
    if (!marked.rows.isEmpty())
        result.prepend(marked);
    return result;
}

// Columns of sections: beside the board, fill down to maxHeight; below, one per column.
QList<QList<Section>> columnsOf(const QList<Section> &all, qreal maxHeight, bool beside)
{
    QList<QList<Section>> columns;
    qreal used = 0;
    for (const Section &section : all) {
        const bool newColumn =
            columns.isEmpty() || !beside || (maxHeight > 0 && used + section.height() > maxHeight);
        if (newColumn) {
            columns.append(QList<Section>());
            used = 0;
        }
        columns.last().append(section);
        used += section.height() + SectionGap;
    }
    return columns;
}

} // namespace

QStringList entries(const BoardHighlights &highlights)
{
    QStringList result;
    for (const Section &section : sections(90, highlights))
        for (const Row &row : section.rows)
            result.append(row.text);
    return result;
}

QString markEntry(HighlightKind kind)
{
    for (const auto &[k, text] : markTexts())
        if (k == kind)
            return text;
    return {};
}

QSizeF size(qreal maxHeight, const BoardHighlights &highlights, bool beside)
{
    const auto columns = columnsOf(sections(90, highlights), maxHeight - TitleHeight, beside);
    qreal height = 0;
    for (const auto &column : columns) {
        qreal h = 0;
        for (const Section &section : column)
            h += section.height() + SectionGap;
        height = qMax(height, h);
    }
    return QSizeF(columns.size() * ColumnWidth, height + TitleHeight);
}

void paint(QPainter *painter, const QRectF &rect, int freshnessDays,
           const BoardHighlights &highlights, bool beside)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(rect.adjusted(-2, -2, 2, 2));
    QFont titleFont;
    titleFont.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Sans Serif")});
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    QFont sectionFont = titleFont;
    sectionFont.setPointSizeF(8);
    QFont textFont = sectionFont;
    textFont.setBold(false);
    textFont.setPointSizeF(7.5);
    painter->setFont(titleFont);
    painter->setPen(QColor(0x1A, 0x1A, 0x1A));
    painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), TitleHeight),
                      Qt::AlignLeft | Qt::AlignTop, tr("Legend"));
    const auto columns =
        columnsOf(sections(freshnessDays, highlights), rect.height() - TitleHeight, beside);
    for (int c = 0; c < columns.size(); ++c) {
        qreal y = rect.top() + TitleHeight;
        const qreal x = rect.left() + c * ColumnWidth;
        for (const Section &section : columns[c]) {
            painter->setFont(sectionFont);
            painter->setPen(QColor(0x4A, 0x3A, 0x26));
            painter->drawText(QRectF(x, y, ColumnWidth - 10, TitleHeight - 4),
                              Qt::AlignLeft | Qt::AlignBottom, section.title);
            y += TitleHeight;
            for (const Row &row : section.rows) {
                const QRectF swatch(x + 2, y + 2, Swatch, RowHeight - 4);
                painter->save();
                row.swatch(painter, swatch);
                painter->restore();
                painter->setFont(textFont);
                painter->setPen(QColor(0x22, 0x22, 0x22));
                painter->drawText(QRectF(x + Swatch + 10, y, ColumnWidth - Swatch - 16, RowHeight),
                                  Qt::AlignLeft | Qt::AlignVCenter, row.text);
                y += RowHeight;
            }
            y += SectionGap;
        }
    }
    painter->restore();
}

} // namespace Kingside::BoardLegend
