#pragma once

#include "domain/Account.h"
#include "domain/Department.h"
#include "domain/Level.h"
#include "domain/Wall.h"
#include "workspace/RowSet.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Kingside {

// What an account holds, for the question before it is removed.
struct AccountContents
{
    int clientPeople = 0;
    int teamPeople = 0;
    int relationships = 0;
    int actions = 0;
    int reviews = 0;
    int snapshots = 0;
};

// A review of another account written by one of an account's people.
struct ReviewerLink
{
    qint64 reviewId = 0;
    qint64 reviewerId = 0;
    qint64 accountId = 0; // the review's account
};

// A competitor named in an account, with what we know of its activity there.
struct CompetitorLink
{
    qint64 competitorId = 0;
    QString activity;
};

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
    // Writes every field of the account with this id (not its creation stamp).
    bool updateAccount(const Account &account, QString *error) const;
    bool renameAccount(qint64 accountId, const QString &name, QString *error) const;
    // Deletes the account; the schema's cascades take everything in it.
    bool deleteAccount(qint64 accountId, QString *error) const;
    // Every row of every table that belongs to the account, parents before children, so
    // that restoring them in order puts the account back exactly (README "Workspaces").
    QList<RowSet> captureAccount(qint64 accountId, QString *error) const;
    // Reviews of other accounts written by people of this one (set NULL by its removal).
    QList<ReviewerLink> reviewersFrom(qint64 accountId) const;
    bool setReviewer(qint64 reviewId, qint64 reviewerId, QString *error) const;
    AccountContents contentsSummary(qint64 accountId) const;
    QString createdAt(qint64 accountId) const;

    QList<Department> departments(qint64 accountId) const;
    qint64 insertDepartment(const Department &department, QString *error) const;
    std::optional<Department> department(qint64 id) const;
    bool renameDepartment(qint64 id, const QString &name, QString *error) const;
    bool setDepartmentPosition(qint64 id, int position, QString *error) const;
    // Deletes the department and the walls on it; refused by the schema while people
    // stand there.
    bool deleteDepartment(qint64 id, QString *error) const;
    // How many people stand in the department (or on the level).
    int peopleOn(qint64 departmentId) const;
    int peopleOnLevel(qint64 levelId) const;
    QList<Level> levels(qint64 accountId) const; // top rank first
    qint64 insertLevel(const Level &level, QString *error) const;
    std::optional<Level> level(qint64 id) const;
    bool renameLevel(qint64 id, const QString &name, QString *error) const;
    bool setLevelRank(qint64 id, int rank, QString *error) const;
    bool deleteLevel(qint64 id, QString *error) const;
    QList<Wall> walls(qint64 accountId) const;
    qint64 insertWall(const Wall &wall, QString *error) const;
    // The walls on one department or level, whole rows, to put back after its removal.
    RowSet captureWallsOnDepartment(qint64 departmentId, QString *error) const;
    RowSet captureWallsOnLevel(qint64 levelId, QString *error) const;
    // The walls on any of these departments and levels, each once.
    RowSet captureWallsTouching(const QList<qint64> &departmentIds, const QList<qint64> &levelIds,
                                QString *error) const;
    bool restore(const RowSet &rows, QString *error) const;

    // Products and competitors are shared by the workspace; accounts link to them.
    // Found by name ignoring case; 0 when there is none.
    qint64 productIdByName(const QString &name) const;
    QString productName(qint64 productId) const;
    qint64 insertProduct(qint64 id, const QString &name, QString *error) const;
    bool deleteProduct(qint64 productId, QString *error) const;
    bool hasProduct(qint64 accountId, qint64 productId) const;
    bool linkProduct(qint64 accountId, qint64 productId, QString *error) const;
    bool unlinkProduct(qint64 accountId, qint64 productId, QString *error) const;
    QList<qint64> productIds(qint64 accountId) const;

    // The account's competitors (id, name) by name.
    QList<std::pair<qint64, QString>> competitors(qint64 accountId) const;
    QList<CompetitorLink> competitorLinks(qint64 accountId) const;
    qint64 competitorIdByName(const QString &name) const;
    QString competitorName(qint64 competitorId) const;
    // `notes`: what we know of the competitor in general (kept for every account).
    qint64 insertCompetitor(qint64 id, const QString &name, QString *error,
                            const QString &notes = {}) const;
    bool deleteCompetitor(qint64 competitorId, QString *error) const;
    bool hasCompetitor(qint64 accountId, qint64 competitorId) const;
    bool linkCompetitor(qint64 accountId, const CompetitorLink &link, QString *error) const;
    bool unlinkCompetitor(qint64 accountId, qint64 competitorId, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace Kingside
