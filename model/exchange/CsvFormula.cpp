#include "CsvFormula.h"

namespace Kingside::CsvFormula {
namespace {

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

qsizetype leadingApostrophes(const QString &text)
{
    qsizetype count = 0;
    while (count < text.size() && text[count] == QLatin1Char('\''))
        ++count;
    return count;
}

} // namespace

bool looksLikeFormula(const QString &text)
{
    const qsizetype apostrophes = leadingApostrophes(text);
    return apostrophes < text.size() && isFormulaStart(text[apostrophes]);
}

QString neutralised(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString restored(const QString &cell)
{
    return leadingApostrophes(cell) > 0 && looksLikeFormula(cell) ? cell.mid(1) : cell;
}

} // namespace Kingside::CsvFormula
