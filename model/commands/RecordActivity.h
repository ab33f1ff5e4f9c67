#pragma once

#include "WorkspaceCommand.h"

#include "activity/ActivityPlan.h"
#include "domain/Relationship.h"

namespace Kingside {

// Writes an activity import's plan (README, "Activity: meetings and mail keep freshness
// true"): each line's last contact moves forward, never back, the meetings and messages are
// recorded on the lines, and, when asked, missing working lines are drawn at strength 1 and
// marked as coming from the calendar. One transaction, one undo step.
class RecordActivity : public WorkspaceCommand
{
public:
    RecordActivity(Workspace *workspace, const ActivityPlan &plan);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    struct LineState
    {
        ActivityLineChange change;
        Relationship before; // as stored, for undo (an existing line)
        QString stampBefore;
        qint64 createdId = 0; // a drawn line, its id kept over undo and redo
        bool touched = false; // an existing line whose last contact this command moved
        QList<RelationshipContact> inserted;
    };

    bool applyLine(LineState &state, QString *error);

    qint64 m_accountId = 0;
    QString m_lineNote;
    QList<LineState> m_lines;
    QString m_stamp;
    bool m_captured = false;
};

} // namespace Kingside
