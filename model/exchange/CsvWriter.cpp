#include "CsvWriter.h"

#include "CsvFormula.h"

namespace Kingside {

QString CsvWriter::field(const QString &text)
{
    // A cell a spreadsheet would run as a formula is written as text: apostrophe, quoted.
    const bool formula = CsvFormula::looksLikeFormula(text);
    const QString value = CsvFormula::neutralised(text);
    const bool needsQuotes =
        formula || value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
        value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\t')) ||
        (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &value : fields)
        cells.append(field(value));
    m_data += cells.join(QLatin1Char(',')).toUtf8();
    m_data += "\r\n";
}

} // namespace Kingside
