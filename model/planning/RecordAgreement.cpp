#include "RecordAgreement.h"

#include "PlanStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::RecordAgreement", text);
}
} // namespace

RecordAgreement::RecordAgreement(Workspace *workspace, qint64 accountId, qint64 personId,
                                 const QDateTime &agreedAt)
    : WorkspaceCommand(workspace, tr("Record agreement to the plan")), m_accountId(accountId),
      m_personId(personId), m_agreedAt(agreedAt.toUTC().toString(Qt::ISODate))
{}

bool RecordAgreement::apply(QString *error)
{
    const PlanStore store(database());
    if (m_version == 0) {
        const auto plan = store.plan(m_accountId);
        if (!plan) {
            *error = tr("This account has no plan to agree to yet.");
            return false;
        }
        const QString problem = store.ownerProblem(m_accountId, m_personId);
        if (!problem.isEmpty() || m_personId <= 0) {
            *error = tr("Only members of the account's team record their agreement to the plan.");
            return false;
        }
        for (const PlanAgreement &agreement : store.agreements(m_accountId)) {
            if (agreement.personId == m_personId && agreement.planVersion == plan->version) {
                *error = tr("%1 has already agreed to version %2 of the plan.")
                             .arg(agreement.personName)
                             .arg(plan->version);
                return false;
            }
        }
        m_version = plan->version;
    }
    PlanAgreement agreement;
    agreement.id = m_agreementId;
    agreement.personId = m_personId;
    agreement.planVersion = m_version;
    agreement.agreedAt = m_agreedAt;
    QString sqlError;
    m_agreementId = PlanStore(database()).insertAgreement(m_accountId, agreement, &sqlError);
    if (m_agreementId <= 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Plan, Change::Kind::Modified, m_accountId, m_accountId);
    return true;
}

bool RecordAgreement::revert(QString *error)
{
    if (!PlanStore(database()).deleteAgreement(m_agreementId, error))
        return false;
    record(Change::Entity::Plan, Change::Kind::Modified, m_accountId, m_accountId);
    return true;
}

} // namespace Kingside
