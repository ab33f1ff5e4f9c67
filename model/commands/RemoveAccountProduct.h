#pragma once

#include "WorkspaceCommand.h"

#include "workspace/RowSet.h"

namespace Kingside {

// Takes a product out of an account, with the account's people's roles for it (users,
// specifiers, buyers). The product stays in the workspace; undo puts link and roles back.
class RemoveAccountProduct : public WorkspaceCommand
{
public:
    RemoveAccountProduct(Workspace *workspace, qint64 accountId, qint64 productId);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_accountId;
    qint64 m_productId;
    RowSet m_roles;
};

} // namespace Kingside
