#pragma once

#include "TierScheme.h"

#include "commands/WorkspaceCommand.h"
#include "workspace/RowSet.h"

namespace Kingside {

// Adds a custom tier scheme (scheme.id == 0) or replaces the bands, name and basis of an
// existing custom one (keeping its id and, if it is active, keeping it active).
// Refused for overlapping or unordered bands and for the built-in schemes.
class SaveTierScheme : public WorkspaceCommand
{
public:
    SaveTierScheme(Workspace *workspace, const TierScheme &scheme);

    qint64 schemeId() const { return m_scheme.id; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QList<RowSet> captureScheme(qint64 id, QString *error) const;
    bool removeScheme(qint64 id, QString *error) const;

    TierScheme m_scheme;
    QList<RowSet> m_before; // the replaced scheme, its bands and the active setting
    QList<RowSet> m_after;  // as first written, so that redo restores it exactly
};

} // namespace Kingside
