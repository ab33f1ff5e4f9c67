#pragma once

#include "WorkspaceCommand.h"

#include "workspace/RowSet.h"

namespace Kingside {

// Removes one relationship; undo restores it exactly.
class RemoveRelationship : public WorkspaceCommand
{
public:
    RemoveRelationship(Workspace *workspace, qint64 relationshipId);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_relationshipId;
    qint64 m_accountId = 0;
    RowSet m_row;
};

} // namespace Kingside
