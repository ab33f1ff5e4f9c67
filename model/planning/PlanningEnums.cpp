#include "PlanningEnums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Kingside {
namespace {

template <typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, const char *>, N>;

constexpr Table<TrafficLight, 3> lightCodes{
    {{TrafficLight::Green, "green"}, {TrafficLight::Amber, "amber"}, {TrafficLight::Red, "red"}}};
constexpr Table<ObjectiveKind, 3> objectiveCodes{{{ObjectiveKind::Visionary, "visionary"},
                                                  {ObjectiveKind::Relationship, "relationship"},
                                                  {ObjectiveKind::Commercial, "commercial"}}};
constexpr Table<ActionStatus, 4> statusCodes{{{ActionStatus::Open, "open"},
                                              {ActionStatus::InProgress, "in_progress"},
                                              {ActionStatus::Done, "done"},
                                              {ActionStatus::Cancelled, "cancelled"}}};
constexpr Table<ReviewKind, 3> reviewCodes{{{ReviewKind::Plan, "plan"},
                                            {ReviewKind::Proposal, "proposal"},
                                            {ReviewKind::Presentation, "presentation"}}};
constexpr Table<ReviewSection, 5> sectionCodes{{{ReviewSection::Relationships, "relationships"},
                                                {ReviewSection::Objectives, "objectives"},
                                                {ReviewSection::Actions, "actions"},
                                                {ReviewSection::KeyInformation, "key_information"},
                                                {ReviewSection::Overall, "overall"}}};
constexpr Table<CommentTarget, 6> targetCodes{{{CommentTarget::Account, "account"},
                                               {CommentTarget::Plan, "plan"},
                                               {CommentTarget::Objective, "objective"},
                                               {CommentTarget::Action, "action"},
                                               {CommentTarget::Person, "person"},
                                               {CommentTarget::Relationship, "relationship"}}};

template <typename Enum, std::size_t N>
QString lookUp(const Table<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, code] : table) {
        if (candidate == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const Table<Enum, N> &table, const QString &code)
{
    for (const auto &[candidate, text] : table) {
        if (code == QLatin1String(text))
            return candidate;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QList<Enum> valuesOf(const Table<Enum, N> &table)
{
    QList<Enum> values;
    for (const auto &entry : table)
        values.append(entry.first);
    return values;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::PlanningEnums", text);
}

} // namespace

QString codeOf(TrafficLight value)
{
    return lookUp(lightCodes, value);
}
QString codeOf(ObjectiveKind value)
{
    return lookUp(objectiveCodes, value);
}
QString codeOf(ActionStatus value)
{
    return lookUp(statusCodes, value);
}
QString codeOf(ReviewKind value)
{
    return lookUp(reviewCodes, value);
}
QString codeOf(ReviewSection value)
{
    return lookUp(sectionCodes, value);
}
QString codeOf(CommentTarget value)
{
    return lookUp(targetCodes, value);
}

template <>
std::optional<TrafficLight> planningFromCode<TrafficLight>(const QString &code)
{
    return parse(lightCodes, code);
}
template <>
std::optional<ObjectiveKind> planningFromCode<ObjectiveKind>(const QString &code)
{
    return parse(objectiveCodes, code);
}
template <>
std::optional<ActionStatus> planningFromCode<ActionStatus>(const QString &code)
{
    return parse(statusCodes, code);
}
template <>
std::optional<ReviewKind> planningFromCode<ReviewKind>(const QString &code)
{
    return parse(reviewCodes, code);
}
template <>
std::optional<ReviewSection> planningFromCode<ReviewSection>(const QString &code)
{
    return parse(sectionCodes, code);
}
template <>
std::optional<CommentTarget> planningFromCode<CommentTarget>(const QString &code)
{
    return parse(targetCodes, code);
}

template <>
QList<TrafficLight> allPlanningValues<TrafficLight>()
{
    return valuesOf(lightCodes);
}
template <>
QList<ObjectiveKind> allPlanningValues<ObjectiveKind>()
{
    return valuesOf(objectiveCodes);
}
template <>
QList<ActionStatus> allPlanningValues<ActionStatus>()
{
    return valuesOf(statusCodes);
}
template <>
QList<ReviewKind> allPlanningValues<ReviewKind>()
{
    return valuesOf(reviewCodes);
}
template <>
QList<ReviewSection> allPlanningValues<ReviewSection>()
{
    return valuesOf(sectionCodes);
}
template <>
QList<CommentTarget> allPlanningValues<CommentTarget>()
{
    return valuesOf(targetCodes);
}

QString displayName(TrafficLight value)
{
    switch (value) {
    case TrafficLight::Green:
        return tr("Green");
    case TrafficLight::Amber:
        return tr("Amber");
    case TrafficLight::Red:
        return tr("Red");
    }
    return {};
}

QString displayName(ObjectiveKind value)
{
    switch (value) {
    case ObjectiveKind::Visionary:
        return tr("Visionary");
    case ObjectiveKind::Relationship:
        return tr("Relationship");
    case ObjectiveKind::Commercial:
        return tr("Commercial");
    }
    return {};
}

QString displayName(ActionStatus value)
{
    switch (value) {
    case ActionStatus::Open:
        return tr("Open");
    case ActionStatus::InProgress:
        return tr("In progress");
    case ActionStatus::Done:
        return tr("Done");
    case ActionStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString displayName(ReviewKind value)
{
    switch (value) {
    case ReviewKind::Plan:
        return tr("Long-term plan review");
    case ReviewKind::Proposal:
        return tr("Proposal review");
    case ReviewKind::Presentation:
        return tr("Presentation review");
    }
    return {};
}

QString displayName(ReviewSection value)
{
    switch (value) {
    case ReviewSection::Relationships:
        return tr("Relationships");
    case ReviewSection::Objectives:
        return tr("Objectives");
    case ReviewSection::Actions:
        return tr("Actions");
    case ReviewSection::KeyInformation:
        return tr("Key information");
    case ReviewSection::Overall:
        return tr("Overall");
    }
    return {};
}

QString displayName(CommentTarget value)
{
    switch (value) {
    case CommentTarget::Account:
        return tr("Account");
    case CommentTarget::Plan:
        return tr("Plan");
    case CommentTarget::Objective:
        return tr("Objective");
    case CommentTarget::Action:
        return tr("Action");
    case CommentTarget::Person:
        return tr("Person");
    case CommentTarget::Relationship:
        return tr("Relationship");
    }
    return {};
}

} // namespace Kingside
