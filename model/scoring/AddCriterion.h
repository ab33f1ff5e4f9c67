#pragma once

#include "Criterion.h"

#include "commands/WorkspaceCommand.h"
#include "workspace/RowSet.h"

namespace Kingside {

// Adds a selection criterion to the workspace; refused if it would leave weights unusable.
class AddCriterion : public WorkspaceCommand
{
public:
    // criterion.id is ignored; a position < 0 appends it at the end.
    AddCriterion(Workspace *workspace, const Criterion &criterion);

    qint64 criterionId() const { return m_criterion.id; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Criterion m_criterion;
    RowSet m_inserted; // the row as first written, so that redo restores it exactly
};

} // namespace Kingside
