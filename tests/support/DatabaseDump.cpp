#include "DatabaseDump.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace Kingside::Test {

QString dumpDatabase(const QSqlDatabase &db)
{
    QStringList tables;
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                  "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (query.next())
            tables.append(query.value(0).toString());
    }
    QString dump;
    for (const QString &table : std::as_const(tables)) {
        QStringList rows;
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        while (query.next()) {
            const QSqlRecord record = query.record();
            QStringList cells;
            for (int i = 0; i < record.count(); ++i)
                cells.append(record.isNull(i) ? QStringLiteral("NULL")
                                              : record.value(i).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        rows.sort();
        dump += QStringLiteral("== %1\n%2\n").arg(table, rows.join(QLatin1Char('\n')));
    }
    return dump;
}

} // namespace Kingside::Test
