#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QString>
#include <QVariantList>

namespace Kingside {

// Whole rows of one table, captured before a delete so that undo can put back
// exactly what was there (every column, the same ids).
class RowSet
{
public:
    RowSet() = default;

    // `table` and `condition` are our own constants; values are bound.
    static RowSet capture(const QSqlDatabase &db, const QString &table, const QString &condition,
                          const QVariantList &values, QString *error);

    bool restore(const QSqlDatabase &db, QString *error) const;

    const QString &table() const { return m_table; }
    const QList<QSqlRecord> &rows() const { return m_rows; }
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    QString m_table;
    QList<QSqlRecord> m_rows;
};

} // namespace Kingside
