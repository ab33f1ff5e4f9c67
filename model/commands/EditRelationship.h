#pragma once

#include "WorkspaceCommand.h"

#include "domain/Relationship.h"

namespace Kingside {

// Sets a relationship's kind, strength, last contact and notes at once; the two people it
// joins stay. Undo puts the old values back.
class EditRelationship : public WorkspaceCommand
{
public:
    EditRelationship(Workspace *workspace, const Relationship &edited, const QString &text = {});

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Relationship m_after;
    Relationship m_before;
    QString m_stampBefore;
    QString m_stamp;
    bool m_captured = false;
};

} // namespace Kingside
