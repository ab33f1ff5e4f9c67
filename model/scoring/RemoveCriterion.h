#pragma once

#include "commands/WorkspaceCommand.h"
#include "workspace/RowSet.h"

namespace Kingside {

// Removes a criterion with every account's score on it; undo restores all of them.
class RemoveCriterion : public WorkspaceCommand
{
public:
    RemoveCriterion(Workspace *workspace, qint64 criterionId, const QString &name);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_criterionId;
    RowSet m_criterion;
    RowSet m_scores;
};

} // namespace Kingside
