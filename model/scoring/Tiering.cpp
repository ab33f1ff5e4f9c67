#include "Tiering.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Kingside {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::Tiering", text);
}

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::Tiering)
};

QString bandLabel(const TierScheme &scheme, int index)
{
    return Text::tr("band %1 “%2”").arg(index + 1).arg(scheme.bands[index].name);
}
} // namespace

QString codeOf(TierScheme::Basis basis)
{
    return basis == TierScheme::Basis::Score ? QStringLiteral("score") : QStringLiteral("rank");
}

QString Tiering::validate(const TierScheme &scheme)
{
    if (scheme.name.trimmed().isEmpty())
        return tr("A tier scheme needs a name.");
    if (scheme.bands.isEmpty())
        return tr("The tier scheme “%1” has no bands.").arg(scheme.name);
    QSet<QString> names;
    for (int i = 0; i < scheme.bands.size(); ++i) {
        const TierBand &band = scheme.bands[i];
        if (band.name.trimmed().isEmpty())
            return tr("Band %1 of “%2” has no name.").arg(i + 1).arg(scheme.name);
        if (names.contains(band.name.trimmed().toLower()))
            return tr("The name of %1 is used twice.").arg(bandLabel(scheme, i));
        names.insert(band.name.trimmed().toLower());
        if (scheme.basis == TierScheme::Basis::Score) {
            if (!band.minScore || band.maxRank)
                return tr("In a scheme by score, every band has a lowest score and no rank; "
                          "%1 does not.")
                    .arg(bandLabel(scheme, i));
            const double minimum = *band.minScore;
            if (!std::isfinite(minimum) || minimum < 0 || minimum > 100)
                return tr("The lowest score of %1 is %2; it must be 0 to 100.")
                    .arg(bandLabel(scheme, i))
                    .arg(minimum);
            if (i > 0) {
                const double above = *scheme.bands[i - 1].minScore;
                if (std::abs(minimum - above) <= ScoreTolerance)
                    return tr("%1 starts at the same score (%2) as the band above it: the bands "
                              "overlap.")
                        .arg(bandLabel(scheme, i))
                        .arg(minimum);
                if (minimum > above)
                    return tr("%1 starts at %2, above the band before it (%3): bands are listed "
                              "best first, with falling lowest scores.")
                        .arg(bandLabel(scheme, i))
                        .arg(minimum)
                        .arg(above);
            }
        } else {
            if (band.minScore)
                return tr("In a scheme by rank, %1 cannot have a lowest score.")
                    .arg(bandLabel(scheme, i));
            const bool last = i == scheme.bands.size() - 1;
            if (!band.maxRank && !last)
                return tr("Only the last band of a scheme by rank may take “the rest”; %1 "
                          "needs a number of accounts.")
                    .arg(bandLabel(scheme, i));
            if (band.maxRank && *band.maxRank < 1)
                return tr("%1 ends at rank %2; ranks start at 1.")
                    .arg(bandLabel(scheme, i))
                    .arg(*band.maxRank);
            if (i > 0 && band.maxRank) {
                const int above = *scheme.bands[i - 1].maxRank;
                if (*band.maxRank == above)
                    return tr("%1 ends at the same rank (%2) as the band above it: the bands "
                              "overlap.")
                        .arg(bandLabel(scheme, i))
                        .arg(above);
                if (*band.maxRank < above)
                    return tr("%1 ends at rank %2, before the band above it (%3): bands are "
                              "listed best first, with rising ranks.")
                        .arg(bandLabel(scheme, i))
                        .arg(*band.maxRank)
                        .arg(above);
            }
        }
    }
    return {};
}

QList<int> Tiering::ranks(const QList<double> &attractiveness)
{
    // Rank = 1 + the number of scores clearly above this one; sorted, that is a search.
    QList<double> descending = attractiveness;
    std::sort(descending.begin(), descending.end(), std::greater<double>());
    QList<int> result;
    result.reserve(attractiveness.size());
    for (const double score : attractiveness) {
        const auto firstNotAbove =
            std::partition_point(descending.cbegin(), descending.cend(),
                                 [score](double other) { return other > score + ScoreTolerance; });
        result.append(int(firstNotAbove - descending.cbegin()) + 1);
    }
    return result;
}

QList<int> Tiering::assign(const TierScheme &scheme, const QList<double> &attractiveness)
{
    QList<int> bands(attractiveness.size(), -1);
    const QList<int> rank =
        scheme.basis == TierScheme::Basis::Rank ? ranks(attractiveness) : QList<int>();
    for (int a = 0; a < attractiveness.size(); ++a) {
        for (int b = 0; b < scheme.bands.size(); ++b) {
            const TierBand &band = scheme.bands[b];
            const bool inBand =
                scheme.basis == TierScheme::Basis::Score
                    ? attractiveness[a] >= band.minScore.value_or(0) - ScoreTolerance
                    : (!band.maxRank || rank[a] <= *band.maxRank);
            if (inBand) {
                bands[a] = b;
                break;
            }
        }
    }
    return bands;
}

} // namespace Kingside
