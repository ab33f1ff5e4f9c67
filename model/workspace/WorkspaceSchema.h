#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Kingside {

// Whether an existing file holds exactly what Kingside's migrations create, and nothing
// Kingside would not read (README "A workspace file is checked before it is trusted").
// Both checks only read. The reasons are sentences naming the file and the object.
class WorkspaceSchema
{
public:
    // The longest value Kingside reads from one field: the bound import applies to every
    // field it reads (CsvReader::Limits::maxFieldLength).
    static qsizetype maxValueLength();
    // Snapshots are whole accounts frozen as JSON, so their data has a bound of its own.
    static qsizetype maxSnapshotLength();

    // Empty when the tables, indexes, triggers and views of `db` are those the
    // migrations create for schema `version`; otherwise why not, naming the first object
    // that is foreign, altered or missing. `fileName` is how the file is named to the user.
    // When the file cannot be read, the result is empty and *databaseError says why.
    static QString differences(const QSqlDatabase &db, int version, const QString &fileName,
                               QString *databaseError);

    // Empty when no value in `db` is longer than Kingside reads; otherwise the table, row
    // and column of the first that is. Call only after differences() found none.
    // Every table the migrations create for `version`, each after the tables it refers to
    // (so rows can be inserted in this order and deleted in the reverse one), and a
    // table's columns in order. On either backend (README "A shared workspace for a team").
    static QStringList tablesInOrder(int version);
    static QStringList expectedColumns(int version, const QString &table);

    // The columns of `table` as `db` holds them, in order, on SQLite or PostgreSQL.
    static QStringList columnsOf(const QSqlDatabase &db, const QString &table,
                                 QString *error = nullptr);

    static QString oversizedValue(const QSqlDatabase &db, int version, const QString &fileName,
                                  QString *databaseError);
};

} // namespace Kingside
