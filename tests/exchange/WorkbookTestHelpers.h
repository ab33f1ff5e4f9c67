#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <zip.h>

#include <cstdlib>
#include <cstring>

namespace Kingside::Test {

// A zip archive built in memory with libzip: (name, bytes) entries, deflated (or stored,
// so that a test can damage a part's bytes where it finds them).
inline QByteArray zipOf(const QList<QPair<QString, QByteArray>> &entries, bool stored = false)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    zip_source_keep(buffer);
    for (const auto &[name, bytes] : entries) {
        // libzip copies the data when told to free it; keep a heap copy for it.
        void *copy = malloc(size_t(bytes.size()) + 1);
        memcpy(copy, bytes.constData(), size_t(bytes.size()));
        zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.size()), 1);
        const zip_int64_t index =
            zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        zip_set_file_compression(archive, zip_uint64_t(index),
                                 stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, stored ? 0 : 1);
    }
    zip_close(archive);
    QByteArray out;
    if (zip_source_open(buffer) == 0) {
        zip_source_seek(buffer, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(buffer);
        zip_source_seek(buffer, 0, SEEK_SET);
        out.resize(qsizetype(size));
        zip_source_read(buffer, out.data(), zip_uint64_t(size));
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    return out;
}

inline QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// One cell of a sheet written by xlsxOf: the reference, the type (t), the style (s) and
// the <v> or inline text.
struct XlsxCell
{
    QString reference; // "B3"; empty: the next column
    QString type;      // "s" is turned into an inline string; "n", "b", "str", "e", "d"
    QString value;
    int style = 0; // 1: yyyy-mm-dd, 2: built-in 14 (m/d/yyyy), 3: yyyy-mm-dd hh:mm
};

struct XlsxSheet
{
    QString name;
    QList<QList<XlsxCell>> rows; // row i is row i+1 unless rowNumbers says otherwise
    QList<int> rowNumbers;
    QString state;         // "hidden"
    QString hiddenColumns; // "1:3" hides A–C
};

// A minimal valid SpreadsheetML package (ECMA-376 Part 1, §18: workbook, worksheets,
// shared strings, styles with date number formats) as Excel lays it out: text cells
// as shared strings, except cells whose type is "inlineStr".
inline QByteArray xlsxOf(const QList<XlsxSheet> &sheets, bool date1904 = false, bool stored = false)
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const QByteArray pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
    QList<QPair<QString, QByteArray>> parts;
    parts.append({QStringLiteral("[Content_Types].xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"});
    parts.append({QStringLiteral("_rels/.rels"),
                  "<Relationships xmlns=\"" + pkg + "\"><Relationship Id=\"rId1\" Type=\"" + rel +
                      "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    QByteArray workbook = "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\">";
    if (date1904)
        workbook += "<workbookPr date1904=\"1\"/>";
    workbook += "<sheets>";
    QByteArray rels = "<Relationships xmlns=\"" + pkg + "\">";
    QStringList shared;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + xmlEscaped(sheets[i].name) + "\" sheetId=\"" + n +
                    "\" r:id=\"rId" + n + "\"" +
                    (sheets[i].state.isEmpty() ? QByteArray()
                                               : " state=\"" + sheets[i].state.toUtf8() + "\"") +
                    "/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel +
                "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        QByteArray sheet = "<worksheet xmlns=\"" + main + "\">";
        if (!sheets[i].hiddenColumns.isEmpty()) {
            const QStringList range = sheets[i].hiddenColumns.split(QLatin1Char(':'));
            sheet += "<cols><col min=\"" + range.value(0).toUtf8() + "\" max=\"" +
                     range.value(1).toUtf8() + "\" width=\"0\" hidden=\"1\"/></cols>";
        }
        sheet += "<sheetData>";
        for (int r = 0; r < sheets[i].rows.size(); ++r) {
            const int number = sheets[i].rowNumbers.value(r, r + 1);
            sheet += "<row r=\"" + QByteArray::number(number) + "\">";
            for (const XlsxCell &cell : sheets[i].rows[r]) {
                sheet += "<c";
                if (!cell.reference.isEmpty())
                    sheet += " r=\"" + cell.reference.toUtf8() + "\"";
                if (cell.style > 0)
                    sheet += " s=\"" + QByteArray::number(cell.style) + "\"";
                if (cell.type == QLatin1String("s")) {
                    qsizetype index = shared.indexOf(cell.value);
                    if (index < 0) {
                        index = shared.size();
                        shared.append(cell.value);
                    }
                    sheet += " t=\"s\"><v>" + QByteArray::number(index) + "</v></c>";
                } else if (cell.type == QLatin1String("inlineStr")) {
                    sheet += " t=\"inlineStr\"><is><t xml:space=\"preserve\">" +
                             xmlEscaped(cell.value) + "</t></is></c>";
                } else {
                    if (!cell.type.isEmpty() && cell.type != QLatin1String("n"))
                        sheet += " t=\"" + cell.type.toUtf8() + "\"";
                    sheet += "><v>" + xmlEscaped(cell.value) + "</v></c>";
                }
            }
            sheet += "</row>";
        }
        sheet += "</sheetData></worksheet>";
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheet});
    }
    workbook += "</sheets></workbook>";
    rels += "<Relationship Id=\"rIdS\" Type=\"" + rel +
            "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            "<Relationship Id=\"rIdT\" Type=\"" +
            rel + "/styles\" Target=\"styles.xml\"/></Relationships>";
    QByteArray sst = "<sst xmlns=\"" + main + "\" count=\"" + QByteArray::number(shared.size()) +
                     "\" uniqueCount=\"" + QByteArray::number(shared.size()) + "\">";
    for (const QString &text : shared)
        sst += "<si><t xml:space=\"preserve\">" + xmlEscaped(text) + "</t></si>";
    sst += "</sst>";
    const QByteArray styles =
        "<styleSheet xmlns=\"" + main +
        "\"><numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm\"/></numFmts>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"165\" "
        "applyNumberFormat=\"1\"/></cellXfs></styleSheet>";
    parts.append({QStringLiteral("xl/workbook.xml"), workbook});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    parts.append({QStringLiteral("xl/sharedStrings.xml"), sst});
    parts.append({QStringLiteral("xl/styles.xml"), styles});
    return zipOf(parts, stored);
}

// Rows of text as one sheet: every non-empty value a shared string.
inline QByteArray xlsxOfRows(const QString &sheetName, const QList<QStringList> &rows,
                             const QString &hiddenColumns = {})
{
    XlsxSheet sheet;
    sheet.name = sheetName;
    sheet.hiddenColumns = hiddenColumns;
    for (const QStringList &values : rows) {
        QList<XlsxCell> cells;
        for (int c = 0; c < values.size(); ++c) {
            if (!values[c].isEmpty()) {
                QString reference;
                for (int n = c + 1; n > 0; n = (n - 1) / 26)
                    reference.prepend(QChar(u'A' + (n - 1) % 26));
                cells.append({reference + QString::number(sheet.rows.size() + 1),
                              QStringLiteral("s"), values[c]});
            }
        }
        sheet.rows.append(cells);
    }
    return xlsxOf({sheet});
}

} // namespace Kingside::Test
