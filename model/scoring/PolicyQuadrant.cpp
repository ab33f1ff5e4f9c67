#include "PolicyQuadrant.h"

#include "Tiering.h"

#include <QCoreApplication>

namespace Kingside {

namespace {

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::PolicyQuadrant)
};
} // namespace

PolicyQuadrant policyQuadrantFor(double attractiveness, double strength)
{
    const bool attractive = attractiveness >= PolicyMatrixMidpoint - Tiering::ScoreTolerance;
    const bool strong = strength >= PolicyMatrixMidpoint - Tiering::ScoreTolerance;
    if (attractive)
        return strong ? PolicyQuadrant::Strategic : PolicyQuadrant::Star;
    return strong ? PolicyQuadrant::Status : PolicyQuadrant::Streamline;
}

QString codeOf(PolicyQuadrant quadrant)
{
    switch (quadrant) {
    case PolicyQuadrant::Strategic:
        return QStringLiteral("strategic");
    case PolicyQuadrant::Star:
        return QStringLiteral("star");
    case PolicyQuadrant::Status:
        return QStringLiteral("status");
    case PolicyQuadrant::Streamline:
        break;
    }
    return QStringLiteral("streamline");
}

QString displayName(PolicyQuadrant quadrant)
{
    switch (quadrant) {
    case PolicyQuadrant::Strategic:
        return Text::tr("Strategic");
    case PolicyQuadrant::Star:
        return Text::tr("Star");
    case PolicyQuadrant::Status:
        return Text::tr("Status");
    case PolicyQuadrant::Streamline:
        break;
    }
    return Text::tr("Streamline");
}

QString policyAdvice(PolicyQuadrant quadrant)
{
    switch (quadrant) {
    case PolicyQuadrant::Strategic:
        return Text::tr("Attractive and we are strong: invest, manage as a partner.");
    case PolicyQuadrant::Star:
        return Text::tr("Attractive but we are weak: invest selectively to build our position.");
    case PolicyQuadrant::Status:
        return Text::tr("Less attractive, we are strong: maintain at an efficient cost.");
    case PolicyQuadrant::Streamline:
        break;
    }
    return Text::tr("Less attractive and we are weak: serve efficiently, at low cost.");
}

} // namespace Kingside
