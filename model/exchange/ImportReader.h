#pragma once

#include "ContactRecord.h"
#include "CsvReader.h"
#include "ImportFormat.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Kingside {

// An import file as read from disk: decoded, its format recognised, its rows split.
struct ImportFile
{
    bool readable = false;
    QString error; // why the file cannot be read at all (when !readable)
    QString fileName;
    ImportFormat format = ImportFormat::GenericCsv;
    QString encoding;
    QStringList notices; // how it was read: encoding guesses, skipped preamble or footer
    // CSV formats
    QChar delimiter = QLatin1Char(',');
    QStringList header;
    int headerLine = 0;
    QList<CsvRow> rows; // data rows after the header
    QList<CsvProblem> problems;
    // vCard
    QList<ContactRecord> cards;
    // Workbooks (.xlsx, .ods): every sheet's name, and the one read
    QStringList sheets;
    QString sheet;

    int dataRowCount() const;
};

// Reads contact and relationship files: decoding (TextDecoder), format detection, CSV
// or vCard parsing with the exporters' quirks (LinkedIn's "Notes:" preamble,
// Salesforce's report footer), and turning rows into records with a ColumnMapping.
class ImportReader
{
public:
    static constexpr qint64 MaxFileBytes = 20 * 1024 * 1024;

    // `sheet`: of a workbook, the sheet to read by name or number (empty: the first).
    static ImportFile read(const QString &path, ImportFormat requested = ImportFormat::Auto,
                           const QString &sheet = {});
    static ImportFile readData(const QByteArray &bytes, ImportFormat requested,
                               const QString &fileName = {}, const QString &sheet = {});

    // The mapping for a CSV file's header (its format's or guessed from the names).
    static ColumnMapping defaultMapping(const ImportFile &file);
    // Fixes a mapping by what the columns hold: an unnamed column of e-mail addresses is
    // the e-mail; a "Title" of salutations is not the job title; "Last, First" is a name.
    static void recogniseByContent(const ImportFile &file, ColumnMapping *mapping);

    // Every data row or card as a record; rows that cannot be read carry a problem.
    static QList<ContactRecord> contacts(const ImportFile &file, const ColumnMapping &mapping);
    static QList<ContactRecord> contacts(const ImportFile &file)
    {
        return contacts(file, defaultMapping(file));
    }
    static QList<RelationshipRecord> relationships(const ImportFile &file);

    // A relationships file needs columns named from and to.
    static bool isRelationshipHeader(const QStringList &header);
};

} // namespace Kingside
