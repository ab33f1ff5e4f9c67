#include "ScoringStore.h"

#include "workspace/Sql.h"

#include <QSqlQuery>

namespace Kingside {

namespace {

Criterion criterionFrom(const QSqlQuery &query)
{
    Criterion criterion;
    criterion.id = query.value(0).toLongLong();
    criterion.name = query.value(1).toString();
    criterion.description = query.value(2).toString();
    criterion.axis =
        scoringAxisFromCode(query.value(3).toString()).value_or(ScoringAxis::Attractiveness);
    criterion.weight = query.value(4).toDouble();
    criterion.position = query.value(5).toInt();
    return criterion;
}

const QString criterionColumns =
    QStringLiteral("SELECT id, name, description, axis, weight, position FROM criteria ");

CriterionScore scoreFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt(),
            query.value(3).toString()};
}

// Text columns are NOT NULL: a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString scoreColumns =
    QStringLiteral("SELECT account_id, criterion_id, score, note FROM criterion_scores ");

} // namespace

QList<Criterion> ScoringStore::criteria(QString *error) const
{
    return Sql::rows(m_db, criterionColumns + QStringLiteral("ORDER BY position, id"), {},
                     criterionFrom, error);
}

std::optional<Criterion> ScoringStore::criterion(qint64 id) const
{
    QSqlQuery query(m_db);
    QString error;
    if (!Sql::exec(query, criterionColumns + QStringLiteral("WHERE id = ?"), {id}, &error) ||
        !query.next())
        return std::nullopt;
    return criterionFrom(query);
}

std::optional<Criterion> ScoringStore::criterionNamed(const QString &name) const
{
    QSqlQuery query(m_db);
    QString error;
    if (!Sql::exec(query, criterionColumns + QStringLiteral("WHERE name = ?"), {name}, &error) ||
        !query.next())
        return std::nullopt;
    return criterionFrom(query);
}

qint64 ScoringStore::insertCriterion(const Criterion &criterion, QString *error) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO criteria (id, name, description, axis, weight, "
                                  "position) VALUES (?, ?, ?, ?, ?, ?)"),
                   {Sql::idOrNull(criterion.id), text(criterion.name), text(criterion.description),
                    codeOf(criterion.axis), criterion.weight, criterion.position},
                   error))
        return 0;
    return criterion.id > 0 ? criterion.id : query.lastInsertId().toLongLong();
}

bool ScoringStore::updateCriterion(const Criterion &criterion, QString *error) const
{
    return Sql::run(m_db,
                    QStringLiteral("UPDATE criteria SET name = ?, description = ?, axis = ?, "
                                   "weight = ?, position = ? WHERE id = ?"),
                    {text(criterion.name), text(criterion.description), codeOf(criterion.axis),
                     criterion.weight, criterion.position, criterion.id},
                    error);
}

bool ScoringStore::deleteCriterion(qint64 id, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM criteria WHERE id = ?"), {id}, error);
}

int ScoringStore::nextCriterionPosition() const
{
    const auto value =
        Sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM criteria"));
    return value ? value->toInt() : 0;
}

QList<CriterionScore> ScoringStore::scores(QString *error) const
{
    return Sql::rows(m_db, scoreColumns + QStringLiteral("ORDER BY account_id, criterion_id"), {},
                     scoreFrom, error);
}

QList<CriterionScore> ScoringStore::scoresOfAccount(qint64 accountId) const
{
    return Sql::rows(m_db,
                     scoreColumns + QStringLiteral("WHERE account_id = ? ORDER BY criterion_id"),
                     {accountId}, scoreFrom);
}

std::optional<CriterionScore> ScoringStore::score(qint64 accountId, qint64 criterionId) const
{
    QSqlQuery query(m_db);
    QString error;
    if (!Sql::exec(query,
                   scoreColumns + QStringLiteral("WHERE account_id = ? AND criterion_id = ?"),
                   {accountId, criterionId}, &error) ||
        !query.next())
        return std::nullopt;
    return scoreFrom(query);
}

bool ScoringStore::writeScore(const CriterionScore &score, QString *error) const
{
    if (!Sql::run(m_db,
                  QStringLiteral("UPDATE criterion_scores SET score = ?, note = ? "
                                 "WHERE account_id = ? AND criterion_id = ?"),
                  {score.score, text(score.note), score.accountId, score.criterionId}, error))
        return false;
    if (this->score(score.accountId, score.criterionId))
        return true;
    return Sql::run(m_db,
                    QStringLiteral("INSERT INTO criterion_scores (account_id, criterion_id, "
                                   "score, note) VALUES (?, ?, ?, ?)"),
                    {score.accountId, score.criterionId, score.score, text(score.note)}, error);
}

bool ScoringStore::deleteScore(qint64 accountId, qint64 criterionId, QString *error) const
{
    return Sql::run(m_db,
                    QStringLiteral("DELETE FROM criterion_scores WHERE account_id = ? AND "
                                   "criterion_id = ?"),
                    {accountId, criterionId}, error);
}

QList<TierBand> ScoringStore::bandsOf(qint64 schemeId) const
{
    return Sql::rows(m_db,
                     QStringLiteral("SELECT name, min_score, max_rank FROM tier_bands "
                                    "WHERE scheme_id = ? ORDER BY position"),
                     {schemeId}, [](const QSqlQuery &query) {
                         TierBand band;
                         band.name = query.value(0).toString();
                         if (!query.value(1).isNull())
                             band.minScore = query.value(1).toDouble();
                         if (!query.value(2).isNull())
                             band.maxRank = query.value(2).toInt();
                         return band;
                     });
}

QList<TierScheme> ScoringStore::readSchemes(const QString &condition, const QVariantList &values,
                                            QString *error) const
{
    QList<TierScheme> schemes = Sql::rows(
        m_db,
        QStringLiteral("SELECT id, name, basis, builtin FROM tier_schemes %1 "
                       "ORDER BY builtin DESC, id")
            .arg(condition),
        values,
        [](const QSqlQuery &query) {
            TierScheme scheme;
            scheme.id = query.value(0).toLongLong();
            scheme.name = query.value(1).toString();
            scheme.basis = query.value(2).toString() == QLatin1String("rank")
                               ? TierScheme::Basis::Rank
                               : TierScheme::Basis::Score;
            scheme.builtin = query.value(3).toInt() != 0;
            return scheme;
        },
        error);
    for (TierScheme &scheme : schemes)
        scheme.bands = bandsOf(scheme.id);
    return schemes;
}

QList<TierScheme> ScoringStore::tierSchemes(QString *error) const
{
    return readSchemes({}, {}, error);
}

std::optional<TierScheme> ScoringStore::tierScheme(qint64 id) const
{
    const QList<TierScheme> schemes = readSchemes(QStringLiteral("WHERE id = ?"), {id}, nullptr);
    return schemes.isEmpty() ? std::nullopt : std::optional(schemes.first());
}

std::optional<TierScheme> ScoringStore::tierSchemeNamed(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const TierScheme &scheme : tierSchemes()) {
        if (scheme.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return scheme;
    }
    return std::nullopt;
}

qint64 ScoringStore::insertTierScheme(const TierScheme &scheme, QString *error) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO tier_schemes (id, name, basis, builtin) "
                                  "VALUES (?, ?, ?, ?)"),
                   {Sql::idOrNull(scheme.id), text(scheme.name), codeOf(scheme.basis),
                    scheme.builtin ? 1 : 0},
                   error))
        return 0;
    const qint64 id = scheme.id > 0 ? scheme.id : query.lastInsertId().toLongLong();
    for (int i = 0; i < scheme.bands.size(); ++i) {
        const TierBand &band = scheme.bands[i];
        if (!Sql::run(
                m_db,
                QStringLiteral("INSERT INTO tier_bands (scheme_id, position, name, "
                               "min_score, max_rank) VALUES (?, ?, ?, ?, ?)"),
                {id, i, text(band.name),
                 band.minScore ? QVariant(*band.minScore) : QVariant(QMetaType::fromType<double>()),
                 band.maxRank ? QVariant(*band.maxRank) : QVariant(QMetaType::fromType<int>())},
                error))
            return 0;
    }
    return id;
}

bool ScoringStore::deleteTierScheme(qint64 id, QString *error) const
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM tier_schemes WHERE id = ?"), {id}, error);
}

QString ScoringStore::activeSchemeName() const
{
    const auto value = Sql::scalar(m_db,
                                   QStringLiteral("SELECT value FROM workspace_info "
                                                  "WHERE key = ?"),
                                   {QString::fromLatin1(ActiveSchemeKey)});
    return value ? value->toString() : QString();
}

std::optional<TierScheme> ScoringStore::activeScheme() const
{
    if (auto scheme = tierSchemeNamed(activeSchemeName()))
        return scheme;
    const QList<TierScheme> schemes = tierSchemes();
    return schemes.isEmpty() ? std::nullopt : std::optional(schemes.first());
}

bool ScoringStore::setActiveSchemeName(const QString &name, QString *error) const
{
    if (!Sql::run(m_db, QStringLiteral("DELETE FROM workspace_info WHERE key = ?"),
                  {QString::fromLatin1(ActiveSchemeKey)}, error))
        return false;
    if (name.isEmpty())
        return true;
    return Sql::run(m_db, QStringLiteral("INSERT INTO workspace_info (key, value) VALUES (?, ?)"),
                    {QString::fromLatin1(ActiveSchemeKey), name}, error);
}

QHash<qint64, QDate> ScoringStore::lastReviewDates() const
{
    QHash<qint64, QDate> dates;
    Sql::forEachRow(m_db,
                    QStringLiteral("SELECT account_id, max(review_date) FROM reviews "
                                   "GROUP BY account_id"),
                    {}, [&dates](const QSqlQuery &query) {
                        dates.insert(query.value(0).toLongLong(),
                                     QDate::fromString(query.value(1).toString(), Qt::ISODate));
                    });
    return dates;
}

} // namespace Kingside
