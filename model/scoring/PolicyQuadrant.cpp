#include "PolicyQuadrant.h"

#include "Tiering.h"

#include <QCoreApplication>

namespace Kingside {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::PolicyQuadrant", text);
}
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
        return tr("Strategic");
    case PolicyQuadrant::Star:
        return tr("Star");
    case PolicyQuadrant::Status:
        return tr("Status");
    case PolicyQuadrant::Streamline:
        break;
    }
    return tr("Streamline");
}

QString policyAdvice(PolicyQuadrant quadrant)
{
    switch (quadrant) {
    case PolicyQuadrant::Strategic:
        return tr("Attractive and we are strong: invest, manage as a partner.");
    case PolicyQuadrant::Star:
        return tr("Attractive but we are weak: invest selectively to build our position.");
    case PolicyQuadrant::Status:
        return tr("Less attractive, we are strong: maintain at an efficient cost.");
    case PolicyQuadrant::Streamline:
        break;
    }
    return tr("Less attractive and we are weak: serve efficiently, at low cost.");
}

} // namespace Kingside
