#pragma once

#include "AccountAnalysis.h"

namespace Kingside {

// Answers the ten questions of DESIGN.md for one account from an AnalysisInput. Pure
// computation on copied data: safe to run on any thread.
class AccountAnalyzer
{
public:
    static AccountAnalysis analyse(const AnalysisInput &input, const AnalysisOptions &options = {});

    // The strongest introduction path to `targetId`, from `fromTeamMemberId` or, when 0,
    // from whichever of our team (mentor aside) gives the cheapest path.
    static IntroductionPath introductionPath(const AnalysisInput &input, qint64 targetId,
                                             qint64 fromTeamMemberId = 0);

    // Our team members who hold the account's lines: everybody on our side but the mentor.
    static bool holdsLines(const Person &person);
};

} // namespace Kingside
