#include "ApplyImport.h"

#include "commands/AddAccount.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/RowSet.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlField>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::ApplyImport", text);
}

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::ApplyImport)
};

// The store binds a null QString as NULL; the text columns are NOT NULL DEFAULT ''.
QString orEmpty(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString key(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// The columns an import may change; anything else in a plan is a programming error.
const QStringList &updatablePeopleColumns()
{
    static const QStringList columns{
        QStringLiteral("title"),         QStringLiteral("email"),
        QStringLiteral("phone"),         QStringLiteral("notes"),
        QStringLiteral("decision_role"), QStringLiteral("piece_override"),
        QStringLiteral("attitude"),      QStringLiteral("team_role"),
        QStringLiteral("department_id"), QStringLiteral("level_id"),
        QStringLiteral("competitor_id")};
    return columns;
}

const QStringList &updatableLineColumns()
{
    static const QStringList columns{QStringLiteral("strength"), QStringLiteral("last_contact"),
                                     QStringLiteral("notes"), QStringLiteral("to_id")};
    return columns;
}

bool updateRow(const QSqlDatabase &db, const QString &table, const QStringList &allowed, qint64 id,
               const QVariantMap &columns, bool touch, QString *error)
{
    QStringList assignments;
    QVariantList values;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = Text::tr("The import tried to change %1.%2.").arg(table, it.key());
            return false;
        }
        assignments.append(it.key() + QStringLiteral(" = ?"));
        values.append(it.value());
    }
    if (touch) {
        assignments.append(QStringLiteral("updated_at = ?"));
        values.append(Sql::nowStamp());
    }
    values.append(id);
    QString sqlError;
    if (!Sql::run(db,
                  QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                      .arg(table, assignments.join(QStringLiteral(", "))),
                  values, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    return true;
}

// Puts every column of a captured row back (an UPDATE, so nothing cascades).
bool restoreRow(const QSqlDatabase &db, const QString &table, const QSqlRecord &row, QString *error)
{
    QStringList assignments;
    QVariantList values;
    for (int i = 0; i < row.count(); ++i) {
        if (row.fieldName(i) == QLatin1String("id"))
            continue;
        assignments.append(row.fieldName(i) + QStringLiteral(" = ?"));
        values.append(row.value(i));
    }
    values.append(row.value(QStringLiteral("id")));
    return Sql::run(db,
                    QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                        .arg(table, assignments.join(QStringLiteral(", "))),
                    values, error);
}

bool deleteIds(const QSqlDatabase &db, const QString &table, const QList<qint64> &ids,
               QString *error)
{
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        if (!Sql::run(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {*it}, error))
            return false;
    }
    return true;
}

} // namespace

ApplyImport::ApplyImport(Workspace *workspace, const ImportPlan &plan)
    : WorkspaceCommand(workspace,
                       plan.fileName.isEmpty()
                           ? tr("Import into %1").arg(plan.accountName)
                           : tr("Import %1 into %2").arg(plan.fileName, plan.accountName)),
      m_plan(plan), m_accountId(plan.accountId)
{}

qint64 ApplyImport::personId(const PersonRef &ref) const
{
    return ref.id > 0 ? ref.id : m_personIds.value(ref.added);
}

bool ApplyImport::insertStructure(QString *error)
{
    const QSqlDatabase db = database();
    const AccountStore store(db);
    QString sqlError;
    const bool firstTime = m_personIds.isEmpty() && m_departmentIds.isEmpty() &&
                           m_levelIds.isEmpty() && m_competitorIds.isEmpty();
    if (createsAccount()) {
        Account account;
        account.id = m_accountId;
        account.name = m_plan.accountName;
        account.industry = orEmpty(account.industry);
        account.businessObjectives = orEmpty(account.businessObjectives);
        account.buyingProcess = orEmpty(account.buyingProcess);
        account.notes = orEmpty(account.notes);
        m_accountId = store.insertAccount(account, &sqlError);
        if (m_accountId <= 0) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
        if (m_plan.createDefaultLevels) {
            const QStringList names = AddAccount::defaultLevels();
            for (int i = 0; i < names.size(); ++i) {
                const qint64 id = store.insertLevel(
                    {m_defaultLevelIds.value(i), m_accountId, names[i], i + 1}, &sqlError);
                if (id <= 0) {
                    *error = SqlErrors::explain(sqlError);
                    return false;
                }
                if (m_defaultLevelIds.size() <= i)
                    m_defaultLevelIds.append(id);
            }
        }
    }
    const int firstPosition =
        int(Sql::scalar(db,
                        QStringLiteral("SELECT COALESCE(MAX(position), -1) FROM departments WHERE "
                                       "account_id = ?"),
                        {m_accountId})
                .value_or(-1)
                .toInt() +
            1);
    for (int i = 0; i < m_plan.newDepartments.size(); ++i) {
        const qint64 id =
            store.insertDepartment({firstTime ? 0 : m_departmentIds.value(i), m_accountId,
                                    m_plan.newDepartments[i], firstPosition + i},
                                   &sqlError);
        if (id <= 0) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
        if (firstTime)
            m_departmentIds.append(id);
    }
    const int firstRank =
        int(Sql::scalar(db,
                        QStringLiteral("SELECT COALESCE(MAX(rank), 0) FROM levels WHERE "
                                       "account_id = ?"),
                        {m_accountId})
                .value_or(0)
                .toInt() +
            1);
    for (int i = 0; i < m_plan.newLevels.size(); ++i) {
        const qint64 id = store.insertLevel(
            {firstTime ? 0 : m_levelIds.value(i), m_accountId, m_plan.newLevels[i], firstRank + i},
            &sqlError);
        if (id <= 0) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
        if (firstTime)
            m_levelIds.append(id);
    }
    for (int i = 0; i < m_plan.newCompetitors.size(); ++i) {
        QSqlQuery query(db);
        if (!Sql::exec(query, QStringLiteral("INSERT INTO competitors (id, name) VALUES (?, ?)"),
                       {Sql::idOrNull(firstTime ? 0 : m_competitorIds.value(i)),
                        m_plan.newCompetitors[i].trimmed()},
                       &sqlError)) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
        if (firstTime)
            m_competitorIds.append(query.lastInsertId().toLongLong());
    }
    return true;
}

bool ApplyImport::writePeople(QString *error)
{
    const QSqlDatabase db = database();
    const AccountStore store(db);
    QHash<QString, qint64> departments;
    for (const Department &department : store.departments(m_accountId))
        departments.insert(key(department.name), department.id);
    QHash<QString, qint64> levels;
    for (const Level &level : store.levels(m_accountId))
        levels.insert(key(level.name), level.id);
    QHash<QString, qint64> competitors;
    {
        QSqlQuery query(db);
        if (!Sql::exec(query, QStringLiteral("SELECT id, name FROM competitors"), {}, error))
            return false;
        while (query.next())
            competitors.insert(key(query.value(1).toString()), query.value(0).toLongLong());
    }

    const bool firstTime = m_personIds.isEmpty();
    const PersonStore people(db);
    QString sqlError;
    QList<Person> rows;
    rows.reserve(m_plan.additions.size());
    for (int i = 0; i < m_plan.additions.size(); ++i) {
        const ImportPlan::Addition &addition = m_plan.additions[i];
        Person person = addition.person;
        person.id = firstTime ? 0 : m_personIds.value(i);
        person.accountId = m_accountId;
        person.departmentId = departments.value(key(addition.department));
        person.levelId = levels.value(key(addition.level));
        person.competitorId = competitors.value(key(addition.competitor));
        person.title = orEmpty(person.title);
        person.email = orEmpty(person.email);
        person.phone = orEmpty(person.phone);
        person.notes = orEmpty(person.notes);
        rows.append(person);
    }
    // One prepared statement for all of them: preparing it per row was most of the time
    // of a large import.
    QList<qint64> ids;
    ids.reserve(rows.size());
    if (!people.insertPeople(rows, &ids, &sqlError)) {
        *error = tr("%1: %2").arg(rows.value(ids.size()).name, SqlErrors::explain(sqlError));
        return false;
    }
    if (firstTime)
        m_personIds = ids;

    m_peopleBefore.clear();
    for (const ImportPlan::Update &update : std::as_const(m_plan.updates)) {
        const RowSet before = RowSet::capture(db, QStringLiteral("people"),
                                              QStringLiteral("id = ?"), {update.personId}, error);
        if (before.isEmpty()) {
            *error = tr("A person to update no longer exists.");
            return false;
        }
        m_peopleBefore.append(before.rows().first());
        QVariantMap columns = update.columns;
        if (columns.contains(QStringLiteral("piece_override")) &&
            columns.value(QStringLiteral("piece_override")).toString().isEmpty())
            columns.insert(QStringLiteral("piece_override"), Sql::textOrNull({}));
        if (update.department)
            columns.insert(QStringLiteral("department_id"),
                           Sql::idOrNull(departments.value(key(*update.department))));
        if (update.level)
            columns.insert(QStringLiteral("level_id"),
                           Sql::idOrNull(levels.value(key(*update.level))));
        if (update.competitor)
            columns.insert(QStringLiteral("competitor_id"),
                           Sql::idOrNull(competitors.value(key(*update.competitor))));
        if (!updateRow(db, QStringLiteral("people"), updatablePeopleColumns(), update.personId,
                       columns, true, error))
            return false;
    }
    return true;
}

bool ApplyImport::writeLines(QString *error)
{
    const QSqlDatabase db = database();
    const PersonStore store(db);
    const bool firstTime = m_lineIds.isEmpty();
    QString sqlError;
    QList<Relationship> rows;
    rows.reserve(m_plan.lines.size());
    for (int i = 0; i < m_plan.lines.size(); ++i) {
        const ImportPlan::NewLine &planned = m_plan.lines[i];
        Relationship line;
        line.id = firstTime ? 0 : m_lineIds.value(i);
        line.accountId = m_accountId;
        line.fromId = personId(planned.from);
        line.toId = personId(planned.to);
        line.kind = planned.kind;
        line.strength = planned.strength;
        line.lastContact = planned.lastContact;
        line.notes = orEmpty(planned.notes);
        rows.append(line);
    }
    QList<qint64> ids;
    ids.reserve(rows.size());
    if (!store.insertRelationships(rows, &ids, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    if (firstTime)
        m_lineIds = ids;
    m_linesBefore.clear();
    for (const ImportPlan::LineUpdate &update : std::as_const(m_plan.lineUpdates)) {
        const RowSet before =
            RowSet::capture(db, QStringLiteral("relationships"), QStringLiteral("id = ?"),
                            {update.relationshipId}, error);
        if (before.isEmpty()) {
            *error = tr("A relationship to update no longer exists.");
            return false;
        }
        m_linesBefore.append(before.rows().first());
        QVariantMap columns = update.columns;
        if (update.newTo)
            columns.insert(QStringLiteral("to_id"), personId(*update.newTo));
        if (!updateRow(db, QStringLiteral("relationships"), updatableLineColumns(),
                       update.relationshipId, columns, true, error))
            return false;
    }
    return true;
}

bool ApplyImport::apply(QString *error)
{
    if (m_accountFrom)
        m_accountId = m_accountFrom->accountId();
    if (!insertStructure(error) || !writePeople(error) || !writeLines(error))
        return false;
    record(Change::Entity::Everything, Change::Kind::Modified, 0, m_accountId);
    return true;
}

bool ApplyImport::revert(QString *error)
{
    const QSqlDatabase db = database();
    if (!deleteIds(db, QStringLiteral("relationships"), m_lineIds, error))
        return false;
    for (const QSqlRecord &row : std::as_const(m_linesBefore)) {
        if (!restoreRow(db, QStringLiteral("relationships"), row, error))
            return false;
    }
    for (const QSqlRecord &row : std::as_const(m_peopleBefore)) {
        if (!restoreRow(db, QStringLiteral("people"), row, error))
            return false;
    }
    if (!deleteIds(db, QStringLiteral("people"), m_personIds, error) ||
        !deleteIds(db, QStringLiteral("competitors"), m_competitorIds, error) ||
        !deleteIds(db, QStringLiteral("levels"), m_levelIds, error) ||
        !deleteIds(db, QStringLiteral("departments"), m_departmentIds, error))
        return false;
    if (createsAccount() &&
        !Sql::run(db, QStringLiteral("DELETE FROM accounts WHERE id = ?"), {m_accountId}, error))
        return false;
    record(Change::Entity::Everything, Change::Kind::Modified, 0, m_accountId);
    return true;
}

} // namespace Kingside
