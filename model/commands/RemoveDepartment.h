#pragma once

#include "WorkspaceCommand.h"

#include "domain/Department.h"
#include "workspace/PersonStore.h"
#include "workspace/RowSet.h"

namespace Kingside {

// Removes a department (a file of the board) and the walls on it; the files to its right
// shift left. People standing there are moved to `moveTo` first; without one (0) the
// removal is refused while anyone stands there, so nobody is left without a square.
// Undo puts back the department, its walls, the people's squares and every position.
class RemoveDepartment : public WorkspaceCommand
{
public:
    RemoveDepartment(Workspace *workspace, qint64 departmentId, qint64 moveTo = 0);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_departmentId;
    qint64 m_moveTo;
    Department m_department;
    QList<Department> m_before;
    QList<PersonFieldValue> m_people; // who stood there, and their stamps
    RowSet m_walls;
    QString m_stamp; // when the people were first moved: a redo writes it again
};

} // namespace Kingside
