#include "AccountStore.h"

#include "Sql.h"
#include "SqlDialect.h"

#include <QSqlRecord>

#include <QSqlQuery>

namespace Kingside {
namespace {

const QString accountColumns = QStringLiteral(
    "id, name, industry, annual_sales, profitability, potential_3y, lifecycle_stage, "
    "review_cadence_months, freshness_days, business_objectives, buying_process, notes, currency");

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
    account.currency = query.value(12).toString();
    return account;
}

QList<Account> selectAccounts(const QSqlDatabase &db, const QString &condition,
                              const QVariantList &values)
{
    // SQLite's NOCASE folds ASCII letters; PostgreSQL has no such collation, and lower()
    // on the test server's C locale folds the same letters (README "A shared workspace for
    // a team", where the dialects differ).
    const QString order = SqlDialect::of(db) == SqlDialect::Kind::PostgreSql
                              ? QStringLiteral("lower(name), id")
                              : QStringLiteral("name COLLATE NOCASE, id");
    return Sql::rows(db,
                     QStringLiteral("SELECT %1 FROM accounts %2 ORDER BY %3")
                         .arg(accountColumns, condition, order),
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
        selectAccounts(m_db,
                       SqlDialect::of(m_db) == SqlDialect::Kind::PostgreSql
                           ? QStringLiteral("WHERE lower(name) = lower(?)")
                           : QStringLiteral("WHERE name = ? COLLATE NOCASE"),
                       {name.trimmed()});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

qint64 AccountStore::insertAccount(const Account &account, QString *error,
                                   const QString &stamp) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO accounts (%1, created_at) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(accountColumns),
                   {Sql::idOrNull(account.id), Sql::text(account.name.trimmed()),
                    Sql::text(account.industry), account.annualSales, account.profitability,
                    account.potential3y, codeOf(account.stage), account.reviewCadenceMonths,
                    account.freshnessDays, Sql::text(account.businessObjectives),
                    Sql::text(account.buyingProcess), Sql::text(account.notes),
                    Sql::text(account.currency), stamp.isEmpty() ? Sql::nowStamp() : stamp},
                   error))
        return 0;
    return insertedId(query, account.id);
}

bool AccountStore::updateAccount(const Account &account, QString *error) const
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE accounts SET name = ?, industry = ?, annual_sales = ?, "
                                   "profitability = ?, potential_3y = ?, lifecycle_stage = ?, "
                                   "review_cadence_months = ?, freshness_days = ?, "
                                   "business_objectives = ?, buying_process = ?, notes = ?, "
                                   "currency = ? WHERE id = ?"),
                    {Sql::text(account.name.trimmed()), Sql::text(account.industry),
                     account.annualSales, account.profitability, account.potential3y,
                     codeOf(account.stage), account.reviewCadenceMonths, account.freshnessDays,
                     Sql::text(account.businessObjectives), Sql::text(account.buyingProcess),
                     Sql::text(account.notes), Sql::text(account.currency), account.id},
                    error);
}

bool AccountStore::renameAccount(qint64 accountId, const QString &name, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("UPDATE accounts SET name = ? WHERE id = ?"),
                    {Sql::text(name.trimmed()), accountId}, error);
}

bool AccountStore::deleteAccount(qint64 accountId, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM accounts WHERE id = ?"), {accountId}, error);
}

QList<RowSet> AccountStore::captureAccount(qint64 accountId, QString *error) const
{
    // Parents before children; tables without an account column are reached through
    // their parent row.
    static const QList<std::pair<const char *, const char *>> parts{
        {"accounts", "id = ?"},
        {"departments", "account_id = ?"},
        {"levels", "account_id = ?"},
        {"people", "account_id = ?"},
        {"relationships", "account_id = ?"},
        {"walls", "account_id = ?"},
        {"account_products", "account_id = ?"},
        {"product_roles", "person_id IN (SELECT id FROM people WHERE account_id = ?)"},
        {"account_competitors", "account_id = ?"},
        {"criterion_scores", "account_id = ?"},
        {"plans", "account_id = ?"},
        {"lifecycle_history", "account_id = ?"},
        {"objectives", "account_id = ?"},
        {"reviews", "account_id = ?"},
        {"review_traffic_lights", "review_id IN (SELECT id FROM reviews WHERE account_id = ?)"},
        {"actions", "account_id = ?"},
        {"plan_agreements", "account_id = ?"},
        {"comments", "account_id = ?"},
        {"snapshots", "account_id = ?"},
    };
    QList<RowSet> captured;
    for (const auto &[table, condition] : parts) {
        QString captureError;
        captured.append(RowSet::capture(m_db, QLatin1String(table), QLatin1String(condition),
                                        {accountId}, &captureError));
        if (!captureError.isEmpty()) {
            *error = captureError;
            return {};
        }
    }
    return captured;
}

QList<ReviewerLink> AccountStore::reviewersFrom(qint64 accountId) const
{
    return Sql::rows(m_db,
                     QStringLiteral("SELECT r.id, r.reviewer_id, r.account_id FROM reviews r "
                                    "JOIN people p "
                                    "ON p.id = r.reviewer_id WHERE p.account_id = ? "
                                    "AND r.account_id <> ? ORDER BY r.id"),
                     {accountId, accountId}, [](const QSqlQuery &query) {
                         return ReviewerLink{query.value(0).toLongLong(),
                                             query.value(1).toLongLong(),
                                             query.value(2).toLongLong()};
                     });
}

bool AccountStore::setReviewer(qint64 reviewId, qint64 reviewerId, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("UPDATE reviews SET reviewer_id = ? WHERE id = ?"),
                    {Sql::idOrNull(reviewerId), reviewId}, error);
}

AccountContents AccountStore::contentsSummary(qint64 accountId) const
{
    const auto count = [this, accountId](const char *statement) {
        return Sql::scalar(m_db, QLatin1String(statement), {accountId}).value_or(0).toInt();
    };
    AccountContents contents;
    contents.clientPeople =
        count("SELECT count(*) FROM people WHERE account_id = ? AND side = 'client'");
    contents.teamPeople =
        count("SELECT count(*) FROM people WHERE account_id = ? AND side = 'team'");
    contents.relationships = count("SELECT count(*) FROM relationships WHERE account_id = ?");
    contents.actions = count("SELECT count(*) FROM actions WHERE account_id = ?");
    contents.reviews = count("SELECT count(*) FROM reviews WHERE account_id = ?");
    contents.snapshots = count("SELECT count(*) FROM snapshots WHERE account_id = ?");
    return contents;
}

QString AccountStore::createdAt(qint64 accountId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT created_at FROM accounts WHERE id = ?"),
                       {accountId})
        .value_or(QVariant())
        .toString();
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

std::optional<Department> AccountStore::department(qint64 id) const
{
    return Sql::firstRow(m_db,
                         QStringLiteral("SELECT id, account_id, name, position FROM departments "
                                        "WHERE id = ?"),
                         {id}, [](const QSqlQuery &query) {
                             return Department{query.value(0).toLongLong(),
                                               query.value(1).toLongLong(),
                                               query.value(2).toString(), query.value(3).toInt()};
                         });
}

bool AccountStore::renameDepartment(qint64 id, const QString &name, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("UPDATE departments SET name = ? WHERE id = ?"),
                    {Sql::text(name.trimmed()), id}, error);
}

bool AccountStore::setDepartmentPosition(qint64 id, int position, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("UPDATE departments SET position = ? WHERE id = ?"),
                    {position, id}, error);
}

bool AccountStore::deleteDepartment(qint64 id, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM departments WHERE id = ?"), {id}, error);
}

int AccountStore::peopleOn(qint64 departmentId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM people WHERE department_id = ?"),
                       {departmentId})
        .value_or(0)
        .toInt();
}

int AccountStore::peopleOnLevel(qint64 levelId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM people WHERE level_id = ?"),
                       {levelId})
        .value_or(0)
        .toInt();
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

std::optional<Level> AccountStore::level(qint64 id) const
{
    return Sql::firstRow(
        m_db, QStringLiteral("SELECT id, account_id, name, rank FROM levels WHERE id = ?"), {id},
        [](const QSqlQuery &query) {
            return Level{query.value(0).toLongLong(), query.value(1).toLongLong(),
                         query.value(2).toString(), query.value(3).toInt()};
        });
}

bool AccountStore::renameLevel(qint64 id, const QString &name, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("UPDATE levels SET name = ? WHERE id = ?"),
                    {Sql::text(name.trimmed()), id}, error);
}

bool AccountStore::setLevelRank(qint64 id, int rank, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("UPDATE levels SET rank = ? WHERE id = ?"), {rank, id},
                    error);
}

bool AccountStore::deleteLevel(qint64 id, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM levels WHERE id = ?"), {id}, error);
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

RowSet AccountStore::captureWallsOnDepartment(qint64 departmentId, QString *error) const
{
    return RowSet::capture(m_db, QStringLiteral("walls"),
                           QStringLiteral("department_a = ? OR department_b = ?"),
                           {departmentId, departmentId}, error);
}

RowSet AccountStore::captureWallsOnLevel(qint64 levelId, QString *error) const
{
    return RowSet::capture(m_db, QStringLiteral("walls"),
                           QStringLiteral("level_a = ? OR level_b = ?"), {levelId, levelId}, error);
}

RowSet AccountStore::captureWallsTouching(const QList<qint64> &departmentIds,
                                          const QList<qint64> &levelIds, QString *error) const
{
    // One bound mark per id; the statement's text holds no value.
    const auto marks = [](qsizetype count) {
        return QStringList(count, QStringLiteral("?")).join(QLatin1String(", "));
    };
    QVariantList values;
    for (int pass = 0; pass < 2; ++pass) {
        for (const qint64 id : departmentIds)
            values.append(id);
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (const qint64 id : levelIds)
            values.append(id);
    }
    const QString condition =
        QStringLiteral("department_a IN (%1) OR department_b IN (%1) OR level_a IN (%2) OR "
                       "level_b IN (%2)")
            .arg(departmentIds.isEmpty() ? QStringLiteral("NULL") : marks(departmentIds.size()),
                 levelIds.isEmpty() ? QStringLiteral("NULL") : marks(levelIds.size()));
    return RowSet::capture(m_db, QStringLiteral("walls"), condition, values, error);
}

bool AccountStore::restore(const RowSet &rows, QString *error) const
{
    return rows.restore(m_db, error);
}

qint64 AccountStore::productIdByName(const QString &name) const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT id FROM products WHERE lower(name) = lower(?) "
                                      "ORDER BY id"),
                       {name.trimmed()})
        .value_or(0)
        .toLongLong();
}

QString AccountStore::productName(qint64 productId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT name FROM products WHERE id = ?"), {productId})
        .value_or(QVariant())
        .toString();
}

qint64 AccountStore::insertProduct(qint64 id, const QString &name, QString *error) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("INSERT INTO products (id, name) VALUES (?, ?)"),
                   {Sql::idOrNull(id), Sql::text(name.trimmed())}, error))
        return 0;
    return insertedId(query, id);
}

bool AccountStore::deleteProduct(qint64 productId, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM products WHERE id = ?"), {productId}, error);
}

bool AccountStore::hasProduct(qint64 accountId, qint64 productId) const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT count(*) FROM account_products "
                                      "WHERE account_id = ? AND product_id = ?"),
                       {accountId, productId})
               .value_or(0)
               .toInt() > 0;
}

bool AccountStore::linkProduct(qint64 accountId, qint64 productId, QString *error) const
{
    return Sql::run(m_db,
                    QStringLiteral("INSERT INTO account_products (account_id, product_id) "
                                   "VALUES (?, ?)"),
                    {accountId, productId}, error);
}

bool AccountStore::unlinkProduct(qint64 accountId, qint64 productId, QString *error) const
{
    return Sql::run(m_db,
                    QStringLiteral("DELETE FROM account_products WHERE account_id = ? "
                                   "AND product_id = ?"),
                    {accountId, productId}, error);
}

QList<qint64> AccountStore::productIds(qint64 accountId) const
{
    return Sql::rows(m_db,
                     QStringLiteral("SELECT product_id FROM account_products WHERE account_id = ? "
                                    "ORDER BY product_id"),
                     {accountId},
                     [](const QSqlQuery &query) { return query.value(0).toLongLong(); });
}

QList<std::pair<qint64, QString>> AccountStore::competitors(qint64 accountId) const
{
    return Sql::rows(m_db,
                     QStringLiteral("SELECT c.id, c.name FROM competitors c JOIN "
                                    "account_competitors a ON a.competitor_id = c.id "
                                    "WHERE a.account_id = ? ORDER BY lower(c.name), c.id"),
                     {accountId}, [](const QSqlQuery &query) {
                         return std::pair(query.value(0).toLongLong(), query.value(1).toString());
                     });
}

QList<CompetitorLink> AccountStore::competitorLinks(qint64 accountId) const
{
    return Sql::rows(
        m_db,
        QStringLiteral("SELECT competitor_id, activity FROM account_competitors "
                       "WHERE account_id = ? ORDER BY competitor_id"),
        {accountId}, [](const QSqlQuery &query) {
            return CompetitorLink{query.value(0).toLongLong(), query.value(1).toString()};
        });
}

qint64 AccountStore::competitorIdByName(const QString &name) const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT id FROM competitors WHERE lower(name) = lower(?) "
                                      "ORDER BY id"),
                       {name.trimmed()})
        .value_or(0)
        .toLongLong();
}

QString AccountStore::competitorName(qint64 competitorId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT name FROM competitors WHERE id = ?"),
                       {competitorId})
        .value_or(QVariant())
        .toString();
}

qint64 AccountStore::insertCompetitor(qint64 id, const QString &name, QString *error,
                                      const QString &notes) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO competitors (id, name, notes) VALUES (?, ?, ?)"),
                   {Sql::idOrNull(id), Sql::text(name.trimmed()), Sql::text(notes)}, error))
        return 0;
    return insertedId(query, id);
}

bool AccountStore::deleteCompetitor(qint64 competitorId, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM competitors WHERE id = ?"), {competitorId},
                    error);
}

bool AccountStore::hasCompetitor(qint64 accountId, qint64 competitorId) const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT count(*) FROM account_competitors "
                                      "WHERE account_id = ? AND competitor_id = ?"),
                       {accountId, competitorId})
               .value_or(0)
               .toInt() > 0;
}

bool AccountStore::linkCompetitor(qint64 accountId, const CompetitorLink &link,
                                  QString *error) const
{
    return Sql::run(m_db,
                    QStringLiteral("INSERT INTO account_competitors (account_id, competitor_id, "
                                   "activity) VALUES (?, ?, ?)"),
                    {accountId, link.competitorId, Sql::text(link.activity)}, error);
}

bool AccountStore::unlinkCompetitor(qint64 accountId, qint64 competitorId, QString *error) const
{
    return Sql::run(m_db,
                    QStringLiteral("DELETE FROM account_competitors WHERE account_id = ? "
                                   "AND competitor_id = ?"),
                    {accountId, competitorId}, error);
}

} // namespace Kingside
