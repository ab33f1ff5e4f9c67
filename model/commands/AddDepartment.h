#pragma once

#include "WorkspaceCommand.h"

#include "domain/Department.h"

namespace Kingside {

// Adds a department (a file of the board) at `position` (0 = leftmost; -1 or past the
// end = rightmost); the files from there on shift one to the right.
class AddDepartment : public WorkspaceCommand
{
public:
    AddDepartment(Workspace *workspace, qint64 accountId, const QString &name, int position = -1);

    qint64 departmentId() const { return m_departmentId; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_accountId;
    QString m_name;
    int m_position;
    qint64 m_departmentId = 0; // kept from the first apply: a redo adds the same row
    QList<Department> m_before;
};

} // namespace Kingside
