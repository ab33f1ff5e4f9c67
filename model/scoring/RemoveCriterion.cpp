#include "RemoveCriterion.h"

#include "ScoreCalculator.h"
#include "ScoringStore.h"

#include <QCoreApplication>

namespace Kingside {

RemoveCriterion::RemoveCriterion(Workspace *workspace, qint64 criterionId, const QString &name)
    : WorkspaceCommand(
          workspace, QCoreApplication::translate("Kingside::RemoveCriterion", "Remove criterion %1")
                         .arg(name)),
      m_criterionId(criterionId)
{}

bool RemoveCriterion::apply(QString *error)
{
    const ScoringStore store(database());
    QList<Criterion> remaining = store.criteria();
    const qsizetype before = remaining.size();
    remaining.removeIf([this](const Criterion &c) { return c.id == m_criterionId; });
    if (remaining.size() == before) {
        *error = QCoreApplication::translate("Kingside::RemoveCriterion",
                                             "This criterion no longer exists.");
        return false;
    }
    if (const QString problem = ScoreCalculator::validateWeights(remaining); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    m_criterion = RowSet::capture(database(), QStringLiteral("criteria"), QStringLiteral("id = ?"),
                                  {m_criterionId}, error);
    m_scores = RowSet::capture(database(), QStringLiteral("criterion_scores"),
                               QStringLiteral("criterion_id = ?"), {m_criterionId}, error);
    if (!store.deleteCriterion(m_criterionId, error))
        return false;
    record(Change::Entity::Criterion, Change::Kind::Removed, m_criterionId, 0);
    return true;
}

bool RemoveCriterion::revert(QString *error)
{
    if (!m_criterion.restore(database(), error) || !m_scores.restore(database(), error))
        return false;
    record(Change::Entity::Criterion, Change::Kind::Added, m_criterionId, 0);
    return true;
}

} // namespace Kingside
