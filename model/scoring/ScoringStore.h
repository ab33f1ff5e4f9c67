#pragma once

#include "Criterion.h"
#include "CriterionScore.h"
#include "TierScheme.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Kingside {

// SQL for account selection: criteria, criterion scores, tier schemes and the
// workspace's active scheme. Writers return false and set *error on failure.
class ScoringStore
{
public:
    explicit ScoringStore(QSqlDatabase db) : m_db(std::move(db)) {}

    static constexpr const char *ActiveSchemeKey = "active_tier_scheme";

    QList<Criterion> criteria(QString *error = nullptr) const; // by position, then id
    std::optional<Criterion> criterion(qint64 id) const;
    std::optional<Criterion> criterionNamed(const QString &name) const;
    // Inserts with criterion.id when > 0 (undo/redo keep ids); returns the id or 0.
    qint64 insertCriterion(const Criterion &criterion, QString *error) const;
    bool updateCriterion(const Criterion &criterion, QString *error) const;
    bool deleteCriterion(qint64 id, QString *error) const;
    int nextCriterionPosition() const;

    QList<CriterionScore> scores(QString *error = nullptr) const;
    QList<CriterionScore> scoresOfAccount(qint64 accountId) const;
    std::optional<CriterionScore> score(qint64 accountId, qint64 criterionId) const;
    bool writeScore(const CriterionScore &score, QString *error) const; // insert or replace
    bool deleteScore(qint64 accountId, qint64 criterionId, QString *error) const;

    QList<TierScheme> tierSchemes(QString *error = nullptr) const; // builtin first, by id
    std::optional<TierScheme> tierScheme(qint64 id) const;
    // Case-insensitive, so that `--scheme football` finds "Football".
    std::optional<TierScheme> tierSchemeNamed(const QString &name) const;
    qint64 insertTierScheme(const TierScheme &scheme, QString *error) const; // with its bands
    bool deleteTierScheme(qint64 id, QString *error) const;

    // The active scheme's name as stored (may name a scheme that no longer exists).
    QString activeSchemeName() const;
    // The active scheme, falling back to the first scheme when the stored name is unknown.
    std::optional<TierScheme> activeScheme() const;
    // An empty name removes the setting.
    bool setActiveSchemeName(const QString &name, QString *error) const;

    // The date of each account's latest mentor review.
    QHash<qint64, QDate> lastReviewDates() const;

private:
    QList<TierBand> bandsOf(qint64 schemeId) const;
    QList<TierScheme> readSchemes(const QString &condition, const QVariantList &values,
                                  QString *error) const;

    QSqlDatabase m_db;
};

} // namespace Kingside
