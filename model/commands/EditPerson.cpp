#include "EditPerson.h"

#include "domain/PersonRules.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {

EditPerson::EditPerson(Workspace *workspace, const Person &edited, const QString &text)
    : WorkspaceCommand(
          workspace,
          text.isEmpty()
              ? QCoreApplication::translate("Kingside::EditPerson", "Edit %1").arg(edited.name)
              : text),
      m_after(edited)
{}

bool EditPerson::apply(QString *error)
{
    const PersonStore store(database());
    if (!m_captured) {
        const auto before = store.person(m_after.id);
        if (!before) {
            *error = QCoreApplication::translate("Kingside::EditPerson",
                                                 "This person no longer exists.");
            return false;
        }
        m_before = *before;
        m_after.accountId = before->accountId;
        m_stampBefore = store.personStamp(m_after.id);
        m_captured = true;
    }
    const QString broken = store.brokenRule(m_after);
    if (!broken.isEmpty()) {
        *error = broken;
        return false;
    }
    if (m_stamp.isEmpty())
        m_stamp = Sql::nowStamp();
    QString sqlError;
    if (!store.updatePerson(m_after, m_stamp, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Person, Change::Kind::Modified, m_after.id, m_after.accountId);
    return true;
}

bool EditPerson::revert(QString *error)
{
    QString sqlError;
    if (!PersonStore(database()).updatePerson(m_before, m_stampBefore, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Person, Change::Kind::Modified, m_before.id, m_before.accountId);
    return true;
}

} // namespace Kingside
