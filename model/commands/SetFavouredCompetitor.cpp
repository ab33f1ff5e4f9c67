#include "SetFavouredCompetitor.h"

#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::SetFavouredCompetitor", text);
}

} // namespace

SetFavouredCompetitor::SetFavouredCompetitor(Workspace *workspace, qint64 personId,
                                             qint64 competitorId)
    : WorkspaceCommand(workspace, tr("Set favoured competitor")), m_personId(personId),
      m_competitorId(competitorId)
{}

bool SetFavouredCompetitor::apply(QString *error)
{
    const AccountStore store(database());
    const PersonStore people(database());
    const auto person = people.person(m_personId);
    if (!person) {
        *error = tr("This person no longer exists.");
        return false;
    }
    if (person->isTeam()) {
        *error = tr("Only the client's people favour a competitor; %1 is on our team.")
                     .arg(person->name);
        return false;
    }
    if (m_competitorId != 0 && !store.hasCompetitor(person->accountId, m_competitorId)) {
        const QString name = store.competitorName(m_competitorId);
        *error = name.isEmpty()
                     ? tr("This competitor no longer exists.")
                     : tr("“%1” is not among this account's competitors; add it to the account "
                          "first.")
                           .arg(name);
        return false;
    }
    if (person->competitorId == m_competitorId) {
        *error = m_competitorId == 0 ? tr("%1 favours no competitor already.").arg(person->name)
                                     : tr("%1 already favours %2.")
                                           .arg(person->name, store.competitorName(m_competitorId));
        return false;
    }
    m_accountId = person->accountId;
    m_oldCompetitorId = person->competitorId;
    m_oldUpdatedAt = people.updatedAtStamp(m_personId);
    if (m_stamp.isEmpty())
        m_stamp = Sql::nowStamp();
    return write(m_competitorId, m_stamp, error);
}

bool SetFavouredCompetitor::revert(QString *error)
{
    return write(m_oldCompetitorId, m_oldUpdatedAt, error);
}

bool SetFavouredCompetitor::write(qint64 competitorId, const QString &updatedAt, QString *error)
{
    QString sqlError;
    if (!PersonStore(database()).setCompetitor(m_personId, competitorId, updatedAt, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Person, Change::Kind::Modified, m_personId, m_accountId);
    return true;
}

} // namespace Kingside
