#include "RemoveAccount.h"

#include "workspace/AccountStore.h"
#include "workspace/SqlErrors.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::RemoveAccount", text);
}

QString accountName(const QSqlDatabase &db, qint64 accountId)
{
    const auto account = AccountStore(db).account(accountId);
    return account ? account->name : QString();
}

} // namespace

RemoveAccount::RemoveAccount(Workspace *workspace, qint64 accountId)
    : WorkspaceCommand(workspace, tr("Remove account")), m_accountId(accountId)
{
    if (workspace && workspace->isOpen())
        setText(tr("Remove account %1").arg(accountName(workspace->database(), accountId)));
}

bool RemoveAccount::apply(QString *error)
{
    const AccountStore store(database());
    if (!store.account(m_accountId)) {
        *error = tr("This account no longer exists.");
        return false;
    }
    QString sqlError;
    m_removed = store.captureAccount(m_accountId, &sqlError);
    if (m_removed.isEmpty()) {
        *error = sqlError;
        return false;
    }
    m_reviewers = store.reviewersFrom(m_accountId);
    if (!store.deleteAccount(m_accountId, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    for (const ReviewerLink &link : std::as_const(m_reviewers))
        record(Change::Entity::Review, Change::Kind::Modified, link.reviewId, link.accountId);
    record(Change::Entity::Account, Change::Kind::Removed, m_accountId, m_accountId);
    return true;
}

bool RemoveAccount::revert(QString *error)
{
    const AccountStore store(database());
    QString sqlError;
    for (const RowSet &rows : std::as_const(m_removed)) {
        if (!store.restore(rows, &sqlError)) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
    }
    for (const ReviewerLink &link : std::as_const(m_reviewers)) {
        if (!store.setReviewer(link.reviewId, link.reviewerId, error))
            return false;
    }
    record(Change::Entity::Account, Change::Kind::Added, m_accountId, m_accountId);
    for (const ReviewerLink &link : std::as_const(m_reviewers))
        record(Change::Entity::Review, Change::Kind::Modified, link.reviewId, link.accountId);
    return true;
}

} // namespace Kingside
