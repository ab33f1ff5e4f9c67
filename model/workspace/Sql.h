#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <optional>
#include <type_traits>

// Small helpers around QSqlQuery: prepared statements with bound values only.
namespace Kingside::Sql {

// Prepare and run a statement with positional values; on failure *error gets the
// driver's message and the result is false.
bool exec(QSqlQuery &query, const QString &statement, const QVariantList &values, QString *error);

// Run a statement that returns no rows.
bool run(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
         QString *error);

// The first column of the first row, or std::nullopt when there is no row or on error.
std::optional<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                               const QVariantList &values = {}, QString *error = nullptr);

// Run a query and call `each` with the query on every row it returns. False on error
// (the driver's message in *error when given).
bool forEachRow(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                const std::function<void(const QSqlQuery &)> &each, QString *error = nullptr);

// Every row of a query as `read` turns it into a value; empty on error (the driver's
// message in *error when given).
template <typename Read>
auto rows(const QSqlDatabase &db, const QString &statement, const QVariantList &values, Read read,
          QString *error = nullptr)
{
    QList<std::invoke_result_t<Read, const QSqlQuery &>> result;
    forEachRow(
        db, statement, values, [&](const QSqlQuery &query) { result.append(read(query)); }, error);
    return result;
}

// The first row of a query as `read` turns it into a value; std::nullopt when there is
// no row or on error.
template <typename Read>
auto firstRow(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
              Read read) -> std::optional<std::invoke_result_t<Read, const QSqlQuery &>>
{
    QSqlQuery query(db);
    if (!exec(query, statement, values, nullptr) || !query.next())
        return std::nullopt;
    return read(query);
}

// NULL (an invalid QVariant) for 0 ids and empty text, their value otherwise.
// Note: Qt binds a null QString as NULL; NOT NULL text columns take text(value).
QVariant idOrNull(qint64 id);
QVariant textOrNull(const QString &text);
QString text(const QString &value); // '' for a null QString

// Today's timestamp in the stored form (UTC, ISO-8601).
QString nowStamp();

// Makes an open connection distrust the file's schema (README "A workspace file is checked
// before it is trusted"): SQLite's defensive mode (no writable_schema, no direct writes to
// its internal tables) and trusted_schema = OFF (no unsafe functions from triggers or views).
// False with *error set when the driver gives no SQLite handle or SQLite refuses.
bool distrustSchema(const QSqlDatabase &db, QString *error);

// Creates `path`, which must not exist, as an empty file only its owner can read and
// write (0600, whatever the umask), so that SQLite, which gives the -wal and -shm files
// the main file's permissions, never makes the data readable by others. False with
// *error set when the file exists or cannot be created.
bool createPrivateFile(const QString &path, QString *error);

} // namespace Kingside::Sql
