#pragma once

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Kingside {

// A frozen copy of one account as a self-describing JSON document: people with their
// pieces and attitudes, relationships, the plan and simple figures. Names are copied,
// not referenced, so a snapshot reads the same after any later edit or schema change.
class Snapshot
{
public:
    static constexpr int CurrentFormat = 1;
    static constexpr const char *DocumentKind = "kingside.account-snapshot";

    // The account as it stands now, dated `takenOn` (the day actions count as late from).
    static QJsonObject capture(const QSqlDatabase &db, qint64 accountId, const QDate &takenOn);

    // (Re)computes the "figures" object from the document's own content.
    static void computeFigures(QJsonObject &snapshot);

    // Parse stored text: checks the kind, upgrades older formats, refuses newer ones.
    static std::optional<QJsonObject> read(const QByteArray &data, QString *error);

    // Store as a row of the snapshots table; returns the new id (or `id` when > 0).
    static qint64 store(const QSqlDatabase &db, const QJsonObject &snapshot, qint64 reviewId,
                        const QString &label, QString *error, qint64 id = 0);
    static bool remove(const QSqlDatabase &db, qint64 snapshotId, QString *error);
    static std::optional<QJsonObject> load(const QSqlDatabase &db, qint64 snapshotId,
                                           QString *error);
    // The snapshot frozen at a review (the latest when there are several).
    static std::optional<QJsonObject> loadForReview(const QSqlDatabase &db, qint64 reviewId,
                                                    QString *error);

    static qint64 accountIdOf(const QJsonObject &snapshot);
    static QString accountNameOf(const QJsonObject &snapshot);
    static QDate takenOn(const QJsonObject &snapshot);
};

} // namespace Kingside
