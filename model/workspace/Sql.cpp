#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

bool distrustSchema(const QSqlDatabase &db, QString *error)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    sqlite3 *connection = nullptr;
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection) {
        *error =
            QCoreApplication::translate("Kingside::Sql", "The database driver is not SQLite's.");
        return false;
    }
    int defensive = 0;
    if (sqlite3_db_config(connection, SQLITE_DBCONFIG_DEFENSIVE, 1, &defensive) != SQLITE_OK ||
        defensive != 1) {
        *error = QCoreApplication::translate("Kingside::Sql",
                                             "SQLite's defensive mode could not be set.");
        return false;
    }
    int trusted = 1;
    if (sqlite3_db_config(connection, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &trusted) != SQLITE_OK ||
        trusted != 0) {
        *error = QCoreApplication::translate("Kingside::Sql",
                                             "SQLite's trusted_schema could not be turned off.");
        return false;
    }
    return true;
}

bool createPrivateFile(const QString &path, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // The umask can only take bits away; this makes sure none are added by a wider mode.
    const bool ok = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    if (!ok) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(path);
    }
    return ok;
}

} // namespace Kingside::Sql
