#pragma once

#include "CriterionScore.h"

#include "commands/WorkspaceCommand.h"

#include <optional>

namespace Kingside {

// Sets (or, with no score, clears) one account's score and note on one criterion;
// undo restores the previous score, note or absence exactly.
class SetCriterionScore : public WorkspaceCommand
{
public:
    SetCriterionScore(Workspace *workspace, qint64 accountId, qint64 criterionId,
                      std::optional<int> score, const QString &note = {});

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(const std::optional<CriterionScore> &value, QString *error);

    qint64 m_accountId;
    qint64 m_criterionId;
    std::optional<CriterionScore> m_new;
    std::optional<CriterionScore> m_old;
    bool m_captured = false;
};

} // namespace Kingside
