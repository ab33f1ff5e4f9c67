#pragma once

#include "WorkspaceCommand.h"

namespace Kingside {

// Gives a level (a rank of the board) another name, unique in its account.
class RenameLevel : public WorkspaceCommand
{
public:
    RenameLevel(Workspace *workspace, qint64 levelId, const QString &name);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(const QString &name, QString *error);

    qint64 m_levelId;
    qint64 m_accountId = 0;
    QString m_name;
    QString m_oldName;
};

} // namespace Kingside
