#pragma once

#include "WorkspaceCommand.h"

#include "domain/Level.h"
#include "workspace/PersonStore.h"
#include "workspace/RowSet.h"

namespace Kingside {

// Removes a level (a rank of the board) and the walls on it; the ranks below move up.
// People on it are moved to `moveTo` first; without one (0) the removal is refused while
// anyone stands there: a level that would leave people homeless is not removed. Undo puts
// back the level, its walls, the people's squares and every rank.
class RemoveLevel : public WorkspaceCommand
{
public:
    RemoveLevel(Workspace *workspace, qint64 levelId, qint64 moveTo = 0);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_levelId;
    qint64 m_moveTo;
    Level m_level;
    QList<Level> m_before;
    QList<PersonFieldValue> m_people; // who stood there, and their stamps
    RowSet m_walls;
    QString m_stamp; // when the people were first moved: a redo writes it again
};

} // namespace Kingside
