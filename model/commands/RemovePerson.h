#pragma once

#include "WorkspaceCommand.h"

#include "workspace/RowSet.h"

namespace Kingside {

// Removes a person with their relationships and product roles; undo restores every row.
class RemovePerson : public WorkspaceCommand
{
public:
    RemovePerson(Workspace *workspace, qint64 personId, const QString &name);

    // After it applied: who went and what went with them, and how to get it back, in
    // one sentence for the user ("Removed Lars Eriksen with 14 relationships … Undo …").
    QString whatWent() const;

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_personId;
    QString m_name;
    qint64 m_accountId = 0;
    QList<RowSet> m_removed;                    // in insertion order
    QList<std::pair<qint64, qint64>> m_reviews; // review id, reviewer id set NULL by the delete
};

} // namespace Kingside
