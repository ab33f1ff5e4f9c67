#include "PrivacyStore.h"

#include "workspace/Sql.h"

#include <QSqlQuery>

namespace Kingside {

QList<PrivacyStore::TextColumn> PrivacyStore::freeTextColumns()
{
    const QString account = QStringLiteral("account_id");
    const QString id = QStringLiteral("id");
    QList<TextColumn> columns;
    const auto add = [&columns](const QString &table, const QString &scope, const QString &key,
                                std::initializer_list<const char *> names) {
        for (const char *name : names)
            columns.append({table, scope, key, QLatin1String(name)});
    };
    add(QStringLiteral("accounts"), id, id,
        {"industry", "business_objectives", "buying_process", "notes"});
    add(QStringLiteral("people"), account, id, {"title", "notes"});
    add(QStringLiteral("relationships"), account, id, {"notes"});
    add(QStringLiteral("walls"), account, id, {"notes"});
    add(QStringLiteral("account_competitors"), account, QStringLiteral("competitor_id"),
        {"activity"});
    add(QStringLiteral("criterion_scores"), account, QStringLiteral("criterion_id"), {"note"});
    add(QStringLiteral("plans"), account, account, {"strategy", "competitor_notes"});
    add(QStringLiteral("objectives"), account, id, {"title", "measure"});
    add(QStringLiteral("actions"), account, id, {"title"});
    add(QStringLiteral("reviews"), account, id, {"reviewer_name", "summary"});
    add(QStringLiteral("comments"), account, id, {"target_label", "author", "body"});
    add(QStringLiteral("snapshots"), account, id, {"label"});
    return columns;
}

QList<PrivacyStore::ProductRoleRow> PrivacyStore::productRoles(qint64 personId) const
{
    return Sql::rows(
        m_db,
        QStringLiteral("SELECT p.name, r.role FROM product_roles r "
                       "JOIN products p ON p.id = r.product_id "
                       "WHERE r.person_id = ? ORDER BY p.name, r.role"),
        {personId}, [](const QSqlQuery &query) {
            return ProductRoleRow{query.value(0).toString(), query.value(1).toString()};
        });
}

QList<PrivacyStore::SnapshotRow> PrivacyStore::snapshots(qint64 accountId) const
{
    return Sql::rows(m_db,
                     QStringLiteral("SELECT id, review_id, taken_at, label, data FROM snapshots "
                                    "WHERE account_id = ? ORDER BY taken_at, id"),
                     {accountId}, [](const QSqlQuery &query) {
                         return SnapshotRow{query.value(0).toLongLong(),
                                            query.value(1).toLongLong(), query.value(2).toString(),
                                            query.value(3).toString(),
                                            query.value(4).toString().toUtf8()};
                     });
}

QList<PrivacyStore::TextCell> PrivacyStore::textCells(const TextColumn &column,
                                                      qint64 accountId) const
{
    // Table and column names are our own constants (freeTextColumns); values are bound.
    return Sql::rows(m_db,
                     QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 = ? AND %2 <> ''")
                         .arg(column.key, column.column, column.table, column.scope),
                     {accountId}, [](const QSqlQuery &query) {
                         return TextCell{query.value(0).toLongLong(), query.value(1).toString()};
                     });
}

int PrivacyStore::change(const QString &statement, const QVariantList &values, QString *error) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, statement, values, error))
        return -1;
    return query.numRowsAffected();
}

int PrivacyStore::deleteCommentsOn(qint64 accountId, const QString &targetKind, qint64 targetId,
                                   QString *error) const
{
    return change(QStringLiteral("DELETE FROM comments WHERE account_id = ? AND target_kind = ? "
                                 "AND target_id = ?"),
                  {accountId, targetKind, targetId}, error);
}

int PrivacyStore::clearActionOwner(qint64 personId, QString *error) const
{
    return change(QStringLiteral("UPDATE actions SET owner_id = NULL WHERE owner_id = ?"),
                  {personId}, error);
}

int PrivacyStore::clearActionPerson(qint64 personId, QString *error) const
{
    return change(QStringLiteral("UPDATE actions SET person_id = NULL WHERE person_id = ?"),
                  {personId}, error);
}

int PrivacyStore::neutraliseReviewer(qint64 personId, const QString &neutralName,
                                     QString *error) const
{
    return change(QStringLiteral("UPDATE reviews SET reviewer_id = NULL, reviewer_name = ? "
                                 "WHERE reviewer_id = ?"),
                  {neutralName, personId}, error);
}

int PrivacyStore::deleteAgreements(qint64 personId, QString *error) const
{
    return change(QStringLiteral("DELETE FROM plan_agreements WHERE person_id = ?"), {personId},
                  error);
}

int PrivacyStore::deleteProductRoles(qint64 personId, QString *error) const
{
    return change(QStringLiteral("DELETE FROM product_roles WHERE person_id = ?"), {personId},
                  error);
}

int PrivacyStore::deleteRelationshipsOf(qint64 personId, QString *error) const
{
    return change(QStringLiteral("DELETE FROM relationships WHERE from_id = ? OR to_id = ?"),
                  {personId, personId}, error);
}

int PrivacyStore::deletePerson(qint64 personId, QString *error) const
{
    return change(QStringLiteral("DELETE FROM people WHERE id = ?"), {personId}, error);
}

bool PrivacyStore::setText(const TextColumn &column, qint64 accountId, qint64 key,
                           const QString &text, QString *error) const
{
    return change(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ? AND %4 = ?")
                      .arg(column.table, column.column, column.scope, column.key),
                  {text, accountId, key}, error) >= 0;
}

bool PrivacyStore::rewriteSnapshot(qint64 snapshotId, const QByteArray &data, QString *error) const
{
    return change(QStringLiteral("UPDATE snapshots SET data = ? WHERE id = ?"),
                  {QString::fromUtf8(data), snapshotId}, error) >= 0;
}

bool PrivacyStore::setSecureDelete(bool on, QString *error) const
{
    return Sql::run(m_db,
                    on ? QStringLiteral("PRAGMA secure_delete = ON")
                       : QStringLiteral("PRAGMA secure_delete = OFF"),
                    {}, error);
}

bool PrivacyStore::checkpointAndTruncateWal(QString *error) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, error))
        return false;
    // One row: busy (1 when the checkpoint could not complete), frames in the WAL, frames
    // checkpointed.
    if (query.next() && query.value(0).toInt() != 0) {
        if (error)
            *error = QStringLiteral("the write-ahead log could not be emptied (busy)");
        return false;
    }
    return true;
}

bool PrivacyStore::vacuum(QString *error) const
{
    return Sql::run(m_db, QStringLiteral("VACUUM"), {}, error);
}

} // namespace Kingside
