#include "DuplicateAccount.h"

#include "domain/AccountRules.h"
#include "workspace/AccountStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>
#include <QHash>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::DuplicateAccount", text);
}

} // namespace

DuplicateAccount::DuplicateAccount(Workspace *workspace, qint64 sourceAccountId,
                                   const QString &newName)
    : WorkspaceCommand(workspace, tr("Duplicate account as %1").arg(newName.trimmed())),
      m_sourceAccountId(sourceAccountId), m_name(newName.trimmed())
{}

bool DuplicateAccount::apply(QString *error)
{
    const AccountStore store(database());
    const auto source = store.account(m_sourceAccountId);
    if (!source) {
        *error = tr("The account to copy no longer exists.");
        return false;
    }
    const QString problem = AccountRules::checkAccountName(m_name, store.accounts());
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const bool firstTime = m_newAccountId == 0;
    if (m_stamp.isEmpty())
        m_stamp = Sql::nowStamp();
    Account copy = *source;
    copy.id = m_newAccountId;
    copy.name = m_name;
    QString sqlError;
    const auto failed = [&] {
        *error = SqlErrors::explain(sqlError);
        return false;
    };
    const qint64 accountId = store.insertAccount(copy, &sqlError, m_stamp);
    if (accountId <= 0)
        return failed();
    m_newAccountId = accountId;
    QHash<qint64, qint64> departmentCopies;
    const QList<Department> departments = store.departments(m_sourceAccountId);
    for (int i = 0; i < departments.size(); ++i) {
        Department department = departments[i];
        department.id = firstTime ? 0 : m_departmentIds.value(i);
        department.accountId = m_newAccountId;
        const qint64 id = store.insertDepartment(department, &sqlError);
        if (id <= 0)
            return failed();
        if (firstTime)
            m_departmentIds.append(id);
        departmentCopies.insert(departments[i].id, id);
    }
    QHash<qint64, qint64> levelCopies;
    const QList<Level> levels = store.levels(m_sourceAccountId);
    for (int i = 0; i < levels.size(); ++i) {
        Level level = levels[i];
        level.id = firstTime ? 0 : m_levelIds.value(i);
        level.accountId = m_newAccountId;
        const qint64 id = store.insertLevel(level, &sqlError);
        if (id <= 0)
            return failed();
        if (firstTime)
            m_levelIds.append(id);
        levelCopies.insert(levels[i].id, id);
    }
    const QList<Wall> walls = store.walls(m_sourceAccountId);
    for (int i = 0; i < walls.size(); ++i) {
        Wall wall = walls[i];
        const QHash<qint64, qint64> &copies =
            wall.kind == WallKind::Department ? departmentCopies : levelCopies;
        wall.id = firstTime ? 0 : m_wallIds.value(i);
        wall.accountId = m_newAccountId;
        wall.a = copies.value(wall.a);
        wall.b = copies.value(wall.b);
        const qint64 id = store.insertWall(wall, &sqlError);
        if (id <= 0)
            return failed();
        if (firstTime)
            m_wallIds.append(id);
    }
    for (const qint64 productId : store.productIds(m_sourceAccountId)) {
        if (!store.linkProduct(m_newAccountId, productId, &sqlError))
            return failed();
    }
    for (const CompetitorLink &link : store.competitorLinks(m_sourceAccountId)) {
        if (!store.linkCompetitor(m_newAccountId, link, &sqlError))
            return failed();
    }
    record(Change::Entity::Account, Change::Kind::Added, m_newAccountId, m_newAccountId);
    return true;
}

bool DuplicateAccount::revert(QString *error)
{
    // The copy holds only what apply() wrote; the cascade removes its board and links.
    if (!AccountStore(database()).deleteAccount(m_newAccountId, error))
        return false;
    record(Change::Entity::Account, Change::Kind::Removed, m_newAccountId, m_newAccountId);
    return true;
}

} // namespace Kingside
