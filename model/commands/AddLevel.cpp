#include "AddLevel.h"

#include "BoardOrder.h"
#include "domain/AccountRules.h"
#include "workspace/AccountStore.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::AddLevel", text);
}

} // namespace

AddLevel::AddLevel(Workspace *workspace, qint64 accountId, const QString &name, int rank)
    : WorkspaceCommand(workspace, tr("Add level %1").arg(name.trimmed())), m_accountId(accountId),
      m_name(name.trimmed()), m_rank(rank)
{}

bool AddLevel::apply(QString *error)
{
    const AccountStore store(database());
    if (!store.account(m_accountId)) {
        *error = tr("This account no longer exists.");
        return false;
    }
    const QList<Level> current = store.levels(m_accountId);
    const QString problem = AccountRules::checkLevelName(m_name, current);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    // Ranks count from 1; `at` is the index in the list, top first.
    const int at = m_rank < 1 || m_rank > current.size() ? int(current.size()) : m_rank - 1;
    QString sqlError;
    const qint64 id = store.insertLevel({m_levelId, m_accountId, m_name, at + 1}, &sqlError);
    if (id <= 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    m_levelId = id;
    m_before = current;
    QList<qint64> order = BoardOrder::idsOf(current);
    order.insert(at, id);
    if (!BoardOrder::writeLevels(store, current, order, error))
        return false;
    record(Change::Entity::Level, Change::Kind::Added, m_levelId, m_accountId);
    return true;
}

bool AddLevel::revert(QString *error)
{
    const AccountStore store(database());
    if (!store.deleteLevel(m_levelId, error) || !BoardOrder::restoreLevels(store, m_before, error))
        return false;
    record(Change::Entity::Level, Change::Kind::Removed, m_levelId, m_accountId);
    return true;
}

} // namespace Kingside
