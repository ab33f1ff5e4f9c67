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

ApplyImport::ApplyImport(Workspace *workspace, const ImportPlan &plan,
                         std::shared_ptr<const ImportRows> rows)
    : WorkspaceCommand(workspace,
                       plan.fileName.isEmpty()
                           ? tr("Import into %1").arg(plan.accountName)
                           : tr("Import %1 into %2").arg(plan.fileName, plan.accountName)),
      m_plan(plan), m_rows(std::move(rows)), m_accountId(plan.accountId)
{}

QString ApplyImport::stoppedText()
{
    return tr("The import was stopped; nothing was changed.");
}

bool ApplyImport::report(qsizetype done)
{
    if (!m_progress || m_progress(done, m_total))
        return true;
    m_stopped = true;
    return false;
}

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
    // The rows were encoded before (README, Speed of import): here they are only bound,
    // their department, level and competitor found by id.
    BulkRows::Context context;
    context.accountId = m_accountId;
    for (const QString &name : m_rows->departmentKeys)
        context.departmentIds.append(departments.value(name));
    for (const QString &name : m_rows->levelKeys)
        context.levelIds.append(levels.value(name));
    for (const QString &name : m_rows->competitorKeys)
        context.competitorIds.append(competitors.value(name));
    if (!firstTime)
        context.givenIds = m_personIds;
    context.progress = [this](qsizetype done) { return report(done); };
    QString sqlError;
    QList<qint64> ids;
    ids.reserve(m_rows->people.size());
    if (!people.insertPeople(m_rows->people, context, &ids, &sqlError)) {
        *error = m_stopped ? stoppedText()
                           : tr("%1: %2").arg(m_plan.additions.value(ids.size()).person.name,
                                              SqlErrors::explain(sqlError));
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
    BulkRows::Context context;
    context.accountId = m_accountId;
    context.personIds = m_personIds;
    if (!firstTime)
        context.givenIds = m_lineIds;
    const qsizetype before = m_rows->people.size();
    context.progress = [this, before](qsizetype done) { return report(before + done); };
    QString sqlError;
    QList<qint64> ids;
    ids.reserve(m_rows->lines.size());
    if (!store.insertRelationships(m_rows->lines, context, &ids, &sqlError)) {
        *error = m_stopped ? stoppedText() : SqlErrors::explain(sqlError);
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
    if (!m_rows || !m_rows->fits(m_plan))
        m_rows = ImportRows::of(m_plan);
    // The progress is the first run's: undo and redo run without the dialog.
    m_progress = std::exchange(m_progressForFirstRun, {});
    m_stopped = false;
    m_total = m_rows->people.size() + m_rows->lines.size();
    const bool written = insertStructure(error) && writePeople(error) && writeLines(error);
    m_progress = {};
    if (!written)
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
