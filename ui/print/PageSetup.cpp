#include "PageSetup.h"

#include <QCoreApplication>

namespace Kingside {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::PageSetup", text);
}
} // namespace

QPageSize PageSetup::pageSize() const
{
    switch (paper) {
    case Paper::A4:
        return QPageSize(QPageSize::A4);
    case Paper::A3:
        return QPageSize(QPageSize::A3);
    case Paper::Letter:
        return QPageSize(QPageSize::Letter);
    case Paper::Legal:
        return QPageSize(QPageSize::Legal);
    }
    return QPageSize(QPageSize::A4);
}

QPageLayout PageSetup::pageLayout() const
{
    return QPageLayout(pageSize(), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

QString PageSetup::validate() const
{
    if (columns < 1 || rows < 1 || columns > MaxTiles || rows > MaxTiles)
        return tr("Tiles are 1 to %1 pages across and down, not %2×%3.")
            .arg(MaxTiles)
            .arg(columns)
            .arg(rows);
    if (marginMm < 0 || marginMm > 40)
        return tr("The margin is 0 to 40 mm, not %1 mm.").arg(marginMm);
    if (overlapMm < 0 || overlapMm > 50)
        return tr("The overlap of tiles is 0 to 50 mm, not %1 mm.").arg(overlapMm);
    return {};
}

QString PageSetup::paperName(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return QStringLiteral("A4");
    case Paper::A3:
        return QStringLiteral("A3");
    case Paper::Letter:
        return QStringLiteral("Letter");
    case Paper::Legal:
        return QStringLiteral("Legal");
    }
    return {};
}

std::optional<PageSetup::Paper> PageSetup::paperFromName(const QString &name)
{
    for (const Paper paper : {Paper::A4, Paper::A3, Paper::Letter, Paper::Legal}) {
        if (paperName(paper).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return paper;
    }
    return std::nullopt;
}

std::optional<PageSetup::Paper> PageSetup::paperFromPageSize(const QPageSize &size)
{
    switch (size.id()) {
    case QPageSize::A4:
        return Paper::A4;
    case QPageSize::A3:
        return Paper::A3;
    case QPageSize::Letter:
        return Paper::Letter;
    case QPageSize::Legal:
        return Paper::Legal;
    default:
        return std::nullopt;
    }
}

QString PageSetup::columnLetter(int column)
{
    QString letters;
    int n = column + 1;
    while (n > 0) {
        const int digit = (n - 1) % 26;
        letters.prepend(QChar(u'A' + digit));
        n = (n - 1) / 26;
    }
    return letters;
}

QString PageSetup::gridLabel(int column, int row, int columns, int rows)
{
    return tr("%1%2 of %3×%4").arg(columnLetter(column)).arg(row + 1).arg(columns).arg(rows);
}

} // namespace Kingside
