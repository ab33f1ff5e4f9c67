#pragma once

#include "WorkspaceCommand.h"

#include "domain/Account.h"

#include <QDate>

namespace Kingside {

// Writes every fact of the account with facts.id (its name too) after AccountRules
// accepted them; undo puts the previous row back. A new lifecycle stage also enters the
// account's lifecycle history, as begun `today`.
class SetAccountFacts : public WorkspaceCommand
{
public:
    SetAccountFacts(Workspace *workspace, const Account &facts,
                    const QDate &today = QDate::currentDate());

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(const Account &account, QString *error);

    Account m_facts;
    Account m_old;
    QDate m_today;
    qint64 m_historyId = 0; // the lifecycle entry this edit added, kept across undo and redo
    bool m_addedHistory = false;
};

} // namespace Kingside
