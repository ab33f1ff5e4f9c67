#include "AddComment.h"

#include "PlanStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {

AddComment::AddComment(Workspace *workspace, const ReviewComment &comment)
    : WorkspaceCommand(workspace,
                       QCoreApplication::translate("Kingside::AddComment", "Add comment")),
      m_comment(comment)
{}

bool AddComment::apply(QString *error)
{
    if (m_comment.id == 0) {
        if (m_comment.body.trimmed().isEmpty() || m_comment.author.trimmed().isEmpty()) {
            *error = QCoreApplication::translate("Kingside::AddComment",
                                                 "A comment needs an author and some text.");
            return false;
        }
        const PlanStore store(database());
        if (!store.targetExists(m_comment.target, m_comment.targetId)) {
            *error = QCoreApplication::translate("Kingside::AddComment",
                                                 "The item to comment on no longer exists.");
            return false;
        }
        m_comment.targetLabel = store.labelFor(m_comment.target, m_comment.targetId);
        if (m_comment.createdAt.isEmpty())
            m_comment.createdAt = Sql::nowStamp();
    }
    QString sqlError;
    m_comment.id = PlanStore(database()).insertComment(m_comment, &sqlError);
    if (m_comment.id <= 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Comment, Change::Kind::Added, m_comment.id, m_comment.accountId);
    return true;
}

bool AddComment::revert(QString *error)
{
    if (!PlanStore(database()).deleteComment(m_comment.id, error))
        return false;
    record(Change::Entity::Comment, Change::Kind::Removed, m_comment.id, m_comment.accountId);
    return true;
}

} // namespace Kingside
