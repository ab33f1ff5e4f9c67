#pragma once

#include "WorkspaceCommand.h"

namespace Kingside {

// Moves a client person to another square of the board: their department (file) and
// level (rank) change together in one step; undo puts both (and updated_at) back.
class MovePiece : public WorkspaceCommand
{
public:
    // departmentId / levelId 0 means "unknown" (off the board).
    MovePiece(Workspace *workspace, qint64 personId, qint64 departmentId, qint64 levelId,
              const QString &name);

    int id() const override { return int(CommandId::MovePiece); }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(const QVariant &departmentId, const QVariant &levelId, const QVariant &updatedAt,
               QString *error);

    qint64 m_personId;
    qint64 m_departmentId;
    qint64 m_levelId;
    qint64 m_accountId = 0;
    QString m_stamp; // when first moved: a redo writes the same row again
    QVariant m_oldDepartmentId;
    QVariant m_oldLevelId;
    QVariant m_oldUpdatedAt;
    bool m_captured = false;
};

} // namespace Kingside
