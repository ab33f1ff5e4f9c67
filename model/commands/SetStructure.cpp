#include "SetStructure.h"

#include "BoardOrder.h"
#include "domain/AccountRules.h"
#include "workspace/AccountStore.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::SetStructure", text, disambiguation, n);
}

template <typename Row>
const Row *findByName(const QList<Row> &rows, const QString &name)
{
    for (const Row &row : rows) {
        if (row.name.compare(name, Qt::CaseInsensitive) == 0)
            return &row;
    }
    return nullptr;
}

// Matches `names` to `current`: the order as ids (0 for a name to add, in `added` with
// its name), the rows no longer named in `removed`. Returns the sentence of the first
// bad name.
template <typename Row, typename Check>
QString match(const QStringList &names, const QList<Row> &current, Check check,
              QList<qint64> *order, QList<Row> *added, QList<Row> *removed)
{
    QList<Row> seen;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        const QString problem = check(name, seen);
        if (!problem.isEmpty())
            return problem;
        Row row;
        row.name = name;
        // A stand-in id: the rules take 0 for "the row itself" and would skip it.
        Row named = row;
        named.id = seen.size() + 1;
        seen.append(named);
        if (const Row *existing = findByName(current, name)) {
            order->append(existing->id);
        } else {
            order->append(0);
            added->append(row);
        }
    }
    for (const Row &row : current) {
        if (!order->contains(row.id))
            removed->append(row);
    }
    return {};
}

} // namespace

SetStructure::SetStructure(Workspace *workspace, qint64 accountId,
                           const std::optional<QStringList> &departments,
                           const std::optional<QStringList> &levels)
    : WorkspaceCommand(workspace, tr("Set the board's departments and levels")),
      m_accountId(accountId), m_departmentNames(departments), m_levelNames(levels)
{}

QString SetStructure::plan(QList<qint64> *departmentOrder, QList<qint64> *levelOrder)
{
    const AccountStore store(database());
    m_beforeDepartments = store.departments(m_accountId);
    m_beforeLevels = store.levels(m_accountId);
    const QList<Department> addedBefore = m_addedDepartments;
    const QList<Level> addedLevelsBefore = m_addedLevels;
    m_addedDepartments.clear();
    m_addedLevels.clear();
    m_removedDepartments.clear();
    m_removedLevels.clear();
    QString problem;
    if (m_departmentNames)
        problem = match(
            *m_departmentNames, m_beforeDepartments,
            [](const QString &name, const QList<Department> &seen) {
                return AccountRules::checkDepartmentName(name, seen);
            },
            departmentOrder, &m_addedDepartments, &m_removedDepartments);
    if (problem.isEmpty() && m_levelNames)
        problem = match(
            *m_levelNames, m_beforeLevels,
            [](const QString &name, const QList<Level> &seen) {
                return AccountRules::checkLevelName(name, seen);
            },
            levelOrder, &m_addedLevels, &m_removedLevels);
    if (!problem.isEmpty())
        return problem;
    QStringList occupied;
    for (const Department &department : std::as_const(m_removedDepartments)) {
        if (const int people = store.peopleOn(department.id))
            occupied.append(
                tr("the department “%1” (%n person(s))", nullptr, people).arg(department.name));
    }
    for (const Level &level : std::as_const(m_removedLevels)) {
        if (const int people = store.peopleOnLevel(level.id))
            occupied.append(tr("the level “%1” (%n person(s))", nullptr, people).arg(level.name));
    }
    if (!occupied.isEmpty())
        return tr("Nothing was changed: people still stand on %1. Move them first.")
            .arg(occupied.join(QLatin1String(", ")));
    // A redo adds the rows with the ids the first apply gave them.
    for (int i = 0; i < m_addedDepartments.size() && i < addedBefore.size(); ++i)
        m_addedDepartments[i].id = addedBefore[i].id;
    for (int i = 0; i < m_addedLevels.size() && i < addedLevelsBefore.size(); ++i)
        m_addedLevels[i].id = addedLevelsBefore[i].id;
    return {};
}

bool SetStructure::apply(QString *error)
{
    const AccountStore store(database());
    if (!store.account(m_accountId)) {
        *error = tr("This account no longer exists.");
        return false;
    }
    QList<qint64> departmentOrder;
    QList<qint64> levelOrder;
    const QString problem = plan(&departmentOrder, &levelOrder);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (m_addedDepartments.isEmpty() && m_removedDepartments.isEmpty() && m_addedLevels.isEmpty() &&
        m_removedLevels.isEmpty() &&
        (!m_departmentNames || departmentOrder == BoardOrder::idsOf(m_beforeDepartments)) &&
        (!m_levelNames || levelOrder == BoardOrder::idsOf(m_beforeLevels))) {
        *error = tr("The board already has these departments and levels in this order.");
        return false;
    }
    QString sqlError;
    m_removedWalls = store.captureWallsTouching(BoardOrder::idsOf(m_removedDepartments),
                                                BoardOrder::idsOf(m_removedLevels), &sqlError);
    const auto failed = [&] {
        *error = SqlErrors::explain(sqlError);
        return false;
    };
    if (!sqlError.isEmpty())
        return failed();
    for (const Department &department : std::as_const(m_removedDepartments)) {
        if (!store.deleteDepartment(department.id, &sqlError))
            return failed();
    }
    for (const Level &level : std::as_const(m_removedLevels)) {
        if (!store.deleteLevel(level.id, &sqlError))
            return failed();
    }
    int next = 0;
    for (Department &department : m_addedDepartments) {
        department.accountId = m_accountId;
        department.position = int(departmentOrder.indexOf(0, next));
        const qint64 id = store.insertDepartment(department, &sqlError);
        if (id <= 0)
            return failed();
        department.id = id;
        departmentOrder[department.position] = id;
        next = department.position + 1;
    }
    next = 0;
    for (Level &level : m_addedLevels) {
        level.accountId = m_accountId;
        const int at = int(levelOrder.indexOf(0, next));
        level.rank = at + 1;
        const qint64 id = store.insertLevel(level, &sqlError);
        if (id <= 0)
            return failed();
        level.id = id;
        levelOrder[at] = id;
        next = at + 1;
    }
    if ((m_departmentNames &&
         !BoardOrder::writeDepartments(store, m_beforeDepartments, departmentOrder, error)) ||
        (m_levelNames && !BoardOrder::writeLevels(store, m_beforeLevels, levelOrder, error)))
        return false;
    record(Change::Entity::Account, Change::Kind::Modified, m_accountId, m_accountId);
    return true;
}

bool SetStructure::revert(QString *error)
{
    const AccountStore store(database());
    QString sqlError;
    const auto failed = [&] {
        *error = SqlErrors::explain(sqlError);
        return false;
    };
    for (const Department &department : std::as_const(m_addedDepartments)) {
        if (!store.deleteDepartment(department.id, &sqlError))
            return failed();
    }
    for (const Level &level : std::as_const(m_addedLevels)) {
        if (!store.deleteLevel(level.id, &sqlError))
            return failed();
    }
    for (const Department &department : std::as_const(m_removedDepartments)) {
        if (store.insertDepartment(department, &sqlError) <= 0)
            return failed();
    }
    for (const Level &level : std::as_const(m_removedLevels)) {
        if (store.insertLevel(level, &sqlError) <= 0)
            return failed();
    }
    if (!store.restore(m_removedWalls, &sqlError))
        return failed();
    if (!BoardOrder::restoreDepartments(store, m_beforeDepartments, error) ||
        !BoardOrder::restoreLevels(store, m_beforeLevels, error))
        return false;
    record(Change::Entity::Account, Change::Kind::Modified, m_accountId, m_accountId);
    return true;
}

} // namespace Kingside
