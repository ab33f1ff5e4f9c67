#include "AddWall.h"

#include "workspace/AccountStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::AddWall", text);
}

} // namespace

AddWall::AddWall(Workspace *workspace, const Wall &wall)
    : WorkspaceCommand(workspace, tr("Draw wall")), m_wall(wall)
{}

bool AddWall::apply(QString *error)
{
    if (m_wall.a == m_wall.b || m_wall.a <= 0 || m_wall.b <= 0) {
        *error = m_wall.kind == WallKind::Department
                     ? tr("A wall stands between two different departments.")
                     : tr("A wall stands between two different levels.");
        return false;
    }
    // Both sides must be departments (or levels) of the account; said here rather than as
    // a foreign key (README "Where the rules live").
    const AccountStore store(database());
    QList<qint64> sides;
    if (m_wall.kind == WallKind::Department) {
        for (const Department &department : store.departments(m_wall.accountId))
            sides.append(department.id);
    } else {
        for (const Level &level : store.levels(m_wall.accountId))
            sides.append(level.id);
    }
    if (!sides.contains(m_wall.a) || !sides.contains(m_wall.b)) {
        *error = m_wall.kind == WallKind::Department
                     ? tr("This department does not exist in the account.")
                     : tr("This level does not exist in the account.");
        return false;
    }
    const QString column = m_wall.kind == WallKind::Department ? QStringLiteral("department")
                                                               : QStringLiteral("level");
    // A wall between A and B is the same wall as one between B and A.
    const auto existing = Sql::scalar(
        database(),
        QStringLiteral("SELECT count(*) FROM walls WHERE account_id = ? AND kind = ? AND "
                       "((%1_a = ? AND %1_b = ?) OR (%1_a = ? AND %1_b = ?))")
            .arg(column),
        {m_wall.accountId, codeOf(m_wall.kind), m_wall.a, m_wall.b, m_wall.b, m_wall.a});
    if (existing && existing->toInt() > 0 && m_wall.id == 0) {
        *error = tr("There is already a wall there.");
        return false;
    }
    QString sqlError;
    const qint64 id = store.insertWall(m_wall, &sqlError);
    if (id <= 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    m_wall.id = id; // redo puts the wall back under the same id
    record(Change::Entity::Wall, Change::Kind::Added, id, m_wall.accountId);
    return true;
}

bool AddWall::revert(QString *error)
{
    if (!Sql::run(database(), QStringLiteral("DELETE FROM walls WHERE id = ?"), {m_wall.id}, error))
        return false;
    record(Change::Entity::Wall, Change::Kind::Removed, m_wall.id, m_wall.accountId);
    return true;
}

} // namespace Kingside
