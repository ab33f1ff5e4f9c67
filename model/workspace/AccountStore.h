#pragma once

#include "domain/Account.h"
#include "domain/Department.h"
#include "domain/Level.h"
#include "domain/Wall.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Kingside {

// SQL for accounts and their board structure: departments (files), levels (ranks), walls.
class AccountStore
{
public:
    explicit AccountStore(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Account> accounts() const;
    std::optional<Account> account(qint64 id) const;
    std::optional<Account> accountByName(const QString &name) const;
    // Inserts with account.id when > 0 (undo/redo keeps ids), else a new id.
    // `stamp` (created at) defaults to now; a redo passes the first one.
    qint64 insertAccount(const Account &account, QString *error, const QString &stamp = {}) const;

    QList<Department> departments(qint64 accountId) const;
    qint64 insertDepartment(const Department &department, QString *error) const;
    QList<Level> levels(qint64 accountId) const; // top rank first
    qint64 insertLevel(const Level &level, QString *error) const;
    QList<Wall> walls(qint64 accountId) const;
    qint64 insertWall(const Wall &wall, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace Kingside
