#include "AddRelationship.h"

#include "workspace/PersonStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {

AddRelationship::AddRelationship(Workspace *workspace, const Relationship &relationship)
    : WorkspaceCommand(
          workspace, QCoreApplication::translate("Kingside::AddRelationship", "Add relationship")),
      m_relationship(relationship)
{}

bool AddRelationship::apply(QString *error)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Kingside::AddRelationship", text);
    };
    if (m_relationship.fromId == m_relationship.toId) {
        *error = tr("A relationship joins two different people, not a person to themself.");
        return false;
    }
    if (m_relationship.strength < 1 || m_relationship.strength > 5) {
        *error = tr("A relationship's strength is 1 (vendor) to 5 (trusted advisor).");
        return false;
    }
    if (!isDirected(m_relationship.kind)) {
        // An undirected line from B to A duplicates one from A to B.
        const auto existing = Sql::scalar(
            database(),
            QStringLiteral("SELECT count(*) FROM relationships WHERE kind = ? AND "
                           "((from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?))"),
            {codeOf(m_relationship.kind), m_relationship.fromId, m_relationship.toId,
             m_relationship.toId, m_relationship.fromId});
        if (existing && existing->toInt() > 0 && m_relationship.id == 0) {
            *error = tr("These two people already have a relationship of this kind.");
            return false;
        }
    }
    QString sqlError;
    if (m_stamp.isEmpty())
        m_stamp = Sql::nowStamp();
    const qint64 id =
        PersonStore(database()).insertRelationship(m_relationship, &sqlError, m_stamp);
    if (id <= 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    m_relationship.id = id;
    record(Change::Entity::Relationship, Change::Kind::Added, id, m_relationship.accountId);
    return true;
}

bool AddRelationship::revert(QString *error)
{
    if (!Sql::run(database(), QStringLiteral("DELETE FROM relationships WHERE id = ?"),
                  {m_relationship.id}, error))
        return false;
    record(Change::Entity::Relationship, Change::Kind::Removed, m_relationship.id,
           m_relationship.accountId);
    return true;
}

} // namespace Kingside
