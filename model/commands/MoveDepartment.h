#pragma once

#include "WorkspaceCommand.h"

#include "domain/Department.h"

namespace Kingside {

// Moves a department (a file of the board) to `newPosition` (0 = leftmost; past the end =
// rightmost); the files are numbered 0 … n-1 again. Announced as one change of the moved
// department: views re-read the account's files on it.
class MoveDepartment : public WorkspaceCommand
{
public:
    MoveDepartment(Workspace *workspace, qint64 departmentId, int newPosition);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_departmentId;
    int m_newPosition;
    qint64 m_accountId = 0;
    QList<Department> m_before;
};

} // namespace Kingside
