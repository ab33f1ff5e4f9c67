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
    // The rules first (two different people of the account, strength 1…5, no second line
    // of the same kind), in the model's words.
    const PersonStore store(database());
    const QString broken = store.brokenRule(m_relationship);
    if (!broken.isEmpty()) {
        *error = broken;
        return false;
    }
    QString sqlError;
    if (m_stamp.isEmpty())
        m_stamp = Sql::nowStamp();
    const qint64 id = store.insertRelationship(m_relationship, &sqlError, m_stamp);
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
