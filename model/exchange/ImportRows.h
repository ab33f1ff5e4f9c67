#pragma once

#include "ImportPlan.h"

#include "workspace/PersonStore.h"

#include <QStringList>

#include <memory>

namespace Kingside {

// The rows ApplyImport writes, worked out from a plan before the writing starts: the new
// people and lines encoded for SQLite, with their departments, levels and competitors as
// indexes into lists of names (by AccountIndex::nameKey), found by id when written, as
// the import may create them. Needs no database, so the import dialog builds it on its
// worker thread and the GUI thread only inserts (README, Speed of import).
struct ImportRows
{
    BulkRows::People people;       // ImportPlan::additions, in order
    BulkRows::Relationships lines; // ImportPlan::lines, in order
    QStringList departmentKeys;    // BulkRows::PersonRow::department indexes these
    QStringList levelKeys;
    QStringList competitorKeys;

    static std::shared_ptr<const ImportRows> of(const ImportPlan &plan);
    // Whether these rows were built from a plan of this shape.
    bool fits(const ImportPlan &plan) const
    {
        return people.size() == plan.additions.size() && lines.size() == plan.lines.size();
    }
};

} // namespace Kingside
