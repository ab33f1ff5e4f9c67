#pragma once

#include "WorkspaceCommand.h"

namespace Kingside {

// Names a competitor in an account. Competitors are shared by the workspace: one of that
// name (ignoring case) is reused, otherwise it is created (and removed again by undo).
class AddAccountCompetitor : public WorkspaceCommand
{
public:
    AddAccountCompetitor(Workspace *workspace, qint64 accountId, const QString &competitorName);

    qint64 competitorId() const { return m_competitorId; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_accountId;
    QString m_name;
    qint64 m_competitorId = 0; // kept from the first apply
    bool m_created = false;    // the competitor was new to the workspace
};

} // namespace Kingside
