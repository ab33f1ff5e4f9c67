#pragma once

#include "domain/Account.h"
#include "domain/Department.h"
#include "domain/Level.h"
#include "domain/Person.h"
#include "domain/Relationship.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Kingside {

// Everything the exporters write about one account, read once.
struct AccountData
{
    Account account;
    QList<Department> departments; // board order
    QList<Level> levels;           // top rank first
    QList<Person> people;          // by id
    QList<Relationship> relationships;
    QHash<qint64, QString> competitorNames;
    QHash<qint64, qsizetype> personIndex; // id -> position in people

    static std::optional<AccountData> load(const QSqlDatabase &db, qint64 accountId);

    const Person *person(qint64 id) const;
    const Department *department(qint64 id) const;
    const Level *level(qint64 id) const;
    QString departmentName(qint64 id) const;
    QString levelName(qint64 id) const;
};

} // namespace Kingside
