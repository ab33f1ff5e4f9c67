#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Kingside {

// One tier of a scheme. By score: accounts whose attractiveness is at least minScore.
// By rank: accounts ranked maxRank or better; no maxRank on the last band = the rest.
struct TierBand
{
    QString name;
    std::optional<double> minScore;
    std::optional<int> maxRank;

    bool operator==(const TierBand &) const = default;
};

// A named set of tiers, best first (Football, Olympic, Airline or the user's own).
struct TierScheme
{
    enum class Basis
    {
        Score,
        Rank
    };

    qint64 id = 0;
    QString name;
    Basis basis = Basis::Score;
    bool builtin = false;
    QList<TierBand> bands; // best first

    bool operator==(const TierScheme &) const = default;
};

QString codeOf(TierScheme::Basis basis); // "score", "rank"

} // namespace Kingside
