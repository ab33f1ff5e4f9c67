#include "RemoveAccountCompetitor.h"

#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::RemoveAccountCompetitor", text);
}

} // namespace

RemoveAccountCompetitor::RemoveAccountCompetitor(Workspace *workspace, qint64 accountId,
                                                 qint64 competitorId)
    : WorkspaceCommand(workspace, tr("Remove competitor")), m_accountId(accountId),
      m_competitorId(competitorId)
{}

bool RemoveAccountCompetitor::apply(QString *error)
{
    const AccountStore store(database());
    const PersonStore people(database());
    const QList<CompetitorLink> links = store.competitorLinks(m_accountId);
    const auto link =
        std::find_if(links.cbegin(), links.cend(), [this](const CompetitorLink &candidate) {
            return candidate.competitorId == m_competitorId;
        });
    if (link == links.cend()) {
        *error = tr("This competitor is not named in this account.");
        return false;
    }
    m_link = *link;
    m_people = people.peopleFavouring(m_accountId, m_competitorId);
    if (m_stamp.isEmpty())
        m_stamp = Sql::nowStamp();
    QString sqlError;
    for (const PersonFieldValue &person : std::as_const(m_people)) {
        if (!people.setCompetitor(person.personId, 0, m_stamp, &sqlError)) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
    }
    if (!store.unlinkCompetitor(m_accountId, m_competitorId, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    for (const PersonFieldValue &person : std::as_const(m_people))
        record(Change::Entity::Person, Change::Kind::Modified, person.personId, m_accountId);
    record(Change::Entity::Competitor, Change::Kind::Removed, m_competitorId, m_accountId);
    return true;
}

bool RemoveAccountCompetitor::revert(QString *error)
{
    const PersonStore people(database());
    QString sqlError;
    if (!AccountStore(database()).linkCompetitor(m_accountId, m_link, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    for (const PersonFieldValue &person : std::as_const(m_people)) {
        if (!people.setCompetitor(person.personId, person.value, person.updatedAt, error))
            return false;
    }
    record(Change::Entity::Competitor, Change::Kind::Added, m_competitorId, m_accountId);
    for (const PersonFieldValue &person : std::as_const(m_people))
        record(Change::Entity::Person, Change::Kind::Modified, person.personId, m_accountId);
    return true;
}

} // namespace Kingside
