#pragma once

#include "domain/Person.h"
#include "domain/Relationship.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Kingside {

// A person who uses or specifies one of the account's products.
struct ProductRoleHolder
{
    qint64 productId = 0;
    qint64 personId = 0;
    ProductRole role = ProductRole::User;
};

// SQL for people and the relationships between them.
class PersonStore
{
public:
    explicit PersonStore(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Person> people(qint64 accountId) const;
    std::optional<Person> person(qint64 id) const;
    // Inserts with person.id when > 0 (undo/redo keeps ids), else a new id.
    // `stamp` (created and updated at) defaults to now; a redo passes the first one.
    qint64 insertPerson(const Person &person, QString *error, const QString &stamp = {}) const;

    QList<Relationship> relationships(qint64 accountId) const;
    std::optional<Relationship> relationship(qint64 id) const;
    qint64 insertRelationship(const Relationship &relationship, QString *error,
                              const QString &stamp = {}) const;

    QString competitorName(qint64 competitorId) const;
    // Every competitor's name by id (competitors are shared by all accounts).
    QHash<qint64, QString> competitorNames() const;
    // When each person of an account (or one person) was last changed.
    QHash<qint64, QDateTime> updatedAt(qint64 accountId) const;
    std::optional<QDateTime> personUpdatedAt(qint64 personId) const;
    // The account's products (id, name) by name, and who uses or specifies them.
    QList<std::pair<qint64, QString>> products(qint64 accountId) const;
    QList<ProductRoleHolder> productRoles(qint64 accountId) const;

private:
    QSqlDatabase m_db;
};

} // namespace Kingside
