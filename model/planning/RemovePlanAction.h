#pragma once

#include "commands/WorkspaceCommand.h"
#include "workspace/RowSet.h"

namespace Kingside {

// Removes a plan action; undo restores the row exactly. Comments on it are kept and
// show as on a removed item.
class RemovePlanAction : public WorkspaceCommand
{
public:
    RemovePlanAction(Workspace *workspace, qint64 actionId);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_actionId;
    qint64 m_accountId = 0;
    RowSet m_row;
};

} // namespace Kingside
