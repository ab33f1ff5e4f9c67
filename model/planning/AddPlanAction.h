#pragma once

#include "PlanAction.h"
#include "commands/WorkspaceCommand.h"

namespace Kingside {

// Adds a short-term action to an account's plan. The owner must be a member of the
// account's day-to-day team; a linked person must be one of the client's people.
class AddPlanAction : public WorkspaceCommand
{
public:
    AddPlanAction(Workspace *workspace, const PlanAction &action);
    qint64 actionId() const { return m_action.id; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    PlanAction m_action;
};

} // namespace Kingside
