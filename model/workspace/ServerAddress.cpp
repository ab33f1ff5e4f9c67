#include "ServerAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace Kingside {
namespace {

// The texts of this file's free functions, in its context (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::ServerAddress)
};

// The libpq keywords an address may carry. password is left out on purpose, and so is
// anything else that is not about where and how to connect.
const QStringList allowedKeywords = {QStringLiteral("service"),
                                     QStringLiteral("host"),
                                     QStringLiteral("hostaddr"),
                                     QStringLiteral("port"),
                                     QStringLiteral("dbname"),
                                     QStringLiteral("user"),
                                     QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("target_session_attrs"),
                                     QStringLiteral("passfile")};

QString passwordRefused(const QString &shown)
{
    return Text::tr(
               "“%1” holds a password. Kingside takes credentials only from PostgreSQL's own "
               "places: ~/.pgpass (or PGPASSFILE), a service file (PGSERVICEFILE) or PGPASSWORD. "
               "Remove the password from the address.")
        .arg(shown);
}

} // namespace

bool ServerAddress::looksLikeAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!looksLikeAddress(text) || !url.isValid()) {
        *error =
            Text::tr("“%1” is not a PostgreSQL address. Write postgresql://user@host:port/database "
                     "or postgresql:///?service=NAME.")
                .arg(text);
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = passwordRefused(url.toString(QUrl::RemovePassword));
        return std::nullopt;
    }
    ServerAddress address;
    address.m_text = text;
    address.m_host = url.host();
    address.m_port = url.port(-1);
    address.m_user = url.userName();
    address.m_database = url.path().mid(1);
    if (address.m_database.contains(QLatin1Char('/'))) {
        *error = Text::tr("“%1” names the database “%2”, which holds a slash.")
                     .arg(text, address.m_database);
        return std::nullopt;
    }
    QStringList options;
    static const QRegularExpression plainValue(QStringLiteral("^[^\\s;'\"\\\\]*$"));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password")) {
            *error = passwordRefused(text.section(QLatin1Char('?'), 0, 0));
            return std::nullopt;
        }
        if (!allowedKeywords.contains(key)) {
            *error = Text::tr("“%1” sets “%2”, which Kingside does not pass on. It takes %3.")
                         .arg(text, key, allowedKeywords.join(QLatin1String(", ")));
            return std::nullopt;
        }
        if (!plainValue.match(value).hasMatch()) {
            *error = Text::tr("“%1” gives “%2” a value with a space, a semicolon, a quote or a "
                              "backslash, which Kingside does not pass on.")
                         .arg(text, key);
            return std::nullopt;
        }
        options.append(key + QLatin1Char('=') + value);
    }
    if (!query.hasQueryItem(QStringLiteral("application_name")))
        options.append(QStringLiteral("application_name=kingside"));
    address.m_options = options.join(QLatin1Char(';'));
    return address;
}

bool ServerAddress::open(const QString &connectionName, QString *error) const
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error =
            Text::tr("Kingside cannot reach %1: the PostgreSQL driver of Qt SQL is not installed "
                     "(Debian package libqt6sql6-psql).")
                .arg(m_text);
        return false;
    }
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(m_host);
        if (m_port > 0)
            db.setPort(m_port);
        db.setUserName(m_user);
        db.setDatabaseName(m_database);
        db.setConnectOptions(m_options);
        opened = db.open();
        if (!opened)
            *error = Text::tr("Kingside could not connect to %1: %2")
                         .arg(m_text, db.lastError().text().trimmed());
    }
    if (!opened)
        QSqlDatabase::removeDatabase(connectionName);
    return opened;
}

} // namespace Kingside
