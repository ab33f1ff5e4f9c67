#include "AnalysisStore.h"

#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::AnalysisStore", text);
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

std::optional<AnalysisInput> AnalysisStore::load(qint64 accountId, const QDate &today,
                                                 QString *error) const
{
    const AccountStore accounts(m_db);
    const std::optional<Account> account = accounts.account(accountId);
    if (!account) {
        if (error)
            *error = tr("There is no account with id %1.").arg(accountId);
        return std::nullopt;
    }
    AnalysisInput input;
    input.account = *account;
    input.today = today;
    input.departments = accounts.departments(accountId);
    input.levels = accounts.levels(accountId);
    input.walls = accounts.walls(accountId);
    const PersonStore people(m_db);
    input.people = people.people(accountId);
    input.relationships = people.relationships(accountId);

    QString sqlError;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Sql::exec(query, QStringLiteral("SELECT id, name FROM competitors"), {}, &sqlError)) {
        while (query.next())
            input.competitorNames.insert(query.value(0).toLongLong(), query.value(1).toString());
    }

    // The account's products: those listed for it and those its people use or specify.
    if (Sql::exec(query,
                  QStringLiteral(
                      "SELECT id, name FROM products WHERE id IN "
                      "(SELECT product_id FROM account_products WHERE account_id = ?) OR id IN "
                      "(SELECT r.product_id FROM product_roles r JOIN people p ON p.id = "
                      "r.person_id WHERE p.account_id = ?) ORDER BY name, id"),
                  {accountId, accountId}, &sqlError)) {
        while (query.next())
            input.products.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    if (Sql::exec(query,
                  QStringLiteral("SELECT r.product_id, r.person_id, r.role FROM product_roles r "
                                 "JOIN people p ON p.id = r.person_id WHERE p.account_id = ? "
                                 "ORDER BY r.product_id, r.person_id, r.role"),
                  {accountId}, &sqlError)) {
        while (query.next()) {
            const auto role = enumFromCode<ProductRole>(query.value(2).toString());
            if (role)
                input.productRoles.append(
                    {query.value(0).toLongLong(), query.value(1).toLongLong(), *role});
        }
    }

    // The last review held on or before today.
    if (Sql::exec(query,
                  QStringLiteral("SELECT id, review_date, reviewer_name FROM reviews "
                                 "WHERE account_id = ? AND review_date <= ? "
                                 "ORDER BY review_date DESC, id DESC LIMIT 1"),
                  {accountId, today.toString(Qt::ISODate)}, &sqlError) &&
        query.next())
        input.lastReview = ReviewInfo{query.value(0).toLongLong(), dateOf(query.value(1)),
                                      query.value(2).toString()};

    // Its snapshot; without one, the latest snapshot of the account.
    const QString snapshotColumns = QStringLiteral("id, review_id, taken_at, label, data");
    bool haveSnapshot = false;
    if (input.lastReview &&
        Sql::exec(query,
                  QStringLiteral("SELECT %1 FROM snapshots WHERE account_id = ? AND review_id = ? "
                                 "ORDER BY taken_at DESC, id DESC LIMIT 1")
                      .arg(snapshotColumns),
                  {accountId, input.lastReview->id}, &sqlError) &&
        query.next())
        haveSnapshot = true;
    if (!haveSnapshot &&
        Sql::exec(query,
                  QStringLiteral("SELECT %1 FROM snapshots WHERE account_id = ? "
                                 "ORDER BY taken_at DESC, id DESC LIMIT 1")
                      .arg(snapshotColumns),
                  {accountId}, &sqlError) &&
        query.next())
        haveSnapshot = true;
    if (haveSnapshot)
        input.snapshot = SnapshotInfo{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                      query.value(2).toString(), query.value(3).toString(),
                                      query.value(4).toString().toUtf8()};

    if (Sql::exec(query,
                  QStringLiteral("SELECT id, title, owner_id, due_date, status, done_date "
                                 "FROM actions WHERE account_id = ? ORDER BY id"),
                  {accountId}, &sqlError)) {
        while (query.next())
            input.actions.append({query.value(0).toLongLong(), query.value(1).toString(),
                                  query.value(2).toLongLong(), dateOf(query.value(3)),
                                  query.value(4).toString(), dateOf(query.value(5))});
    }
    if (!sqlError.isEmpty()) {
        if (error)
            *error = tr("The account could not be read: %1").arg(sqlError);
        return std::nullopt;
    }
    return input;
}

} // namespace Kingside
