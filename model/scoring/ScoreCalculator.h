#pragma once

#include "AccountScores.h"
#include "Criterion.h"
#include "CriterionScore.h"

#include <QHash>
#include <QList>

namespace Kingside {

// Turns criteria and an account's scores into its attractiveness and strength, each
// 0 … 100:  axisScore = Σ over the axis's criteria of normalisedWeight × score / 10,
// normalisedWeight = 100 × weight / (sum of the axis's weights), a missing score = 0.
class ScoreCalculator
{
public:
    explicit ScoreCalculator(QList<Criterion> criteria);

    // Empty when the weights can be used; otherwise the reason (a negative weight, an
    // axis whose criteria weigh nothing in total).
    static QString validateWeights(const QList<Criterion> &criteria);

    const QList<Criterion> &criteria() const { return m_criteria; }
    double weightSum(ScoringAxis axis) const;
    double normalisedWeight(const Criterion &criterion) const; // percent of its axis

    // `scores` may hold other accounts' scores; only this account's are used.
    AccountScores scoresFor(qint64 accountId, const QList<CriterionScore> &scores) const;

private:
    QList<Criterion> m_criteria;
    double m_attractivenessSum = 0;
    double m_strengthSum = 0;
};

} // namespace Kingside
