#include "SetCriterionScore.h"

#include "ScoringStore.h"

#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {

SetCriterionScore::SetCriterionScore(Workspace *workspace, qint64 accountId, qint64 criterionId,
                                     std::optional<int> score, const QString &note)
    : WorkspaceCommand(
          workspace,
          score ? QCoreApplication::translate("Kingside::SetCriterionScore", "Score %1").arg(*score)
                : QCoreApplication::translate("Kingside::SetCriterionScore", "Clear score")),
      m_accountId(accountId), m_criterionId(criterionId)
{
    if (score)
        m_new = CriterionScore{accountId, criterionId, *score, note};
}

bool SetCriterionScore::apply(QString *error)
{
    if (!m_captured) {
        if (m_new && !CriterionScore::isValidScore(m_new->score)) {
            *error = QCoreApplication::translate("Kingside::SetCriterionScore",
                                                 "A score is %1 to %2; %3 is outside.")
                         .arg(CriterionScore::Lowest)
                         .arg(CriterionScore::Highest)
                         .arg(m_new->score);
            return false;
        }
        const ScoringStore store(database());
        if (!store.criterion(m_criterionId)) {
            *error = QCoreApplication::translate("Kingside::SetCriterionScore",
                                                 "This criterion no longer exists.");
            return false;
        }
        m_old = store.score(m_accountId, m_criterionId);
        m_captured = true;
    }
    return write(m_new, error);
}

bool SetCriterionScore::revert(QString *error)
{
    return write(m_old, error);
}

bool SetCriterionScore::write(const std::optional<CriterionScore> &value, QString *error)
{
    const ScoringStore store(database());
    QString sqlError;
    const bool written = value ? store.writeScore(*value, &sqlError)
                               : store.deleteScore(m_accountId, m_criterionId, &sqlError);
    if (!written) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Score, Change::Kind::Modified, m_criterionId, m_accountId);
    return true;
}

} // namespace Kingside
