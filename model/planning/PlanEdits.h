#pragma once

#include "PlanningEnums.h"

#include <QDate>
#include <QString>

#include <optional>

// What one edit of a plan row changes, as typed values: a field left empty is kept as it
// is. The commands that take them (SetPlanFields, EditObjective, EditPlanAction) check
// the values and know how each is stored (README "The account plan and the mentor's review").
namespace Kingside {

struct PlanEdit
{
    std::optional<int> version = std::nullopt;
    std::optional<QString> strategy = std::nullopt;        // empty text clears it
    std::optional<QString> competitorNotes = std::nullopt; // empty text clears it
    std::optional<double> revenuePlanned = std::nullopt;
    std::optional<double> profitPlanned = std::nullopt;

    bool isEmpty() const
    {
        return !version && !strategy && !competitorNotes && !revenuePlanned && !profitPlanned;
    }
};

struct ObjectiveEdit
{
    std::optional<ObjectiveKind> kind = std::nullopt;
    std::optional<QString> title = std::nullopt;
    std::optional<QString> measure = std::nullopt;
    std::optional<QDate> targetDate = std::nullopt; // a null date clears it
    std::optional<TrafficLight> light = std::nullopt;
    std::optional<int> position = std::nullopt;
};

struct PlanActionEdit
{
    std::optional<QString> title = std::nullopt;
    std::optional<qint64> ownerId = std::nullopt; // 0: nobody yet
    std::optional<QDate> dueDate = std::nullopt;  // a null date clears it
    // Done records the day of the edit as the done date unless doneDate is given;
    // reopening clears it.
    std::optional<ActionStatus> status = std::nullopt;
    std::optional<QDate> doneDate = std::nullopt;
    std::optional<qint64> objectiveId = std::nullopt; // 0: none
    std::optional<qint64> personId = std::nullopt;    // 0: none
};

} // namespace Kingside
