#include "RemoveWall.h"

#include "workspace/Sql.h"

#include <QCoreApplication>

namespace Kingside {

RemoveWall::RemoveWall(Workspace *workspace, qint64 wallId)
    : WorkspaceCommand(workspace,
                       QCoreApplication::translate("Kingside::RemoveWall", "Remove wall")),
      m_wallId(wallId)
{}

bool RemoveWall::apply(QString *error)
{
    m_row = RowSet::capture(database(), QStringLiteral("walls"), QStringLiteral("id = ?"),
                            {m_wallId}, error);
    if (m_row.isEmpty()) {
        *error = QCoreApplication::translate("Kingside::RemoveWall", "This wall no longer exists.");
        return false;
    }
    m_accountId = m_row.rows().first().value(QStringLiteral("account_id")).toLongLong();
    if (!Sql::run(database(), QStringLiteral("DELETE FROM walls WHERE id = ?"), {m_wallId}, error))
        return false;
    record(Change::Entity::Wall, Change::Kind::Removed, m_wallId, m_accountId);
    return true;
}

bool RemoveWall::revert(QString *error)
{
    if (!m_row.restore(database(), error))
        return false;
    record(Change::Entity::Wall, Change::Kind::Added, m_wallId, m_accountId);
    return true;
}

} // namespace Kingside
