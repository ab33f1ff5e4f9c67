#include "EditRelationship.h"

#include "domain/PersonRules.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {

EditRelationship::EditRelationship(Workspace *workspace, const Relationship &edited,
                                   const QString &text)
    : WorkspaceCommand(workspace, text.isEmpty()
                                      ? QCoreApplication::translate("Kingside::EditRelationship",
                                                                    "Edit relationship")
                                      : text),
      m_after(edited)
{}

bool EditRelationship::apply(QString *error)
{
    const PersonStore store(database());
    if (!m_captured) {
        const auto before = store.relationship(m_after.id);
        if (!before) {
            *error = QCoreApplication::translate("Kingside::EditRelationship",
                                                 "This relationship no longer exists.");
            return false;
        }
        m_before = *before;
        // Only the line's own facts change; whom it joins stays.
        m_after.accountId = before->accountId;
        m_after.fromId = before->fromId;
        m_after.toId = before->toId;
        m_stampBefore = store.relationshipStamp(m_after.id);
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
    if (!store.updateRelationship(m_after, m_stamp, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Relationship, Change::Kind::Modified, m_after.id, m_after.accountId);
    return true;
}

bool EditRelationship::revert(QString *error)
{
    QString sqlError;
    if (!PersonStore(database()).updateRelationship(m_before, m_stampBefore, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Relationship, Change::Kind::Modified, m_before.id, m_before.accountId);
    return true;
}

} // namespace Kingside
