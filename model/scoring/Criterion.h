#pragma once

#include <QString>

#include <optional>

namespace Kingside {

// The two axes of the directional-policy matrix: how attractive the account is to us,
// and how strong we are in it as the customer sees it.
enum class ScoringAxis
{
    Attractiveness,
    Strength
};

QString codeOf(ScoringAxis axis);                                    // "attractiveness", "strength"
std::optional<ScoringAxis> scoringAxisFromCode(const QString &code); // case-insensitive
QString displayName(ScoringAxis axis);

// One selection criterion of the workspace, with its raw weight (shown normalised).
struct Criterion
{
    qint64 id = 0;
    QString name;
    QString description;
    ScoringAxis axis = ScoringAxis::Attractiveness;
    double weight = 0;
    int position = 0;

    bool operator==(const Criterion &) const = default;
};

} // namespace Kingside
