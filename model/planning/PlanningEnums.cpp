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

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::PlanningEnums)
};

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
        return Text::tr("Green");
    case TrafficLight::Amber:
        return Text::tr("Amber");
    case TrafficLight::Red:
        return Text::tr("Red");
    }
    return {};
}

QString displayName(ObjectiveKind value)
{
    switch (value) {
    case ObjectiveKind::Visionary:
        return Text::tr("Visionary");
    case ObjectiveKind::Relationship:
        return Text::tr("Relationship");
    case ObjectiveKind::Commercial:
        return Text::tr("Commercial");
    }
    return {};
}

QString displayName(ActionStatus value)
{
    switch (value) {
    case ActionStatus::Open:
        return Text::tr("Open");
    case ActionStatus::InProgress:
        return Text::tr("In progress");
    case ActionStatus::Done:
        return Text::tr("Done");
    case ActionStatus::Cancelled:
        return Text::tr("Cancelled");
    }
    return {};
}

QString displayName(ReviewKind value)
{
    switch (value) {
    case ReviewKind::Plan:
        return Text::tr("Long-term plan review");
    case ReviewKind::Proposal:
        return Text::tr("Proposal review");
    case ReviewKind::Presentation:
        return Text::tr("Presentation review");
    }
    return {};
}

QString displayName(ReviewSection value)
{
    switch (value) {
    case ReviewSection::Relationships:
        return Text::tr("Relationships");
    case ReviewSection::Objectives:
        return Text::tr("Objectives");
    case ReviewSection::Actions:
        return Text::tr("Actions");
    case ReviewSection::KeyInformation:
        return Text::tr("Key information");
    case ReviewSection::Overall:
        return Text::tr("Overall");
    }
    return {};
}

QString displayName(CommentTarget value)
{
    switch (value) {
    case CommentTarget::Account:
        return Text::tr("Account");
    case CommentTarget::Plan:
        return Text::tr("Plan");
    case CommentTarget::Objective:
        return Text::tr("Objective");
    case CommentTarget::Action:
        return Text::tr("Action");
    case CommentTarget::Person:
        return Text::tr("Person");
    case CommentTarget::Relationship:
        return Text::tr("Relationship");
    }
    return {};
}

} // namespace Kingside
