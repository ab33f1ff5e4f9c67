#pragma once

#include "AnalysisInput.h"

#include <optional>

namespace Kingside {

// The analysis's rules for levels and walls, for the code that reasons about lines not
// yet drawn (README "Next moves") and must judge them exactly as the analysis will.
namespace AnalysisRules {

// Seniority bands (README "How each question is answered", 1): 0 executive,
// 1 management, 2 operational. A client's band is unknown when their level is.
int teamBand(const Person &member);
std::optional<int> clientBand(const AnalysisInput &input, qint64 levelId);

// Whether a line between these two people crosses one of the walls (README "The graphs").
bool crossesWall(const QList<Wall> &walls, const Person &a, const Person &b);

} // namespace AnalysisRules

} // namespace Kingside
