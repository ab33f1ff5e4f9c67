#pragma once

#include "WorkspaceCommand.h"

#include "workspace/AccountStore.h"
#include "workspace/RowSet.h"

namespace Kingside {

// Removes an account with everything in it: board, people, relationships, walls, product
// and competitor links, scores, plan, history, objectives, actions, agreements, reviews,
// traffic lights, comments and snapshots. Undo puts back every row with its ids; the
// shared products, competitors and criteria stay in the workspace throughout.
class RemoveAccount : public WorkspaceCommand
{
public:
    RemoveAccount(Workspace *workspace, qint64 accountId);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_accountId;
    QList<RowSet> m_removed; // parents first
    // Reviews of other accounts written by this account's people: the removal empties
    // their reviewer, undo sets it again.
    QList<ReviewerLink> m_reviewers;
};

} // namespace Kingside
