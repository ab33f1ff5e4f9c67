#include "EditCriterion.h"

#include "ScoreCalculator.h"
#include "ScoringStore.h"

#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {

EditCriterion::EditCriterion(Workspace *workspace, const Criterion &changed)
    : WorkspaceCommand(workspace,
                       QCoreApplication::translate("Kingside::EditCriterion", "Change criterion %1")
                           .arg(changed.name)),
      m_new(changed)
{
    m_new.name = m_new.name.trimmed();
}

bool EditCriterion::apply(QString *error)
{
    const ScoringStore store(database());
    if (!m_captured) {
        const auto old = store.criterion(m_new.id);
        if (!old) {
            *error = QCoreApplication::translate("Kingside::EditCriterion",
                                                 "This criterion no longer exists.");
            return false;
        }
        if (m_new.name.isEmpty()) {
            *error =
                QCoreApplication::translate("Kingside::EditCriterion", "A criterion needs a name.");
            return false;
        }
        QList<Criterion> all = store.criteria();
        for (Criterion &criterion : all) {
            if (criterion.id == m_new.id)
                criterion = m_new;
        }
        if (const QString problem = ScoreCalculator::validateWeights(all); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        m_old = *old;
        m_captured = true;
    }
    QString sqlError;
    if (!store.updateCriterion(m_new, &sqlError)) {
        *error = sqlError.contains(QLatin1String("criteria.name"))
                     ? QCoreApplication::translate("Kingside::EditCriterion",
                                                   "A criterion named “%1” already exists.")
                           .arg(m_new.name)
                     : SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Criterion, Change::Kind::Modified, m_new.id, 0);
    return true;
}

bool EditCriterion::revert(QString *error)
{
    if (!ScoringStore(database()).updateCriterion(m_old, error))
        return false;
    record(Change::Entity::Criterion, Change::Kind::Modified, m_old.id, 0);
    return true;
}

} // namespace Kingside
