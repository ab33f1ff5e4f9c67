#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Kingside::Test {

// The throwaway PostgreSQL server of the tests (tests/support/pg-cluster.sh, started by
// CTest's "postgres" fixture; a test run by hand starts one of its own and stops it at
// exit). The superuser's password reaches libpq through PGPASSFILE, as a user's would.
struct PostgresServer
{
    QString url;          // postgresql://kingside@127.0.0.1:PORT/kingside_test
    QString passFile;     // for PGPASSFILE
    QString absentReason; // set when the server binaries are not installed: skip
    QString error;        // set when they are but the server could not be reached: fail
    int port = 0;
};

const PostgresServer &postgresServer();

// A new, empty database on the test server, dropped again with the object.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    // postgresql://kingside@127.0.0.1:PORT/NAME
    QString url() const;
    // The superuser's connection to it.
    QSqlDatabase database() const;

private:
    QString m_name;
    QString m_connection;
    QString m_error;
};

// A unique name for this process (role names are shared by the whole server).
QString uniqueName(const QString &stem);

} // namespace Kingside::Test

// Skip when PostgreSQL is not installed; fail when it is and the server is not there.
#define KINGSIDE_REQUIRE_POSTGRES()                                                                \
    do {                                                                                           \
        const auto &server_ = ::Kingside::Test::postgresServer();                                  \
        if (!server_.absentReason.isEmpty())                                                       \
            QSKIP(qPrintable(                                                                      \
                QStringLiteral("PostgreSQL tests skipped: %1").arg(server_.absentReason)));        \
        if (!server_.error.isEmpty())                                                              \
            QFAIL(qPrintable(server_.error));                                                      \
    } while (false)
