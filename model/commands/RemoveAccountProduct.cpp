#include "RemoveAccountProduct.h"

#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::RemoveAccountProduct", text);
}

} // namespace

RemoveAccountProduct::RemoveAccountProduct(Workspace *workspace, qint64 accountId, qint64 productId)
    : WorkspaceCommand(workspace, tr("Remove product")), m_accountId(accountId),
      m_productId(productId)
{}

bool RemoveAccountProduct::apply(QString *error)
{
    const AccountStore store(database());
    const PersonStore people(database());
    if (!store.hasProduct(m_accountId, m_productId)) {
        *error = tr("This account does not have that product.");
        return false;
    }
    QString sqlError;
    m_roles = people.captureProductRoles(m_accountId, m_productId, &sqlError);
    if (!sqlError.isEmpty() || !people.deleteProductRoles(m_accountId, m_productId, &sqlError) ||
        !store.unlinkProduct(m_accountId, m_productId, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Product, Change::Kind::Removed, m_productId, m_accountId);
    return true;
}

bool RemoveAccountProduct::revert(QString *error)
{
    QString sqlError;
    if (!AccountStore(database()).linkProduct(m_accountId, m_productId, &sqlError) ||
        !PersonStore(database()).restore(m_roles, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Product, Change::Kind::Added, m_productId, m_accountId);
    return true;
}

} // namespace Kingside
