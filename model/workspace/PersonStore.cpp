#include "PersonStore.h"

#include "AccountStore.h"
#include "domain/PersonRules.h"

#include "Sql.h"

#include <QCoreApplication>

#include <algorithm>

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>

namespace Kingside {
namespace {

const QString personColumns = QStringLiteral(
    "id, account_id, side, name, title, email, phone, department_id, level_id, decision_role, "
    "piece_override, attitude, competitor_id, team_role, notes");

Person personFrom(const QSqlQuery &query)
{
    Person person;
    person.id = query.value(0).toLongLong();
    person.accountId = query.value(1).toLongLong();
    person.side = enumFromCode<Side>(query.value(2).toString()).value_or(Side::Client);
    person.name = query.value(3).toString();
    person.title = query.value(4).toString();
    person.email = query.value(5).toString();
    person.phone = query.value(6).toString();
    person.departmentId = query.value(7).toLongLong();
    person.levelId = query.value(8).toLongLong();
    person.decisionRole =
        enumFromCode<DecisionRole>(query.value(9).toString()).value_or(DecisionRole::None);
    person.pieceOverride = enumFromCode<Piece>(query.value(10).toString());
    person.attitude =
        enumFromCode<Attitude>(query.value(11).toString()).value_or(Attitude::Neutral);
    person.competitorId = query.value(12).toLongLong();
    person.teamRole = enumFromCode<TeamRole>(query.value(13).toString());
    person.notes = query.value(14).toString();
    return person;
}

const QString relationshipColumns =
    QStringLiteral("id, account_id, from_id, to_id, kind, strength, last_contact, notes");

Relationship relationshipFrom(const QSqlQuery &query)
{
    Relationship relationship;
    relationship.id = query.value(0).toLongLong();
    relationship.accountId = query.value(1).toLongLong();
    relationship.fromId = query.value(2).toLongLong();
    relationship.toId = query.value(3).toLongLong();
    relationship.kind = enumFromCode<RelationshipKind>(query.value(4).toString())
                            .value_or(RelationshipKind::Working);
    relationship.strength = query.value(5).toInt();
    relationship.lastContact = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    relationship.notes = query.value(7).toString();
    return relationship;
}

} // namespace

QString PersonStore::brokenRule(const Person &person) const
{
    const AccountStore accounts(m_db);
    if (!accounts.account(person.accountId))
        return QCoreApplication::translate("Kingside::PersonStore",
                                           "This account no longer exists.");
    QString broken = PersonRules::check(person, people(person.accountId));
    if (broken.isEmpty()) {
        broken = PersonRules::checkReferences(person, accounts.departments(person.accountId),
                                              accounts.levels(person.accountId),
                                              competitorNames().keys());
    }
    return broken;
}

QString PersonStore::brokenRule(const Relationship &relationship) const
{
    QString broken = PersonRules::check(relationship, relationships(relationship.accountId));
    if (broken.isEmpty())
        broken = PersonRules::checkEnds(relationship, people(relationship.accountId));
    return broken;
}

QList<Person> PersonStore::people(qint64 accountId) const
{
    return Sql::rows(
        m_db,
        QStringLiteral("SELECT %1 FROM people WHERE account_id = ? ORDER BY id").arg(personColumns),
        {accountId}, personFrom);
}

std::optional<Person> PersonStore::person(qint64 id) const
{
    return Sql::firstRow(m_db,
                         QStringLiteral("SELECT %1 FROM people WHERE id = ?").arg(personColumns),
                         {id}, personFrom);
}

namespace {

QVariantList personValues(const Person &person, const QString &now)
{
    return {Sql::idOrNull(person.id),
            person.accountId,
            codeOf(person.side),
            Sql::text(person.name.trimmed()),
            Sql::text(person.title),
            Sql::text(person.email),
            Sql::text(person.phone),
            Sql::idOrNull(person.departmentId),
            Sql::idOrNull(person.levelId),
            codeOf(person.decisionRole),
            person.pieceOverride ? QVariant(codeOf(*person.pieceOverride)) : Sql::textOrNull({}),
            codeOf(person.attitude),
            Sql::idOrNull(person.competitorId),
            person.teamRole ? QVariant(codeOf(*person.teamRole)) : Sql::textOrNull({}),
            Sql::text(person.notes),
            now,
            now};
}

QVariantList relationshipValues(const Relationship &relationship, const QString &now)
{
    return {Sql::idOrNull(relationship.id),
            relationship.accountId,
            relationship.fromId,
            relationship.toId,
            codeOf(relationship.kind),
            relationship.strength,
            relationship.lastContact.isValid()
                ? QVariant(relationship.lastContact.toString(Qt::ISODate))
                : Sql::textOrNull({}),
            Sql::text(relationship.notes),
            now,
            now};
}

QString insertPersonStatement()
{
    return QStringLiteral("INSERT INTO people (%1, created_at, updated_at) VALUES "
                          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .arg(personColumns);
}

QString insertRelationshipStatement()
{
    return QStringLiteral("INSERT INTO relationships (%1, created_at, updated_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .arg(relationshipColumns);
}

// Rows per INSERT statement when many are written: they share a statement's own work
// (stepping, resetting, opening its cursors). The temporary tables SQLite 3.40 builds for
// the CHECK (… IN (…)) lists of people are built for every row whatever the chunk; see
// README, Speed of import.
constexpr int rowsPerStatement = 50;

// The connection's own SQLite handle: bulk inserts bind through SQLite's C interface,
// as QSqlQuery::bindValue costs more than the insert itself (README, Speed of import).
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

// A statement of SQLite's own, prepared once and finalized when it goes.
class Statement
{
public:
    Statement(sqlite3 *db, const QByteArray &sql)
    {
        sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    sqlite3_stmt *get() const { return m_statement; }
    // Runs it once; the bound values stay for the next run.
    int run() const
    {
        const int result = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return result;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

// The arrays outlive the statement's runs, so SQLite need not copy them.
void bindText(sqlite3_stmt *statement, int index, const QByteArray &text)
{
    sqlite3_bind_text(statement, index, text.isNull() ? "" : text.constData(), int(text.size()),
                      SQLITE_STATIC);
}

void bindTextOrNull(sqlite3_stmt *statement, int index, const QByteArray &text)
{
    if (text.isNull())
        sqlite3_bind_null(statement, index);
    else
        bindText(statement, index, text);
}

void bindIdOrNull(sqlite3_stmt *statement, int index, qint64 id)
{
    if (id > 0)
        sqlite3_bind_int64(statement, index, id);
    else
        sqlite3_bind_null(statement, index);
}

qint64 idAt(const QList<qint64> &ids, int index)
{
    return index >= 0 ? ids.value(index) : 0;
}

constexpr int personColumnCount = 17;

void bindPerson(sqlite3_stmt *statement, int first, const BulkRows::PersonRow &row, qint64 id,
                const QByteArray &stamp, const BulkRows::Context &context)
{
    bindIdOrNull(statement, first, id);
    sqlite3_bind_int64(statement, first + 1, context.accountId);
    bindText(statement, first + 2, row.side);
    bindText(statement, first + 3, row.name);
    bindText(statement, first + 4, row.title);
    bindText(statement, first + 5, row.email);
    bindText(statement, first + 6, row.phone);
    bindIdOrNull(statement, first + 7, idAt(context.departmentIds, row.department));
    bindIdOrNull(statement, first + 8, idAt(context.levelIds, row.level));
    bindText(statement, first + 9, row.decisionRole);
    bindTextOrNull(statement, first + 10, row.pieceOverride);
    bindText(statement, first + 11, row.attitude);
    bindIdOrNull(statement, first + 12, idAt(context.competitorIds, row.competitor));
    bindTextOrNull(statement, first + 13, row.teamRole);
    bindText(statement, first + 14, row.notes);
    bindText(statement, first + 15, stamp);
    bindText(statement, first + 16, stamp);
}

constexpr int relationshipColumnCount = 10;

qint64 personIdOf(qint64 end, const BulkRows::Context &context)
{
    return end > 0 ? end : context.personIds.value(-1 - end);
}

void bindRelationship(sqlite3_stmt *statement, int first, const BulkRows::RelationshipRow &row,
                      qint64 id, const QByteArray &stamp, const BulkRows::Context &context)
{
    bindIdOrNull(statement, first, id);
    sqlite3_bind_int64(statement, first + 1, context.accountId);
    sqlite3_bind_int64(statement, first + 2, personIdOf(row.from, context));
    sqlite3_bind_int64(statement, first + 3, personIdOf(row.to, context));
    bindText(statement, first + 4, row.kind);
    sqlite3_bind_int(statement, first + 5, row.strength);
    bindTextOrNull(statement, first + 6, row.lastContact);
    bindText(statement, first + 7, row.notes);
    bindText(statement, first + 8, stamp);
    bindText(statement, first + 9, stamp);
}

// "INSERT INTO table (columns, created_at, updated_at) VALUES (?, …), …" for `count` rows.
QByteArray insertStatement(const char *table, const QString &columns, int columnCount, int count)
{
    QByteArray tuple("(?");
    for (int i = 1; i < columnCount; ++i)
        tuple += ", ?";
    tuple += ')';
    QByteArray sql = QByteArray("INSERT INTO ") + table + " (" + columns.toUtf8() +
                     ", created_at, updated_at) VALUES " + tuple;
    for (int i = 1; i < count; ++i)
        sql += ", " + tuple;
    return sql;
}

// Many rows (an import of 100,000 people) through two statements prepared once, one for
// chunks of rowsPerStatement rows and one for a single row: the ids of the rows, in
// order, go to *ids. A chunk's new rows get consecutive ids (the tables have no
// AUTOINCREMENT: each new rowid is one more than the largest), so the last insert id
// gives them all. A chunk that fails is written again row by row, so that *ids stops
// just before the row that cannot be written and the error is that row's; unless SQLite
// gave up the transaction (a full disk can make it roll back): then nothing more is
// written.
template <typename Row, typename Bind>
bool insertAll(const QSqlDatabase &db, const char *table, const QString &columns, int columnCount,
               const QList<Row> &rows, Bind bind, const BulkRows::Context &context,
               QList<qint64> *ids, QString *error)
{
    const auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return fail(QCoreApplication::translate("Kingside::PersonStore",
                                                "The database driver is not SQLite's."));
    const bool given = !context.givenIds.isEmpty();
    if (given && context.givenIds.size() != rows.size())
        return fail(QStringLiteral("insertAll: %1 ids for %2 rows")
                        .arg(context.givenIds.size())
                        .arg(rows.size()));
    const QByteArray stamp = (context.stamp.isEmpty() ? Sql::nowStamp() : context.stamp).toUtf8();
    const auto sqliteError = [handle] { return QString::fromUtf8(sqlite3_errmsg(handle)); };
    const Statement single(handle, insertStatement(table, columns, columnCount, 1));
    if (!single.isValid())
        return fail(sqliteError());
    std::unique_ptr<Statement> chunk;
    if (rows.size() >= rowsPerStatement)
        chunk = std::make_unique<Statement>(
            handle, insertStatement(table, columns, columnCount, rowsPerStatement));
    const auto idOf = [&](qsizetype row) { return given ? context.givenIds[row] : qint64(0); };
    qsizetype next = 0;
    while (chunk && chunk->isValid() && next + rowsPerStatement <= rows.size()) {
        for (int r = 0; r < rowsPerStatement; ++r)
            bind(chunk->get(), r * columnCount + 1, rows[next + r], idOf(next + r), stamp, context);
        if (chunk->run() != SQLITE_DONE) {
            if (sqlite3_get_autocommit(handle))
                return fail(sqliteError()); // the transaction is gone
            break; // nothing of the chunk was written: row by row finds the faulty one
        }
        const qint64 last = sqlite3_last_insert_rowid(handle);
        for (int r = 0; r < rowsPerStatement; ++r)
            ids->append(given ? idOf(next + r) : last - rowsPerStatement + 1 + r);
        next += rowsPerStatement;
        if (context.progress && !context.progress(next))
            return fail({});
    }
    for (; next < rows.size(); ++next) {
        bind(single.get(), 1, rows[next], idOf(next), stamp, context);
        if (single.run() != SQLITE_DONE)
            return fail(sqliteError());
        ids->append(given ? idOf(next) : sqlite3_last_insert_rowid(handle));
        if (context.progress && (next + 1) % rowsPerStatement == 0 && !context.progress(next + 1))
            return fail({});
    }
    if (context.progress && !context.progress(rows.size()))
        return fail({});
    return true;
}

QByteArray utf8(const QString &text)
{
    return text.isEmpty() ? QByteArray("") : text.toUtf8();
}

// The codes are few: one shared array each, not one per row.
template <typename Enum>
QByteArray codeBytes(Enum value)
{
    static const QHash<int, QByteArray> codes = [] {
        QHash<int, QByteArray> all;
        for (Enum each : allValues<Enum>())
            all.insert(int(each), codeOf(each).toUtf8());
        return all;
    }();
    return codes.value(int(value));
}

} // namespace

qint64 PersonStore::insertPerson(const Person &person, QString *error, const QString &stamp) const
{
    const QString now = stamp.isEmpty() ? Sql::nowStamp() : stamp;
    QSqlQuery query(m_db);
    if (!Sql::exec(query, insertPersonStatement(), personValues(person, now), error))
        return 0;
    return person.id > 0 ? person.id : query.lastInsertId().toLongLong();
}

BulkRows::PersonRow BulkRows::of(const Person &person)
{
    PersonRow row;
    row.side = codeBytes(person.side);
    row.name = utf8(person.name.trimmed());
    row.title = utf8(person.title);
    row.email = utf8(person.email);
    row.phone = utf8(person.phone);
    row.decisionRole = codeBytes(person.decisionRole);
    if (person.pieceOverride)
        row.pieceOverride = codeBytes(*person.pieceOverride);
    row.attitude = codeBytes(person.attitude);
    if (person.teamRole)
        row.teamRole = codeBytes(*person.teamRole);
    row.notes = utf8(person.notes);
    return row;
}

BulkRows::RelationshipRow BulkRows::of(const Relationship &relationship)
{
    RelationshipRow row;
    row.from = relationship.fromId;
    row.to = relationship.toId;
    row.kind = codeBytes(relationship.kind);
    row.strength = relationship.strength;
    if (relationship.lastContact.isValid())
        row.lastContact = relationship.lastContact.toString(Qt::ISODate).toUtf8();
    row.notes = utf8(relationship.notes);
    return row;
}

bool PersonStore::insertPeople(const BulkRows::People &people, const BulkRows::Context &context,
                               QList<qint64> *ids, QString *error) const
{
    return insertAll(m_db, "people", personColumns, personColumnCount, people, bindPerson, context,
                     ids, error);
}

bool PersonStore::insertRelationships(const BulkRows::Relationships &relationships,
                                      const BulkRows::Context &context, QList<qint64> *ids,
                                      QString *error) const
{
    return insertAll(m_db, "relationships", relationshipColumns, relationshipColumnCount,
                     relationships, bindRelationship, context, ids, error);
}

bool PersonStore::updatePerson(const Person &person, const QString &updatedAt, QString *error) const
{
    return Sql::run(
        m_db,
        QStringLiteral("UPDATE people SET side = ?, name = ?, title = ?, email = ?, phone = ?, "
                       "department_id = ?, level_id = ?, decision_role = ?, piece_override = ?, "
                       "attitude = ?, competitor_id = ?, team_role = ?, notes = ?, updated_at = ? "
                       "WHERE id = ?"),
        {codeOf(person.side), Sql::text(person.name.trimmed()), Sql::text(person.title),
         Sql::text(person.email), Sql::text(person.phone), Sql::idOrNull(person.departmentId),
         Sql::idOrNull(person.levelId), codeOf(person.decisionRole),
         person.pieceOverride ? QVariant(codeOf(*person.pieceOverride)) : Sql::textOrNull({}),
         codeOf(person.attitude), Sql::idOrNull(person.competitorId),
         person.teamRole ? QVariant(codeOf(*person.teamRole)) : Sql::textOrNull({}),
         Sql::text(person.notes), updatedAt, person.id},
        error);
}

QString PersonStore::personStamp(qint64 personId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT updated_at FROM people WHERE id = ?"),
                       {personId})
        .value_or(QVariant())
        .toString();
}

QString PersonStore::relationshipStamp(qint64 relationshipId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT updated_at FROM relationships WHERE id = ?"),
                       {relationshipId})
        .value_or(QVariant())
        .toString();
}

QList<Relationship> PersonStore::relationships(qint64 accountId) const
{
    return Sql::rows(m_db,
                     QStringLiteral("SELECT %1 FROM relationships WHERE account_id = ? ORDER BY id")
                         .arg(relationshipColumns),
                     {accountId}, relationshipFrom);
}

std::optional<Relationship> PersonStore::relationship(qint64 id) const
{
    return Sql::firstRow(
        m_db, QStringLiteral("SELECT %1 FROM relationships WHERE id = ?").arg(relationshipColumns),
        {id}, relationshipFrom);
}

qint64 PersonStore::insertRelationship(const Relationship &relationship, QString *error,
                                       const QString &stamp) const
{
    const QString now = stamp.isEmpty() ? Sql::nowStamp() : stamp;
    QSqlQuery query(m_db);
    if (!Sql::exec(query, insertRelationshipStatement(), relationshipValues(relationship, now),
                   error))
        return 0;
    return relationship.id > 0 ? relationship.id : query.lastInsertId().toLongLong();
}

bool PersonStore::updateRelationship(const Relationship &relationship, const QString &updatedAt,
                                     QString *error) const
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE relationships SET kind = ?, strength = ?, "
                                   "last_contact = ?, notes = ?, updated_at = ? WHERE id = ?"),
                    {codeOf(relationship.kind), relationship.strength,
                     relationship.lastContact.isValid()
                         ? QVariant(relationship.lastContact.toString(Qt::ISODate))
                         : Sql::textOrNull({}),
                     Sql::text(relationship.notes), updatedAt, relationship.id},
                    error);
}

bool PersonStore::removeRelationship(qint64 relationshipId, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM relationships WHERE id = ?"),
                    {relationshipId}, error);
}

QHash<qint64, QSet<QString>> PersonStore::contactKeys(qint64 accountId) const
{
    QHash<qint64, QSet<QString>> keys;
    Sql::forEachRow(m_db,
                    QStringLiteral("SELECT c.relationship_id, c.contact_key "
                                   "FROM relationship_contacts c "
                                   "JOIN relationships r ON r.id = c.relationship_id "
                                   "WHERE r.account_id = ?"),
                    {accountId}, [&keys](const QSqlQuery &query) {
                        keys[query.value(0).toLongLong()].insert(query.value(1).toString());
                    });
    return keys;
}

QHash<qint64, ContactCount> PersonStore::contactCounts(qint64 accountId, const QDate &since) const
{
    QHash<qint64, ContactCount> counts;
    Sql::forEachRow(m_db,
                    QStringLiteral("SELECT c.relationship_id, c.kind, count(*) "
                                   "FROM relationship_contacts c "
                                   "JOIN relationships r ON r.id = c.relationship_id "
                                   "WHERE r.account_id = ? AND c.day >= ? "
                                   "GROUP BY c.relationship_id, c.kind"),
                    {accountId, since.toString(Qt::ISODate)}, [&counts](const QSqlQuery &query) {
                        ContactCount &count = counts[query.value(0).toLongLong()];
                        if (query.value(1).toString() == QLatin1String("mail"))
                            count.mails += query.value(2).toInt();
                        else
                            count.meetings += query.value(2).toInt();
                    });
    return counts;
}

bool PersonStore::insertContacts(const QList<RelationshipContact> &contacts,
                                 QList<RelationshipContact> *inserted, QString *error) const
{
    if (contacts.isEmpty())
        return true;
    QSqlQuery query(m_db);
    // Portable: the same ON CONFLICT clause runs on SQLite and PostgreSQL.
    if (!query.prepare(QStringLiteral(
            "INSERT INTO relationship_contacts (relationship_id, contact_key, day, kind) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (relationship_id, contact_key) DO NOTHING"))) {
        *error = query.lastError().text();
        return false;
    }
    for (const RelationshipContact &contact : contacts) {
        query.bindValue(0, contact.relationshipId);
        query.bindValue(1, contact.key);
        query.bindValue(2, contact.day.toString(Qt::ISODate));
        query.bindValue(3, contact.kind == ContactKind::Mail ? QStringLiteral("mail")
                                                             : QStringLiteral("meeting"));
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        if (query.numRowsAffected() > 0 && inserted)
            inserted->append(contact);
    }
    return true;
}

bool PersonStore::removeContacts(const QList<RelationshipContact> &contacts, QString *error) const
{
    if (contacts.isEmpty())
        return true;
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("DELETE FROM relationship_contacts "
                                      "WHERE relationship_id = ? AND contact_key = ?"))) {
        *error = query.lastError().text();
        return false;
    }
    for (const RelationshipContact &contact : contacts) {
        query.bindValue(0, contact.relationshipId);
        query.bindValue(1, contact.key);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QString PersonStore::competitorName(qint64 competitorId) const
{
    if (competitorId <= 0)
        return {};
    return Sql::scalar(m_db, QStringLiteral("SELECT name FROM competitors WHERE id = ?"),
                       {competitorId})
        .value_or(QVariant())
        .toString();
}

QHash<qint64, QString> PersonStore::competitorNames() const
{
    QHash<qint64, QString> names;
    Sql::forEachRow(m_db, QStringLiteral("SELECT id, name FROM competitors"), {},
                    [&names](const QSqlQuery &query) {
                        names.insert(query.value(0).toLongLong(), query.value(1).toString());
                    });
    return names;
}

QHash<qint64, QDateTime> PersonStore::updatedAt(qint64 accountId) const
{
    QHash<qint64, QDateTime> stamps;
    Sql::forEachRow(m_db, QStringLiteral("SELECT id, updated_at FROM people WHERE account_id = ?"),
                    {accountId}, [&stamps](const QSqlQuery &query) {
                        stamps.insert(
                            query.value(0).toLongLong(),
                            QDateTime::fromString(query.value(1).toString(), Qt::ISODate));
                    });
    return stamps;
}

std::optional<QDateTime> PersonStore::personUpdatedAt(qint64 personId) const
{
    const auto value =
        Sql::scalar(m_db, QStringLiteral("SELECT updated_at FROM people WHERE id = ?"), {personId});
    if (!value)
        return std::nullopt;
    return QDateTime::fromString(value->toString(), Qt::ISODate);
}

QList<std::pair<qint64, QString>> PersonStore::products(qint64 accountId) const
{
    return Sql::rows(
        m_db,
        QStringLiteral("SELECT p.id, p.name FROM products p JOIN account_products a "
                       "ON a.product_id = p.id WHERE a.account_id = ? ORDER BY p.name"),
        {accountId}, [](const QSqlQuery &query) {
            return std::pair(query.value(0).toLongLong(), query.value(1).toString());
        });
}

QList<ProductRoleHolder> PersonStore::productRoles(qint64 accountId) const
{
    return Sql::rows(
        m_db,
        QStringLiteral("SELECT r.product_id, r.person_id, r.role FROM product_roles r "
                       "JOIN people p ON p.id = r.person_id WHERE p.account_id = ?"),
        {accountId}, [](const QSqlQuery &query) {
            return ProductRoleHolder{
                query.value(0).toLongLong(), query.value(1).toLongLong(),
                enumFromCode<ProductRole>(query.value(2).toString()).value_or(ProductRole::User)};
        });
}

QList<std::pair<qint64, QString>> PersonStore::competitors(qint64 accountId) const
{
    return Sql::rows(
        m_db,
        QStringLiteral("SELECT c.id, c.name FROM competitors c JOIN account_competitors a "
                       "ON a.competitor_id = c.id WHERE a.account_id = ? ORDER BY c.name"),
        {accountId}, [](const QSqlQuery &query) {
            return std::pair(query.value(0).toLongLong(), query.value(1).toString());
        });
}

namespace {

QList<PersonFieldValue> fieldValues(const QSqlDatabase &db, const QString &statement,
                                    const QVariantList &values)
{
    return Sql::rows(db, statement, values, [](const QSqlQuery &query) {
        return PersonFieldValue{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                query.value(2).toString()};
    });
}

} // namespace

QList<PersonFieldValue> PersonStore::peopleInDepartment(qint64 departmentId) const
{
    return fieldValues(m_db,
                       QStringLiteral("SELECT id, department_id, updated_at FROM people "
                                      "WHERE department_id = ? ORDER BY id"),
                       {departmentId});
}

QList<PersonFieldValue> PersonStore::peopleOnLevel(qint64 levelId) const
{
    return fieldValues(m_db,
                       QStringLiteral("SELECT id, level_id, updated_at FROM people "
                                      "WHERE level_id = ? ORDER BY id"),
                       {levelId});
}

QList<PersonFieldValue> PersonStore::peopleFavouring(qint64 accountId, qint64 competitorId) const
{
    return fieldValues(m_db,
                       QStringLiteral("SELECT id, competitor_id, updated_at FROM people "
                                      "WHERE account_id = ? AND competitor_id = ? ORDER BY id"),
                       {accountId, competitorId});
}

bool PersonStore::setDepartment(qint64 personId, qint64 departmentId, const QString &updatedAt,
                                QString *error) const
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE people SET department_id = ?, updated_at = ? "
                                   "WHERE id = ?"),
                    {Sql::idOrNull(departmentId), updatedAt, personId}, error);
}

bool PersonStore::setLevel(qint64 personId, qint64 levelId, const QString &updatedAt,
                           QString *error) const
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE people SET level_id = ?, updated_at = ? WHERE id = ?"),
                    {Sql::idOrNull(levelId), updatedAt, personId}, error);
}

bool PersonStore::setCompetitor(qint64 personId, qint64 competitorId, const QString &updatedAt,
                                QString *error) const
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE people SET competitor_id = ?, updated_at = ? "
                                   "WHERE id = ?"),
                    {Sql::idOrNull(competitorId), updatedAt, personId}, error);
}

QString PersonStore::updatedAtStamp(qint64 personId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT updated_at FROM people WHERE id = ?"),
                       {personId})
        .value_or(QVariant())
        .toString();
}

bool PersonStore::holdsProductRole(qint64 personId, qint64 productId, ProductRole role) const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT count(*) FROM product_roles WHERE person_id = ? "
                                      "AND product_id = ? AND role = ?"),
                       {personId, productId, codeOf(role)})
               .value_or(0)
               .toInt() > 0;
}

bool PersonStore::setProductRole(qint64 personId, qint64 productId, ProductRole role, bool holds,
                                 QString *error) const
{
    return Sql::run(m_db,
                    holds ? QStringLiteral("INSERT INTO product_roles (person_id, product_id, "
                                           "role) VALUES (?, ?, ?)")
                          : QStringLiteral("DELETE FROM product_roles WHERE person_id = ? "
                                           "AND product_id = ? AND role = ?"),
                    {personId, productId, codeOf(role)}, error);
}

RowSet PersonStore::captureProductRoles(qint64 accountId, qint64 productId, QString *error) const
{
    return RowSet::capture(
        m_db, QStringLiteral("product_roles"),
        QStringLiteral("product_id = ? AND person_id IN (SELECT id FROM people WHERE "
                       "account_id = ?)"),
        {productId, accountId}, error);
}

bool PersonStore::deleteProductRoles(qint64 accountId, qint64 productId, QString *error) const
{
    return Sql::run(m_db,
                    QStringLiteral("DELETE FROM product_roles WHERE product_id = ? AND person_id "
                                   "IN (SELECT id FROM people WHERE account_id = ?)"),
                    {productId, accountId}, error);
}

bool PersonStore::restore(const RowSet &rows, QString *error) const
{
    return rows.restore(m_db, error);
}

} // namespace Kingside
