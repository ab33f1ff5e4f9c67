#include "RowSet.h"

#include "Sql.h"

#include <QSqlField>
#include <QSqlQuery>

namespace Kingside {

RowSet RowSet::capture(const QSqlDatabase &db, const QString &table, const QString &condition,
                       const QVariantList &values, QString *error)
{
    RowSet set;
    set.m_table = table;
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, condition), values,
                   error))
        return set;
    while (query.next())
        set.m_rows.append(query.record());
    return set;
}

bool RowSet::restore(const QSqlDatabase &db, QString *error) const
{
    for (const QSqlRecord &row : m_rows) {
        QStringList columns;
        QStringList marks;
        QVariantList values;
        for (int i = 0; i < row.count(); ++i) {
            columns.append(row.fieldName(i));
            marks.append(QStringLiteral("?"));
            values.append(row.value(i));
        }
        if (!Sql::run(db,
                      QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(m_table, columns.join(QLatin1String(", ")),
                               marks.join(QLatin1String(", "))),
                      values, error))
            return false;
    }
    return true;
}

} // namespace Kingside
