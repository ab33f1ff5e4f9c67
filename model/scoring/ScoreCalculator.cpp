#include "ScoreCalculator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Kingside {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::ScoreCalculator", text);
}

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::ScoreCalculator)
};
} // namespace

ScoreCalculator::ScoreCalculator(QList<Criterion> criteria) : m_criteria(std::move(criteria))
{
    std::stable_sort(m_criteria.begin(), m_criteria.end(),
                     [](const Criterion &a, const Criterion &b) {
                         if (a.axis != b.axis)
                             return a.axis < b.axis;
                         return a.position < b.position;
                     });
    for (const Criterion &criterion : std::as_const(m_criteria))
        (criterion.axis == ScoringAxis::Attractiveness ? m_attractivenessSum : m_strengthSum) +=
            std::max(0.0, criterion.weight);
}

QString ScoreCalculator::validateWeights(const QList<Criterion> &criteria)
{
    double sums[2] = {0, 0};
    int counts[2] = {0, 0};
    for (const Criterion &criterion : criteria) {
        if (!std::isfinite(criterion.weight) || criterion.weight < 0)
            return tr("The weight of “%1” is %2; weights cannot be negative.")
                .arg(criterion.name)
                .arg(criterion.weight);
        sums[int(criterion.axis)] += criterion.weight;
        ++counts[int(criterion.axis)];
    }
    for (const ScoringAxis axis : {ScoringAxis::Attractiveness, ScoringAxis::Strength}) {
        if (counts[int(axis)] > 0 && sums[int(axis)] <= 0)
            return tr("The weights of the %1 criteria add up to zero; at least one of them "
                      "must weigh more than 0.")
                .arg(displayName(axis).toLower());
    }
    return {};
}

double ScoreCalculator::weightSum(ScoringAxis axis) const
{
    return axis == ScoringAxis::Attractiveness ? m_attractivenessSum : m_strengthSum;
}

double ScoreCalculator::normalisedWeight(const Criterion &criterion) const
{
    const double sum = weightSum(criterion.axis);
    return sum > 0 ? 100.0 * std::max(0.0, criterion.weight) / sum : 0.0;
}

AccountScores ScoreCalculator::scoresFor(qint64 accountId,
                                         const QList<CriterionScore> &scores) const
{
    QHash<qint64, const CriterionScore *> byCriterion;
    for (const CriterionScore &score : scores) {
        if (score.accountId == accountId)
            byCriterion.insert(score.criterionId, &score);
    }
    AccountScores result;
    result.accountId = accountId;
    for (const Criterion &criterion : m_criteria) {
        Contribution part;
        part.criterionId = criterion.id;
        part.criterion = criterion.name;
        part.axis = criterion.axis;
        part.normalisedWeight = normalisedWeight(criterion);
        if (const CriterionScore *score = byCriterion.value(criterion.id)) {
            part.score = score->score;
            part.missing = false;
            part.note = score->note;
        }
        // weight × score × 10 / sum keeps whole-number examples exact in binary.
        const double sum = weightSum(criterion.axis);
        part.contribution =
            sum > 0 ? std::max(0.0, criterion.weight) * part.score * 10.0 / sum : 0.0;
        (criterion.axis == ScoringAxis::Attractiveness ? result.attractiveness : result.strength) +=
            part.contribution;
        result.breakdown.append(part);
    }
    return result;
}

int AccountScores::missingCount() const
{
    return int(std::count_if(breakdown.cbegin(), breakdown.cend(),
                             [](const Contribution &part) { return part.missing; }));
}

QList<Contribution> AccountScores::breakdownFor(ScoringAxis axis) const
{
    QList<Contribution> parts;
    for (const Contribution &part : breakdown) {
        if (part.axis == axis)
            parts.append(part);
    }
    return parts;
}

QString codeOf(ScoringAxis axis)
{
    return axis == ScoringAxis::Attractiveness ? QStringLiteral("attractiveness")
                                               : QStringLiteral("strength");
}

std::optional<ScoringAxis> scoringAxisFromCode(const QString &code)
{
    const QString text = code.trimmed().toLower();
    if (text == QLatin1String("attractiveness"))
        return ScoringAxis::Attractiveness;
    if (text == QLatin1String("strength"))
        return ScoringAxis::Strength;
    return std::nullopt;
}

QString displayName(ScoringAxis axis)
{
    return axis == ScoringAxis::Attractiveness ? Text::tr("Attractiveness") : Text::tr("Strength");
}

} // namespace Kingside
