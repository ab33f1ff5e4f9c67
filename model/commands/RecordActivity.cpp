#include "RecordActivity.h"

#include "domain/PersonRules.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::RecordActivity", text, disambiguation, n);
}

} // namespace

RecordActivity::RecordActivity(Workspace *workspace, const ActivityPlan &plan)
    : WorkspaceCommand(workspace,
                       tr("Import activity (%n line(s))", nullptr, int(plan.lines.size()))),
      m_accountId(plan.accountId),
      m_lineNote(tr("Drawn from the calendar: met on %1.").arg(plan.today.toString(Qt::ISODate)))
{
    for (const ActivityLineChange &change : plan.lines)
        m_lines.append({change, {}, {}, 0, false, {}});
}

bool RecordActivity::applyLine(LineState &state, QString *error)
{
    const PersonStore store(database());
    QString sqlError;
    qint64 lineId = state.change.relationshipId;
    if (lineId == 0) {
        Relationship line;
        line.id = state.createdId; // 0 the first time: a new id, kept for redo
        line.accountId = m_accountId;
        line.fromId = state.change.teamId;
        line.toId = state.change.clientId;
        line.kind = RelationshipKind::Working;
        line.strength = 1;
        line.lastContact = state.change.after;
        // The line's date is when the meetings were read, not when the redo ran.
        line.notes = m_lineNote;
        const QString broken = store.brokenRule(line);
        if (!broken.isEmpty()) {
            *error = broken;
            return false;
        }
        lineId = store.insertRelationship(line, &sqlError, m_stamp);
        if (lineId <= 0) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
        state.createdId = lineId;
        record(Change::Entity::Relationship, Change::Kind::Added, lineId, m_accountId);
    } else {
        const auto current = store.relationship(lineId);
        if (!current) {
            *error = tr("A relationship the activity import was to update no longer exists; "
                        "read the files again.");
            return false;
        }
        if (!m_captured) {
            state.before = *current;
            state.stampBefore = store.relationshipStamp(lineId);
        }
        // Forward only, also against an edit made since the preview.
        state.touched = state.change.after.isValid() && (!current->lastContact.isValid() ||
                                                         state.change.after > current->lastContact);
        if (state.touched) {
            Relationship moved = *current;
            moved.lastContact = state.change.after;
            if (!store.updateRelationship(moved, m_stamp, &sqlError)) {
                *error = SqlErrors::explain(sqlError);
                return false;
            }
            record(Change::Entity::Relationship, Change::Kind::Modified, lineId, m_accountId);
        }
    }
    QList<RelationshipContact> contacts = state.change.contacts;
    for (RelationshipContact &contact : contacts)
        contact.relationshipId = lineId;
    state.inserted.clear();
    if (!store.insertContacts(contacts, &state.inserted, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    return true;
}

bool RecordActivity::apply(QString *error)
{
    if (m_lines.isEmpty()) {
        *error = tr("Nothing to change.");
        return false;
    }
    if (m_stamp.isEmpty())
        m_stamp = Sql::nowStamp();
    for (LineState &state : m_lines)
        if (!applyLine(state, error))
            return false;
    m_captured = true;
    return true;
}

bool RecordActivity::revert(QString *error)
{
    const PersonStore store(database());
    QString sqlError;
    for (auto it = m_lines.rbegin(); it != m_lines.rend(); ++it) {
        if (it->change.relationshipId == 0) {
            // The drawn line goes, and the contacts on it with it.
            if (!store.removeRelationship(it->createdId, &sqlError)) {
                *error = SqlErrors::explain(sqlError);
                return false;
            }
            record(Change::Entity::Relationship, Change::Kind::Removed, it->createdId, m_accountId);
            continue;
        }
        if (!store.removeContacts(it->inserted, &sqlError)) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
        if (it->touched) {
            const auto current = store.relationship(it->before.id);
            if (current) {
                Relationship restored = *current;
                restored.lastContact = it->before.lastContact;
                if (!store.updateRelationship(restored, it->stampBefore, &sqlError)) {
                    *error = SqlErrors::explain(sqlError);
                    return false;
                }
            }
            record(Change::Entity::Relationship, Change::Kind::Modified, it->before.id,
                   m_accountId);
        }
    }
    return true;
}

} // namespace Kingside
