#include "Portfolio.h"

#include "ScoreCalculator.h"
#include "ScoringStore.h"
#include "Tiering.h"

#include "workspace/AccountStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace Kingside {

std::optional<PortfolioInputs> Portfolio::load(const QSqlDatabase &db, const QString &schemeName,
                                               QString *error)
{
    const ScoringStore store(db);
    PortfolioInputs inputs;
    std::optional<TierScheme> scheme =
        schemeName.isEmpty() ? store.activeScheme() : store.tierSchemeNamed(schemeName);
    if (!scheme) {
        QStringList names;
        for (const TierScheme &known : store.tierSchemes())
            names.append(known.name);
        *error = schemeName.isEmpty()
                     ? QCoreApplication::translate("Kingside::Portfolio",
                                                   "The workspace has no tier scheme.")
                     : QCoreApplication::translate("Kingside::Portfolio",
                                                   "There is no tier scheme “%1”. Known schemes: "
                                                   "%2.")
                           .arg(schemeName, names.join(QLatin1String(", ")));
        return std::nullopt;
    }
    if (const QString problem = Tiering::validate(*scheme); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    inputs.scheme = *scheme;
    QString sqlError;
    inputs.accounts = AccountStore(db).accounts();
    inputs.criteria = store.criteria(&sqlError);
    inputs.scores = store.scores(&sqlError);
    inputs.lastReviews = store.lastReviewDates();
    if (!sqlError.isEmpty()) {
        *error = sqlError;
        return std::nullopt;
    }
    return inputs;
}

QList<PortfolioEntry> Portfolio::compute(const PortfolioInputs &inputs)
{
    const ScoreCalculator calculator(inputs.criteria);
    // Grouped once, so that scoring stays linear in the number of scores.
    QHash<qint64, QList<CriterionScore>> scoresByAccount;
    for (const CriterionScore &score : inputs.scores)
        scoresByAccount[score.accountId].append(score);
    QList<PortfolioEntry> entries;
    QList<double> attractiveness;
    entries.reserve(inputs.accounts.size());
    for (const Account &account : inputs.accounts) {
        PortfolioEntry entry;
        entry.account = account;
        entry.scores = calculator.scoresFor(account.id, scoresByAccount.value(account.id));
        entry.quadrant = policyQuadrantFor(entry.scores.attractiveness, entry.scores.strength);
        entry.lastReview = inputs.lastReviews.value(account.id);
        if (entry.lastReview.isValid())
            entry.nextReview = entry.lastReview.addMonths(account.reviewCadenceMonths);
        attractiveness.append(entry.scores.attractiveness);
        entries.append(entry);
    }
    const QList<int> ranks = Tiering::ranks(attractiveness);
    const QList<int> bands = Tiering::assign(inputs.scheme, attractiveness);
    for (int i = 0; i < entries.size(); ++i) {
        entries[i].rank = ranks[i];
        entries[i].tierIndex = bands[i];
        entries[i].tier = bands[i] >= 0 ? inputs.scheme.bands[bands[i]].name : QString();
    }
    return entries;
}

QList<PortfolioEntry> Portfolio::ranked(QList<PortfolioEntry> entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const PortfolioEntry &a, const PortfolioEntry &b) {
                         if (a.rank != b.rank)
                             return a.rank < b.rank;
                         if (a.scores.strength != b.scores.strength)
                             return a.scores.strength > b.scores.strength;
                         return a.account.name.localeAwareCompare(b.account.name) < 0;
                     });
    return entries;
}

QList<TierChange> Portfolio::whatIf(const PortfolioInputs &inputs, const QList<Criterion> &proposed)
{
    PortfolioInputs changed = inputs;
    changed.criteria = proposed;
    const QList<PortfolioEntry> before = compute(inputs);
    const QList<PortfolioEntry> after = compute(changed);
    QList<TierChange> changes;
    for (int i = 0; i < before.size(); ++i) {
        if (before[i].tierIndex == after[i].tierIndex)
            continue;
        TierChange change;
        change.accountId = before[i].account.id;
        change.account = before[i].account.name;
        change.fromTier = before[i].tier;
        change.toTier = after[i].tier;
        change.fromIndex = before[i].tierIndex;
        change.toIndex = after[i].tierIndex;
        change.fromAttractiveness = before[i].scores.attractiveness;
        change.toAttractiveness = after[i].scores.attractiveness;
        changes.append(change);
    }
    return changes;
}

} // namespace Kingside
