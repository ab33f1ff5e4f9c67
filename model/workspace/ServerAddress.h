#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Kingside {

// Where a shared workspace lives on a PostgreSQL server (README "A shared workspace for
// a team"): `postgresql://[user@][host][:port][/database][?key=value&…]`, or a service
// from the libpq service file, `postgresql:///?service=NAME`. The address never holds a
// password: credentials come only from libpq's own mechanisms (~/.pgpass or PGPASSFILE,
// PGSERVICEFILE, PGPASSWORD), never from Kingside's settings. TLS is libpq's default,
// sslmode=prefer: used when the server offers it.
class ServerAddress
{
public:
    // Whether `text` is meant as a server address rather than a file name.
    static bool looksLikeAddress(const QString &text);

    // The address, or std::nullopt with *error saying what is wrong with it.
    static std::optional<ServerAddress> parse(const QString &text, QString *error);

    // The address as given, for messages.
    QString text() const { return m_text; }

    // Opens a Qt SQL connection (driver QPSQL) named `connectionName`. On failure the
    // connection is removed again and *error says why, naming the address.
    bool open(const QString &connectionName, QString *error) const;

private:
    QString m_text;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_database;
    QString m_options; // libpq keywords, "key=value;key=value"
};

} // namespace Kingside
