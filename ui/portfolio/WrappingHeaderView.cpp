#include "WrappingHeaderView.h"

#include <QHelpEvent>
#include <QStyleOptionHeader>
#include <QToolTip>

#include <algorithm>

namespace Kingside {

namespace {

// Greedy word wrap: as many words on each line as `width` holds.
QStringList wrapWords(const QStringList &words, const QFontMetrics &metrics, int width)
{
    QStringList lines;
    for (const QString &word : words) {
        if (!lines.isEmpty() &&
            metrics.horizontalAdvance(lines.last() + QLatin1Char(' ') + word) <= width)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines.append(word);
    }
    return lines;
}

} // namespace

WrappingHeaderView::WrappingHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignCenter);
    setTextElideMode(Qt::ElideNone); // wrapped, never cut short
}

QString WrappingHeaderView::titleOf(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString()
                   : QString();
}

int WrappingHeaderView::textMargin(int logicalIndex) const
{
    int margin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    if (isSortIndicatorShown())
        margin += style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this) +
                  style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    Q_UNUSED(logicalIndex)
    return margin + 4;
}

QString WrappingHeaderView::wrappedText(int logicalIndex, int width) const
{
    const QStringList words = titleOf(logicalIndex).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return wrapWords(words, fontMetrics(), width - textMargin(logicalIndex))
        .join(QLatin1Char('\n'));
}

void WrappingHeaderView::refitHeight()
{
    if (count() == 0)
        return;
    headerDataChanged(orientation(), 0, count() - 1); // forgets the cached size hint
    emit geometriesChanged();                         // the table makes room for it
}

QSize WrappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    // The narrowest width that shows the title on at most two lines.
    const QString title = titleOf(logicalIndex);
    const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QFontMetrics metrics = fontMetrics();
    int width = metrics.horizontalAdvance(title);
    for (int split = 1; split < words.size(); ++split) {
        const int first = metrics.horizontalAdvance(words.mid(0, split).join(QLatin1Char(' ')));
        const int second = metrics.horizontalAdvance(words.mid(split).join(QLatin1Char(' ')));
        width = std::min(width, std::max(first, second));
    }
    width += textMargin(logicalIndex);
    // Two lines tall whenever any title needs two, so that all sections line up.
    int lines = 1;
    for (int section = 0; section < count(); ++section) {
        if (!isSectionHidden(section) &&
            wrappedText(section, std::max(sectionSize(section), 1)).contains(QLatin1Char('\n')))
            lines = 2;
    }
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.section = logicalIndex;
    option.fontMetrics = metrics;
    option.text = lines == 2 ? QStringLiteral("X\nX") : QStringLiteral("X");
    const QSize box = style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this);
    return {width, box.height()};
}

void WrappingHeaderView::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    option->text = wrappedText(logicalIndex, sectionSize(logicalIndex));
}

bool WrappingHeaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int section = logicalIndexAt(help->pos());
        const QVariant own = section >= 0 && model()
                                 ? model()->headerData(section, orientation(), Qt::ToolTipRole)
                                 : QVariant();
        const QString tip = own.toString().isEmpty() ? titleOf(section) : own.toString();
        if (section < 0 || tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QHeaderView::viewportEvent(event);
}

} // namespace Kingside
