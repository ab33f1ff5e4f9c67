#include "RemoveDepartment.h"

#include "BoardOrder.h"
#include "workspace/AccountStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::RemoveDepartment", text, disambiguation, n);
}

} // namespace

RemoveDepartment::RemoveDepartment(Workspace *workspace, qint64 departmentId, qint64 moveTo)
    : WorkspaceCommand(workspace, tr("Remove department")), m_departmentId(departmentId),
      m_moveTo(moveTo)
{}

bool RemoveDepartment::apply(QString *error)
{
    const AccountStore store(database());
    const PersonStore people(database());
    const auto department = store.department(m_departmentId);
    if (!department) {
        *error = tr("This department no longer exists.");
        return false;
    }
    const QList<PersonFieldValue> standing = people.peopleInDepartment(m_departmentId);
    if (!standing.isEmpty()) {
        if (m_moveTo == 0) {
            *error = tr("%n person(s) stand in “%1”; move them to another department first, "
                        "or choose where they go.",
                        nullptr, int(standing.size()))
                         .arg(department->name);
            return false;
        }
        const auto target = store.department(m_moveTo);
        if (!target || target->accountId != department->accountId || m_moveTo == m_departmentId) {
            *error = tr("The people of “%1” can only move to another department of the same "
                        "account.")
                         .arg(department->name);
            return false;
        }
    }
    QString sqlError;
    m_walls = store.captureWallsOnDepartment(m_departmentId, &sqlError);
    if (!sqlError.isEmpty()) {
        *error = sqlError;
        return false;
    }
    m_department = *department;
    m_before = store.departments(department->accountId);
    m_people = standing;
    if (m_stamp.isEmpty())
        m_stamp = Sql::nowStamp();
    for (const PersonFieldValue &person : std::as_const(m_people)) {
        if (!people.setDepartment(person.personId, m_moveTo, m_stamp, &sqlError)) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
    }
    if (!store.deleteDepartment(m_departmentId, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    QList<Department> rest = m_before;
    rest.removeIf([this](const Department &row) { return row.id == m_departmentId; });
    if (!BoardOrder::writeDepartments(store, rest, BoardOrder::idsOf(rest), error))
        return false;
    for (const PersonFieldValue &person : std::as_const(m_people))
        record(Change::Entity::Person, Change::Kind::Modified, person.personId,
               m_department.accountId);
    record(Change::Entity::Department, Change::Kind::Removed, m_departmentId,
           m_department.accountId);
    return true;
}

bool RemoveDepartment::revert(QString *error)
{
    const AccountStore store(database());
    const PersonStore people(database());
    QString sqlError;
    if (store.insertDepartment(m_department, &sqlError) <= 0 ||
        !store.restore(m_walls, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    for (const PersonFieldValue &person : std::as_const(m_people)) {
        if (!people.setDepartment(person.personId, person.value, person.updatedAt, error))
            return false;
    }
    if (!BoardOrder::restoreDepartments(store, m_before, error))
        return false;
    record(Change::Entity::Department, Change::Kind::Added, m_departmentId, m_department.accountId);
    for (const PersonFieldValue &person : std::as_const(m_people))
        record(Change::Entity::Person, Change::Kind::Modified, person.personId,
               m_department.accountId);
    return true;
}

} // namespace Kingside
