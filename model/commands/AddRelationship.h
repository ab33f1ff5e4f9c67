#pragma once

#include "WorkspaceCommand.h"

#include "domain/Relationship.h"

namespace Kingside {

// Draws a line between two people of one account.
class AddRelationship : public WorkspaceCommand
{
public:
    AddRelationship(Workspace *workspace, const Relationship &relationship);

    qint64 relationshipId() const { return m_relationship.id; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Relationship m_relationship;
    QString m_stamp; // when first added: a redo adds the same row again
};

} // namespace Kingside
