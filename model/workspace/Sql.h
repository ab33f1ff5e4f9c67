#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

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

// NULL (an invalid QVariant) for 0 ids and empty text, their value otherwise.
// Note: Qt binds a null QString as NULL; NOT NULL text columns take text(value).
QVariant idOrNull(qint64 id);
QVariant textOrNull(const QString &text);
QString text(const QString &value); // '' for a null QString

// Today's timestamp in the stored form (UTC, ISO-8601).
QString nowStamp();

} // namespace Kingside::Sql
