#pragma once

#include "ContactRecord.h"
#include "ImportPlan.h"
#include "ImportPlanner.h"

#include <QSqlDatabase>

namespace Kingside {

// Works out a relationships-only import (from,to,strength,kind,last_contact): people by
// e-mail or name (unknown ones become client people with an unknown department), new
// lines, changed strength / last contact / notes of existing lines, and rows refused
// (self-loops, duplicates, invalid values, reporting cycles).
class RelationshipPlanner
{
public:
    static ImportPlan plan(const QSqlDatabase &db, const QList<RelationshipRecord> &records,
                           const ImportOptions &options);
    static ImportPlan plan(const AccountIndex &index, const QList<RelationshipRecord> &records,
                           const ImportOptions &options);
};

} // namespace Kingside
