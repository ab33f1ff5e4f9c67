#include "MoveDepartment.h"

#include "BoardOrder.h"
#include "workspace/AccountStore.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::MoveDepartment", text);
}

} // namespace

MoveDepartment::MoveDepartment(Workspace *workspace, qint64 departmentId, int newPosition)
    : WorkspaceCommand(workspace, tr("Move department")), m_departmentId(departmentId),
      m_newPosition(newPosition)
{}

bool MoveDepartment::apply(QString *error)
{
    const AccountStore store(database());
    const auto department = store.department(m_departmentId);
    if (!department) {
        *error = tr("This department no longer exists.");
        return false;
    }
    m_accountId = department->accountId;
    const QList<Department> current = store.departments(m_accountId);
    QList<qint64> order = BoardOrder::idsOf(current);
    const int from = int(order.indexOf(m_departmentId));
    const int to = std::clamp(m_newPosition, 0, int(order.size()) - 1);
    order.move(from, to);
    if (order == BoardOrder::idsOf(current) &&
        std::all_of(current.cbegin(), current.cend(), [&](const Department &row) {
            return row.position == int(order.indexOf(row.id));
        })) {
        *error = tr("“%1” is already in that place.").arg(department->name);
        return false;
    }
    m_before = current;
    if (!BoardOrder::writeDepartments(store, current, order, error))
        return false;
    record(Change::Entity::Department, Change::Kind::Modified, m_departmentId, m_accountId);
    return true;
}

bool MoveDepartment::revert(QString *error)
{
    if (!BoardOrder::restoreDepartments(AccountStore(database()), m_before, error))
        return false;
    record(Change::Entity::Department, Change::Kind::Modified, m_departmentId, m_accountId);
    return true;
}

} // namespace Kingside
