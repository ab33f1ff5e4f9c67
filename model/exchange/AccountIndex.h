#pragma once

#include "ImportPlan.h"

#include "domain/Person.h"
#include "domain/Relationship.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Kingside {

// What an import matches against: one account's people, departments, levels,
// relationships and the workspace's competitors, with case-insensitive lookups; plus
// the reporting lines as a graph, so that a reports-to cycle is found before it is
// written. The account may not exist yet (then everything is empty).
class AccountIndex
{
public:
    AccountIndex(const QSqlDatabase &db, const QString &accountName);

    qint64 accountId() const { return m_accountId; }
    const QList<Person> &people() const { return m_people; }
    const QList<Relationship> &relationships() const { return m_relationships; }
    const Person *person(qint64 id) const;

    // All stored people with this e-mail / name (names compared by nameKey()).
    QList<const Person *> byEmail(const QString &email) const;
    QList<const Person *> byName(const QString &name) const;
    // The same by a key personKey() gave: an import keys each row once and carries it.
    QList<const Person *> byPersonKey(const QString &key) const;
    bool hasDepartment(const QString &name) const { return m_departments.contains(nameKey(name)); }
    bool hasLevel(const QString &name) const { return m_levels.contains(nameKey(name)); }
    bool hasCompetitor(const QString &name) const { return m_competitors.contains(nameKey(name)); }
    QString departmentName(qint64 id) const { return m_departmentNames.value(id); }
    QString levelName(qint64 id) const { return m_levelNames.value(id); }
    QString competitorName(qint64 id) const { return m_competitorNames.value(id); }

    static QString nameKey(const QString &name);
    // People are matched by this key: without salutations and credentials ("Anna
    // Lindqvist, CFA" is Anna Lindqvist), "Last, First" turned round.
    static QString personKey(const QString &name);
    static bool isEmailAddress(const QString &text);
    // Whether a company in a contact file is this account: the names are equal once legal
    // forms (AS, ASA, GmbH, Inc., S.L., …) and "Group" are set aside; never by prefix
    // ("Nordvik Fisk AS" is not "Nordvik Foods ASA", "Nordvik" is not "Nordvik Foods").
    static bool companyMatches(const QString &company, const QString &accountName);
    static QString companyKey(const QString &company);

private:
    qint64 m_accountId = 0;
    QList<Person> m_people;
    QList<Relationship> m_relationships;
    QHash<qint64, int> m_peopleById;
    QHash<QString, QList<int>> m_peopleByEmail;
    QHash<QString, QList<int>> m_peopleByName;
    QHash<QString, qint64> m_departments;
    QHash<QString, qint64> m_levels;
    QHash<QString, qint64> m_competitors;
    QHash<qint64, QString> m_departmentNames;
    QHash<qint64, QString> m_levelNames;
    QHash<qint64, QString> m_competitorNames;
};

// Reporting lines (from reports to "to") between stored and planned people, to refuse
// the line that would close a cycle.
class ReportingGraph
{
public:
    void add(const PersonRef &from, const PersonRef &to);
    void remove(const PersonRef &from, const PersonRef &to);
    bool has(const PersonRef &from, const PersonRef &to) const;
    // The chain from `to` up to `from` when adding from -> to closes a cycle; empty if not.
    QList<PersonRef> cycleIfAdded(const PersonRef &from, const PersonRef &to) const;

private:
    static qint64 node(const PersonRef &ref) { return ref.id > 0 ? ref.id : -1 - ref.added; }
    static PersonRef refOf(qint64 node);
    QHash<qint64, QList<qint64>> m_edges;
    QHash<qint64, int> m_reportsIn; // lines into each node: none, and no cycle can close there
};

} // namespace Kingside
