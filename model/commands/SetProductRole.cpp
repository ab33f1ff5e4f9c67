#include "SetProductRole.h"

#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::SetProductRole", text);
}

} // namespace

SetProductRole::SetProductRole(Workspace *workspace, qint64 personId, qint64 productId,
                               ProductRole role, bool holds)
    : WorkspaceCommand(workspace, holds ? tr("Set product role") : tr("Clear product role")),
      m_personId(personId), m_productId(productId), m_role(role), m_holds(holds)
{}

bool SetProductRole::apply(QString *error)
{
    const AccountStore store(database());
    const PersonStore people(database());
    const auto person = people.person(m_personId);
    if (!person) {
        *error = tr("This person no longer exists.");
        return false;
    }
    const QString product = store.productName(m_productId);
    if (product.isEmpty()) {
        *error = tr("This product no longer exists.");
        return false;
    }
    if (!store.hasProduct(person->accountId, m_productId)) {
        *error = tr("“%1” is not one of this account's products; add it to the account first.")
                     .arg(product);
        return false;
    }
    if (people.holdsProductRole(m_personId, m_productId, m_role) == m_holds) {
        *error = (m_holds ? tr("%1 is already marked “%2” for %3.")
                          : tr("%1 is not marked “%2” for %3."))
                     .arg(person->name, displayName(m_role), product);
        return false;
    }
    m_accountId = person->accountId;
    return write(m_holds, error);
}

bool SetProductRole::revert(QString *error)
{
    return write(!m_holds, error);
}

bool SetProductRole::write(bool holds, QString *error)
{
    QString sqlError;
    if (!PersonStore(database())
             .setProductRole(m_personId, m_productId, m_role, holds, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Person, Change::Kind::Modified, m_personId, m_accountId);
    record(Change::Entity::Product, Change::Kind::Modified, m_productId, m_accountId);
    return true;
}

} // namespace Kingside
