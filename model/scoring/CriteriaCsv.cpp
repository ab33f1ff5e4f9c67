#include "CriteriaCsv.h"

#include "ScoreCalculator.h"

#include "exchange/CsvFormula.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>

#include <cmath>

namespace Kingside {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::CriteriaCsv", text);
}

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::CriteriaCsv)
};

QString atLine(int line, const QString &message)
{
    return Text::tr("Line %1: %2").arg(line).arg(message);
}

enum Column
{
    AccountColumn,
    CriterionColumn,
    AxisColumn,
    WeightColumn,
    ScoreColumn,
    NoteColumn,
    ColumnCount
};

} // namespace

const QStringList &CriteriaCsv::header()
{
    static const QStringList columns{QStringLiteral("account"), QStringLiteral("criterion"),
                                     QStringLiteral("axis"),    QStringLiteral("weight"),
                                     QStringLiteral("score"),   QStringLiteral("note")};
    return columns;
}

bool CriteriaCsv::parseRecords(const QString &text, QList<Record> *records, QString *error)
{
    records->clear();
    int line = 1;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        Record record;
        record.line = line;
        QString field;
        bool endOfRecord = false;
        while (!endOfRecord) {
            if (i < size && text[i] == QLatin1Char('"')) {
                const int quoteLine = line;
                ++i;
                while (true) {
                    if (i >= size) {
                        *error = atLine(quoteLine, tr("a quoted field is not closed."));
                        return false;
                    }
                    const QChar c = text[i];
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < size && text[i + 1] == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    field += c;
                    ++i;
                }
                if (i < size && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\r') &&
                    text[i] != QLatin1Char('\n')) {
                    *error = atLine(line, tr("text after a closing quote; a quote inside a "
                                             "quoted field is written twice (\"\")."));
                    return false;
                }
            } else {
                while (i < size && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\r') &&
                       text[i] != QLatin1Char('\n')) {
                    if (text[i] == QLatin1Char('"')) {
                        *error = atLine(line, tr("a quote inside an unquoted field; put the "
                                                 "field in quotes and write the quote twice."));
                        return false;
                    }
                    field += text[i++];
                }
            }
            record.fields.append(CsvFormula::restored(field));
            field.clear();
            if (i >= size) {
                endOfRecord = true;
            } else if (text[i] == QLatin1Char(',')) {
                ++i;
            } else {
                if (text[i] == QLatin1Char('\r'))
                    ++i;
                if (i < size && text[i] == QLatin1Char('\n'))
                    ++i;
                ++line;
                endOfRecord = true;
            }
        }
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            records->append(record);
    }
    return true;
}

bool CriteriaCsv::read(const QByteArray &bytes, const QList<Account> &accounts,
                       const QList<Criterion> &existing, Import *result, QString *error)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(data);
    if (decoder.hasError()) {
        *error = tr("The file is not UTF-8 text; save it from the spreadsheet as “CSV UTF-8”.");
        return false;
    }
    QList<Record> records;
    if (!parseRecords(text, &records, error))
        return false;
    if (records.isEmpty()) {
        *error = tr("The file is empty; the first line must be the header %1.")
                     .arg(header().join(QLatin1Char(',')));
        return false;
    }

    // The header names the columns; any order, note may be left out.
    int columnOf[ColumnCount];
    std::fill(std::begin(columnOf), std::end(columnOf), -1);
    const Record &head = records.first();
    for (int c = 0; c < head.fields.size(); ++c) {
        const int known = int(header().indexOf(head.fields[c].trimmed().toLower()));
        if (known < 0) {
            *error = atLine(head.line, tr("unknown column “%1”; the header is %2.")
                                           .arg(head.fields[c], header().join(QLatin1Char(','))));
            return false;
        }
        if (columnOf[known] >= 0) {
            *error = atLine(head.line, tr("the column “%1” appears twice.").arg(header()[known]));
            return false;
        }
        columnOf[known] = c;
    }
    for (int known = 0; known < NoteColumn; ++known) {
        if (columnOf[known] < 0) {
            *error = atLine(head.line, tr("the column “%1” is missing; the header is %2.")
                                           .arg(header()[known], header().join(QLatin1Char(','))));
            return false;
        }
    }

    QHash<QString, qint64> accountIds;
    for (const Account &account : accounts)
        accountIds.insert(account.name.trimmed().toCaseFolded(), account.id);
    QHash<QString, Criterion> existingByName;
    for (const Criterion &criterion : existing)
        existingByName.insert(criterion.name, criterion);

    Import import;
    QHash<QString, int> criterionIndex;
    QHash<QString, int> criterionLine;
    QHash<QPair<qint64, int>, int> scoredAt;
    const QLocale c = QLocale::c();
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &record = records[r];
        if (record.fields.size() != head.fields.size()) {
            *error = atLine(record.line, tr("%1 fields where the header has %2.")
                                             .arg(record.fields.size())
                                             .arg(head.fields.size()));
            return false;
        }
        const auto field = [&](Column column) {
            return columnOf[column] < 0 ? QString() : record.fields[columnOf[column]];
        };
        const QString name = field(CriterionColumn).trimmed();
        if (name.isEmpty()) {
            *error = atLine(record.line, tr("the criterion is empty."));
            return false;
        }

        const QString axisText = field(AxisColumn).trimmed();
        std::optional<ScoringAxis> axis;
        if (!axisText.isEmpty()) {
            axis = scoringAxisFromCode(axisText);
            if (!axis) {
                *error = atLine(record.line, tr("the axis “%1” is neither attractiveness nor "
                                                "strength.")
                                                 .arg(axisText));
                return false;
            }
        }
        const QString weightText = field(WeightColumn).trimmed();
        std::optional<double> weight;
        if (!weightText.isEmpty()) {
            bool ok = false;
            const double value = c.toDouble(weightText, &ok);
            if (!ok || !std::isfinite(value)) {
                *error = atLine(record.line,
                                tr("the weight “%1” is not a number (use a dot for decimals).")
                                    .arg(weightText));
                return false;
            }
            if (value < 0) {
                *error =
                    atLine(record.line, tr("the weight of “%1” is %2; weights cannot be negative.")
                                            .arg(name, weightText));
                return false;
            }
            weight = value;
        }

        int index = criterionIndex.value(name, -1);
        if (index < 0) {
            if (!axis || !weight) {
                *error = atLine(record.line, tr("the first row of the criterion “%1” needs its "
                                                "axis and weight.")
                                                 .arg(name));
                return false;
            }
            Criterion criterion = existingByName.value(name);
            criterion.name = name;
            criterion.axis = *axis;
            criterion.weight = *weight;
            criterion.position = int(import.criteria.size());
            index = int(import.criteria.size());
            import.criteria.append(criterion);
            criterionIndex.insert(name, index);
            criterionLine.insert(name, record.line);
        } else {
            const Criterion &known = import.criteria[index];
            if ((axis && *axis != known.axis) || (weight && *weight != known.weight)) {
                *error = atLine(record.line, tr("the axis or weight of “%1” differs from line "
                                                "%2.")
                                                 .arg(name)
                                                 .arg(criterionLine.value(name)));
                return false;
            }
        }

        const QString accountName = field(AccountColumn).trimmed();
        const QString scoreText = field(ScoreColumn).trimmed();
        if (accountName.isEmpty()) {
            if (!scoreText.isEmpty()) {
                *error = atLine(record.line, tr("a score without an account."));
                return false;
            }
            continue;
        }
        const qint64 accountId = accountIds.value(accountName.toCaseFolded(), 0);
        if (accountId == 0) {
            *error = atLine(record.line,
                            tr("there is no account “%1” in the workspace.").arg(accountName));
            return false;
        }
        if (scoredAt.contains({accountId, index})) {
            *error = atLine(record.line, tr("“%1” is scored on “%2” already on line %3.")
                                             .arg(accountName, name)
                                             .arg(scoredAt.value({accountId, index})));
            return false;
        }
        scoredAt.insert({accountId, index}, record.line);
        if (scoreText.isEmpty()) {
            if (!field(NoteColumn).trimmed().isEmpty()) {
                *error = atLine(record.line, tr("a note without a score."));
                return false;
            }
            continue; // missing score
        }
        bool ok = false;
        const int score = c.toInt(scoreText, &ok);
        if (!ok || !CriterionScore::isValidScore(score)) {
            *error = atLine(record.line, tr("the score “%1” is not a whole number from %2 to %3.")
                                             .arg(scoreText)
                                             .arg(CriterionScore::Lowest)
                                             .arg(CriterionScore::Highest));
            return false;
        }
        import.scores.append({accountId, index, score, field(NoteColumn)});
    }
    if (const QString problem = ScoreCalculator::validateWeights(import.criteria);
        !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *result = import;
    return true;
}

QString CriteriaCsv::quoted(const QString &text)
{
    // A cell a spreadsheet would run as a formula is written as text: apostrophe, quoted.
    const bool formula = CsvFormula::looksLikeFormula(text);
    const QString field = CsvFormula::neutralised(text);
    const bool needsQuotes = formula || field.contains(QLatin1Char(',')) ||
                             field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) ||
                             field.contains(QLatin1Char('\r')) || field != field.trimmed();
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray CriteriaCsv::write(const QList<Account> &accounts, const QList<Criterion> &criteria,
                              const QList<CriterionScore> &scores)
{
    QHash<QPair<qint64, qint64>, CriterionScore> byKey;
    for (const CriterionScore &score : scores)
        byKey.insert({score.accountId, score.criterionId}, score);
    const QString lineEnd = QStringLiteral("\r\n");
    QString text = header().join(QLatin1Char(',')) + lineEnd;
    const auto row = [&](const QString &account, const Criterion &criterion,
                         const CriterionScore *score) {
        QStringList fields{quoted(account),
                           quoted(criterion.name),
                           codeOf(criterion.axis),
                           QString::number(criterion.weight, 'g', 15),
                           score ? QString::number(score->score) : QString(),
                           quoted(score ? score->note : QString())};
        text += fields.join(QLatin1Char(',')) + lineEnd;
    };
    if (accounts.isEmpty()) {
        for (const Criterion &criterion : criteria)
            row({}, criterion, nullptr);
    }
    for (const Account &account : accounts) {
        for (const Criterion &criterion : criteria) {
            const auto it = byKey.constFind({account.id, criterion.id});
            row(account.name, criterion, it == byKey.cend() ? nullptr : &*it);
        }
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace Kingside
