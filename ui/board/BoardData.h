#pragma once

#include "domain/Account.h"
#include "domain/Department.h"
#include "domain/Level.h"
#include "domain/Person.h"
#include "domain/Relationship.h"
#include "domain/Wall.h"
#include "workspace/PersonStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace Kingside {

// A product's role holder on the board (for the "users and specifiers of" filter).
using BoardProductRole = ProductRoleHolder;

// Everything the board draws for one account, read in one go from the workspace and
// indexed by id. The scene, the renderer and the exporters share it; nothing writes it.
struct BoardData
{
    Account account;
    QList<Department> departments; // files, left to right
    QList<Level> levels;           // ranks, top (board level) first
    QList<Person> clients;
    QList<Person> team; // our team, mentor included
    QList<Relationship> relationships;
    QList<Wall> walls;
    QHash<qint64, QString> competitorNames;
    QList<std::pair<qint64, QString>> competitors; // the account's own list: id, name
    QList<std::pair<qint64, QString>> products;    // id, name
    QList<BoardProductRole> productRoles;
    QHash<qint64, QDateTime> updatedAt; // person id → people.updated_at

    bool isValid() const { return account.id > 0; }
    const Person *person(qint64 id) const;
    const Relationship *relationship(qint64 id) const;
    int fileOf(qint64 departmentId) const; // -1 when unknown
    int rankOf(qint64 levelId) const;      // 0 = top; -1 when unknown
    bool isTeam(qint64 personId) const;
    int teamIndex(qint64 personId) const; // order on the rail; -1 for client people

    // Read an account; an invalid BoardData when it does not exist.
    static BoardData load(const QSqlDatabase &db, qint64 accountId);
    // Re-read one client person in place after an edit of theirs (a move, a new
    // attitude): far cheaper than reading the whole account. False when that cannot
    // stand for a full load (unknown person, someone of our team, another account).
    bool refreshPerson(const QSqlDatabase &db, qint64 personId);
    // Re-read one relationship after it was added, edited or removed (or brought back by
    // undo), keeping the list in the order a full load gives. False when that cannot
    // stand for a full load (a relationship of another account).
    bool refreshRelationship(const QSqlDatabase &db, qint64 relationshipId);
    // Rebuild the id indexes after editing the lists by hand (generated test data).
    void reindex();

private:
    QHash<qint64, int> m_personIndex; // >= 0: clients, < 0: -(team index) - 1
    QHash<qint64, int> m_relationshipIndex;
    QHash<qint64, int> m_fileIndex;
    QHash<qint64, int> m_rankIndex;
};

} // namespace Kingside
