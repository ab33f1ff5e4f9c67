#pragma once

#include "commands/WorkspaceCommand.h"
#include "domain/Enums.h"

#include <QDate>

namespace Kingside {

// Moves an account to a lifecycle stage from a given day and records the step in the
// lifecycle history; undo removes the step and restores the previous stage.
class SetLifecycleStage : public WorkspaceCommand
{
public:
    SetLifecycleStage(Workspace *workspace, qint64 accountId, LifecycleStage stage,
                      const QDate &since);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_accountId;
    LifecycleStage m_stage;
    QDate m_since;
    QString m_oldStage;
    qint64 m_historyId = 0;
};

} // namespace Kingside
