#include "RemoveRelationship.h"

#include "workspace/Sql.h"

#include <QCoreApplication>

namespace Kingside {

RemoveRelationship::RemoveRelationship(Workspace *workspace, qint64 relationshipId)
    : WorkspaceCommand(workspace, QCoreApplication::translate("Kingside::RemoveRelationship",
                                                              "Remove relationship")),
      m_relationshipId(relationshipId)
{}

bool RemoveRelationship::apply(QString *error)
{
    m_row = RowSet::capture(database(), QStringLiteral("relationships"), QStringLiteral("id = ?"),
                            {m_relationshipId}, error);
    if (m_row.isEmpty()) {
        *error = QCoreApplication::translate("Kingside::RemoveRelationship",
                                             "This relationship no longer exists.");
        return false;
    }
    m_accountId = m_row.rows().first().value(QStringLiteral("account_id")).toLongLong();
    if (!Sql::run(database(), QStringLiteral("DELETE FROM relationships WHERE id = ?"),
                  {m_relationshipId}, error))
        return false;
    record(Change::Entity::Relationship, Change::Kind::Removed, m_relationshipId, m_accountId);
    return true;
}

bool RemoveRelationship::revert(QString *error)
{
    if (!m_row.restore(database(), error))
        return false;
    record(Change::Entity::Relationship, Change::Kind::Added, m_relationshipId, m_accountId);
    return true;
}

} // namespace Kingside
