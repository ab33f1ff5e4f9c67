#include "CsvReader.h"

#include "CsvFormula.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::CsvReader", text);
}

bool isLineEnd(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

} // namespace

QChar CsvReader::detectDelimiter(QStringView text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    qsizetype counts[3] = {0, 0, 0};
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < text.size() && lines < 30; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char('\n')) {
            ++lines;
        } else if (!quoted) {
            for (int k = 0; k < 3; ++k)
                counts[k] += c == candidates[k];
        }
    }
    int best = 0;
    for (int k = 1; k < 3; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

CsvReader::Result CsvReader::parse(QStringView text, QChar delimiter, const Limits &limits)
{
    Result result;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    int line = 1;
    // After a quote that runs to the end of the text (or several that run too long), the
    // rest is read without quoting: rescanning from every later line would take
    // quadratic time on hostile input.
    bool quoting = true;
    int overlongQuotes = 0;

    // After a broken record: continue at the line after the one it started on.
    const auto resumeAfter = [&](qsizetype recordStart, int recordLine) {
        qsizetype next = recordStart;
        while (next < n && !isLineEnd(text[next]))
            ++next;
        if (next < n && text[next] == QLatin1Char('\r') && next + 1 < n &&
            text[next + 1] == QLatin1Char('\n'))
            ++next;
        pos = next < n ? next + 1 : n;
        line = recordLine + 1;
    };

    while (pos < n) {
        const qsizetype recordStart = pos;
        const int recordLine = line;
        QStringList fields;
        QString field;
        qsizetype fieldCount = 0;
        bool broken = false;
        bool ended = false;
        while (!ended) {
            field.clear();
            if (quoting && pos < n && text[pos] == QLatin1Char('"')) {
                ++pos;
                bool closed = false;
                bool onlyApostrophes = true; // so far
                while (pos < n) {
                    const QChar c = text[pos];
                    if (c == QLatin1Char('"')) {
                        if (pos + 1 < n && text[pos + 1] == QLatin1Char('"')) {
                            field.append(c);
                            onlyApostrophes = false;
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    const bool afterApostrophes = onlyApostrophes && !field.isEmpty();
                    onlyApostrophes = onlyApostrophes && c == QLatin1Char('\'');
                    if (c == QLatin1Char('\r') && afterApostrophes &&
                        !(pos + 1 < n && text[pos + 1] == QLatin1Char('\n'))) {
                        // A neutralised leading CR ("'\r…", see CsvFormula) is kept as
                        // it was written, so that it reads back as the original text.
                        field.append(c);
                        ++line;
                        ++pos;
                    } else if (c == QLatin1Char('\r')) {
                        // CRLF or a lone CR inside a field: one line break.
                        field.append(QLatin1Char('\n'));
                        ++line;
                        pos += (pos + 1 < n && text[pos + 1] == QLatin1Char('\n')) ? 2 : 1;
                    } else {
                        if (c == QLatin1Char('\n'))
                            ++line;
                        field.append(c);
                        ++pos;
                    }
                    if (field.size() > limits.maxFieldLength)
                        break;
                }
                if (!closed) {
                    const bool overlong = field.size() > limits.maxFieldLength;
                    if (!overlong || ++overlongQuotes >= 5)
                        quoting = false;
                    result.problems.append(
                        {recordLine,
                         overlong
                             ? tr("A quoted field that opens on this line runs over %1 characters; "
                                  "a closing quote is probably missing.")
                                   .arg(limits.maxFieldLength)
                             : tr("A quoted field that opens on this line is never closed "
                                  "(unbalanced quotes).")});
                    resumeAfter(recordStart, recordLine);
                    broken = true;
                    break;
                }
                // Text after the closing quote ("ab"c): kept, as spreadsheet programs do.
                while (pos < n && text[pos] != delimiter && !isLineEnd(text[pos]))
                    field.append(text[pos++]);
            } else {
                const qsizetype start = pos;
                while (pos < n && text[pos] != delimiter && !isLineEnd(text[pos]))
                    ++pos;
                field = text.mid(start, pos - start).toString();
            }
            if (field.size() > limits.maxFieldLength) {
                result.problems.append(
                    {recordLine, tr("A field on this line has more than %1 characters.")
                                     .arg(limits.maxFieldLength)});
                resumeAfter(recordStart, recordLine);
                broken = true;
                break;
            }
            ++fieldCount;
            if (fieldCount <= limits.maxColumns)
                fields.append(CsvFormula::restored(field));
            if (pos < n && text[pos] == delimiter) {
                ++pos;
                continue; // a delimiter at the very end still ends with an empty field
            }
            if (pos < n && text[pos] == QLatin1Char('\r'))
                pos += (pos + 1 < n && text[pos + 1] == QLatin1Char('\n')) ? 2 : 1;
            else if (pos < n)
                ++pos; // '\n'
            ++line;
            ended = true;
        }
        if (broken)
            continue;
        if (fieldCount > limits.maxColumns) {
            result.problems.append({recordLine, tr("This line has %1 fields; at most %2 are read.")
                                                    .arg(fieldCount)
                                                    .arg(limits.maxColumns)});
            continue;
        }
        const bool blank = std::all_of(fields.cbegin(), fields.cend(), [](const QString &value) {
            return value.trimmed().isEmpty();
        });
        if (!blank)
            result.rows.append({recordLine, fields});
    }
    return result;
}

} // namespace Kingside
