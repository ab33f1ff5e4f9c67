#pragma once

#include "Objective.h"
#include "commands/WorkspaceCommand.h"

namespace Kingside {

// Adds a long-term objective to an account's plan.
class AddObjective : public WorkspaceCommand
{
public:
    AddObjective(Workspace *workspace, const Objective &objective);
    qint64 objectiveId() const { return m_objective.id; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Objective m_objective;
};

} // namespace Kingside
