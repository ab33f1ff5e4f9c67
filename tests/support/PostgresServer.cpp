#include "PostgresServer.h"

#include "workspace/ServerAddress.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace Kingside::Test {
namespace {

QAtomicInt counter;

// The state folder this process started a cluster in, when no fixture did.
std::unique_ptr<QTemporaryDir> ownCluster;

void stopOwnCluster()
{
    if (!ownCluster)
        return;
    QProcess::execute(QStringLiteral(KINGSIDE_PG_CLUSTER_SCRIPT),
                      {QStringLiteral("stop"), ownCluster->path()});
    ownCluster.reset();
}

PostgresServer readServer()
{
    PostgresServer server;
    QString stateDir = qEnvironmentVariable("KINGSIDE_PG_STATE");
    if (stateDir.isEmpty() || !QFile::exists(stateDir + QStringLiteral("/env"))) {
        ownCluster = std::make_unique<QTemporaryDir>();
        stateDir = ownCluster->path();
        QProcess start;
        start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        start.start(QStringLiteral(KINGSIDE_PG_CLUSTER_SCRIPT),
                    {QStringLiteral("start"), stateDir});
        if (!start.waitForFinished(120000) || start.exitCode() != 0) {
            server.error = QStringLiteral("tests/support/pg-cluster.sh could not start a "
                                          "PostgreSQL cluster");
            return server;
        }
        std::atexit(stopOwnCluster);
    }
    QFile env(stateDir + QStringLiteral("/env"));
    if (!env.open(QIODevice::ReadOnly)) {
        server.error =
            QStringLiteral("%1 is missing: the postgres fixture did not run").arg(env.fileName());
        return server;
    }
    for (const QByteArray &line : env.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        const QString key = text.section(QLatin1Char('='), 0, 0);
        const QString value = text.section(QLatin1Char('='), 1);
        if (key == QLatin1String("KINGSIDE_PG_URL"))
            server.url = value;
        else if (key == QLatin1String("KINGSIDE_PG_PASSFILE"))
            server.passFile = value;
        else if (key == QLatin1String("KINGSIDE_PG_ABSENT"))
            server.absentReason = value;
        else if (key == QLatin1String("KINGSIDE_PG_PORT"))
            server.port = value.toInt();
    }
    if (server.absentReason.isEmpty() && server.url.isEmpty())
        server.error = QStringLiteral("%1 names no server").arg(env.fileName());
    if (!server.passFile.isEmpty())
        qputenv("PGPASSFILE", QFile::encodeName(server.passFile));
    return server;
}

QString identifier(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

} // namespace

const PostgresServer &postgresServer()
{
    static const PostgresServer server = readServer();
    return server;
}

QString uniqueName(const QString &stem)
{
    return QStringLiteral("%1_%2_%3")
        .arg(stem)
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

TestDatabase::TestDatabase()
{
    const PostgresServer &server = postgresServer();
    if (!server.absentReason.isEmpty() || !server.error.isEmpty()) {
        m_error = server.absentReason + server.error;
        return;
    }
    m_name = uniqueName(QStringLiteral("kingside_t"));
    {
        QString error;
        const auto admin = ServerAddress::parse(server.url, &error);
        const QString adminConnection = m_name + QStringLiteral("_admin");
        if (!admin || !admin->open(adminConnection, &error)) {
            m_error = error;
            return;
        }
        {
            QSqlQuery create(QSqlDatabase::database(adminConnection, false));
            if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(identifier(m_name))))
                m_error = create.lastError().text();
        }
        QSqlDatabase::database(adminConnection, false).close();
        QSqlDatabase::removeDatabase(adminConnection);
        if (!m_error.isEmpty())
            return;
    }
    QString error;
    const auto address = ServerAddress::parse(url(), &error);
    m_connection = m_name;
    if (!address || !address->open(m_connection, &error)) {
        m_error = error;
        m_connection.clear();
    }
}

TestDatabase::~TestDatabase()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    if (m_name.isEmpty() || !postgresServer().error.isEmpty())
        return;
    QString error;
    const auto admin = ServerAddress::parse(postgresServer().url, &error);
    const QString adminConnection = m_name + QStringLiteral("_drop");
    if (admin && admin->open(adminConnection, &error)) {
        {
            QSqlQuery drop(QSqlDatabase::database(adminConnection, false));
            drop.exec(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(identifier(m_name)));
        }
        QSqlDatabase::database(adminConnection, false).close();
    }
    QSqlDatabase::removeDatabase(adminConnection);
}

QString TestDatabase::url() const
{
    QString base = postgresServer().url;
    return base.left(base.lastIndexOf(QLatin1Char('/')) + 1) + m_name;
}

QSqlDatabase TestDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

} // namespace Kingside::Test
