#include "AddAccount.h"

#include "domain/AccountRules.h"
#include "planning/PlanStore.h"
#include "workspace/AccountStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {

AddAccount::AddAccount(Workspace *workspace, const Account &account, const QStringList &departments,
                       const QStringList &levels)
    : WorkspaceCommand(
          workspace,
          QCoreApplication::translate("Kingside::AddAccount", "Add account %1").arg(account.name)),
      m_account(account), m_departments(departments),
      m_levels(levels.isEmpty() ? defaultLevels() : levels)
{}

AddAccount::AddAccount(Workspace *workspace, const Account &account, const AccountTemplate &from)
    : WorkspaceCommand(
          workspace,
          QCoreApplication::translate("Kingside::AddAccount", "Add account %1").arg(account.name)),
      m_account(account), m_departments(from.departments), m_levels(from.levels)
{
    if (m_account.industry.trimmed().isEmpty())
        m_account.industry = from.industry;
}

QStringList AddAccount::defaultLevels()
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Kingside::AddAccount", text);
    };
    return {tr("Board"),      tr("Executive"),    tr("Senior management"),
            tr("Management"), tr("Team leaders"), tr("Specialists"),
            tr("Staff"),      tr("Operational")};
}

bool AddAccount::apply(QString *error)
{
    const AccountStore store(database());
    QString problem = AccountRules::checkFacts(m_account);
    if (problem.isEmpty())
        problem = AccountRules::checkAccountName(m_account.name, store.accounts());
    QList<Department> departments;
    for (const QString &name : std::as_const(m_departments)) {
        if (problem.isEmpty())
            problem = AccountRules::checkDepartmentName(name, departments);
        // Ids stand in for rows not written yet; 0 would be taken for "the row itself".
        departments.append({departments.size() + 1, 0, name, 0});
    }
    QList<Level> levels;
    for (const QString &name : std::as_const(m_levels)) {
        if (problem.isEmpty())
            problem = AccountRules::checkLevelName(name, levels);
        levels.append({levels.size() + 1, 0, name, 1});
    }
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QString sqlError;
    if (m_stamp.isEmpty())
        m_stamp = Sql::nowStamp();
    m_account.id = store.insertAccount(m_account, &sqlError, m_stamp);
    if (m_account.id <= 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    const bool firstTime = m_departmentIds.isEmpty() && m_levelIds.isEmpty();
    for (int i = 0; i < m_departments.size(); ++i) {
        const qint64 id = store.insertDepartment(
            {firstTime ? 0 : m_departmentIds.value(i), m_account.id, m_departments[i], i},
            &sqlError);
        if (id <= 0) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
        if (firstTime)
            m_departmentIds.append(id);
    }
    for (int i = 0; i < m_levels.size(); ++i) {
        const qint64 id = store.insertLevel(
            {firstTime ? 0 : m_levelIds.value(i), m_account.id, m_levels[i], i + 1}, &sqlError);
        if (id <= 0) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
        if (firstTime)
            m_levelIds.append(id);
    }
    // The account's lifecycle begins at its stage today, as a stage change would add it
    // (README "The account plan and the mentor's review").
    if (!m_since.isValid())
        m_since = QDate::currentDate();
    const qint64 historyId =
        PlanStore(database())
            .insertLifecycleEntry(m_account.id, {m_historyId, m_account.stage, m_since}, &sqlError);
    if (historyId <= 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    m_historyId = historyId;
    record(Change::Entity::Account, Change::Kind::Added, m_account.id, m_account.id);
    return true;
}

bool AddAccount::revert(QString *error)
{
    // A fresh account holds only what apply() wrote; the cascade removes its board.
    if (!AccountStore(database()).deleteAccount(m_account.id, error))
        return false;
    record(Change::Entity::Account, Change::Kind::Removed, m_account.id, m_account.id);
    return true;
}

} // namespace Kingside
