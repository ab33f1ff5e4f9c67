#include "Sql.h"

#include <QDateTime>
#include <QSqlError>

namespace Kingside::Sql {

bool exec(QSqlQuery &query, const QString &statement, const QVariantList &values, QString *error)
{
    if (!query.prepare(statement)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool run(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
         QString *error)
{
    QSqlQuery query(db);
    return exec(query, statement, values, error);
}

std::optional<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                               const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    if (!exec(query, statement, values, error) || !query.next())
        return std::nullopt;
    return query.value(0);
}

bool forEachRow(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                const std::function<void(const QSqlQuery &)> &each, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!exec(query, statement, values, error))
        return false;
    while (query.next())
        each(query);
    return true;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString nowStamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace Kingside::Sql
