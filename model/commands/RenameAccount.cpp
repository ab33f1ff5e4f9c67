#include "RenameAccount.h"

#include "domain/AccountRules.h"
#include "workspace/AccountStore.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::RenameAccount", text);
}

} // namespace

RenameAccount::RenameAccount(Workspace *workspace, qint64 accountId, const QString &newName)
    : WorkspaceCommand(workspace, tr("Rename account to %1").arg(newName.trimmed())),
      m_accountId(accountId), m_name(newName.trimmed())
{}

bool RenameAccount::apply(QString *error)
{
    const AccountStore store(database());
    const auto account = store.account(m_accountId);
    if (!account) {
        *error = tr("This account no longer exists.");
        return false;
    }
    if (account->name == m_name) {
        *error = tr("The account is already called “%1”.").arg(m_name);
        return false;
    }
    const QString problem = AccountRules::checkAccountName(m_name, store.accounts(), m_accountId);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    m_oldName = account->name;
    return write(m_name, error);
}

bool RenameAccount::revert(QString *error)
{
    return write(m_oldName, error);
}

bool RenameAccount::write(const QString &name, QString *error)
{
    QString sqlError;
    if (!AccountStore(database()).renameAccount(m_accountId, name, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Account, Change::Kind::Modified, m_accountId, m_accountId);
    return true;
}

} // namespace Kingside
