#pragma once

#include "WorkspaceCommand.h"

#include "domain/Account.h"
#include "domain/AccountTemplate.h"

#include <QDate>
#include <QStringList>

namespace Kingside {

// Creates an account with its board: the given departments (files) and levels (ranks,
// top first). Without levels it gets the default eight. The name, the facts and the
// board's names are checked by AccountRules before anything is written.
class AddAccount : public WorkspaceCommand
{
public:
    AddAccount(Workspace *workspace, const Account &account, const QStringList &departments,
               const QStringList &levels = {});
    // From a template: exactly its departments and levels (none for "blank"); an account
    // without an industry takes the template's.
    AddAccount(Workspace *workspace, const Account &account, const AccountTemplate &from);

    qint64 accountId() const { return m_account.id; }
    static QStringList defaultLevels();

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Account m_account;
    QString m_stamp; // when first added: a redo adds the same row again
    QStringList m_departments;
    QStringList m_levels;
    QList<qint64> m_departmentIds;
    QList<qint64> m_levelIds;
    QDate m_since;          // the lifecycle entry's date, kept across undo and redo
    qint64 m_historyId = 0; // and its row
};

} // namespace Kingside
