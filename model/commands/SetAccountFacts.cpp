#include "SetAccountFacts.h"

#include "domain/AccountRules.h"
#include "planning/PlanStore.h"
#include "workspace/AccountStore.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::SetAccountFacts", text);
}

bool sameFacts(const Account &a, const Account &b)
{
    return a.name == b.name && a.industry == b.industry && a.annualSales == b.annualSales &&
           a.profitability == b.profitability && a.potential3y == b.potential3y &&
           a.stage == b.stage && a.reviewCadenceMonths == b.reviewCadenceMonths &&
           a.freshnessDays == b.freshnessDays && a.businessObjectives == b.businessObjectives &&
           a.buyingProcess == b.buyingProcess && a.notes == b.notes && a.currency == b.currency;
}

} // namespace

SetAccountFacts::SetAccountFacts(Workspace *workspace, const Account &facts, const QDate &today)
    : WorkspaceCommand(workspace, tr("Edit account %1").arg(facts.name.trimmed())), m_facts(facts),
      m_today(today)
{
    m_facts.name = m_facts.name.trimmed();
}

bool SetAccountFacts::apply(QString *error)
{
    const AccountStore store(database());
    const auto account = store.account(m_facts.id);
    if (!account) {
        *error = tr("This account no longer exists.");
        return false;
    }
    QString problem = AccountRules::checkFacts(m_facts);
    if (problem.isEmpty())
        problem = AccountRules::checkAccountName(m_facts.name, store.accounts(), m_facts.id);
    if (problem.isEmpty() && sameFacts(*account, m_facts))
        problem = tr("Nothing has changed.");
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    m_old = *account;
    if (!write(m_facts, error))
        return false;
    m_addedHistory = m_facts.stage != m_old.stage;
    if (!m_addedHistory)
        return true;
    QString sqlError;
    m_historyId =
        PlanStore(database())
            .insertLifecycleEntry(m_facts.id, {m_historyId, m_facts.stage, m_today}, &sqlError);
    if (m_historyId == 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Plan, Change::Kind::Modified, m_facts.id, m_facts.id);
    return true;
}

bool SetAccountFacts::revert(QString *error)
{
    if (m_addedHistory) {
        if (!PlanStore(database()).deleteLifecycleEntry(m_historyId, error))
            return false;
        record(Change::Entity::Plan, Change::Kind::Modified, m_old.id, m_old.id);
    }
    return write(m_old, error);
}

bool SetAccountFacts::write(const Account &account, QString *error)
{
    QString sqlError;
    if (!AccountStore(database()).updateAccount(account, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Account, Change::Kind::Modified, account.id, account.id);
    return true;
}

} // namespace Kingside
