#include "RemoveComment.h"

#include "PlanStore.h"
#include "workspace/Sql.h"

#include <QCoreApplication>

namespace Kingside {

RemoveComment::RemoveComment(Workspace *workspace, qint64 commentId)
    : WorkspaceCommand(workspace,
                       QCoreApplication::translate("Kingside::RemoveComment", "Remove comment")),
      m_commentId(commentId)
{}

bool RemoveComment::apply(QString *error)
{
    m_row = RowSet::capture(database(), QStringLiteral("comments"), QStringLiteral("id = ?"),
                            {m_commentId}, error);
    if (m_row.isEmpty()) {
        *error = QCoreApplication::translate("Kingside::RemoveComment",
                                             "This comment no longer exists.");
        return false;
    }
    m_accountId = m_row.rows().first().value(QStringLiteral("account_id")).toLongLong();
    if (!PlanStore(database()).deleteComment(m_commentId, error))
        return false;
    record(Change::Entity::Comment, Change::Kind::Removed, m_commentId, m_accountId);
    return true;
}

bool RemoveComment::revert(QString *error)
{
    if (!m_row.restore(database(), error))
        return false;
    record(Change::Entity::Comment, Change::Kind::Added, m_commentId, m_accountId);
    return true;
}

} // namespace Kingside
