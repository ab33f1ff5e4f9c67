#include "AddAccountProduct.h"

#include "domain/AccountRules.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::AddAccountProduct", text);
}

} // namespace

AddAccountProduct::AddAccountProduct(Workspace *workspace, qint64 accountId,
                                     const QString &productName)
    : WorkspaceCommand(workspace, tr("Add product %1").arg(productName.trimmed())),
      m_accountId(accountId), m_name(productName.trimmed())
{}

bool AddAccountProduct::apply(QString *error)
{
    const AccountStore store(database());
    if (!store.account(m_accountId)) {
        *error = tr("This account no longer exists.");
        return false;
    }
    const QString problem =
        AccountRules::checkProductName(m_name, PersonStore(database()).products(m_accountId));
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QString sqlError;
    if (m_productId == 0) {
        m_productId = store.productIdByName(m_name);
        m_created = m_productId == 0;
    }
    if (m_created) {
        const qint64 id = store.insertProduct(m_productId, m_name, &sqlError);
        if (id <= 0) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
        m_productId = id;
    }
    if (!store.linkProduct(m_accountId, m_productId, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Product, Change::Kind::Added, m_productId, m_accountId);
    return true;
}

bool AddAccountProduct::revert(QString *error)
{
    const AccountStore store(database());
    if (!store.unlinkProduct(m_accountId, m_productId, error) ||
        (m_created && !store.deleteProduct(m_productId, error)))
        return false;
    record(Change::Entity::Product, Change::Kind::Removed, m_productId, m_accountId);
    return true;
}

} // namespace Kingside
