#pragma once

#include "TierScheme.h"

#include <QList>
#include <QString>

namespace Kingside {

// Places accounts in the bands of a tier scheme by their attractiveness.
class Tiering
{
public:
    // Scores this close count as equal, so that an account exactly on a threshold
    // (70.0 computed as 69.99999999999) is in the higher band.
    static constexpr double ScoreTolerance = 1e-9;

    // Empty when the scheme can be used; otherwise what is wrong, naming the band.
    static QString validate(const TierScheme &scheme);

    // Competition ranking by attractiveness, best = 1; equal scores share a rank
    // (1, 2, 2, 4).
    static QList<int> ranks(const QList<double> &attractiveness);

    // The band index for each score (same order), -1 for an account below every band.
    // The scheme must be valid.
    static QList<int> assign(const TierScheme &scheme, const QList<double> &attractiveness);
};

} // namespace Kingside
