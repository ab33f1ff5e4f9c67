#pragma once

#include "WorkspaceCommand.h"

#include "domain/Department.h"
#include "domain/Level.h"
#include "workspace/RowSet.h"

#include <QStringList>

#include <optional>

namespace Kingside {

// Sets an account's files and ranks to exactly the names given, in that order, as one
// step: a name the account has (ignoring case) keeps its row, a new name is added, a
// missing one is removed with its walls. Nothing is renamed. Refused, writing nothing,
// while a department or level to remove still has people. A list left out (nullopt) is
// not changed. Announced as one change of the account.
class SetStructure : public WorkspaceCommand
{
public:
    SetStructure(Workspace *workspace, qint64 accountId,
                 const std::optional<QStringList> &departments,
                 const std::optional<QStringList> &levels);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString plan(QList<qint64> *departmentOrder, QList<qint64> *levelOrder);

    qint64 m_accountId;
    std::optional<QStringList> m_departmentNames;
    std::optional<QStringList> m_levelNames;
    // What the first apply found and wrote; a redo writes the same rows.
    QList<Department> m_beforeDepartments;
    QList<Level> m_beforeLevels;
    QList<Department> m_removedDepartments;
    QList<Level> m_removedLevels;
    RowSet m_removedWalls;
    QList<Department> m_addedDepartments;
    QList<Level> m_addedLevels;
};

} // namespace Kingside
