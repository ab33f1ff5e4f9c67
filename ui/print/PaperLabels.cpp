#include "PaperLabels.h"

#include "board/BoardData.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

namespace Kingside {
namespace {

QFont paperFont(qreal points, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Sans Serif")});
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Text is measured as it is laid out on paper: at 96 dpi, where a board unit is a device
// unit before the board's scale.
const QPaintDevice &measuringDevice()
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(96 / 0.0254));
        image.setDotsPerMeterY(qRound(96 / 0.0254));
        return image;
    }();
    return device;
}

constexpr qreal SquareInset = 4;  // text keeps this far from a square's edges
constexpr qreal LargestIcon = 24; // a piece beside a name in a list
constexpr qreal LargestPiece = 52;

} // namespace

PaperLabels::PaperLabels(const BoardData &data, qreal scale)
    : m_data(data), m_nameFont(paperFont(NamePt / qMax(scale, 0.01), true)),
      m_titleFont(paperFont(TitlePt / qMax(scale, 0.01), false))
{}

const QFont &PaperLabels::fontOf(Style style) const
{
    return style == Style::Name ? m_nameFont : m_titleFont;
}

qreal PaperLabels::heightOf(Style style) const
{
    return QFontMetricsF(fontOf(style), &measuringDevice()).height();
}

qreal PaperLabels::widthOf(const QString &text, Style style) const
{
    return QFontMetricsF(fontOf(style), &measuringDevice()).horizontalAdvance(text);
}

bool PaperLabels::addLine(const QString &text, const QRectF &rect, Style style, bool centred)
{
    if (text.isEmpty())
        return true;
    const qreal width = widthOf(text, style);
    const qreal squeeze = width > rect.width() ? rect.width() / width : 1.0;
    if (squeeze < SqueezeLimit)
        return false;
    m_lines.append({text, rect, style, centred, squeeze});
    return true;
}

QStringList PaperLabels::titleLines(const QString &title, qreal width) const
{
    if (title.isEmpty())
        return {};
    if (widthOf(title, Style::Title) * SqueezeLimit <= width)
        return {title};
    // Two lines, split at the space that leaves the wider one narrowest.
    QStringList best;
    qreal bestWidth = 0;
    for (int i = title.indexOf(QLatin1Char(' ')); i > 0;
         i = title.indexOf(QLatin1Char(' '), i + 1)) {
        const QString first = title.left(i).trimmed();
        const QString second = title.mid(i + 1).trimmed();
        const qreal wider = qMax(widthOf(first, Style::Title), widthOf(second, Style::Title));
        if (best.isEmpty() || wider < bestWidth) {
            best = {first, second};
            bestWidth = wider;
        }
    }
    if (best.isEmpty() || bestWidth * SqueezeLimit > width)
        return {};
    return best;
}

bool PaperLabels::arrangeSquare(BoardLayout *layout, const QList<qint64> &people,
                                const QRectF &area)
{
    const qreal nameHeight = heightOf(Style::Name);
    const qreal titleHeight = heightOf(Style::Title);
    if (people.size() == 1) {
        // As on screen: the piece, the name and the title under it.
        const Person *person = m_data.person(people.first());
        if (!person)
            return true;
        const QStringList title = titleLines(person->title, area.width());
        if (!person->title.isEmpty() && title.isEmpty())
            return false;
        const qreal text = nameHeight + title.size() * titleHeight;
        const qreal piece = qMin(LargestPiece, area.height() - text - 2);
        if (piece >= 18) {
            const qreal top = area.top() + (area.height() - piece - 2 - text) / 2;
            layout->moveTo(person->id, area,
                           QRectF(area.center().x() - piece / 2, top, piece, piece));
            qreal y = top + piece + 2;
            if (!addLine(person->name, QRectF(area.left(), y, area.width(), nameHeight),
                         Style::Name, true))
                return false;
            y += nameHeight;
            for (const QString &line : title) {
                if (!addLine(line, QRectF(area.left(), y, area.width(), titleHeight), Style::Title,
                             true))
                    return false;
                y += titleHeight;
            }
            return true;
        }
        // Too little room for a piece of its own: listed like a crowded square.
    }
    // A list: each title once, in the order of the square (most powerful first), the
    // names sharing it under it.
    QList<std::pair<QString, QList<const Person *>>> blocks;
    for (const qint64 id : people) {
        const Person *person = m_data.person(id);
        if (!person)
            continue;
        auto block = std::find_if(blocks.begin(), blocks.end(),
                                  [person](const auto &b) { return b.first == person->title; });
        if (block == blocks.end())
            blocks.append({person->title, {person}});
        else
            block->second.append(person);
    }
    QList<QStringList> headings;
    int headingLines = 0;
    int names = 0;
    for (const auto &[title, members] : blocks) {
        headings.append(titleLines(title, area.width()));
        if (!title.isEmpty() && headings.last().isEmpty())
            return false;
        headingLines += int(headings.last().size());
        names += int(members.size());
    }
    const qreal headingHeight = headingLines * titleHeight;
    if (names == 0)
        return true;
    const qreal rowHeight =
        qMin((area.height() - headingHeight - (blocks.size() - 1) * 2) / names, 2.4 * nameHeight);
    if (rowHeight < nameHeight)
        return false;
    const qreal icon = qMin(LargestIcon, rowHeight - 1);
    const qreal used = headingHeight + (blocks.size() - 1) * 2 + names * rowHeight;
    qreal y = area.top() + (area.height() - used) / 2;
    for (int b = 0; b < blocks.size(); ++b) {
        for (const QString &line : headings[b]) {
            if (!addLine(line, QRectF(area.left(), y, area.width(), titleHeight), Style::Title,
                         false))
                return false;
            y += titleHeight;
        }
        for (const Person *person : blocks[b].second) {
            const QRectF row(area.left(), y, area.width(), rowHeight);
            layout->moveTo(person->id, row,
                           QRectF(row.left(), row.center().y() - icon / 2, icon, icon));
            const qreal x = row.left() + icon + 3;
            if (!addLine(person->name,
                         QRectF(x, row.center().y() - nameHeight / 2, row.right() - x, nameHeight),
                         Style::Name, false))
                return false;
            y += rowHeight;
        }
        y += 2;
    }
    return true;
}

bool PaperLabels::arrangeTeam(const BoardLayout::TeamPlace &member)
{
    const Person *person = m_data.person(member.personId);
    if (!person)
        return true;
    // Beside the disc BoardRenderer::paintTeamMember draws at the card's left.
    const QRectF card = member.card;
    const qreal disc = qMin(card.height() - 8, 36.0);
    const qreal left = card.left() + 6 + disc + 6;
    const qreal width = card.right() - 4 - left;
    const qreal nameHeight = heightOf(Style::Name);
    const qreal titleHeight = heightOf(Style::Title);
    const QString role = displayName(person->teamRole.value_or(TeamRole::Other));
    QStringList lines{role};
    if (!person->title.isEmpty())
        lines.append(person->title);
    qreal height = nameHeight + lines.size() * titleHeight;
    if (height > card.height() - 2) {
        // A low card: role and title on one line.
        lines = {person->title.isEmpty() ? role
                                         : QStringLiteral("%1 · %2").arg(role, person->title)};
        height = nameHeight + titleHeight;
        if (height > card.height() - 2)
            return false;
    }
    qreal y = card.center().y() - height / 2;
    if (!addLine(person->name, QRectF(left, y, width, nameHeight), Style::Name, false))
        return false;
    y += nameHeight;
    for (const QString &line : lines) {
        if (!addLine(line, QRectF(left, y, width, titleHeight), Style::Title, false))
            return false;
        y += titleHeight;
    }
    return true;
}

bool PaperLabels::arrange(BoardLayout *layout)
{
    m_lines.clear();
    for (int file = 0; file < layout->files(); ++file) {
        for (int rank = 0; rank < layout->ranks(); ++rank) {
            const QList<qint64> people = layout->peopleOn({file, rank});
            if (people.isEmpty())
                continue;
            const QRectF area =
                layout->squareRect({file, rank})
                    .adjusted(SquareInset, BoardLayout::ChannelHeight + 1, -SquareInset, -3);
            if (!arrangeSquare(layout, people, area))
                return false;
        }
    }
    // People without a department or level keep their cells below the board.
    for (const BoardLayout::PiecePlace &place : QList(layout->places())) {
        if (!place.square.isValid() && !arrangeSquare(layout, {place.personId}, place.slot))
            return false;
    }
    layout->dropGroups();
    for (const BoardLayout::TeamPlace &member : layout->team()) {
        if (!arrangeTeam(member))
            return false;
    }
    return true;
}

void PaperLabels::paint(QPainter *painter, const QRectF &area) const
{
    painter->save();
    for (const Line &line : m_lines) {
        if (!area.intersects(line.rect))
            continue;
        painter->setFont(fontOf(line.style));
        painter->setPen(line.style == Style::Name ? QColor(0x1A, 0x1A, 0x1A)
                                                  : QColor(0x4A, 0x40, 0x34));
        const qreal width = widthOf(line.text, line.style) * line.squeeze;
        const qreal left = line.centred ? line.rect.center().x() - width / 2 : line.rect.left();
        // A pale backing: the text reads over the lines that cross the square.
        const qreal pad = line.rect.height() * 0.12;
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xFF, 0xFD, 0xF8, 225));
        painter->drawRoundedRect(QRectF(left - pad, line.rect.top() + pad * 0.5, width + 2 * pad,
                                        line.rect.height() - pad),
                                 pad * 1.5, pad * 1.5);
        painter->setPen(line.style == Style::Name ? QColor(0x1A, 0x1A, 0x1A)
                                                  : QColor(0x4A, 0x40, 0x34));
        painter->save();
        painter->translate(left, line.rect.top());
        painter->scale(line.squeeze, 1);
        // Drawn unclipped and unelided: the squeeze already makes it fit.
        painter->drawText(QRectF(0, 0, width / line.squeeze + 1, line.rect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, line.text);
        painter->restore();
    }
    painter->restore();
}

QStringList PaperLabels::texts() const
{
    QStringList result;
    for (const Line &line : m_lines)
        result.append(line.text);
    return result;
}

} // namespace Kingside
