#include "MovePiece.h"

#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::MovePiece", text);
}

} // namespace

MovePiece::MovePiece(Workspace *workspace, qint64 personId, qint64 departmentId, qint64 levelId,
                     const QString &name)
    : WorkspaceCommand(workspace, tr("Move %1").arg(name)), m_personId(personId),
      m_departmentId(departmentId), m_levelId(levelId)
{}

bool MovePiece::apply(QString *error)
{
    const QSqlDatabase db = database();
    if (!m_captured) {
        QSqlQuery query(db);
        if (!Sql::exec(query,
                       QStringLiteral("SELECT account_id, side, department_id, level_id, "
                                      "updated_at FROM people WHERE id = ?"),
                       {m_personId}, error))
            return false;
        if (!query.next()) {
            *error = tr("This person no longer exists.");
            return false;
        }
        m_accountId = query.value(0).toLongLong();
        if (query.value(1).toString() != QLatin1String("client")) {
            *error = tr("Only client people stand on the board; our team stays on the rail.");
            return false;
        }
        m_oldDepartmentId = query.value(2);
        m_oldLevelId = query.value(3);
        m_oldUpdatedAt = query.value(4);
        m_captured = true;
    }
    // Checked here so the message names what is wrong rather than a foreign key.
    if (m_departmentId > 0) {
        const auto found = Sql::scalar(
            db, QStringLiteral("SELECT count(*) FROM departments WHERE id = ? AND account_id = ?"),
            {m_departmentId, m_accountId});
        if (!found || found->toInt() == 0) {
            *error = tr("This department does not exist in the account.");
            return false;
        }
    }
    if (m_levelId > 0) {
        const auto found = Sql::scalar(
            db, QStringLiteral("SELECT count(*) FROM levels WHERE id = ? AND account_id = ?"),
            {m_levelId, m_accountId});
        if (!found || found->toInt() == 0) {
            *error = tr("This level does not exist in the account.");
            return false;
        }
    }
    if (m_stamp.isEmpty())
        m_stamp = Sql::nowStamp();
    return write(Sql::idOrNull(m_departmentId), Sql::idOrNull(m_levelId), m_stamp, error);
}

bool MovePiece::revert(QString *error)
{
    return write(m_oldDepartmentId, m_oldLevelId, m_oldUpdatedAt, error);
}

bool MovePiece::write(const QVariant &departmentId, const QVariant &levelId,
                      const QVariant &updatedAt, QString *error)
{
    QString sqlError;
    if (!Sql::run(database(),
                  QStringLiteral("UPDATE people SET department_id = ?, level_id = ?, "
                                 "updated_at = ? WHERE id = ?"),
                  {departmentId, levelId, updatedAt, m_personId}, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Person, Change::Kind::Modified, m_personId, m_accountId);
    return true;
}

} // namespace Kingside
