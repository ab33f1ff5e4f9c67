#pragma once

#include "domain/Account.h"

#include <QAbstractListModel>

namespace Kingside {

class Workspace;
struct Change;

// The workspace's accounts, by name; follows the workspace's changes.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        AccountIdRole = Qt::UserRole + 1
    };

    explicit AccountListModel(Workspace *workspace, QObject *parent = nullptr);

    qint64 accountIdAt(int row) const;
    int rowOf(qint64 accountId) const;
    int rowOfLargest() const; // by annual sales; -1 when empty

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // An account is renamed in place (F2 in the list): one undoable RenameAccount.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &message);

private:
    void reload();
    void onChanged(const Change &change);

    Workspace *m_workspace;
    QList<Account> m_accounts;
};

} // namespace Kingside
