#pragma once

#include "board/BoardLayout.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace Kingside {

struct BoardData;

// The names and titles of a board on paper (see README, Printed maps, "Names on paper").
// A square with one person shows the piece with the name and title under it, as on
// screen. A square with several shows them as a list: each title once, the names that
// share it under it, each beside a small piece; nobody is folded into a "+N" group. The
// rail's cards carry name, role and title. All text prints at NamePt and TitlePt
// whatever the board's scale; a line too wide is squeezed, down to SqueezeLimit of its
// width, and a title may take two lines. When something still does not fit, arrange()
// says so and the printer numbers the pieces and prints a key instead.
class PaperLabels
{
public:
    static constexpr qreal NamePt = 6.5;
    static constexpr qreal TitlePt = 6;
    static constexpr qreal SqueezeLimit = 0.78;

    // `scale`: device units (1/96 inch) per board unit.
    PaperLabels(const BoardData &data, qreal scale);

    // Moves the people of `layout` to their paper places (and drops its groups) and
    // prepares the text. False when a name, title or card does not fit.
    bool arrange(BoardLayout *layout);
    // The text, the lines of it that meet `area` (board units).
    void paint(QPainter *painter, const QRectF &area) const;
    // Everything printed, in paint order (for tests).
    QStringList texts() const;

private:
    enum class Style
    {
        Name,
        Title,
    };
    struct Line
    {
        QString text;
        QRectF rect; // board units
        Style style = Style::Name;
        bool centred = false;
        qreal squeeze = 1;
    };

    const QFont &fontOf(Style style) const;
    qreal heightOf(Style style) const;
    // The line at `rect`, squeezed to its width; false when that takes more than the limit.
    bool addLine(const QString &text, const QRectF &rect, Style style, bool centred);
    // A title as one line, or two split at a space; empty when it cannot fit `width`.
    QStringList titleLines(const QString &title, qreal width) const;
    qreal widthOf(const QString &text, Style style) const;
    bool arrangeSquare(BoardLayout *layout, const QList<qint64> &people, const QRectF &area);
    bool arrangeTeam(const BoardLayout::TeamPlace &member);

    const BoardData &m_data;
    QFont m_nameFont;
    QFont m_titleFont;
    QList<Line> m_lines;
};

} // namespace Kingside
