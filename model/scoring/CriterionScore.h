#pragma once

#include <QString>

namespace Kingside {

// An account's score (1 … 10) on one criterion, with an optional note.
struct CriterionScore
{
    qint64 accountId = 0;
    qint64 criterionId = 0;
    int score = 0;
    QString note;

    static constexpr int Lowest = 1;
    static constexpr int Highest = 10;
    static bool isValidScore(int score) { return score >= Lowest && score <= Highest; }

    bool operator==(const CriterionScore &) const = default;
};

} // namespace Kingside
