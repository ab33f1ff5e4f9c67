#include "AccountListModel.h"

#include "commands/RenameAccount.h"
#include "workspace/AccountStore.h"
#include "workspace/Workspace.h"

#include <QLocale>

namespace Kingside {

AccountListModel::AccountListModel(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::changed, this, &AccountListModel::onChanged);
    connect(workspace, &Workspace::opened, this, &AccountListModel::reload);
    connect(workspace, &Workspace::closed, this, &AccountListModel::reload);
    reload();
}

qint64 AccountListModel::accountIdAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? m_accounts[row].id : 0;
}

int AccountListModel::rowOf(qint64 accountId) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts[row].id == accountId)
            return row;
    }
    return -1;
}

int AccountListModel::rowOfLargest() const
{
    int best = -1;
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (best < 0 || m_accounts[row].annualSales > m_accounts[best].annualSales)
            best = row;
    }
    return best;
}

void AccountListModel::reload()
{
    beginResetModel();
    m_accounts =
        m_workspace->isOpen() ? AccountStore(m_workspace->database()).accounts() : QList<Account>();
    endResetModel();
}

void AccountListModel::onChanged(const Change &change)
{
    if (change.entity == Change::Entity::Account || change.entity == Change::Entity::Everything)
        reload();
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &account = m_accounts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return account.name;
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %3 · annual sales %4")
            .arg(account.name, account.industry, displayName(account.stage),
                 QLocale().toString(account.annualSales, 'f', 0));
    case AccountIdRole:
        return account.id;
    default:
        return {};
    }
}

Qt::ItemFlags AccountListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractListModel::flags(index);
    if (index.isValid() && m_workspace->mode() == Workspace::Mode::ReadWrite)
        result |= Qt::ItemIsEditable;
    return result;
}

bool AccountListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Account &account = m_accounts[index.row()];
    if (value.toString().trimmed() == account.name)
        return true;
    if (!m_workspace->execute(new RenameAccount(m_workspace, account.id, value.toString()))) {
        emit editRefused(m_workspace->errorString());
        return false;
    }
    return true;
}

} // namespace Kingside
