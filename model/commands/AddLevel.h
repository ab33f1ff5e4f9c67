#pragma once

#include "WorkspaceCommand.h"

#include "domain/Level.h"

namespace Kingside {

// Adds a level (a rank of the board) at `rank` (1 = top; -1 or past the end = bottom);
// the ranks from there on shift one down.
class AddLevel : public WorkspaceCommand
{
public:
    AddLevel(Workspace *workspace, qint64 accountId, const QString &name, int rank = -1);

    qint64 levelId() const { return m_levelId; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_accountId;
    QString m_name;
    int m_rank;
    qint64 m_levelId = 0; // kept from the first apply: a redo adds the same row
    QList<Level> m_before;
};

} // namespace Kingside
