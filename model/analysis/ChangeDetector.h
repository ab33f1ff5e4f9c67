#pragma once

#include "AccountAnalysis.h"

namespace Kingside {

// Question 10: what changed since the last review. People, attitudes and lines are
// compared with the snapshot frozen at that review (the planning area's
// "kingside.account-snapshot" JSON document); plan actions are judged by their dates.
class ChangeDetector
{
public:
    static ChangesSinceReview compare(const AnalysisInput &input);
};

} // namespace Kingside
