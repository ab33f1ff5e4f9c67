#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace Kingside {

// Opens a transaction and rolls it back on scope exit unless commit() succeeded.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

    // Why BEGIN or COMMIT failed, as a sentence for the user (SqlErrors::explain): the
    // database's own error is replaced by the rollback that follows a failed COMMIT
    // ("cannot rollback - no transaction is active" once SQLite rolled back by itself,
    // as it does on a full disk), so it is kept here.
    QString errorText() const;

private:
    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_active = false;
};

} // namespace Kingside
