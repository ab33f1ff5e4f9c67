#pragma once

#include "WorkspaceCommand.h"

#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"

namespace Kingside {

// Takes a competitor out of an account; the account's people who favoured it favour none.
// The competitor stays in the workspace; undo puts the link (with its activity notes) and
// every person's choice back.
class RemoveAccountCompetitor : public WorkspaceCommand
{
public:
    RemoveAccountCompetitor(Workspace *workspace, qint64 accountId, qint64 competitorId);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_accountId;
    qint64 m_competitorId;
    CompetitorLink m_link;
    QList<PersonFieldValue> m_people; // who favoured it, and their stamps
    QString m_stamp;                  // when first applied: a redo writes it again
};

} // namespace Kingside
