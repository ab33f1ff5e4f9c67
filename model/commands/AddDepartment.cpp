#include "AddDepartment.h"

#include "BoardOrder.h"
#include "domain/AccountRules.h"
#include "workspace/AccountStore.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::AddDepartment", text);
}

} // namespace

AddDepartment::AddDepartment(Workspace *workspace, qint64 accountId, const QString &name,
                             int position)
    : WorkspaceCommand(workspace, tr("Add department %1").arg(name.trimmed())),
      m_accountId(accountId), m_name(name.trimmed()), m_position(position)
{}

bool AddDepartment::apply(QString *error)
{
    const AccountStore store(database());
    if (!store.account(m_accountId)) {
        *error = tr("This account no longer exists.");
        return false;
    }
    const QList<Department> current = store.departments(m_accountId);
    const QString problem = AccountRules::checkDepartmentName(m_name, current);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const int at = m_position < 0 || m_position > current.size() ? int(current.size()) : m_position;
    QString sqlError;
    const qint64 id = store.insertDepartment({m_departmentId, m_accountId, m_name, at}, &sqlError);
    if (id <= 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    m_departmentId = id;
    m_before = current;
    QList<qint64> order = BoardOrder::idsOf(current);
    order.insert(at, id);
    if (!BoardOrder::writeDepartments(store, current, order, error))
        return false;
    record(Change::Entity::Department, Change::Kind::Added, m_departmentId, m_accountId);
    return true;
}

bool AddDepartment::revert(QString *error)
{
    const AccountStore store(database());
    if (!store.deleteDepartment(m_departmentId, error) ||
        !BoardOrder::restoreDepartments(store, m_before, error))
        return false;
    record(Change::Entity::Department, Change::Kind::Removed, m_departmentId, m_accountId);
    return true;
}

} // namespace Kingside
