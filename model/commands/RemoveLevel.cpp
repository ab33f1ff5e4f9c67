#include "RemoveLevel.h"

#include "BoardOrder.h"
#include "workspace/AccountStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::RemoveLevel", text, disambiguation, n);
}

} // namespace

RemoveLevel::RemoveLevel(Workspace *workspace, qint64 levelId, qint64 moveTo)
    : WorkspaceCommand(workspace, tr("Remove level")), m_levelId(levelId), m_moveTo(moveTo)
{}

bool RemoveLevel::apply(QString *error)
{
    const AccountStore store(database());
    const PersonStore people(database());
    const auto level = store.level(m_levelId);
    if (!level) {
        *error = tr("This level no longer exists.");
        return false;
    }
    const QList<PersonFieldValue> standing = people.peopleOnLevel(m_levelId);
    if (!standing.isEmpty()) {
        if (m_moveTo == 0) {
            *error = tr("%n person(s) stand on the level “%1”; removing it would leave them "
                        "homeless. Move them to another level first, or choose where they go.",
                        nullptr, int(standing.size()))
                         .arg(level->name);
            return false;
        }
        const auto target = store.level(m_moveTo);
        if (!target || target->accountId != level->accountId || m_moveTo == m_levelId) {
            *error = tr("The people of “%1” can only move to another level of the same "
                        "account.")
                         .arg(level->name);
            return false;
        }
    }
    QString sqlError;
    m_walls = store.captureWallsOnLevel(m_levelId, &sqlError);
    if (!sqlError.isEmpty()) {
        *error = sqlError;
        return false;
    }
    m_level = *level;
    m_before = store.levels(level->accountId);
    m_people = standing;
    if (m_stamp.isEmpty())
        m_stamp = Sql::nowStamp();
    for (const PersonFieldValue &person : std::as_const(m_people)) {
        if (!people.setLevel(person.personId, m_moveTo, m_stamp, &sqlError)) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
    }
    if (!store.deleteLevel(m_levelId, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    QList<Level> rest = m_before;
    rest.removeIf([this](const Level &row) { return row.id == m_levelId; });
    if (!BoardOrder::writeLevels(store, rest, BoardOrder::idsOf(rest), error))
        return false;
    for (const PersonFieldValue &person : std::as_const(m_people))
        record(Change::Entity::Person, Change::Kind::Modified, person.personId, m_level.accountId);
    record(Change::Entity::Level, Change::Kind::Removed, m_levelId, m_level.accountId);
    return true;
}

bool RemoveLevel::revert(QString *error)
{
    const AccountStore store(database());
    const PersonStore people(database());
    QString sqlError;
    if (store.insertLevel(m_level, &sqlError) <= 0 || !store.restore(m_walls, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    for (const PersonFieldValue &person : std::as_const(m_people)) {
        if (!people.setLevel(person.personId, person.value, person.updatedAt, error))
            return false;
    }
    if (!BoardOrder::restoreLevels(store, m_before, error))
        return false;
    record(Change::Entity::Level, Change::Kind::Added, m_levelId, m_level.accountId);
    for (const PersonFieldValue &person : std::as_const(m_people))
        record(Change::Entity::Person, Change::Kind::Modified, person.personId, m_level.accountId);
    return true;
}

} // namespace Kingside
