#pragma once

#include "Criterion.h"

#include "commands/WorkspaceCommand.h"

namespace Kingside {

// Changes a criterion's name, description, axis, weight or position; undo puts the
// previous values back. Refused if the weights would become unusable.
class EditCriterion : public WorkspaceCommand
{
public:
    EditCriterion(Workspace *workspace, const Criterion &changed);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Criterion m_new;
    Criterion m_old;
    bool m_captured = false;
};

} // namespace Kingside
