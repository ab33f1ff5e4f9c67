#pragma once

#include "domain/Person.h"
#include "domain/Relationship.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Kingside {

// SQL for people and the relationships between them.
class PersonStore
{
public:
    explicit PersonStore(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Person> people(qint64 accountId) const;
    std::optional<Person> person(qint64 id) const;
    // Inserts with person.id when > 0 (undo/redo keeps ids), else a new id.
    qint64 insertPerson(const Person &person, QString *error) const;

    QList<Relationship> relationships(qint64 accountId) const;
    std::optional<Relationship> relationship(qint64 id) const;
    qint64 insertRelationship(const Relationship &relationship, QString *error) const;

    QString competitorName(qint64 competitorId) const;

private:
    QSqlDatabase m_db;
};

} // namespace Kingside
