#include "MapPrinter.h"

#include "PaperLabels.h"
#include "board/BoardFilter.h"
#include "board/BoardLayout.h"
#include "board/BoardLegend.h"
#include "board/BoardLines.h"
#include "board/BoardRenderer.h"
#include "board/BoardStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QtMath>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::MapPrinter", text);
}

constexpr qreal HeaderHeight = 50;
constexpr qreal FooterHeight = 22;
constexpr qreal Gap = 16;             // between board, legend and key
constexpr qreal KeyLineHeight = 10.5; // 6.5 pt text at 96 dpi with leading
constexpr qreal KeyColumnWidth = 132;
constexpr qreal KeyTitleHeight = 26;
constexpr qreal BoardPadding = 6;         // board units around the content rectangle
constexpr qreal MinimumLegendScale = 0.8; // the legend's 7.5 pt text stays ≥ 6 pt
constexpr qreal BesideLegendScale = 0.84; // 6.3 pt legend text beside the board
const QColor MatColour(0xFB, 0xF8, 0xF1);

qreal mmToDevice(qreal mm)
{
    return mm / 25.4 * MapPrinter::Dpi;
}

QFont printFont(qreal points, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Sans Serif")});
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

MapPrinter::MapPrinter(const PrintContext &context, const PageSetup &setup)
    : m_context(context), m_setup(setup)
{
    m_layout.build(m_context.data);
    const QRectF content =
        m_layout.contentRect().adjusted(-BoardPadding, -BoardPadding, BoardPadding, BoardPadding);
    m_boardSize = content.size();
    m_boardOrigin = content.topLeft();
}

QString MapPrinter::confidentialText()
{
    return tr("CONFIDENTIAL");
}

QString MapPrinter::factsLine() const
{
    QStringList facts;
    facts << tr("Relationship map");
    facts << (m_context.tier.isEmpty() ? tr("No tier") : tr("Tier %1").arg(m_context.tier));
    facts << tr("Stage: %1").arg(m_context.stage);
    facts << QLocale().toString(m_context.today, QLocale::LongFormat);
    facts << tr("Workspace: %1").arg(m_context.workspaceName);
    return facts.join(QStringLiteral("  ·  "));
}

MapPrinter::Geometry MapPrinter::layoutWith(const QSizeF &pageSize, bool withKey,
                                            bool legendBeside) const
{
    Geometry g;
    g.page = QRectF(QPointF(0, 0), pageSize);
    const qreal margin = mmToDevice(m_setup.marginMm);
    const QRectF inner = g.page.adjusted(margin, margin, -margin, -margin);
    g.header = QRectF(inner.left(), inner.top(), inner.width(), HeaderHeight);
    g.footer = QRectF(inner.left(), inner.bottom() - FooterHeight, inner.width(), FooterHeight);
    // Room for crop marks around the board when tiled.
    const qreal markRoom = m_setup.isTiled() ? 14 : 0;
    QRectF content(inner.left(), g.header.bottom() + 8 + markRoom, inner.width(),
                   g.footer.top() - g.header.bottom() - 16 - 2 * markRoom);
    g.legendBeside = legendBeside;
    g.overlap = m_setup.isTiled() ? mmToDevice(m_setup.overlapMm) : 0;

    const int keyCount = withKey ? int(keyEntries().size()) : 0;
    const qreal keyBlockHeight = content.height() - KeyTitleHeight;
    if (legendBeside) {
        // A panel at the right: the legend flows into columns as tall as the board, the
        // key into columns beside it.
        const QSizeF legend =
            BoardLegend::size(content.height() / MinimumLegendScale, m_context.highlights, true);
        // No larger than BesideLegendScale: the board takes the width.
        g.legendScale =
            qBound(MinimumLegendScale, content.height() / legend.height(), BesideLegendScale);
        const QSizeF shown = legend * g.legendScale;
        qreal panelWidth = shown.width();
        if (keyCount > 0 && !m_setup.isTiled()) {
            // A board wider than the room beside the legend leaves room under it: the key
            // goes there when it fits, and the board keeps the width.
            const qreal width = content.width() - shown.width() - Gap;
            const int columns = qMax(1, int(width / KeyColumnWidth));
            const int rows = (keyCount + columns - 1) / columns;
            const qreal keyHeight = KeyTitleHeight + rows * KeyLineHeight;
            const qreal under = qMin(width / m_boardSize.width(),
                                     (content.height() - keyHeight - Gap) / m_boardSize.height());
            // The key in a panel beside the legend instead:
            const int perColumn = qMax(1, int(keyBlockHeight / KeyLineHeight));
            const int panelColumns = (keyCount + perColumn - 1) / perColumn;
            const qreal beside =
                qMin((width - Gap - panelColumns * KeyColumnWidth) / m_boardSize.width(),
                     content.height() / m_boardSize.height());
            if (under > beside) {
                g.legend = QRectF(content.right() - shown.width(), content.top(), shown.width(),
                                  shown.height());
                g.board = QRectF(content.left(), content.top(), width,
                                 content.height() - keyHeight - Gap);
                g.keyColumns = columns;
                g.key = QRectF(content.left(), g.board.bottom() + Gap, columns * KeyColumnWidth,
                               keyHeight);
                g.boardScale = qMin(g.board.width() / m_boardSize.width(),
                                    g.board.height() / m_boardSize.height());
                g.labels = labelsFit(g.boardScale);
                return g;
            }
        }
        if (keyCount > 0) {
            const int perColumn = qMax(1, int(keyBlockHeight / KeyLineHeight));
            g.keyColumns = (keyCount + perColumn - 1) / perColumn;
            panelWidth += Gap + g.keyColumns * KeyColumnWidth;
        }
        const qreal panelLeft = content.right() - panelWidth;
        g.legend = QRectF(panelLeft, content.top(), shown.width(), shown.height());
        if (keyCount > 0)
            g.key = QRectF(g.legend.right() + Gap, content.top(), g.keyColumns * KeyColumnWidth,
                           content.height());
        g.board = QRectF(content.left() + markRoom, content.top(),
                         panelLeft - Gap - content.left() - 2 * markRoom, content.height());
    } else {
        // A band at the bottom: the legend flows into as many columns as the width takes
        // (the lowest band), the key beside it when there is room, else under it.
        QSizeF legend;
        for (qreal maxHeight = 160; maxHeight < 4000; maxHeight += 20) {
            legend = BoardLegend::size(maxHeight, m_context.highlights, true);
            if (legend.width() * MinimumLegendScale <= content.width())
                break;
        }
        g.legendScale = qBound(MinimumLegendScale, content.width() / legend.width(), 1.0);
        const QSizeF shown = legend * g.legendScale;
        qreal panelHeight = shown.height();
        QRectF keyArea;
        if (keyCount > 0) {
            const qreal room = content.width() - shown.width() - Gap;
            if (room >= 2 * KeyColumnWidth) {
                g.keyColumns = int(room / KeyColumnWidth);
                const int perColumn = (keyCount + g.keyColumns - 1) / g.keyColumns;
                const qreal height = KeyTitleHeight + perColumn * KeyLineHeight;
                panelHeight = qMax(panelHeight, height);
                keyArea = QRectF(content.left() + shown.width() + Gap, 0,
                                 g.keyColumns * KeyColumnWidth, height);
            } else {
                g.keyColumns = qMax(1, int(content.width() / KeyColumnWidth));
                const int perColumn = (keyCount + g.keyColumns - 1) / g.keyColumns;
                const qreal height = KeyTitleHeight + perColumn * KeyLineHeight;
                keyArea = QRectF(content.left(), shown.height() + Gap,
                                 g.keyColumns * KeyColumnWidth, height);
                panelHeight += Gap + height;
            }
        }
        const qreal panelTop = content.bottom() - panelHeight;
        g.legend = QRectF(content.left(), panelTop, shown.width(), shown.height());
        if (keyCount > 0)
            g.key = keyArea.translated(0, panelTop);
        g.board = QRectF(content.left() + markRoom, content.top(), content.width() - 2 * markRoom,
                         panelTop - Gap - markRoom - content.top());
    }
    // The board spread over C × R windows that overlap by g.overlap.
    const qreal virtualWidth =
        m_setup.columns * g.board.width() - (m_setup.columns - 1) * g.overlap;
    const qreal virtualHeight = m_setup.rows * g.board.height() - (m_setup.rows - 1) * g.overlap;
    g.boardScale =
        (g.board.width() > 0 && g.board.height() > 0)
            ? qMin(virtualWidth / m_boardSize.width(), virtualHeight / m_boardSize.height())
            : 0;
    // Names and titles print at 6 pt or more whatever the scale (PaperLabels); they are
    // shown when they fit their squares and cards at this scale.
    g.labels = labelsFit(g.boardScale);
    return g;
}

MapPrinter::Geometry MapPrinter::geometry(const QSizeF &pageSize) const
{
    auto best = [&](bool withKey) {
        const Geometry beside = layoutWith(pageSize, withKey, true);
        const Geometry below = layoutWith(pageSize, withKey, false);
        // A legend squeezed beyond legibility loses; otherwise the larger board wins.
        auto fits = [](const Geometry &g, const QRectF &content) {
            return g.legend.right() <= content.right() + 0.5 &&
                   g.legend.bottom() <= content.bottom() + 0.5 && g.board.width() > 40 &&
                   g.board.height() > 40;
        };
        const QRectF page(QPointF(0, 0), pageSize);
        const bool besideFits = fits(beside, page);
        const bool belowFits = fits(below, page);
        if (besideFits != belowFits)
            return besideFits ? beside : below;
        return beside.boardScale >= below.boardScale ? beside : below;
    };
    const Geometry plain = best(false);
    if (plain.labels)
        return plain;
    Geometry keyed = best(true);
    keyed.labels = false;
    return keyed;
}

bool MapPrinter::labelsFit(qreal boardScale) const
{
    if (boardScale <= 0)
        return false;
    BoardLayout layout = m_layout;
    PaperLabels labels(m_context.data, boardScale);
    return labels.arrange(&layout);
}

QStringList MapPrinter::boardTexts(const QSizeF &pageSize) const
{
    const Geometry g = geometry(pageSize);
    if (!g.labels)
        return {};
    BoardLayout layout = m_layout;
    PaperLabels labels(m_context.data, g.boardScale);
    labels.arrange(&layout);
    return labels.texts();
}

QList<MapPrinter::KeyEntry> MapPrinter::keyEntries() const
{
    const BoardData &data = m_context.data;
    BoardLayout layout;
    layout.build(data);
    QList<KeyEntry> entries;
    // Names only: the key has to stay small enough to leave the board its room.
    auto describe = [](const Person &person) { return person.name; };
    for (const BoardLayout::TeamPlace &member : layout.team()) {
        const Person *person = data.person(member.personId);
        if (!person)
            continue;
        QString initials;
        for (const QString &part : person->name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (initials.size() < 2)
                initials += part.front().toUpper();
        entries.append({initials, describe(*person), true});
    }
    int number = 0;
    // Numbered file by file (left to right), rank by rank (top down), as on the board.
    for (int file = 0; file < layout.files(); ++file) {
        for (int rank = 0; rank < layout.ranks(); ++rank) {
            for (const qint64 id : layout.peopleOn({file, rank})) {
                const BoardLayout::PiecePlace *place = layout.place(id);
                const Person *person = data.person(id);
                if (!place || !person)
                    continue;
                if (place->visible)
                    entries.append({QString::number(++number), describe(*person), true});
                else
                    entries.append({QStringLiteral("+"), describe(*person), false});
            }
        }
    }
    for (const BoardLayout::PiecePlace &place : layout.places()) {
        if (place.square.isValid())
            continue;
        if (const Person *person = data.person(place.personId))
            entries.append({place.visible ? QString::number(++number) : QStringLiteral("+"),
                            describe(*person), place.visible});
    }
    return entries;
}

bool MapPrinter::print(QPagedPaintDevice *device, QString *error) const
{
    const QString problem = m_setup.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("Cannot start painting the pages.");
        return false;
    }
    const QSizeF pageSize(device->width(), device->height());
    int pageNumber = 0;
    for (int row = 0; row < m_setup.rows; ++row) {
        for (int column = 0; column < m_setup.columns; ++column) {
            if (pageNumber > 0 && !device->newPage()) {
                if (error)
                    *error = tr("Cannot start page %1.").arg(pageNumber + 1);
                return false;
            }
            ++pageNumber;
            paintPage(&painter, pageSize, column, row, pageNumber, pageCount());
        }
    }
    if (!painter.end()) {
        if (error)
            *error = tr("Cannot finish the pages.");
        return false;
    }
    return true;
}

void MapPrinter::paintPage(QPainter *painter, const QSizeF &pageSize, int column, int row,
                           int pageNumber, int pageTotal) const
{
    const BoardStyle::PaperScheme paper; // pages are light whatever the screen shows
    const Geometry g = geometry(pageSize);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(g.page, Qt::white);
    paintBoardWindow(painter, g, column, row);
    if (m_setup.isTiled())
        paintCropMarks(painter, g, column, row);
    paintHeader(painter, g, column, row);
    // The legend, at a scale that keeps its text at 6 pt or more.
    painter->save();
    painter->translate(g.legend.topLeft());
    painter->scale(g.legendScale, g.legendScale);
    BoardLegend::paint(painter, QRectF(QPointF(0, 0), g.legend.size() / g.legendScale),
                       m_context.data.account.freshnessDays, m_context.highlights, true);
    painter->restore();
    if (!g.labels)
        paintKey(painter, g);
    paintFooter(painter, g, column, row, pageNumber, pageTotal);
    painter->restore();
}

void MapPrinter::paintHeader(QPainter *painter, const Geometry &g, int column, int row) const
{
    const QRectF h = g.header;
    qreal gridWidth = 0;
    if (m_setup.isTiled()) {
        // A small map of the sheets with this one filled, and its label.
        const qreal cell = qMin(12.0, 40.0 / qMax(m_setup.columns, m_setup.rows));
        const QSizeF grid(cell * m_setup.columns, cell * m_setup.rows);
        const QRectF gridRect(h.right() - grid.width(), h.top() + 2, grid.width(), grid.height());
        painter->setPen(QPen(QColor(0x55, 0x55, 0x55), 0.8));
        for (int r = 0; r < m_setup.rows; ++r) {
            for (int c = 0; c < m_setup.columns; ++c) {
                painter->setBrush(c == column && r == row ? QColor(0x1F, 0x4E, 0x79)
                                                          : QColor(0xF2, 0xF2, 0xF2));
                painter->drawRect(
                    QRectF(gridRect.left() + c * cell, gridRect.top() + r * cell, cell, cell));
            }
        }
        painter->setFont(printFont(16, true));
        painter->setPen(QColor(0x1F, 0x4E, 0x79));
        const QString label = PageSetup::gridLabel(column, row, m_setup.columns, m_setup.rows);
        const qreal labelWidth =
            QFontMetricsF(painter->font(), painter->device()).horizontalAdvance(label);
        painter->drawText(QRectF(gridRect.left() - 10 - labelWidth, h.top(), labelWidth, 30),
                          Qt::AlignRight | Qt::AlignVCenter, label);
        gridWidth = grid.width() + 14 + labelWidth;
    }
    const qreal width = h.width() - gridWidth;
    painter->setPen(QColor(0x1A, 0x1A, 0x1A));
    painter->setFont(printFont(15, true));
    painter->drawText(QRectF(h.left(), h.top(), width, 28), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(painter->font(), painter->device())
                          .elidedText(m_context.data.account.name, Qt::ElideRight, width));
    painter->setFont(printFont(8.5));
    painter->setPen(QColor(0x44, 0x44, 0x44));
    painter->drawText(QRectF(h.left(), h.top() + 28, width, 16), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(painter->font(), painter->device())
                          .elidedText(factsLine(), Qt::ElideRight, width));
    painter->setPen(QPen(QColor(0x1F, 0x4E, 0x79), 1.5));
    painter->drawLine(QPointF(h.left(), h.bottom()), QPointF(h.right(), h.bottom()));
}

void MapPrinter::paintFooter(QPainter *painter, const Geometry &g, int column, int row,
                             int pageNumber, int pageTotal) const
{
    const QRectF f = g.footer;
    painter->setPen(QPen(QColor(0xAA, 0xAA, 0xAA), 0.8));
    painter->drawLine(f.topLeft(), f.topRight());
    const QRectF text = f.adjusted(0, 3, 0, 0);
    painter->setFont(printFont(7.5, true));
    painter->setPen(QColor(0xB0, 0x1E, 0x1E));
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, confidentialText());
    const qreal confidentialWidth =
        QFontMetricsF(painter->font(), painter->device()).horizontalAdvance(confidentialText());
    painter->setFont(printFont(7.5));
    painter->setPen(QColor(0x55, 0x55, 0x55));
    // The account, as in the header: a sheet taken off the wall still says whose map it is.
    const QRectF account = text.adjusted(confidentialWidth + 8, 0, -text.width() / 2, 0);
    painter->drawText(
        account, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(painter->font(), painter->device())
            .elidedText(m_context.data.account.name, Qt::ElideRight, account.width() - 110));
    if (m_setup.isTiled())
        painter->drawText(
            text, Qt::AlignHCenter | Qt::AlignVCenter,
            tr("Sheet %1 · trim at the crop marks")
                .arg(PageSetup::gridLabel(column, row, m_setup.columns, m_setup.rows)));
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter,
                      tr("Page %1 of %2").arg(pageNumber).arg(pageTotal));
}

void MapPrinter::paintBoardWindow(QPainter *painter, const Geometry &g, int column, int row) const
{
    const BoardData &data = m_context.data;
    const qreal s = g.boardScale;
    if (s <= 0)
        return;
    const qreal virtualWidth =
        m_setup.columns * g.board.width() - (m_setup.columns - 1) * g.overlap;
    const qreal virtualHeight = m_setup.rows * g.board.height() - (m_setup.rows - 1) * g.overlap;
    const QPointF centring((virtualWidth - m_boardSize.width() * s) / 2,
                           (virtualHeight - m_boardSize.height() * s) / 2);
    const QPointF window(column * (g.board.width() - g.overlap),
                         row * (g.board.height() - g.overlap));

    painter->save();
    painter->setClipRect(g.board);
    painter->translate(g.board.topLeft() - window + centring);
    painter->scale(s, s);
    painter->translate(-m_boardOrigin);
    // The part of the board this sheet shows (board units): only what meets it is drawn,
    // so that a tiled PDF does not carry the whole board on every sheet.
    const QRectF area = painter->worldTransform().inverted().mapRect(g.board);
    const auto shows = [&area](const QRectF &rect) { return area.intersects(rect); };

    BoardLayout layout = m_layout;
    PaperLabels labels(data, s);
    if (g.labels)
        labels.arrange(&layout);
    const BoardRenderer renderer(data);
    const BoardFilterMatch filter(data, BoardFilter{});
    BoardLines lines;
    // Paper is sharp: judge the detail as a 300 dpi raster would.
    lines.build(data, layout, filter, BoardRenderer::detailFor(data, s * 300.0 / Dpi),
                m_context.today);
    // A faint mat under the whole map (rail, labels, board): the map's extent on the sheet.
    painter->fillRect(
        layout.contentRect().adjusted(-BoardPadding, -BoardPadding, BoardPadding, BoardPadding),
        MatColour);
    renderer.paintBoard(painter, layout, &area);
    renderer.paintRailBackground(painter, layout);
    // Lines a little receded on a dense board, as on screen, so that names stay readable.
    BoardRenderer::paintLines(painter, lines, &area, BoardRenderer::lineOpacity(lines));
    // Text is drawn here on paper (PaperLabels), not by the renderer.
    for (const BoardLayout::TeamPlace &member : layout.team()) {
        if (shows(member.card))
            renderer.paintTeamMember(painter, member, {false, false, false, false});
    }
    for (const BoardLayout::PiecePlace &place : layout.places()) {
        if (place.visible && !place.inExpanded && shows(place.slot))
            renderer.paintPerson(painter, place, {false, false, false, false});
    }
    for (const BoardLayout::Group &group : layout.groups()) {
        if (shows(group.badge.adjusted(-10, -10, 10, 20)))
            BoardRenderer::paintGroup(painter, group, false);
    }
    // Marks under the names: a ring round a piece must not hide the name under it.
    renderer.paintHighlights(painter, layout, lines, m_context.highlights);
    if (g.labels)
        labels.paint(painter, area);

    if (!g.labels) {
        // Numbers instead of names, printed at KeyFontPt whatever the scale.
        QFont font = printFont(KeyFontPt / s, true);
        painter->setFont(font);
        const QFontMetricsF metrics(font, painter->device());
        const QList<KeyEntry> entries = keyEntries();
        // The team's entries come first, one per member on the rail.
        int index = 0;
        for (const BoardLayout::TeamPlace &member : layout.team())
            index += data.person(member.personId) ? 1 : 0;
        for (int file = 0; file < layout.files(); ++file) {
            for (int rank = 0; rank < layout.ranks(); ++rank) {
                for (const qint64 id : layout.peopleOn({file, rank})) {
                    const BoardLayout::PiecePlace *place = layout.place(id);
                    if (!place || index >= entries.size())
                        continue;
                    const KeyEntry &entry = entries[index++];
                    if (!place->visible)
                        continue;
                    const qreal w = metrics.horizontalAdvance(entry.mark) + 6 / s;
                    const qreal h = metrics.height() + 1 / s;
                    const QRectF tag(place->piece.center().x() - w / 2, place->piece.bottom() + 1,
                                     w, h);
                    painter->setPen(QPen(QColor(0x33, 0x33, 0x33), 0.6 / s));
                    painter->setBrush(Qt::white);
                    painter->drawRoundedRect(tag, h / 3, h / 3);
                    painter->setPen(QColor(0x1A, 0x1A, 0x1A));
                    painter->drawText(tag, Qt::AlignCenter, entry.mark);
                }
            }
        }
        for (const BoardLayout::PiecePlace &place : layout.places()) {
            if (place.square.isValid() || index >= entries.size())
                continue;
            const KeyEntry &entry = entries[index++];
            if (!place.visible)
                continue;
            const qreal w = metrics.horizontalAdvance(entry.mark) + 6 / s;
            const qreal h = metrics.height() + 1 / s;
            const QRectF tag(place.piece.center().x() - w / 2, place.piece.bottom() + 1, w, h);
            painter->setPen(QPen(QColor(0x33, 0x33, 0x33), 0.6 / s));
            painter->setBrush(Qt::white);
            painter->drawRoundedRect(tag, h / 3, h / 3);
            painter->setPen(QColor(0x1A, 0x1A, 0x1A));
            painter->drawText(tag, Qt::AlignCenter, entry.mark);
        }
    }
    painter->restore();
}

void MapPrinter::paintCropMarks(QPainter *painter, const Geometry &g, int column, int row) const
{
    // Trim lines run through the middle of each overlap; outer edges are trimmed at the
    // board window's edge.
    const qreal half = g.overlap / 2;
    const QRectF cut = g.board.adjusted(column > 0 ? half : 0, row > 0 ? half : 0,
                                        column < m_setup.columns - 1 ? -half : 0,
                                        row < m_setup.rows - 1 ? -half : 0);
    painter->save();
    painter->setPen(QPen(Qt::black, 0.6));
    constexpr qreal Near = 3;
    constexpr qreal Far = 13;
    for (const qreal x : {cut.left(), cut.right()}) {
        painter->drawLine(QPointF(x, g.board.top() - Near), QPointF(x, g.board.top() - Far));
        painter->drawLine(QPointF(x, g.board.bottom() + Near), QPointF(x, g.board.bottom() + Far));
    }
    for (const qreal y : {cut.top(), cut.bottom()}) {
        painter->drawLine(QPointF(g.board.left() - Near, y), QPointF(g.board.left() - Far, y));
        painter->drawLine(QPointF(g.board.right() + Near, y), QPointF(g.board.right() + Far, y));
    }
    painter->setPen(QPen(QColor(0x1F, 0x4E, 0x79, 120), 0.6, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(g.board);
    // Neighbours named beside the trim lines: "← A2", "B1 →", "↑ A1", "↓ A2".
    painter->setFont(printFont(6.5, true));
    painter->setPen(QColor(0x1F, 0x4E, 0x79));
    auto name = [&](int c, int r) { return PageSetup::columnLetter(c) + QString::number(r + 1); };
    const qreal above = g.board.top() - Far - 1;
    const qreal below = g.board.bottom() + Near;
    if (column > 0)
        painter->drawText(QRectF(cut.left() + 4, above, 80, 11), Qt::AlignLeft | Qt::AlignVCenter,
                          QStringLiteral("← %1").arg(name(column - 1, row)));
    if (column < m_setup.columns - 1)
        painter->drawText(QRectF(cut.right() - 84, above, 80, 11),
                          Qt::AlignRight | Qt::AlignVCenter,
                          QStringLiteral("%1 →").arg(name(column + 1, row)));
    if (row > 0)
        painter->drawText(QRectF(g.board.center().x() - 40, above, 80, 11), Qt::AlignCenter,
                          QStringLiteral("↑ %1").arg(name(column, row - 1)));
    if (row < m_setup.rows - 1)
        painter->drawText(QRectF(g.board.center().x() - 40, below, 80, 11), Qt::AlignCenter,
                          QStringLiteral("↓ %1").arg(name(column, row + 1)));
    painter->restore();
}

void MapPrinter::paintKey(QPainter *painter, const Geometry &g) const
{
    const QList<KeyEntry> entries = keyEntries();
    painter->save();
    painter->setPen(QColor(0x1A, 0x1A, 0x1A));
    painter->setFont(printFont(8, true));
    painter->drawText(QRectF(g.key.left(), g.key.top(), g.key.width(), 14),
                      Qt::AlignLeft | Qt::AlignVCenter, tr("Key"));
    painter->setFont(printFont(KeyFontPt));
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const QString why =
        tr("Numbers on the pieces; names below %1 pt omitted.").arg(MinimumPrintedPt);
    painter->drawText(QRectF(g.key.left(), g.key.top() + 13, g.key.width(), 11),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(painter->font(), painter->device())
                          .elidedText(why, Qt::ElideRight, g.key.width()));
    painter->setPen(QColor(0x1A, 0x1A, 0x1A));
    const QFont markFont = printFont(KeyFontPt, true);
    const QFont textFont = printFont(KeyFontPt);
    const QFontMetricsF metrics(textFont, painter->device());
    const int columns = qMax(1, g.keyColumns);
    // A key in a panel beside the board fills its columns down; one under the board or in
    // a band shares the entries out evenly.
    const bool panel = g.legendBeside && g.key.top() <= g.board.top() + 0.5;
    const int perColumn = panel ? qMax(1, int((g.key.height() - KeyTitleHeight) / KeyLineHeight))
                                : (int(entries.size()) + columns - 1) / columns;
    const qreal columnWidth = g.key.width() / columns;
    for (int i = 0; i < entries.size(); ++i) {
        const int c = i / perColumn;
        const int r = i % perColumn;
        const QRectF line(g.key.left() + c * columnWidth,
                          g.key.top() + KeyTitleHeight + r * KeyLineHeight, columnWidth - 6,
                          KeyLineHeight);
        painter->setFont(markFont);
        painter->setPen(entries[i].onBoard ? QColor(0x1F, 0x4E, 0x79) : QColor(0x88, 0x88, 0x88));
        painter->drawText(QRectF(line.left(), line.top(), 20, line.height()),
                          Qt::AlignRight | Qt::AlignVCenter, entries[i].mark);
        painter->setFont(textFont);
        painter->setPen(QColor(0x22, 0x22, 0x22));
        const QRectF textRect = line.adjusted(24, 0, 0, 0);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(entries[i].text, Qt::ElideRight, textRect.width()));
    }
    painter->restore();
}

} // namespace Kingside
