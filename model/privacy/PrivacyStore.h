#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace Kingside {

// The SQL behind a person's data on request (README "A person's data, on request"):
// what the other stores do not already read, and the deletes and rewrites of an erase.
class PrivacyStore
{
public:
    explicit PrivacyStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // A free-text column of one account's rows: `table`.`column`, a row named by `key`
    // within the account named by `scope` (both the same column for one-row tables).
    struct TextColumn
    {
        QString table;
        QString scope;
        QString key;
        QString column;
    };
    struct TextCell
    {
        qint64 key = 0;
        QString text;
    };
    struct SnapshotRow
    {
        qint64 id = 0;
        qint64 reviewId = 0;
        QString takenAt;
        QString label;
        QByteArray data;
    };
    struct ProductRoleRow
    {
        QString product;
        QString role;
    };

    // Every column where people's names, e-mail addresses or phone numbers may have been
    // typed by hand (notes, titles, summaries, comments…).
    static QList<TextColumn> freeTextColumns();

    QList<ProductRoleRow> productRoles(qint64 personId) const;
    QList<SnapshotRow> snapshots(qint64 accountId) const;
    // The non-empty cells of a free-text column in one account.
    QList<TextCell> textCells(const TextColumn &column, qint64 accountId) const;

    // The steps of an erase, each returning the number of rows it changed (-1 on error,
    // with *error set). They run inside the eraser's transaction.
    int deleteCommentsOn(qint64 accountId, const QString &targetKind, qint64 targetId,
                         QString *error) const;
    int clearActionOwner(qint64 personId, QString *error) const;
    int clearActionPerson(qint64 personId, QString *error) const;
    int neutraliseReviewer(qint64 personId, const QString &neutralName, QString *error) const;
    int deleteAgreements(qint64 personId, QString *error) const;
    int deleteProductRoles(qint64 personId, QString *error) const;
    int deleteRelationshipsOf(qint64 personId, QString *error) const;
    int deletePerson(qint64 personId, QString *error) const;
    bool setText(const TextColumn &column, qint64 accountId, qint64 key, const QString &text,
                 QString *error) const;
    bool rewriteSnapshot(qint64 snapshotId, const QByteArray &data, QString *error) const;

    // Making deleted bytes go away (SQLite-specific, like the WAL itself).
    bool setSecureDelete(bool on, QString *error) const;
    bool checkpointAndTruncateWal(QString *error) const;
    bool vacuum(QString *error) const;

private:
    int change(const QString &statement, const QVariantList &values, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace Kingside
