#pragma once

#include "Criterion.h"
#include "CriterionScore.h"

#include "commands/WorkspaceCommand.h"
#include "workspace/RowSet.h"

namespace Kingside {

// Replaces all criteria and scores of the workspace at once (a ready-made set, a
// scoring workshop's CSV). Criteria keep their id when given one (id > 0); scores
// refer to criteria by their index in `criteria`. Undo restores every previous row.
class ReplaceCriteria : public WorkspaceCommand
{
public:
    struct Score
    {
        qint64 accountId = 0;
        int criterionIndex = 0;
        int score = 0;
        QString note;
    };

    ReplaceCriteria(Workspace *workspace, const QList<Criterion> &criteria,
                    const QList<Score> &scores, const QString &text);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool validate(QString *error) const;
    bool clear(QString *error) const;

    QList<Criterion> m_criteria;
    QList<Score> m_scores;
    QList<RowSet> m_before;
    QList<RowSet> m_after;
};

} // namespace Kingside
