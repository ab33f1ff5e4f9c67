#pragma once

#include "CsvReader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kingside {

// A spreadsheet read as rows of text, like a CSV file: an Excel workbook (.xlsx, Office
// Open XML, ECMA-376) or an OpenDocument spreadsheet (.ods). The zip archive is read with
// libzip, the XML parts with QXmlStreamReader. Cells come out as the text a CSV saved
// from the same sheet would hold: shared and inline strings, numbers ("4791234567",
// "2.5"), TRUE/FALSE, dates in ISO form ("2024-03-01") when the cell's style is a date
// format, formulas as their last computed value. Cells and rows are placed by their
// reference ("C7"), so sparse sheets keep their columns; each row keeps its number in
// the sheet as its line. A cell merged down over several rows (.xlsx) gives its value to
// each of them. See README, Importing and exporting data.
//
// Hostile files give a message, not a hang or an exhausted memory: the archive, each
// part inflated and the cells of a sheet are bounded (a zip bomb stops at the bound).
class Workbook
{
public:
    enum class Kind
    {
        Xlsx,
        Ods,
    };

    static constexpr qint64 MaxPartBytes = 256 * 1024 * 1024; // one XML part, inflated
    static constexpr qint64 MaxCells = 4 * 1000 * 1000;       // cells of the sheet read
    static constexpr int MaxColumns = 16384;                  // Excel's last column, XFD
    static constexpr int MaxRows = 1048576;                   // Excel's last row

    struct Limits
    {
        qint64 maxPartBytes = MaxPartBytes;
        qint64 maxCells = MaxCells;
    };

    struct Sheet
    {
        QString name;
        bool hidden = false;
    };

    struct Result
    {
        bool ok = false;
        QString error; // what is wrong and where (the part, line and column)
        Kind kind = Kind::Xlsx;
        QList<Sheet> sheets;      // every sheet of the workbook, in order
        int sheetIndex = -1;      // the one read
        QList<CsvRow> rows;       // its non-blank rows; line = the row's number in the sheet
        QList<int> hiddenColumns; // 0-based columns the sheet hides
        int filledFromMerges = 0; // cells given the value of a cell merged down over them
    };

    // A zip archive (what .xlsx and .ods files are).
    static bool isZip(const QByteArray &bytes);
    // An OLE compound file: Excel 97–2003 .xls, or a password-protected .xlsx.
    static bool isOleCompound(const QByteArray &bytes);

    // Reads one sheet: the one named `sheet` (case does not matter), or numbered by it
    // ("2" is the second), or, when `sheet` is empty, the first visible one.
    static Result read(const QByteArray &bytes, const QString &sheet, const Limits &limits);
    static Result read(const QByteArray &bytes, const QString &sheet = {})
    {
        return read(bytes, sheet, Limits{});
    }

    // "A" for column 0, "AB" for 27.
    static QString columnName(int column);
};

} // namespace Kingside
