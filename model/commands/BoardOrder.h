#pragma once

#include "domain/Department.h"
#include "domain/Level.h"

#include <QList>

namespace Kingside {

class AccountStore;

// The order of an account's files (positions 0 … n-1, left to right) and ranks (1 … n,
// top first), shared by the commands that add, move and remove them.
namespace BoardOrder {

// Writes positions 0 … n-1 to the departments in `order` (ids), only where they differ
// from `current`.
bool writeDepartments(const AccountStore &store, const QList<Department> &current,
                      const QList<qint64> &order, QString *error);
// Puts back the positions the departments had (undo).
bool restoreDepartments(const AccountStore &store, const QList<Department> &before, QString *error);

bool writeLevels(const AccountStore &store, const QList<Level> &current, const QList<qint64> &order,
                 QString *error);
bool restoreLevels(const AccountStore &store, const QList<Level> &before, QString *error);

// The ids of the rows, in their order.
QList<qint64> idsOf(const QList<Department> &departments);
QList<qint64> idsOf(const QList<Level> &levels);

} // namespace BoardOrder
} // namespace Kingside
