#include "Workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>
#include <optional>

namespace Kingside {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::Workbook", text, disambiguation, n);
}

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::Workbook)
};

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

// A zip archive read from memory with libzip. Parts are looked up without regard to
// case (Open Packaging Conventions names are case-insensitive).
class Archive
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::Workbook)

public:
    Archive(const QByteArray &bytes, qint64 maxPartBytes)
        : m_bytes(bytes), m_maxPartBytes(maxPartBytes)
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source =
            zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
        if (source)
            m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!m_zip) {
            m_error = QString::fromUtf8(zip_error_strerror(&error));
            if (source)
                zip_source_free(source);
        }
        zip_error_fini(&error);
    }
    ~Archive()
    {
        if (m_zip)
            zip_discard(m_zip);
    }
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    QString error() const { return m_error; }

    bool has(const QString &name) const
    {
        return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
    }

    // The part inflated, at most maxPartBytes; nullopt with the reason otherwise.
    std::optional<QByteArray> part(const QString &name, QString *error) const
    {
        const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
        if (index < 0) {
            *error = tr("the part %1 is missing").arg(name);
            return std::nullopt;
        }
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) == 0 &&
            (stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(m_maxPartBytes)) {
            *error = tr("the part %1 inflates to %2 MB; Kingside reads parts of up to %3 MB")
                         .arg(name,
                              megabytes(qint64(std::min<zip_uint64_t>(
                                  stat.size, std::numeric_limits<qint64>::max()))),
                              megabytes(m_maxPartBytes));
            return std::nullopt;
        }
        zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
        if (!file) {
            *error = tr("the part %1 cannot be opened (%2)")
                         .arg(name, QString::fromUtf8(zip_strerror(m_zip)));
            return std::nullopt;
        }
        QByteArray bytes;
        // The size in the archive's directory can lie: the bound is checked while inflating.
        constexpr qsizetype chunk = 256 * 1024;
        for (;;) {
            const qsizetype before = bytes.size();
            bytes.resize(before + chunk);
            const zip_int64_t got = zip_fread(file, bytes.data() + before, chunk);
            if (got < 0) {
                *error = tr("the part %1 is damaged (%2)")
                             .arg(name, QString::fromUtf8(zip_file_strerror(file)));
                zip_fclose(file);
                return std::nullopt;
            }
            bytes.resize(before + qsizetype(got));
            if (got == 0)
                break;
            if (bytes.size() > m_maxPartBytes) {
                *error = tr("the part %1 inflates to more than %2 MB; Kingside reads parts of "
                            "up to %2 MB")
                             .arg(name, megabytes(m_maxPartBytes));
                zip_fclose(file);
                return std::nullopt;
            }
        }
        zip_fclose(file);
        return bytes;
    }

private:
    QByteArray m_bytes; // libzip reads from this buffer: it lives as long as the archive
    qint64 m_maxPartBytes;
    zip_t *m_zip = nullptr;
    QString m_error;
};

QString xmlError(const QString &part, const QXmlStreamReader &xml)
{
    return Text::tr("%1, line %2, column %3: %4")
        .arg(part)
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

// The value of the attribute with this local name, whatever its namespace prefix.
QString attribute(const QXmlStreamReader &xml, QLatin1String name, bool namespaced = false)
{
    for (const QXmlStreamAttribute &attr : xml.attributes()) {
        if (attr.name() == name && (!namespaced || !attr.namespaceUri().isEmpty()))
            return attr.value().toString();
    }
    return {};
}

bool isTrue(const QString &value)
{
    return value == QLatin1String("1") ||
           value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QString numberText(double value)
{
    if (value == 0)
        return QStringLiteral("0"); // not "-0"
    return QString::number(value, 'g', 15);
}

int chooseSheet(const QList<Workbook::Sheet> &sheets, const QString &wanted)
{
    const QString name = wanted.trimmed();
    if (name.isEmpty()) {
        for (int i = 0; i < sheets.size(); ++i) {
            if (!sheets[i].hidden)
                return i;
        }
        return sheets.isEmpty() ? -1 : 0;
    }
    for (int i = 0; i < sheets.size(); ++i) {
        if (sheets[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    bool number = false;
    const int index = name.toInt(&number);
    if (number && index >= 1 && index <= sheets.size())
        return index - 1;
    return -1;
}

QString sheetNames(const QList<Workbook::Sheet> &sheets)
{
    QStringList names;
    for (const Workbook::Sheet &sheet : sheets)
        names.append(QStringLiteral("“%1”").arg(sheet.name));
    return names.join(QStringLiteral(", "));
}

// Collects a sheet's rows, keeping the cell bound.
class RowCollector
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::Workbook)

public:
    RowCollector(Workbook::Result *result, qint64 maxCells) : m_result(result), m_maxCells(maxCells)
    {}

    // Sets the cell of the current row; false with the message when a bound is passed.
    bool set(int column, const QString &value, QString *error)
    {
        if (value.isEmpty())
            return true;
        if (column >= Workbook::MaxColumns) {
            *error = tr("a value lies beyond the last column %1")
                         .arg(Workbook::columnName(Workbook::MaxColumns - 1));
            return false;
        }
        if (column >= m_fields.size()) {
            m_cells += column + 1 - m_fields.size();
            if (m_cells > m_maxCells) {
                *error = tr("the sheet has more than %1 cells; Kingside reads sheets of up to "
                            "%1 cells. Save the contacts alone in a sheet and import that.")
                             .arg(QLocale().toString(m_maxCells));
                return false;
            }
            m_fields.resize(column + 1);
        }
        m_fields[column] = value;
        return true;
    }
    // Ends the current row (numbered `line`), repeated `times` (OpenDocument).
    bool finish(int line, int times, QString *error)
    {
        if (!m_fields.isEmpty()) {
            for (int i = 0; i < times; ++i) {
                if (i > 0) {
                    m_cells += m_fields.size();
                    if (m_cells > m_maxCells || line + i > Workbook::MaxRows) {
                        *error = tr("the sheet has more than %1 cells; Kingside reads sheets "
                                    "of up to %1 cells.")
                                     .arg(QLocale().toString(m_maxCells));
                        return false;
                    }
                }
                m_result->rows.append({line + i, m_fields});
            }
        }
        m_fields.clear();
        return true;
    }
    int columns() const { return int(m_fields.size()); }

private:
    Workbook::Result *m_result;
    qint64 m_maxCells;
    QStringList m_fields;
    qint64 m_cells = 0;
};

// A cell merged down over several rows: its column and the rows it covers.
struct Merge
{
    int column;
    int firstRow;
    int lastRow;
};

// A cell merged down over several rows (a Salesforce formatted report's group, such as
// the account all the contacts below share) gives its value to each row it covers, as
// the person reading the sheet sees it (README "Excel and OpenDocument workbooks").
// Merges across columns only (titles) change nothing. Only rows that hold other cells are
// filled; none is added. `filled` counts the cells filled against `maxCells`.
void fillMerges(Workbook::Result *result, const QList<Merge> &merges, qint64 maxCells,
                qint64 *filled)
{
    if (merges.isEmpty())
        return;
    QHash<int, qsizetype> indexOf;
    for (qsizetype i = 0; i < result->rows.size(); ++i)
        indexOf.insert(result->rows[i].line, i);
    for (const Merge &merge : merges) {
        const qsizetype top = indexOf.value(merge.firstRow, -1);
        if (top < 0 || merge.column >= result->rows[top].fields.size())
            continue;
        const QString value = result->rows[top].fields[merge.column];
        if (value.isEmpty())
            continue;
        const int last = std::min(merge.lastRow, merge.firstRow + 100000);
        for (int line = merge.firstRow + 1; line <= last; ++line) {
            const qsizetype at = indexOf.value(line, -1);
            if (at < 0)
                continue;
            QStringList &fields = result->rows[at].fields;
            if (merge.column >= fields.size()) {
                if (merge.column >= Workbook::MaxColumns || *filled >= maxCells)
                    continue;
                fields.resize(merge.column + 1);
            }
            if (fields[merge.column].isEmpty()) {
                fields[merge.column] = value;
                ++*filled;
                ++result->filledFromMerges;
            }
        }
    }
}

// ---- Office Open XML (.xlsx) ----------------------------------------------------------

// "C7" -> column 2, row 7; false when it is not a cell reference.
bool parseReference(const QString &reference, int *column, int *row)
{
    int c = 0;
    int i = 0;
    const int n = int(reference.size());
    while (i < n && reference[i].isLetter() && reference[i].unicode() < 128) {
        c = c * 26 + (reference[i].toUpper().unicode() - 'A' + 1);
        if (c > Workbook::MaxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == n)
        return false;
    bool ok = false;
    const int r = QStringView(reference).mid(i).toInt(&ok);
    if (!ok || r < 1)
        return false;
    *column = c - 1;
    *row = r;
    return true;
}

// Whether a number format shows a date or time: Excel's built-in date formats, or a
// format code with day, month, year, hour or second letters outside quoted text.
struct DateFormat
{
    bool date = false;
    bool time = false;
};

DateFormat dateFormatOf(int id, const QString &code)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58))
        return {true, false};
    if (id == 22)
        return {true, true};
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47))
        return {false, true};
    if (code.isEmpty())
        return {};
    DateFormat format;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i].toLower();
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is literal
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i);
            const QString inside = code.mid(i + 1, end - i - 1).toLower();
            // [h], [mm], [ss]: elapsed time; [Red], [$-409], [>=100]: not dates.
            if (!inside.isEmpty() &&
                (inside[0] == QLatin1Char('h') || inside[0] == QLatin1Char('m') ||
                 inside[0] == QLatin1Char('s')))
                format.time = true;
            if (end < 0)
                break;
            i = end;
        } else if (c == QLatin1Char('d') || c == QLatin1Char('y')) {
            format.date = true;
        } else if (c == QLatin1Char('h') || c == QLatin1Char('s')) {
            format.time = true;
        } else if (c == QLatin1Char('m')) {
            format.date = true; // month, or minutes next to h/s: either way a date-time
        }
    }
    if (format.time && !code.contains(QLatin1Char('d'), Qt::CaseInsensitive) &&
        !code.contains(QLatin1Char('y'), Qt::CaseInsensitive))
        format.date = false; // "h:mm": the m is minutes
    return format;
}

// A serial day number as ISO text ("2024-03-01", "2024-03-01T09:30:00", "09:30:00").
QString serialText(double serial, bool date1904, DateFormat format)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return numberText(serial);
    double days = std::floor(serial);
    qint64 seconds = qint64(std::llround((serial - days) * 86400.0));
    if (seconds >= 86400) {
        days += 1;
        seconds = 0;
    }
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    if (!format.date && days == 0)
        return time.toString(QStringLiteral("HH:mm:ss"));
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(qint64(days));
    else if (days < 60) // Excel counts 1900-02-29, a day that did not exist
        date = QDate(1899, 12, 31).addDays(qint64(days));
    else
        date = QDate(1899, 12, 30).addDays(qint64(days));
    if (format.time && seconds != 0)
        return QDateTime(date, time).toString(Qt::ISODate);
    return date.toString(Qt::ISODate);
}

// Target of a relationship, resolved against the folder of the part that has it.
QString resolveTarget(const QString &folder, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = folder.isEmpty() ? QStringList() : folder.split(QLatin1Char('/'));
    for (const QString &piece : target.split(QLatin1Char('/'))) {
        if (piece == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (piece != QLatin1String(".") && !piece.isEmpty())
            parts.append(piece);
    }
    return parts.join(QLatin1Char('/'));
}

struct Relationship
{
    QString id;
    QString type;
    QString target;
};

bool readRelationships(const Archive &zip, const QString &path, QList<Relationship> *out,
                       QString *error)
{
    const std::optional<QByteArray> bytes = zip.part(path, error);
    if (!bytes)
        return false;
    const QString folder = path.section(QLatin1Char('/'), 0, -3); // "xl/_rels/x.rels" -> "xl"
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
            Relationship rel;
            rel.id = attribute(xml, QLatin1String("Id"));
            rel.type = attribute(xml, QLatin1String("Type"));
            if (attribute(xml, QLatin1String("TargetMode")) != QLatin1String("External"))
                rel.target = resolveTarget(folder, attribute(xml, QLatin1String("Target")));
            out->append(rel);
        }
    }
    if (xml.hasError()) {
        *error = xmlError(path, xml);
        return false;
    }
    return true;
}

QString targetOfType(const QList<Relationship> &rels, QLatin1String typeEnd)
{
    for (const Relationship &rel : rels) {
        if (rel.type.endsWith(typeEnd) && !rel.target.isEmpty())
            return rel.target;
    }
    return {};
}

// The text of an <si> or <is>: its <t>, or the <t> of its runs, without phonetic runs.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("t")) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.name() == QLatin1String("rPh") ||
                       xml.name() == QLatin1String("phoneticPr")) {
                xml.skipCurrentElement();
            } else {
                ++depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return text;
}

class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::Workbook)

public:
    XlsxReader(const Archive &zip, Workbook::Result *result, qint64 maxCells)
        : m_zip(zip), m_result(result), m_maxCells(maxCells)
    {}

    bool read(const QString &wantedSheet, QString *error)
    {
        QString workbookPath = QStringLiteral("xl/workbook.xml");
        if (m_zip.has(QStringLiteral("_rels/.rels"))) {
            QList<Relationship> rels;
            if (!readRelationships(m_zip, QStringLiteral("_rels/.rels"), &rels, error))
                return false;
            const QString main = targetOfType(rels, QLatin1String("/officeDocument"));
            if (!main.isEmpty())
                workbookPath = main;
        }
        if (!m_zip.has(workbookPath)) {
            *error = tr("it is a zip archive, but not an Excel workbook (it has no %1)")
                         .arg(workbookPath);
            return false;
        }
        const QString folder = workbookPath.section(QLatin1Char('/'), 0, -2);
        const QString relsPath =
            (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("_rels/") +
            workbookPath.section(QLatin1Char('/'), -1) + QStringLiteral(".rels");
        QList<Relationship> rels;
        if (m_zip.has(relsPath) && !readRelationships(m_zip, relsPath, &rels, error))
            return false;
        QList<QString> sheetParts;
        if (!readWorkbookPart(workbookPath, rels, &sheetParts, error))
            return false;
        if (m_result->sheets.isEmpty()) {
            *error = tr("the workbook has no sheets");
            return false;
        }
        m_result->sheetIndex = chooseSheet(m_result->sheets, wantedSheet);
        if (m_result->sheetIndex < 0) {
            *error = tr("the workbook has no sheet “%1”; its sheets are %2")
                         .arg(wantedSheet, sheetNames(m_result->sheets));
            return false;
        }
        const QString sheetPart = sheetParts[m_result->sheetIndex];
        if (sheetPart.isEmpty()) {
            *error = tr("the sheet “%1” has no part in the workbook (it may be a chart sheet)")
                         .arg(m_result->sheets[m_result->sheetIndex].name);
            return false;
        }
        const QString sharedPath = targetOfType(rels, QLatin1String("/sharedStrings"));
        if (!sharedPath.isEmpty() && m_zip.has(sharedPath) && !readSharedStrings(sharedPath, error))
            return false;
        const QString stylesPath = targetOfType(rels, QLatin1String("/styles"));
        if (!stylesPath.isEmpty() && m_zip.has(stylesPath) && !readStyles(stylesPath, error))
            return false;
        return readSheet(sheetPart, error);
    }

private:
    bool readWorkbookPart(const QString &path, const QList<Relationship> &rels,
                          QList<QString> *sheetParts, QString *error)
    {
        const std::optional<QByteArray> bytes = m_zip.part(path, error);
        if (!bytes)
            return false;
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                m_date1904 = isTrue(attribute(xml, QLatin1String("date1904")));
            } else if (xml.name() == QLatin1String("sheet")) {
                Workbook::Sheet sheet;
                sheet.name = attribute(xml, QLatin1String("name"));
                const QString state = attribute(xml, QLatin1String("state"));
                sheet.hidden =
                    state == QLatin1String("hidden") || state == QLatin1String("veryHidden");
                const QString id = attribute(xml, QLatin1String("id"), true);
                QString part;
                for (const Relationship &rel : rels) {
                    if (rel.id == id && rel.type.endsWith(QLatin1String("/worksheet")))
                        part = rel.target;
                }
                if (part.isEmpty() && rels.isEmpty()) // no relationships part: the usual name
                    part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheetParts->size() + 1);
                m_result->sheets.append(sheet);
                sheetParts->append(part);
                if (m_result->sheets.size() > 10000) {
                    *error = tr("%1 lists more than 10,000 sheets").arg(path);
                    return false;
                }
            }
        }
        if (xml.hasError()) {
            *error = xmlError(path, xml);
            return false;
        }
        return true;
    }

    bool readSharedStrings(const QString &path, QString *error)
    {
        const std::optional<QByteArray> bytes = m_zip.part(path, error);
        if (!bytes)
            return false;
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                m_shared.append(readRichText(xml));
        }
        if (xml.hasError()) {
            *error = xmlError(path, xml);
            return false;
        }
        return true;
    }

    bool readStyles(const QString &path, QString *error)
    {
        const std::optional<QByteArray> bytes = m_zip.part(path, error);
        if (!bytes)
            return false;
        QHash<int, QString> codes;
        QList<int> formatIds;
        bool inCellXfs = false;
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("numFmt"))
                    codes.insert(attribute(xml, QLatin1String("numFmtId")).toInt(),
                                 attribute(xml, QLatin1String("formatCode")));
                else if (xml.name() == QLatin1String("cellXfs"))
                    inCellXfs = true;
                else if (inCellXfs && xml.name() == QLatin1String("xf"))
                    formatIds.append(attribute(xml, QLatin1String("numFmtId")).toInt());
            } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
        if (xml.hasError()) {
            *error = xmlError(path, xml);
            return false;
        }
        for (int id : std::as_const(formatIds))
            m_styles.append(dateFormatOf(id, codes.value(id)));
        return true;
    }

    bool readSheet(const QString &path, QString *error)
    {
        const std::optional<QByteArray> bytes = m_zip.part(path, error);
        if (!bytes)
            return false;
        const QString sheetName = m_result->sheets[m_result->sheetIndex].name;
        const auto where = [&](const QString &cell, const QString &what) {
            return tr("sheet “%1” (%2), cell %3: %4").arg(sheetName, path, cell, what);
        };
        RowCollector rows(m_result, m_maxCells);
        QXmlStreamReader xml(*bytes);
        int rowNumber = 0;
        bool inRow = false;
        QList<Merge> merges;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
                if (!rows.finish(rowNumber, 1, error)) {
                    *error = tr("sheet “%1”: %2").arg(sheetName, *error);
                    return false;
                }
                inRow = false;
                continue;
            }
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("col")) {
                if (isTrue(attribute(xml, QLatin1String("hidden")))) {
                    const int first = attribute(xml, QLatin1String("min")).toInt();
                    const int last = std::min(attribute(xml, QLatin1String("max")).toInt(), 256);
                    for (int c = std::max(first, 1); c <= last; ++c)
                        m_result->hiddenColumns.append(c - 1);
                }
            } else if (xml.name() == QLatin1String("row")) {
                bool ok = false;
                const int r = attribute(xml, QLatin1String("r")).toInt(&ok);
                rowNumber = ok && r > 0 ? r : rowNumber + 1;
                if (rowNumber > Workbook::MaxRows) {
                    *error = tr("sheet “%1”: row %2 lies beyond Excel's last row %3")
                                 .arg(sheetName)
                                 .arg(rowNumber)
                                 .arg(Workbook::MaxRows);
                    return false;
                }
                inRow = true;
                m_column = -1;
            } else if (xml.name() == QLatin1String("c") && inRow) {
                if (!readCell(xml, rowNumber, rows, where, error))
                    return false;
            } else if (xml.name() == QLatin1String("mergeCell") && merges.size() < 100000) {
                // §18.3.1.55: "B6:B8"; only the top-left cell holds the value.
                const QStringList ends =
                    attribute(xml, QLatin1String("ref")).split(QLatin1Char(':'));
                int c1 = 0, r1 = 0, c2 = 0, r2 = 0;
                if (ends.size() == 2 && parseReference(ends[0], &c1, &r1) &&
                    parseReference(ends[1], &c2, &r2) && r2 > r1)
                    merges.append({c1, r1, r2});
            }
        }
        if (xml.hasError()) {
            *error = xmlError(path, xml);
            return false;
        }
        fillMerges(m_result, merges, m_maxCells, &m_filled);
        return true;
    }

    template <typename Where>
    bool readCell(QXmlStreamReader &xml, int rowNumber, RowCollector &rows, const Where &where,
                  QString *error)
    {
        const QString reference = attribute(xml, QLatin1String("r"));
        int column = m_column + 1;
        int referencedRow = rowNumber;
        if (!reference.isEmpty() && !parseReference(reference, &column, &referencedRow)) {
            *error = where(reference, tr("not a cell reference"));
            return false;
        }
        m_column = column;
        const QString cell = reference.isEmpty()
                                 ? Workbook::columnName(column) + QString::number(rowNumber)
                                 : reference;
        const QString type = attribute(xml, QLatin1String("t"));
        const int style = attribute(xml, QLatin1String("s")).toInt();
        QString raw;
        QString inlineText;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("v"))
                raw = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == QLatin1String("is"))
                inlineText = readRichText(xml);
            else
                xml.skipCurrentElement(); // <f>, <extLst>
        }
        if (xml.hasError())
            return true; // reported by the caller with the line and column
        QString value;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const qsizetype index = raw.trimmed().toLongLong(&ok);
            if (raw.trimmed().isEmpty())
                return true;
            if (!ok || index < 0 || index >= m_shared.size()) {
                *error = where(cell, tr("shared string %1 does not exist (the workbook has %n)",
                                        nullptr, int(m_shared.size()))
                                         .arg(raw.trimmed()));
                return false;
            }
            value = m_shared[index];
        } else if (type == QLatin1String("inlineStr")) {
            value = inlineText;
        } else if (type == QLatin1String("b")) {
            value = raw.trimmed().isEmpty() ? QString()
                                            : (isTrue(raw.trimmed()) ? QStringLiteral("TRUE")
                                                                     : QStringLiteral("FALSE"));
        } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
            value = raw;
        } else if (type == QLatin1String("d")) {
            value = raw.trimmed();
            if (value.endsWith(QLatin1String("T00:00:00")))
                value.chop(9);
        } else {
            bool ok = false;
            const double number = raw.trimmed().toDouble(&ok);
            const DateFormat format = m_styles.value(style);
            if (!ok)
                value = raw.trimmed();
            else if (format.date || format.time)
                value = serialText(number, m_date1904, format);
            else
                value = numberText(number);
        }
        if (!rows.set(column, value, error)) {
            *error = where(cell, *error);
            return false;
        }
        return true;
    }

    const Archive &m_zip;
    Workbook::Result *m_result;
    qint64 m_maxCells;
    QStringList m_shared;
    QList<DateFormat> m_styles;
    bool m_date1904 = false;
    int m_column = -1;
    qint64 m_filled = 0;
};

// ---- OpenDocument (.ods) ---------------------------------------------------------------

const QLatin1String tableNs("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QLatin1String officeNs("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QLatin1String textNs("urn:oasis:names:tc:opendocument:xmlns:text:1.0");

QString odsAttribute(const QXmlStreamReader &xml, QLatin1String ns, QLatin1String name)
{
    return xml.attributes().value(ns, name).toString();
}

// The text of a paragraph: spans and links flattened, <text:s text:c="3"/> as spaces.
void readOdsText(QXmlStreamReader &xml, QString *text)
{
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            *text += xml.text();
        } else if (xml.isStartElement()) {
            if (xml.namespaceUri() == textNs && xml.name() == QLatin1String("s")) {
                const int count =
                    std::clamp(odsAttribute(xml, textNs, QLatin1String("c")).toInt(), 1, 1000);
                *text += QString(count, QLatin1Char(' '));
                xml.skipCurrentElement();
            } else if (xml.namespaceUri() == textNs && xml.name() == QLatin1String("tab")) {
                *text += QLatin1Char('\t');
                xml.skipCurrentElement();
            } else if (xml.namespaceUri() == textNs && xml.name() == QLatin1String("line-break")) {
                *text += QLatin1Char('\n');
                xml.skipCurrentElement();
            } else if (xml.namespaceUri() == textNs && xml.name() == QLatin1String("note")) {
                xml.skipCurrentElement();
            } else {
                ++depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
}

class OdsReader
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::Workbook)

public:
    OdsReader(Workbook::Result *result, qint64 maxCells) : m_result(result), m_maxCells(maxCells) {}

    bool read(const QByteArray &content, const QString &wantedSheet, QString *error)
    {
        const QString path = QStringLiteral("content.xml");
        QXmlStreamReader xml(content);
        bool found = false;
        bool number = false;
        const int wantedIndex = wantedSheet.trimmed().toInt(&number);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.namespaceUri() != tableNs ||
                xml.name() != QLatin1String("table"))
                continue;
            Workbook::Sheet sheet;
            sheet.name = odsAttribute(xml, tableNs, QLatin1String("name"));
            m_result->sheets.append(sheet);
            const int index = int(m_result->sheets.size()) - 1;
            const bool wanted =
                !found && (wantedSheet.trimmed().isEmpty() ||
                           sheet.name.compare(wantedSheet.trimmed(), Qt::CaseInsensitive) == 0 ||
                           (number && wantedIndex == index + 1));
            if (!wanted) {
                xml.skipCurrentElement();
                continue;
            }
            found = true;
            m_result->sheetIndex = index;
            if (!readTable(xml, sheet.name, error))
                return false;
        }
        if (xml.hasError()) {
            *error = xmlError(path, xml);
            return false;
        }
        if (m_result->sheets.isEmpty()) {
            *error = tr("the spreadsheet has no sheets");
            return false;
        }
        if (!found) {
            *error = tr("the spreadsheet has no sheet “%1”; its sheets are %2")
                         .arg(wantedSheet, sheetNames(m_result->sheets));
            return false;
        }
        return true;
    }

private:
    bool readTable(QXmlStreamReader &xml, const QString &sheetName, QString *error)
    {
        RowCollector rows(m_result, m_maxCells);
        QList<Merge> merges;
        int rowNumber = 1;
        int columnNumber = 0;
        int depth = 1;
        while (depth > 0 && !xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement()) {
                --depth;
                continue;
            }
            if (!xml.isStartElement())
                continue;
            const bool table = xml.namespaceUri() == tableNs;
            if (table && xml.name() == QLatin1String("table-column")) {
                const int repeat = repeatOf(xml, QLatin1String("number-columns-repeated"));
                const bool hidden = odsAttribute(xml, tableNs, QLatin1String("visibility")) ==
                                    QLatin1String("collapse");
                for (int i = 0; i < repeat && columnNumber < 256; ++i, ++columnNumber) {
                    if (hidden)
                        m_result->hiddenColumns.append(columnNumber);
                }
                xml.skipCurrentElement();
            } else if (table && xml.name() == QLatin1String("table-row")) {
                const int repeat = repeatOf(xml, QLatin1String("number-rows-repeated"));
                if (!readRow(xml, rows, rowNumber, merges, error)) {
                    *error = tr("sheet “%1”, row %2: %3").arg(sheetName).arg(rowNumber).arg(*error);
                    return false;
                }
                if (rows.columns() > 0 && rowNumber + qint64(repeat) - 1 > Workbook::MaxRows) {
                    *error = tr("sheet “%1”: row %2 repeats past Excel's last row %3")
                                 .arg(sheetName)
                                 .arg(rowNumber)
                                 .arg(Workbook::MaxRows);
                    return false;
                }
                if (!rows.finish(rowNumber, repeat, error)) {
                    *error = tr("sheet “%1”: %2").arg(sheetName, *error);
                    return false;
                }
                rowNumber =
                    int(std::min<qint64>(qint64(rowNumber) + repeat, Workbook::MaxRows + 1));
            } else if (table && (xml.name() == QLatin1String("table-header-rows") ||
                                 xml.name() == QLatin1String("table-row-group") ||
                                 xml.name() == QLatin1String("table-rows"))) {
                ++depth; // rows inside
            } else {
                xml.skipCurrentElement();
            }
        }
        if (xml.hasError())
            return false;
        fillMerges(m_result, merges, m_maxCells, &m_filled);
        return true;
    }

    static int repeatOf(const QXmlStreamReader &xml, QLatin1String name)
    {
        bool ok = false;
        const qint64 value = xml.attributes().value(tableNs, name).toLongLong(&ok);
        return ok && value > 1 ? int(std::min<qint64>(value, Workbook::MaxRows)) : 1;
    }

    bool readRow(QXmlStreamReader &xml, RowCollector &rows, int rowNumber, QList<Merge> &merges,
                 QString *error)
    {
        qint64 column = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement())
                return true; // </table:table-row>
            if (!xml.isStartElement())
                continue;
            if (xml.namespaceUri() != tableNs ||
                (xml.name() != QLatin1String("table-cell") &&
                 xml.name() != QLatin1String("covered-table-cell"))) {
                xml.skipCurrentElement();
                continue;
            }
            const int repeat = repeatOf(xml, QLatin1String("number-columns-repeated"));
            // ODF 1.3 §9.1.4: a cell merged down spans number-rows-spanned rows; the rows
            // below hold covered cells, empty (README "Excel and OpenDocument workbooks").
            const int rowsSpanned = repeatOf(xml, QLatin1String("number-rows-spanned"));
            if (rowsSpanned > 1 && merges.size() < 100000) {
                for (int i = 0; i < repeat && column + i < Workbook::MaxColumns; ++i)
                    merges.append({int(column + i), rowNumber,
                                   int(std::min<qint64>(qint64(rowNumber) + rowsSpanned - 1,
                                                        Workbook::MaxRows))});
            }
            const QString value = cellValue(xml);
            if (!value.isEmpty()) {
                for (int i = 0; i < repeat; ++i) {
                    if (!rows.set(int(std::min<qint64>(column + i, Workbook::MaxColumns)), value,
                                  error))
                        return false;
                }
            }
            column = std::min<qint64>(column + repeat, Workbook::MaxColumns + 1);
        }
        return true;
    }

    // Reads the cell to its end tag.
    static QString cellValue(QXmlStreamReader &xml)
    {
        const QString type =
            xml.attributes().value(officeNs, QLatin1String("value-type")).toString();
        QString value;
        if (type == QLatin1String("float") || type == QLatin1String("percentage") ||
            type == QLatin1String("currency")) {
            bool ok = false;
            const double number =
                xml.attributes().value(officeNs, QLatin1String("value")).toDouble(&ok);
            if (ok)
                value = numberText(number);
        } else if (type == QLatin1String("date")) {
            value = xml.attributes().value(officeNs, QLatin1String("date-value")).toString();
            if (value.endsWith(QLatin1String("T00:00:00")))
                value.chop(9);
        } else if (type == QLatin1String("boolean")) {
            value =
                isTrue(xml.attributes().value(officeNs, QLatin1String("boolean-value")).toString())
                    ? QStringLiteral("TRUE")
                    : QStringLiteral("FALSE");
        }
        QStringList paragraphs;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement())
                break; // the cell's end
            if (!xml.isStartElement())
                continue;
            if (xml.namespaceUri() == textNs && xml.name() == QLatin1String("p")) {
                QString text;
                readOdsText(xml, &text);
                paragraphs.append(text);
            } else {
                xml.skipCurrentElement(); // office:annotation, draw:frame, …
            }
        }
        return value.isEmpty() ? paragraphs.join(QLatin1Char('\n')) : value;
    }

    Workbook::Result *m_result;
    qint64 m_maxCells;
    qint64 m_filled = 0;
};

} // namespace

bool Workbook::isZip(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04")) ||
           bytes.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

bool Workbook::isOleCompound(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

QString Workbook::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

Workbook::Result Workbook::read(const QByteArray &bytes, const QString &sheet, const Limits &limits)
{
    Result result;
    if (!isZip(bytes)) {
        result.error = isOleCompound(bytes)
                           ? tr("it is an Excel 97–2003 workbook (.xls) or a password-protected "
                                "workbook; save it in Excel as .xlsx without a password, or as CSV")
                           : tr("it is not a zip archive, so not an .xlsx or .ods spreadsheet");
        return result;
    }
    const Archive zip(bytes, limits.maxPartBytes);
    if (!zip.isOpen()) {
        result.error = tr("its zip archive cannot be opened (%1); the file may be cut short. "
                          "Save or download it again.")
                           .arg(zip.error());
        return result;
    }
    QString error;
    if (zip.has(QStringLiteral("content.xml")) && !zip.has(QStringLiteral("xl/workbook.xml"))) {
        result.kind = Kind::Ods;
        if (zip.has(QStringLiteral("mimetype"))) {
            const std::optional<QByteArray> mime = zip.part(QStringLiteral("mimetype"), &error);
            if (mime && !mime->contains("spreadsheet")) {
                result.error = tr("it is an OpenDocument file of type %1, not a spreadsheet")
                                   .arg(QString::fromUtf8(mime->left(100)));
                return result;
            }
        }
        const std::optional<QByteArray> content = zip.part(QStringLiteral("content.xml"), &error);
        if (!content || !OdsReader(&result, limits.maxCells).read(*content, sheet, &error)) {
            result.error = error;
            result.rows.clear();
            return result;
        }
    } else {
        result.kind = Kind::Xlsx;
        if (!XlsxReader(zip, &result, limits.maxCells).read(sheet, &error)) {
            result.error = error;
            result.rows.clear();
            return result;
        }
    }
    // Every row as wide as the widest, as in a CSV saved from the sheet (within the bound).
    qsizetype width = 0;
    for (const CsvRow &row : std::as_const(result.rows))
        width = std::max(width, row.fields.size());
    if (qint64(width) * result.rows.size() <= limits.maxCells) {
        for (CsvRow &row : result.rows)
            row.fields.resize(width);
    }
    result.ok = true;
    return result;
}

} // namespace Kingside
