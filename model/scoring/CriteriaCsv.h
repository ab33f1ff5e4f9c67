#pragma once

#include "ReplaceCriteria.h"

#include "domain/Account.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kingside {

// The criteria-and-scores spreadsheet: header account,criterion,axis,weight,score,note,
// RFC 4180 quoting, UTF-8 with or without a byte-order mark; names and notes that a
// spreadsheet would run as formulas are neutralised and read back as written
// (exchange/CsvFormula). One row per account and
// criterion; a row with no account only declares a criterion; an empty score is missing.
class CriteriaCsv
{
public:
    struct Record
    {
        int line = 0; // where the record starts in the file, header = 1
        QStringList fields;
    };

    // What an import would store: the workspace's criteria and scores, replaced.
    struct Import
    {
        QList<Criterion> criteria;
        QList<ReplaceCriteria::Score> scores;
    };

    // Splits RFC 4180 text into records; false and *error (with the line) when broken.
    static bool parseRecords(const QString &text, QList<Record> *records, QString *error);

    // Reads a whole file's bytes against the workspace's accounts and criteria. Existing
    // criteria named in the file keep their id and description. On bad input: false and
    // *error naming the line; nothing is returned.
    static bool read(const QByteArray &bytes, const QList<Account> &accounts,
                     const QList<Criterion> &existing, Import *result, QString *error);

    // Every account × criterion (missing scores as empty cells), UTF-8 with a BOM so
    // spreadsheets read the accents, CRLF line ends.
    static QByteArray write(const QList<Account> &accounts, const QList<Criterion> &criteria,
                            const QList<CriterionScore> &scores);

    static QString quoted(const QString &field);
    static const QStringList &header();
};

} // namespace Kingside
