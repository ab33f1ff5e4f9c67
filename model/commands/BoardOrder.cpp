#include "BoardOrder.h"

#include "workspace/AccountStore.h"
#include "workspace/SqlErrors.h"

namespace Kingside::BoardOrder {
namespace {

template <typename Row, typename Current, typename Write>
bool writeOrder(const QList<Row> &current, const QList<qint64> &order, int first, Current valueOf,
                Write write, QString *error)
{
    for (int i = 0; i < order.size(); ++i) {
        const auto row = std::find_if(current.cbegin(), current.cend(), [&](const Row &candidate) {
            return candidate.id == order[i];
        });
        if (row != current.cend() && valueOf(*row) == first + i)
            continue;
        QString sqlError;
        if (!write(order[i], first + i, &sqlError)) {
            *error = SqlErrors::explain(sqlError);
            return false;
        }
    }
    return true;
}

} // namespace

bool writeDepartments(const AccountStore &store, const QList<Department> &current,
                      const QList<qint64> &order, QString *error)
{
    return writeOrder(
        current, order, 0, [](const Department &row) { return row.position; },
        [&store](qint64 id, int position, QString *sqlError) {
            return store.setDepartmentPosition(id, position, sqlError);
        },
        error);
}

bool restoreDepartments(const AccountStore &store, const QList<Department> &before, QString *error)
{
    for (const Department &department : before) {
        if (!store.setDepartmentPosition(department.id, department.position, error))
            return false;
    }
    return true;
}

bool writeLevels(const AccountStore &store, const QList<Level> &current, const QList<qint64> &order,
                 QString *error)
{
    return writeOrder(
        current, order, 1, [](const Level &row) { return row.rank; },
        [&store](qint64 id, int rank, QString *sqlError) {
            return store.setLevelRank(id, rank, sqlError);
        },
        error);
}

bool restoreLevels(const AccountStore &store, const QList<Level> &before, QString *error)
{
    for (const Level &level : before) {
        if (!store.setLevelRank(level.id, level.rank, error))
            return false;
    }
    return true;
}

QList<qint64> idsOf(const QList<Department> &departments)
{
    QList<qint64> ids;
    for (const Department &department : departments)
        ids.append(department.id);
    return ids;
}

QList<qint64> idsOf(const QList<Level> &levels)
{
    QList<qint64> ids;
    for (const Level &level : levels)
        ids.append(level.id);
    return ids;
}

} // namespace Kingside::BoardOrder
