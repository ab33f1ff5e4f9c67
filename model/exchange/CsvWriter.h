#pragma once

#include <QByteArray>
#include <QStringList>

namespace Kingside {

// Writes RFC 4180 CSV in UTF-8 with CRLF line ends: fields with commas, quotes, line
// breaks or surrounding spaces are quoted, quotes doubled; a cell that a spreadsheet
// would run as a formula gets an apostrophe in front and is quoted (CsvFormula).
class CsvWriter
{
public:
    void addRow(const QStringList &fields);
    const QByteArray &data() const { return m_data; }

    static QString field(const QString &value);

private:
    QByteArray m_data;
};

} // namespace Kingside
