#include "AddCriterion.h"

#include "ScoreCalculator.h"
#include "ScoringStore.h"

#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {

AddCriterion::AddCriterion(Workspace *workspace, const Criterion &criterion)
    : WorkspaceCommand(workspace,
                       QCoreApplication::translate("Kingside::AddCriterion", "Add criterion %1")
                           .arg(criterion.name)),
      m_criterion(criterion)
{
    m_criterion.id = 0;
}

bool AddCriterion::apply(QString *error)
{
    const ScoringStore store(database());
    if (!m_inserted.isEmpty()) {
        if (!m_inserted.restore(database(), error))
            return false;
    } else {
        m_criterion.name = m_criterion.name.trimmed();
        if (m_criterion.name.isEmpty()) {
            *error =
                QCoreApplication::translate("Kingside::AddCriterion", "A criterion needs a name.");
            return false;
        }
        QList<Criterion> all = store.criteria();
        all.append(m_criterion);
        if (const QString problem = ScoreCalculator::validateWeights(all); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        if (m_criterion.position < 0)
            m_criterion.position = store.nextCriterionPosition();
        QString sqlError;
        m_criterion.id = store.insertCriterion(m_criterion, &sqlError);
        if (m_criterion.id <= 0) {
            *error = sqlError.contains(QLatin1String("criteria.name"))
                         ? QCoreApplication::translate("Kingside::AddCriterion",
                                                       "A criterion named “%1” already exists.")
                               .arg(m_criterion.name)
                         : SqlErrors::explain(sqlError);
            return false;
        }
        m_inserted = RowSet::capture(database(), QStringLiteral("criteria"),
                                     QStringLiteral("id = ?"), {m_criterion.id}, error);
    }
    record(Change::Entity::Criterion, Change::Kind::Added, m_criterion.id, 0);
    return true;
}

bool AddCriterion::revert(QString *error)
{
    if (!ScoringStore(database()).deleteCriterion(m_criterion.id, error))
        return false;
    record(Change::Entity::Criterion, Change::Kind::Removed, m_criterion.id, 0);
    return true;
}

} // namespace Kingside
