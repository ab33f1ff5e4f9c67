#pragma once

#include "WorkspaceCommand.h"

#include <QString>

namespace Kingside {

// Sets the competitor a client person favours (0: none). Only a competitor named in the
// person's account can be chosen.
class SetFavouredCompetitor : public WorkspaceCommand
{
public:
    SetFavouredCompetitor(Workspace *workspace, qint64 personId, qint64 competitorId);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(qint64 competitorId, const QString &updatedAt, QString *error);

    qint64 m_personId;
    qint64 m_competitorId;
    qint64 m_accountId = 0;
    qint64 m_oldCompetitorId = 0;
    QString m_oldUpdatedAt;
    QString m_stamp; // when first applied: a redo writes it again
};

} // namespace Kingside
