#pragma once

#include "WorkspaceCommand.h"

#include "domain/Person.h"

namespace Kingside {

// Adds a client person or a team member to an account.
class AddPerson : public WorkspaceCommand
{
public:
    AddPerson(Workspace *workspace, const Person &person);

    qint64 personId() const { return m_person.id; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Person m_person;
    QString m_stamp; // when first added: a redo adds the same row again
};

} // namespace Kingside
