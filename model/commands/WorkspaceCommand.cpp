#include "WorkspaceCommand.h"

#include "workspace/TransactionGuard.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Kingside {

WorkspaceCommand::WorkspaceCommand(Workspace *workspace, const QString &text)
    : QUndoCommand(text), m_workspace(workspace)
{}

QSqlDatabase WorkspaceCommand::database() const
{
    return m_workspace->database();
}

void WorkspaceCommand::record(Change::Entity entity, Change::Kind kind, qint64 id, qint64 accountId)
{
    m_pending.append({entity, kind, id, accountId});
}

bool WorkspaceCommand::runInTransaction(bool forward, QString *error)
{
    m_pending.clear();
    TransactionGuard transaction(database());
    if (!transaction.isActive()) {
        *error = transaction.errorText();
        return false;
    }
    if (!(forward ? apply(error) : revert(error)))
        return false;
    if (!transaction.commit()) {
        *error = QCoreApplication::translate("Kingside::WorkspaceCommand",
                                             "The change could not be saved: %1")
                     .arg(transaction.errorText());
        return false;
    }
    const QList<Change> changes = std::exchange(m_pending, {});
    for (const Change &change : changes)
        m_workspace->announce(change);
    return true;
}

bool WorkspaceCommand::applyFirstTime(QString *error)
{
    if (!runInTransaction(true, error))
        return false;
    m_skipNextRedo = true;
    return true;
}

void WorkspaceCommand::redo()
{
    if (std::exchange(m_skipNextRedo, false))
        return;
    QString error;
    if (!runInTransaction(true, &error))
        m_workspace->stepFailed(this, false, error);
}

void WorkspaceCommand::undo()
{
    if (std::exchange(m_skipNextUndo, false))
        return;
    QString error;
    if (!runInTransaction(false, &error))
        m_workspace->stepFailed(this, true, error);
}

} // namespace Kingside
