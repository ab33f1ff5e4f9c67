#pragma once

#include "WorkspaceCommand.h"

#include <memory>
#include <vector>

namespace Kingside {

// Several edits as one transaction and one undo step (delete the selected rows of a
// table): all apply or none does; undo reverts them in reverse order.
class CommandGroup : public WorkspaceCommand
{
public:
    CommandGroup(Workspace *workspace, const QString &text);
    ~CommandGroup() override;

    // Takes ownership. Add every part before executing the group.
    void add(WorkspaceCommand *command);
    int size() const { return int(m_parts.size()); }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    std::vector<std::unique_ptr<WorkspaceCommand>> m_parts;
};

} // namespace Kingside
