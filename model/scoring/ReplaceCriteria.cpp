#include "ReplaceCriteria.h"

#include "ScoreCalculator.h"
#include "ScoringStore.h"

#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>
#include <QSet>

namespace Kingside {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::ReplaceCriteria", text);
}

QList<RowSet> captureAll(const QSqlDatabase &db, QString *error)
{
    return {RowSet::capture(db, QStringLiteral("criteria"), QStringLiteral("1 = 1"), {}, error),
            RowSet::capture(db, QStringLiteral("criterion_scores"), QStringLiteral("1 = 1"), {},
                            error)};
}
} // namespace

ReplaceCriteria::ReplaceCriteria(Workspace *workspace, const QList<Criterion> &criteria,
                                 const QList<Score> &scores, const QString &text)
    : WorkspaceCommand(workspace, text), m_criteria(criteria), m_scores(scores)
{}

bool ReplaceCriteria::validate(QString *error) const
{
    QSet<QString> names;
    for (const Criterion &criterion : m_criteria) {
        if (criterion.name.trimmed().isEmpty()) {
            *error = tr("A criterion needs a name.");
            return false;
        }
        if (names.contains(criterion.name)) {
            *error = tr("The criterion “%1” is listed twice.").arg(criterion.name);
            return false;
        }
        names.insert(criterion.name);
    }
    if (const QString problem = ScoreCalculator::validateWeights(m_criteria); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    for (const Score &score : m_scores) {
        if (score.criterionIndex < 0 || score.criterionIndex >= m_criteria.size()) {
            *error = tr("A score refers to a criterion that is not listed.");
            return false;
        }
        if (!CriterionScore::isValidScore(score.score)) {
            *error = tr("A score is %1 to %2; %3 is outside.")
                         .arg(CriterionScore::Lowest)
                         .arg(CriterionScore::Highest)
                         .arg(score.score);
            return false;
        }
    }
    return true;
}

bool ReplaceCriteria::clear(QString *error) const
{
    return Sql::run(database(), QStringLiteral("DELETE FROM criterion_scores"), {}, error) &&
           Sql::run(database(), QStringLiteral("DELETE FROM criteria"), {}, error);
}

bool ReplaceCriteria::apply(QString *error)
{
    if (!m_after.isEmpty()) { // redo
        if (!clear(error))
            return false;
        for (const RowSet &rows : std::as_const(m_after)) {
            if (!rows.restore(database(), error))
                return false;
        }
        record(Change::Entity::Criterion, Change::Kind::Modified, 0, 0);
        return true;
    }
    if (!validate(error))
        return false;
    m_before = captureAll(database(), error);
    if (!clear(error))
        return false;
    const ScoringStore store(database());
    QList<qint64> ids;
    QString sqlError;
    for (const Criterion &criterion : std::as_const(m_criteria)) {
        const qint64 id = store.insertCriterion(criterion, &sqlError);
        if (id <= 0) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
        ids.append(id);
    }
    for (const Score &score : std::as_const(m_scores)) {
        if (!store.writeScore({score.accountId, ids[score.criterionIndex], score.score, score.note},
                              &sqlError)) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
    }
    m_after = captureAll(database(), error);
    record(Change::Entity::Criterion, Change::Kind::Modified, 0, 0);
    return true;
}

bool ReplaceCriteria::revert(QString *error)
{
    if (!clear(error))
        return false;
    for (const RowSet &rows : std::as_const(m_before)) {
        if (!rows.restore(database(), error))
            return false;
    }
    record(Change::Entity::Criterion, Change::Kind::Modified, 0, 0);
    return true;
}

} // namespace Kingside
