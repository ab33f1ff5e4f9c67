#pragma once

#include "Move.h"

#include "analysis/AnalysisInput.h"
#include "planning/PlanAction.h"

#include <QSqlDatabase>

namespace Kingside {

// A move as a short-term action of the account plan (README "Next moves"): the actor owns
// it, it is linked to the person met and to the account's first relationship objective,
// and it is due at the next review (one cadence from today when that day has passed).
class MoveAction
{
public:
    static PlanAction actionFor(const QSqlDatabase &db, const AnalysisInput &input,
                                const Move &move);
    static QDate dueDate(const QSqlDatabase &db, const AnalysisInput &input);
};

} // namespace Kingside
