#pragma once

#include "WorkspaceCommand.h"

#include "domain/Person.h"

namespace Kingside {

// Sets every field of one person at once (the inspector's Apply, a table cell): checked
// against the account's rules first; undo puts the person back as they were.
class EditPerson : public WorkspaceCommand
{
public:
    EditPerson(Workspace *workspace, const Person &edited, const QString &text = {});

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Person m_after;
    Person m_before;
    QString m_stampBefore;
    QString m_stamp; // when first applied: a redo writes the same row again
    bool m_captured = false;
};

} // namespace Kingside
