#pragma once

#include "WorkspaceCommand.h"

#include "domain/Enums.h"

namespace Kingside {

// Records that a person uses, specifies or buys one of the account's products (`holds`),
// or no longer does. Refused for a product the person's account does not have.
class SetProductRole : public WorkspaceCommand
{
public:
    SetProductRole(Workspace *workspace, qint64 personId, qint64 productId, ProductRole role,
                   bool holds);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(bool holds, QString *error);

    qint64 m_personId;
    qint64 m_productId;
    ProductRole m_role;
    bool m_holds;
    qint64 m_accountId = 0;
};

} // namespace Kingside
