#pragma once

#include "commands/WorkspaceCommand.h"

#include <QDateTime>

namespace Kingside {

// Records that a team member agreed to the current version of the account's plan.
class RecordAgreement : public WorkspaceCommand
{
public:
    RecordAgreement(Workspace *workspace, qint64 accountId, qint64 personId,
                    const QDateTime &agreedAt = QDateTime::currentDateTimeUtc());

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_accountId;
    qint64 m_personId;
    QString m_agreedAt;
    int m_version = 0;
    qint64 m_agreementId = 0;
};

} // namespace Kingside
