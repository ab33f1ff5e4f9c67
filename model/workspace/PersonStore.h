#pragma once

#include "domain/Person.h"
#include "domain/Relationship.h"
#include "domain/RelationshipContact.h"
#include "workspace/RowSet.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

#include <optional>

namespace Kingside {

// A person who uses or specifies one of the account's products.
struct ProductRoleHolder
{
    qint64 productId = 0;
    qint64 personId = 0;
    ProductRole role = ProductRole::User;
};

// One field of a person (a department, level or competitor id; 0 for none) with the
// person's updated_at as stored, kept so that an undo puts both back.
struct PersonFieldValue
{
    qint64 personId = 0;
    qint64 value = 0;
    QString updatedAt;
};

// People and relationships to insert many at a time (an import of 100,000 contacts),
// encoded for SQLite before the writing starts, so that writing them does nothing but
// bind and step (README, Speed of import). Rows are built on any thread without the
// database; PersonStore writes them on the connection's own thread.
struct BulkRows
{
    // Text as stored, in UTF-8; a null array is written as NULL.
    struct PersonRow
    {
        QByteArray side, name, title, email, phone, decisionRole, pieceOverride, attitude, teamRole,
            notes;
        // Indexes into the Context's id lists, -1 for none: a department the same import
        // creates has no id when the rows are built.
        int department = -1;
        int level = -1;
        int competitor = -1;
    };
    struct RelationshipRow
    {
        // A stored person's id (> 0), or -1 - n for the n-th row of the People written
        // before (Context::personIds).
        qint64 from = 0;
        qint64 to = 0;
        QByteArray kind;
        int strength = 3;
        QByteArray lastContact; // null: NULL
        QByteArray notes;
    };
    using People = QList<PersonRow>;
    using Relationships = QList<RelationshipRow>;

    // A person's columns as insertPerson() stores them (name trimmed, '' for empty text);
    // the references are left at -1.
    static PersonRow of(const Person &person);
    static RelationshipRow of(const Relationship &relationship);
    // A person of these rows as a Relationship end: -1 - index.
    static qint64 added(int index) { return -1 - qint64(index); }

    // What the writing needs besides the rows.
    struct Context
    {
        qint64 accountId = 0;
        QList<qint64> departmentIds; // by Person::department, and so on
        QList<qint64> levelIds;
        QList<qint64> competitorIds;
        QList<qint64> personIds; // the ids the People rows were given, for added()
        // The ids of a first run, written again on redo; empty: new ids.
        QList<qint64> givenIds;
        QString stamp; // created_at and updated_at; empty: now
        // Called after every statement with the number of rows written so far; false stops
        // the writing there (insert… returns false with an empty error: the caller's
        // transaction is rolled back).
        std::function<bool(qsizetype)> progress;
    };
};

// SQL for people and the relationships between them.
class PersonStore
{
public:
    explicit PersonStore(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Person> people(qint64 accountId) const;

    // Every rule a person or relationship keeps (PersonRules), checked against what is
    // stored, before anything is written: the sentence for the user, or empty when fine.
    QString brokenRule(const Person &person) const;
    QString brokenRule(const Relationship &relationship) const;
    std::optional<Person> person(qint64 id) const;
    // Inserts with person.id when > 0 (undo/redo keeps ids), else a new id.
    // `stamp` (created and updated at) defaults to now; a redo passes the first one.
    qint64 insertPerson(const Person &person, QString *error, const QString &stamp = {}) const;
    // Many people at once (an import): see BulkRows. Each row's id is appended to *ids, in
    // order; stops at the first row the database refuses (*ids ends just before it), or
    // when the context's progress says to.
    bool insertPeople(const BulkRows::People &people, const BulkRows::Context &context,
                      QList<qint64> *ids, QString *error) const;

    // Writes every field of an existing person (and `updatedAt`, as stored) by person.id.
    bool updatePerson(const Person &person, const QString &updatedAt, QString *error) const;
    // The stored updated_at of a person or relationship, to put back on undo.
    QString personStamp(qint64 personId) const;
    QString relationshipStamp(qint64 relationshipId) const;

    QList<Relationship> relationships(qint64 accountId) const;
    std::optional<Relationship> relationship(qint64 id) const;
    // Many relationships at once, as insertPeople().
    bool insertRelationships(const BulkRows::Relationships &relationships,
                             const BulkRows::Context &context, QList<qint64> *ids,
                             QString *error) const;
    qint64 insertRelationship(const Relationship &relationship, QString *error,
                              const QString &stamp = {}) const;

    // Writes kind, strength, last contact and notes of an existing relationship.
    bool updateRelationship(const Relationship &relationship, const QString &updatedAt,
                            QString *error) const;

    // Deletes a relationship (and the contacts recorded on it) by id.
    bool removeRelationship(qint64 relationshipId, QString *error) const;

    // The meetings and messages recorded on an account's relationships (README, "Activity:
    // meetings and mail keep freshness true"): every key by relationship, and how many
    // contacts each relationship had on or after `since`.
    QHash<qint64, QSet<QString>> contactKeys(qint64 accountId) const;
    QHash<qint64, ContactCount> contactCounts(qint64 accountId, const QDate &since) const;
    // Records contacts; one already recorded (same relationship and key) is left as it is.
    // *inserted gets those that were new, for an undo to take back.
    bool insertContacts(const QList<RelationshipContact> &contacts,
                        QList<RelationshipContact> *inserted, QString *error) const;
    bool removeContacts(const QList<RelationshipContact> &contacts, QString *error) const;

    QString competitorName(qint64 competitorId) const;
    // Every competitor's name by id (competitors are shared by all accounts).
    QHash<qint64, QString> competitorNames() const;
    // When each person of an account (or one person) was last changed.
    QHash<qint64, QDateTime> updatedAt(qint64 accountId) const;
    std::optional<QDateTime> personUpdatedAt(qint64 personId) const;
    // The account's products (id, name) by name, and who uses or specifies them.
    QList<std::pair<qint64, QString>> products(qint64 accountId) const;
    QList<ProductRoleHolder> productRoles(qint64 accountId) const;
    // The competitors active in an account (id, name) by name: whom its people may favour.
    QList<std::pair<qint64, QString>> competitors(qint64 accountId) const;

    // The people standing in a department or on a level, and those of an account who
    // favour a competitor.
    QList<PersonFieldValue> peopleInDepartment(qint64 departmentId) const;
    QList<PersonFieldValue> peopleOnLevel(qint64 levelId) const;
    QList<PersonFieldValue> peopleFavouring(qint64 accountId, qint64 competitorId) const;
    // Write one field and the updated_at stamp; 0 stores NULL.
    bool setDepartment(qint64 personId, qint64 departmentId, const QString &updatedAt,
                       QString *error) const;
    bool setLevel(qint64 personId, qint64 levelId, const QString &updatedAt, QString *error) const;
    bool setCompetitor(qint64 personId, qint64 competitorId, const QString &updatedAt,
                       QString *error) const;
    QString updatedAtStamp(qint64 personId) const;

    bool holdsProductRole(qint64 personId, qint64 productId, ProductRole role) const;
    bool setProductRole(qint64 personId, qint64 productId, ProductRole role, bool holds,
                        QString *error) const;
    // The product roles of an account's people for one product, whole rows.
    RowSet captureProductRoles(qint64 accountId, qint64 productId, QString *error) const;
    bool deleteProductRoles(qint64 accountId, qint64 productId, QString *error) const;
    bool restore(const RowSet &rows, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace Kingside
