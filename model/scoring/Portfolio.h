#pragma once

#include "AccountScores.h"
#include "Criterion.h"
#include "CriterionScore.h"
#include "PolicyQuadrant.h"
#include "TierScheme.h"

#include "domain/Account.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Kingside {

// One account's place in the portfolio: scores, rank, tier, quadrant, next review.
struct PortfolioEntry
{
    Account account;
    AccountScores scores;
    int rank = 0;       // by attractiveness, 1 = best, ties share a rank
    int tierIndex = -1; // band of the scheme, -1 when below every band
    QString tier;       // band name, empty when below every band
    PolicyQuadrant quadrant = PolicyQuadrant::Streamline;
    QDate lastReview; // invalid when never reviewed
    QDate nextReview; // last review + cadence; invalid when never reviewed (due now)
};

// An account whose tier a proposed change of criteria would move.
struct TierChange
{
    qint64 accountId = 0;
    QString account;
    QString fromTier;
    QString toTier;
    int fromIndex = -1;
    int toIndex = -1;
    double fromAttractiveness = 0;
    double toAttractiveness = 0;

    bool isPromotion() const { return toIndex >= 0 && (fromIndex < 0 || toIndex < fromIndex); }
};

// Everything the portfolio is computed from, read once from the workspace.
struct PortfolioInputs
{
    QList<Account> accounts;
    QList<Criterion> criteria;
    QList<CriterionScore> scores;
    TierScheme scheme;
    QHash<qint64, QDate> lastReviews;
};

// The portfolio of all accounts scored, ranked and tiered under one scheme.
class Portfolio
{
public:
    // Reads the workspace; `schemeName` chooses a scheme (case-insensitive), empty = the
    // active one. std::nullopt and *error when the scheme is unknown or unusable.
    static std::optional<PortfolioInputs> load(const QSqlDatabase &db, const QString &schemeName,
                                               QString *error);

    // Entries in the order of inputs.accounts (by name).
    static QList<PortfolioEntry> compute(const PortfolioInputs &inputs);

    // The same entries best first: by rank, then strength, then name.
    static QList<PortfolioEntry> ranked(QList<PortfolioEntry> entries);

    // What-if: which accounts would change tier if the criteria were `proposed`
    // (e.g. one weight changed). Nothing is stored.
    static QList<TierChange> whatIf(const PortfolioInputs &inputs,
                                    const QList<Criterion> &proposed);
};

} // namespace Kingside
