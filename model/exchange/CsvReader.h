#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Kingside {

// One record of a CSV file and the physical line it starts on (1-based).
struct CsvRow
{
    int line = 0;
    QStringList fields;
};

// A record that could not be read, with the reason.
struct CsvProblem
{
    int line = 0;
    QString message;
};

// An RFC 4180 reader: quoted fields with delimiters, doubled quotes and line breaks,
// CRLF/LF/CR line ends. Lenient where exporters are sloppy (a stray quote inside an
// unquoted field is kept), strict about limits so that hostile files give a message,
// not a hang: a field that never closes is reported at the line it opened, and reading
// resumes on the next line. A cell Kingside neutralised against spreadsheet formulas
// ("'=…", see CsvFormula) is read back as the original text.
class CsvReader
{
public:
    struct Limits
    {
        qsizetype maxColumns = 1000;
        qsizetype maxFieldLength = 100000;
    };
    struct Result
    {
        QList<CsvRow> rows; // blank rows are left out
        QList<CsvProblem> problems;
    };

    // Comma, semicolon (European spreadsheets) or tab, whichever separates the first
    // lines best; comma when in doubt.
    static QChar detectDelimiter(QStringView text);

    static Result parse(QStringView text, QChar delimiter, const Limits &limits);
    static Result parse(QStringView text, QChar delimiter) { return parse(text, delimiter, {}); }
};

} // namespace Kingside
