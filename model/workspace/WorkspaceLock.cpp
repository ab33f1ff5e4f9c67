#include "WorkspaceLock.h"

#include "Sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Kingside {
namespace {

QAtomicInt lockCounter;

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

WorkspaceLock::WorkspaceLock(const QString &path)
    : m_connectionName(QStringLiteral("kingside-lock-%1").arg(lockCounter.fetchAndAddRelaxed(1)))
{
    if (!isSqliteFile(path))
        return;
    bool locked = false;
    bool held = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1500"));
        QString error;
        if (db.open() && Sql::distrustSchema(db, &error)) {
            QSqlQuery query(db);
            // The same steps as a workspace opened for editing: the exclusive transaction
            // takes the lock, exclusive locking mode keeps it after COMMIT. Leaving WAL
            // then removes the -wal file, so no journal of the old file is left to be
            // replayed onto the file that replaces it.
            held = query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) &&
                   query.exec(QStringLiteral("BEGIN EXCLUSIVE"));
            if (!held) {
                const QSqlError sqlError = query.lastError();
                locked = sqlError.nativeErrorCode() == QLatin1String("5") ||
                         sqlError.nativeErrorCode() == QLatin1String("6") ||
                         sqlError.text().contains(QLatin1String("locked"), Qt::CaseInsensitive);
            } else {
                query.exec(QStringLiteral("COMMIT"));
                query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            }
        }
    }
    if (held) {
        m_state = State::Held;
        return;
    }
    release();
    if (locked) {
        m_state = State::Locked;
        m_error = QCoreApplication::translate("Kingside::WorkspaceLock",
                                              "“%1” is open in another Kingside window or "
                                              "program. Close it there first.")
                      .arg(QDir::toNativeSeparators(path));
    }
}

WorkspaceLock::~WorkspaceLock()
{
    release();
}

void WorkspaceLock::release()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_state == State::Held)
        m_state = State::NotSqlite;
}

} // namespace Kingside
