#pragma once

#include "workspace/Change.h"

#include <QList>
#include <QSqlDatabase>
#include <QUndoCommand>
#include <QVariant>

namespace Kingside {

class Workspace;

// Central ids for commands that merge with their predecessor.
enum class CommandId
{
    SetProperty = 1000,
    MovePiece
};

// Base of every edit: apply() and revert() run inside one transaction each, and the
// changes they record are announced only after the transaction committed.
class WorkspaceCommand : public QUndoCommand
{
public:
    WorkspaceCommand(Workspace *workspace, const QString &text);

    // Called once by Workspace::execute(): applies and reports failure instead of
    // pushing a command that did nothing.
    bool applyFirstTime(QString *error);

    void redo() override;
    void undo() override;

    // Comments and review records are the only edits allowed in review mode.
    virtual bool isCommentOnly() const { return false; }

protected:
    virtual bool apply(QString *error) = 0;
    virtual bool revert(QString *error) = 0;

    Workspace *workspace() const { return m_workspace; }
    QSqlDatabase database() const;
    void record(Change::Entity entity, Change::Kind kind, qint64 id, qint64 accountId);

private:
    friend class CommandGroup; // runs its parts' apply() and revert() in its transaction
    friend class Workspace;    // puts the undo stack back in step after a failed step

    bool runInTransaction(bool forward, QString *error);

    Workspace *m_workspace;
    QList<Change> m_pending;
    bool m_skipNextRedo = false;
    bool m_skipNextUndo = false;
};

} // namespace Kingside
