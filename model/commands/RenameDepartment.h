#pragma once

#include "WorkspaceCommand.h"

namespace Kingside {

// Gives a department (a file of the board) another name, unique in its account.
class RenameDepartment : public WorkspaceCommand
{
public:
    RenameDepartment(Workspace *workspace, qint64 departmentId, const QString &name);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(const QString &name, QString *error);

    qint64 m_departmentId;
    qint64 m_accountId = 0;
    QString m_name;
    QString m_oldName;
};

} // namespace Kingside
