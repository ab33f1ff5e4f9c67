#pragma once

#include "WorkspaceCommand.h"

#include "domain/Level.h"

namespace Kingside {

// Moves a level (a rank of the board) to `newRank` (1 = top; past the end = bottom); the
// ranks are numbered 1 … n again. Announced as one change of the moved level: views
// re-read the account's ranks on it.
class MoveLevel : public WorkspaceCommand
{
public:
    MoveLevel(Workspace *workspace, qint64 levelId, int newRank);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_levelId;
    int m_newRank;
    qint64 m_accountId = 0;
    QList<Level> m_before;
};

} // namespace Kingside
