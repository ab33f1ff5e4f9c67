#pragma once

#include <QString>

namespace Kingside {

// The four boxes of the key-account directional-policy matrix (Cheverton's key account
// selection matrix; McDonald & Woodburn): high/low attractiveness × high/low strength.
enum class PolicyQuadrant
{
    Strategic,  // attractive, and we are strong: invest, manage as a partner
    Star,       // attractive, but we are weak: invest selectively to build our position
    Status,     // less attractive, and we are strong: maintain efficiently
    Streamline, // less attractive and we are weak: serve at low cost
};

// A score counts as "high" from this value (the middle of 0 … 100) upwards.
constexpr double PolicyMatrixMidpoint = 50.0;

PolicyQuadrant policyQuadrantFor(double attractiveness, double strength);
QString codeOf(PolicyQuadrant quadrant);       // "strategic", "star", "status", "streamline"
QString displayName(PolicyQuadrant quadrant);  // translated
QString policyAdvice(PolicyQuadrant quadrant); // one line on what to do

} // namespace Kingside
