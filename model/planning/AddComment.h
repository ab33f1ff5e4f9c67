#pragma once

#include "Review.h"
#include "commands/WorkspaceCommand.h"

namespace Kingside {

// Adds a comment to the plan, an objective, an action, a person or a relationship,
// optionally as part of a review. Allowed in review mode.
class AddComment : public WorkspaceCommand
{
public:
    AddComment(Workspace *workspace, const ReviewComment &comment);

    bool isCommentOnly() const override { return true; }
    qint64 commentId() const { return m_comment.id; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    ReviewComment m_comment;
};

} // namespace Kingside
