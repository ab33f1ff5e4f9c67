#pragma once

#include "Criterion.h"

#include <QList>

namespace Kingside {

// What one criterion adds to one account's score on its axis.
struct Contribution
{
    qint64 criterionId = 0;
    QString criterion;
    ScoringAxis axis = ScoringAxis::Attractiveness;
    double normalisedWeight = 0; // percent of the axis, 0 … 100
    int score = 0;               // 1 … 10; 0 when missing
    bool missing = true;
    QString note;
    double contribution = 0; // normalisedWeight × score / 10
};

// An account's two axis scores (0 … 100) and the breakdown that explains them.
struct AccountScores
{
    qint64 accountId = 0;
    double attractiveness = 0;
    double strength = 0;
    QList<Contribution> breakdown; // criteria in display order, both axes

    int missingCount() const;
    QList<Contribution> breakdownFor(ScoringAxis axis) const;
};

} // namespace Kingside
