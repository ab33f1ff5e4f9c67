#include "AccountStore.h"

#include "Sql.h"

#include <QSqlQuery>

namespace Kingside {
namespace {

const QString accountColumns = QStringLiteral(
    "id, name, industry, annual_sales, profitability, potential_3y, lifecycle_stage, "
    "review_cadence_months, freshness_days, business_objectives, buying_process, notes");

Account accountFrom(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.name = query.value(1).toString();
    account.industry = query.value(2).toString();
    account.annualSales = query.value(3).toDouble();
    account.profitability = query.value(4).toDouble();
    account.potential3y = query.value(5).toDouble();
    account.stage =
        enumFromCode<LifecycleStage>(query.value(6).toString()).value_or(LifecycleStage::Presale);
    account.reviewCadenceMonths = query.value(7).toInt();
    account.freshnessDays = query.value(8).toInt();
    account.businessObjectives = query.value(9).toString();
    account.buyingProcess = query.value(10).toString();
    account.notes = query.value(11).toString();
    return account;
}

QList<Account> selectAccounts(const QSqlDatabase &db, const QString &condition,
                              const QVariantList &values)
{
    return Sql::rows(db,
                     QStringLiteral("SELECT %1 FROM accounts %2 ORDER BY name COLLATE NOCASE, id")
                         .arg(accountColumns, condition),
                     values, accountFrom);
}

qint64 insertedId(const QSqlQuery &query, qint64 requested)
{
    return requested > 0 ? requested : query.lastInsertId().toLongLong();
}

} // namespace

QList<Account> AccountStore::accounts() const
{
    return selectAccounts(m_db, {}, {});
}

std::optional<Account> AccountStore::account(qint64 id) const
{
    const QList<Account> found = selectAccounts(m_db, QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Account> AccountStore::accountByName(const QString &name) const
{
    const QList<Account> found =
        selectAccounts(m_db, QStringLiteral("WHERE name = ? COLLATE NOCASE"), {name.trimmed()});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

qint64 AccountStore::insertAccount(const Account &account, QString *error,
                                   const QString &stamp) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO accounts (%1, created_at) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(accountColumns),
                   {Sql::idOrNull(account.id), Sql::text(account.name.trimmed()),
                    Sql::text(account.industry), account.annualSales, account.profitability,
                    account.potential3y, codeOf(account.stage), account.reviewCadenceMonths,
                    account.freshnessDays, Sql::text(account.businessObjectives),
                    Sql::text(account.buyingProcess), Sql::text(account.notes),
                    stamp.isEmpty() ? Sql::nowStamp() : stamp},
                   error))
        return 0;
    return insertedId(query, account.id);
}

QList<Department> AccountStore::departments(qint64 accountId) const
{
    return Sql::rows(m_db,
                     QStringLiteral("SELECT id, account_id, name, position FROM departments "
                                    "WHERE account_id = ? ORDER BY position, id"),
                     {accountId}, [](const QSqlQuery &query) {
                         return Department{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                           query.value(2).toString(), query.value(3).toInt()};
                     });
}

qint64 AccountStore::insertDepartment(const Department &department, QString *error) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO departments (id, account_id, name, position) "
                                  "VALUES (?, ?, ?, ?)"),
                   {Sql::idOrNull(department.id), department.accountId,
                    Sql::text(department.name.trimmed()), department.position},
                   error))
        return 0;
    return insertedId(query, department.id);
}

QList<Level> AccountStore::levels(qint64 accountId) const
{
    return Sql::rows(m_db,
                     QStringLiteral("SELECT id, account_id, name, rank FROM levels "
                                    "WHERE account_id = ? ORDER BY rank, id"),
                     {accountId}, [](const QSqlQuery &query) {
                         return Level{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                      query.value(2).toString(), query.value(3).toInt()};
                     });
}

qint64 AccountStore::insertLevel(const Level &level, QString *error) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(
            query,
            QStringLiteral("INSERT INTO levels (id, account_id, name, rank) VALUES (?, ?, ?, ?)"),
            {Sql::idOrNull(level.id), level.accountId, Sql::text(level.name.trimmed()), level.rank},
            error))
        return 0;
    return insertedId(query, level.id);
}

QList<Wall> AccountStore::walls(qint64 accountId) const
{
    return Sql::rows(
        m_db,
        QStringLiteral("SELECT id, account_id, kind, department_a, department_b, "
                       "level_a, level_b, notes FROM walls WHERE account_id = ? "
                       "ORDER BY id"),
        {accountId}, [](const QSqlQuery &query) {
            Wall wall;
            wall.id = query.value(0).toLongLong();
            wall.accountId = query.value(1).toLongLong();
            wall.kind =
                enumFromCode<WallKind>(query.value(2).toString()).value_or(WallKind::Department);
            const bool byDepartment = wall.kind == WallKind::Department;
            wall.a = query.value(byDepartment ? 3 : 5).toLongLong();
            wall.b = query.value(byDepartment ? 4 : 6).toLongLong();
            wall.notes = query.value(7).toString();
            return wall;
        });
}

qint64 AccountStore::insertWall(const Wall &wall, QString *error) const
{
    const bool byDepartment = wall.kind == WallKind::Department;
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO walls (id, account_id, kind, department_a, "
                                  "department_b, level_a, level_b, notes) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {Sql::idOrNull(wall.id), wall.accountId, codeOf(wall.kind),
                    Sql::idOrNull(byDepartment ? wall.a : 0),
                    Sql::idOrNull(byDepartment ? wall.b : 0),
                    Sql::idOrNull(byDepartment ? 0 : wall.a),
                    Sql::idOrNull(byDepartment ? 0 : wall.b), Sql::text(wall.notes)},
                   error))
        return 0;
    return insertedId(query, wall.id);
}

} // namespace Kingside
