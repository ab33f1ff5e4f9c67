#include "TransactionGuard.h"

#include "SqlErrors.h"

namespace Kingside {

TransactionGuard::TransactionGuard(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_error = m_db.lastError();
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        m_db.rollback();
}

bool TransactionGuard::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    m_error = m_db.lastError();
    m_db.rollback(); // fails harmlessly when SQLite has already rolled back
    return false;
}

QString TransactionGuard::errorText() const
{
    return SqlErrors::explain(m_error);
}

} // namespace Kingside
