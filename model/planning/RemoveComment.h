#pragma once

#include "commands/WorkspaceCommand.h"
#include "workspace/RowSet.h"

namespace Kingside {

// Removes a comment; undo restores it. Allowed in review mode.
class RemoveComment : public WorkspaceCommand
{
public:
    RemoveComment(Workspace *workspace, qint64 commentId);

    bool isCommentOnly() const override { return true; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_commentId;
    qint64 m_accountId = 0;
    RowSet m_row;
};

} // namespace Kingside
