#pragma once

#include "WorkspaceCommand.h"

namespace Kingside {

// A new account with the structure of another: its facts, departments, levels, walls and
// the links to its products and competitors, under a new name. No people, relationships
// or plan are copied.
class DuplicateAccount : public WorkspaceCommand
{
public:
    DuplicateAccount(Workspace *workspace, qint64 sourceAccountId, const QString &newName);

    qint64 newAccountId() const { return m_newAccountId; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_sourceAccountId;
    QString m_name;
    // Kept from the first apply: a redo writes the same rows again.
    qint64 m_newAccountId = 0;
    QString m_stamp;
    QList<qint64> m_departmentIds;
    QList<qint64> m_levelIds;
    QList<qint64> m_wallIds;
};

} // namespace Kingside
