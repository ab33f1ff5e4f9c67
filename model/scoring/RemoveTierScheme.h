#pragma once

#include "commands/WorkspaceCommand.h"
#include "workspace/RowSet.h"

namespace Kingside {

// Removes a custom tier scheme and its bands; the built-in and the active scheme stay.
class RemoveTierScheme : public WorkspaceCommand
{
public:
    RemoveTierScheme(Workspace *workspace, qint64 schemeId, const QString &name);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_schemeId;
    RowSet m_scheme;
    RowSet m_bands;
};

} // namespace Kingside
