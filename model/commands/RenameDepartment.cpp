#include "RenameDepartment.h"

#include "domain/AccountRules.h"
#include "workspace/AccountStore.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::RenameDepartment", text);
}

} // namespace

RenameDepartment::RenameDepartment(Workspace *workspace, qint64 departmentId, const QString &name)
    : WorkspaceCommand(workspace, tr("Rename department to %1").arg(name.trimmed())),
      m_departmentId(departmentId), m_name(name.trimmed())
{}

bool RenameDepartment::apply(QString *error)
{
    const AccountStore store(database());
    const auto department = store.department(m_departmentId);
    if (!department) {
        *error = tr("This department no longer exists.");
        return false;
    }
    if (department->name == m_name) {
        *error = tr("The department is already called “%1”.").arg(m_name);
        return false;
    }
    const QString problem = AccountRules::checkDepartmentName(
        m_name, store.departments(department->accountId), m_departmentId);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    m_accountId = department->accountId;
    m_oldName = department->name;
    return write(m_name, error);
}

bool RenameDepartment::revert(QString *error)
{
    return write(m_oldName, error);
}

bool RenameDepartment::write(const QString &name, QString *error)
{
    QString sqlError;
    if (!AccountStore(database()).renameDepartment(m_departmentId, name, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Department, Change::Kind::Modified, m_departmentId, m_accountId);
    return true;
}

} // namespace Kingside
