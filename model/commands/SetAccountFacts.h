#pragma once

#include "WorkspaceCommand.h"

#include "domain/Account.h"

namespace Kingside {

// Writes every fact of the account with facts.id (its name too) after AccountRules
// accepted them; undo puts the previous row back.
class SetAccountFacts : public WorkspaceCommand
{
public:
    SetAccountFacts(Workspace *workspace, const Account &facts);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(const Account &account, QString *error);

    Account m_facts;
    Account m_old;
};

} // namespace Kingside
