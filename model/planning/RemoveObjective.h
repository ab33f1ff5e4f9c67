#pragma once

#include "commands/WorkspaceCommand.h"
#include "workspace/RowSet.h"

namespace Kingside {

// Removes an objective; actions linked to it stay in the plan, unlinked. Undo puts the
// objective and the links back.
class RemoveObjective : public WorkspaceCommand
{
public:
    RemoveObjective(Workspace *workspace, qint64 objectiveId);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_objectiveId;
    qint64 m_accountId = 0;
    RowSet m_row;
    QList<qint64> m_linkedActions;
};

} // namespace Kingside
