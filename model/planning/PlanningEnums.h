#pragma once

#include <QList>
#include <QString>

#include <optional>

// The vocabularies of the account plan and the mentor's review, with the text codes
// stored in the workspace and the words shown to people.
namespace Kingside {

enum class TrafficLight
{
    Green,
    Amber,
    Red
};
enum class ObjectiveKind
{
    Visionary,
    Relationship,
    Commercial
};
enum class ActionStatus
{
    Open,
    InProgress,
    Done,
    Cancelled
};
enum class ReviewKind
{
    Plan,
    Proposal,
    Presentation
};
enum class ReviewSection
{
    Relationships,
    Objectives,
    Actions,
    KeyInformation,
    Overall
};
enum class CommentTarget
{
    Account,
    Plan,
    Objective,
    Action,
    Person,
    Relationship
};

QString codeOf(TrafficLight value);
QString codeOf(ObjectiveKind value);
QString codeOf(ActionStatus value);
QString codeOf(ReviewKind value);
QString codeOf(ReviewSection value);
QString codeOf(CommentTarget value);

// Parse a stored code; std::nullopt for anything unknown.
template <typename Enum>
std::optional<Enum> planningFromCode(const QString &code);

QString displayName(TrafficLight value);
QString displayName(ObjectiveKind value);
QString displayName(ActionStatus value);
QString displayName(ReviewKind value);
QString displayName(ReviewSection value);
QString displayName(CommentTarget value);

// Every value, in declaration order.
template <typename Enum>
QList<Enum> allPlanningValues();

} // namespace Kingside
