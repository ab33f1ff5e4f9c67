#pragma once

#include "WorkspaceCommand.h"

#include "workspace/RowSet.h"

namespace Kingside {

// Removes a wall from the board; undo restores the row exactly.
class RemoveWall : public WorkspaceCommand
{
public:
    RemoveWall(Workspace *workspace, qint64 wallId);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_wallId;
    qint64 m_accountId = 0;
    RowSet m_row;
};

} // namespace Kingside
