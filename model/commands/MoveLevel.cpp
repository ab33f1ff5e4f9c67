#include "MoveLevel.h"

#include "BoardOrder.h"
#include "workspace/AccountStore.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::MoveLevel", text);
}

} // namespace

MoveLevel::MoveLevel(Workspace *workspace, qint64 levelId, int newRank)
    : WorkspaceCommand(workspace, tr("Move level")), m_levelId(levelId), m_newRank(newRank)
{}

bool MoveLevel::apply(QString *error)
{
    const AccountStore store(database());
    const auto level = store.level(m_levelId);
    if (!level) {
        *error = tr("This level no longer exists.");
        return false;
    }
    m_accountId = level->accountId;
    const QList<Level> current = store.levels(m_accountId);
    QList<qint64> order = BoardOrder::idsOf(current);
    const int from = int(order.indexOf(m_levelId));
    const int to = std::clamp(m_newRank - 1, 0, int(order.size()) - 1);
    order.move(from, to);
    if (order == BoardOrder::idsOf(current) &&
        std::all_of(current.cbegin(), current.cend(),
                    [&](const Level &row) { return row.rank == int(order.indexOf(row.id)) + 1; })) {
        *error = tr("“%1” is already in that place.").arg(level->name);
        return false;
    }
    m_before = current;
    if (!BoardOrder::writeLevels(store, current, order, error))
        return false;
    record(Change::Entity::Level, Change::Kind::Modified, m_levelId, m_accountId);
    return true;
}

bool MoveLevel::revert(QString *error)
{
    if (!BoardOrder::restoreLevels(AccountStore(database()), m_before, error))
        return false;
    record(Change::Entity::Level, Change::Kind::Modified, m_levelId, m_accountId);
    return true;
}

} // namespace Kingside
