#pragma once

#include "commands/WorkspaceCommand.h"

namespace Kingside {

// Makes a tier scheme the workspace's active one, re-tiering every account at once.
class SetActiveTierScheme : public WorkspaceCommand
{
public:
    SetActiveTierScheme(Workspace *workspace, const QString &schemeName);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_new;
    QString m_old; // empty when the workspace had no setting
    bool m_captured = false;
};

} // namespace Kingside
