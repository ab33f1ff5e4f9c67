#pragma once

#include "WorkspaceCommand.h"

namespace Kingside {

// Gives an account another name, unique in the workspace (ignoring case).
class RenameAccount : public WorkspaceCommand
{
public:
    RenameAccount(Workspace *workspace, qint64 accountId, const QString &newName);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(const QString &name, QString *error);

    qint64 m_accountId;
    QString m_name;
    QString m_oldName;
};

} // namespace Kingside
