#pragma once

#include "WorkspaceCommand.h"

namespace Kingside {

// Names one of our products in an account. Products are shared by the workspace: one of
// that name (ignoring case) is reused, otherwise it is created (and removed again by undo).
class AddAccountProduct : public WorkspaceCommand
{
public:
    AddAccountProduct(Workspace *workspace, qint64 accountId, const QString &productName);

    qint64 productId() const { return m_productId; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_accountId;
    QString m_name;
    qint64 m_productId = 0; // kept from the first apply
    bool m_created = false; // the product was new to the workspace
};

} // namespace Kingside
