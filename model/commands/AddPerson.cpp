#include "AddPerson.h"

#include "domain/PersonRules.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {

AddPerson::AddPerson(Workspace *workspace, const Person &person)
    : WorkspaceCommand(
          workspace, QCoreApplication::translate("Kingside::AddPerson", "Add %1").arg(person.name)),
      m_person(person)
{}

bool AddPerson::apply(QString *error)
{
    const PersonStore store(database());
    // The rules first (a name, one King, one mentor), in the model's words.
    const QString broken = store.brokenRule(m_person);
    if (!broken.isEmpty()) {
        *error = broken;
        return false;
    }
    QString sqlError;
    if (m_stamp.isEmpty())
        m_stamp = Sql::nowStamp();
    const qint64 id = store.insertPerson(m_person, &sqlError, m_stamp);
    if (id <= 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    m_person.id = id; // redo puts the person back under the same id
    record(Change::Entity::Person, Change::Kind::Added, id, m_person.accountId);
    return true;
}

bool AddPerson::revert(QString *error)
{
    if (!Sql::run(database(), QStringLiteral("DELETE FROM people WHERE id = ?"), {m_person.id},
                  error))
        return false;
    record(Change::Entity::Person, Change::Kind::Removed, m_person.id, m_person.accountId);
    return true;
}

} // namespace Kingside
