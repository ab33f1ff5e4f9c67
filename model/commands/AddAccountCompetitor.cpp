#include "AddAccountCompetitor.h"

#include "domain/AccountRules.h"
#include "workspace/AccountStore.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::AddAccountCompetitor", text);
}

} // namespace

AddAccountCompetitor::AddAccountCompetitor(Workspace *workspace, qint64 accountId,
                                           const QString &competitorName)
    : WorkspaceCommand(workspace, tr("Add competitor %1").arg(competitorName.trimmed())),
      m_accountId(accountId), m_name(competitorName.trimmed())
{}

bool AddAccountCompetitor::apply(QString *error)
{
    const AccountStore store(database());
    if (!store.account(m_accountId)) {
        *error = tr("This account no longer exists.");
        return false;
    }
    const QString problem =
        AccountRules::checkCompetitorName(m_name, store.competitors(m_accountId));
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QString sqlError;
    if (m_competitorId == 0) {
        m_competitorId = store.competitorIdByName(m_name);
        m_created = m_competitorId == 0;
    }
    if (m_created) {
        const qint64 id = store.insertCompetitor(m_competitorId, m_name, &sqlError);
        if (id <= 0) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
        m_competitorId = id;
    }
    if (!store.linkCompetitor(m_accountId, {m_competitorId, QString()}, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Competitor, Change::Kind::Added, m_competitorId, m_accountId);
    return true;
}

bool AddAccountCompetitor::revert(QString *error)
{
    const AccountStore store(database());
    if (!store.unlinkCompetitor(m_accountId, m_competitorId, error) ||
        (m_created && !store.deleteCompetitor(m_competitorId, error)))
        return false;
    record(Change::Entity::Competitor, Change::Kind::Removed, m_competitorId, m_accountId);
    return true;
}

} // namespace Kingside
