#include "ImportRows.h"

#include "AccountIndex.h"

#include <QHash>

namespace Kingside {
namespace {

// The index of a name's key in `keys`, added when new; -1 for no name.
int slotOf(const QString &name, QStringList &keys, QHash<QString, int> &indexes)
{
    if (name.isEmpty())
        return -1;
    const QString key = AccountIndex::nameKey(name);
    const auto found = indexes.constFind(key);
    if (found != indexes.cend())
        return *found;
    const int slot = int(keys.size());
    keys.append(key);
    indexes.insert(key, slot);
    return slot;
}

} // namespace

std::shared_ptr<const ImportRows> ImportRows::of(const ImportPlan &plan)
{
    auto rows = std::make_shared<ImportRows>();
    QHash<QString, int> departments;
    QHash<QString, int> levels;
    QHash<QString, int> competitors;
    rows->people.reserve(plan.additions.size());
    for (const ImportPlan::Addition &addition : plan.additions) {
        BulkRows::PersonRow row = BulkRows::of(addition.person);
        row.department = slotOf(addition.department, rows->departmentKeys, departments);
        row.level = slotOf(addition.level, rows->levelKeys, levels);
        row.competitor = slotOf(addition.competitor, rows->competitorKeys, competitors);
        rows->people.append(std::move(row));
    }
    rows->lines.reserve(plan.lines.size());
    for (const ImportPlan::NewLine &planned : plan.lines) {
        Relationship line;
        line.kind = planned.kind;
        line.strength = planned.strength;
        line.lastContact = planned.lastContact;
        line.notes = planned.notes;
        BulkRows::RelationshipRow row = BulkRows::of(line);
        const auto end = [](const PersonRef &ref) {
            return ref.id > 0 ? ref.id : BulkRows::added(ref.added);
        };
        row.from = end(planned.from);
        row.to = end(planned.to);
        rows->lines.append(std::move(row));
    }
    return rows;
}

} // namespace Kingside
