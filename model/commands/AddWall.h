#pragma once

#include "WorkspaceCommand.h"

#include "domain/Wall.h"

namespace Kingside {

// Draws a wall between two departments (files) or two levels (ranks) of one account.
class AddWall : public WorkspaceCommand
{
public:
    AddWall(Workspace *workspace, const Wall &wall);

    qint64 wallId() const { return m_wall.id; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Wall m_wall;
};

} // namespace Kingside
