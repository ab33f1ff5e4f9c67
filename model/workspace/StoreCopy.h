#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Kingside {

// Copies a whole workspace from one store to another, SQLite to PostgreSQL or back
// (README "A shared workspace for a team", `kingside store copy`): every row of every
// table, with its ids, in one transaction on the target, then checked row for row before
// it is committed. The one writer of a whole workspace at once; edits go through the
// stores and commands.
class StoreCopy
{
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    struct Report
    {
        bool alreadyIdentical = false; // the target held the same rows: nothing was written
        QList<TableCount> counts;      // every table, in copy order
        qint64 totalRows() const;
    };

    // Both databases open, at the current schema. The target must be empty (only the rows
    // a new workspace starts with) or hold exactly the source's rows. `fromName`, `toName`
    // name them in messages. std::nullopt with *error set; then the target is unchanged.
    static std::optional<Report> copy(const QSqlDatabase &from, const QString &fromName,
                                      QSqlDatabase to, const QString &toName, QString *error);

    // Empty when both hold the same rows in every table (compared as values, whatever
    // order the backend returns them in); otherwise the first table that differs and how.
    static QString difference(const QSqlDatabase &a, const QSqlDatabase &b, QString *error);

    // Why `db` is not a workspace at the current schema that this build can copy; empty
    // when it is.
    static QString schemaProblem(const QSqlDatabase &db, const QString &name);
};

} // namespace Kingside
