#include "TransactionGuard.h"

namespace Kingside {

TransactionGuard::TransactionGuard(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
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
    m_db.rollback();
    return false;
}

} // namespace Kingside
