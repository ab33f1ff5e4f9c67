#include "Enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Kingside {
namespace {

template <typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char *>, N>;

constexpr CodeTable<Side, 2> sideCodes{{{Side::Client, "client"}, {Side::Team, "team"}}};
constexpr CodeTable<DecisionRole, 7> roleCodes{{{DecisionRole::DecisionMaker, "decision_maker"},
                                                {DecisionRole::PowerInfluencer, "power_influencer"},
                                                {DecisionRole::Gatekeeper, "gatekeeper"},
                                                {DecisionRole::Specifier, "specifier"},
                                                {DecisionRole::Coach, "coach"},
                                                {DecisionRole::User, "user"},
                                                {DecisionRole::None, "none"}}};
constexpr CodeTable<Piece, 6> pieceCodes{{{Piece::King, "king"},
                                          {Piece::Queen, "queen"},
                                          {Piece::Rook, "rook"},
                                          {Piece::Bishop, "bishop"},
                                          {Piece::Knight, "knight"},
                                          {Piece::Pawn, "pawn"}}};
constexpr CodeTable<Attitude, 5> attitudeCodes{{{Attitude::Champion, "champion"},
                                                {Attitude::Supporter, "supporter"},
                                                {Attitude::Neutral, "neutral"},
                                                {Attitude::Sceptic, "sceptic"},
                                                {Attitude::Opponent, "opponent"}}};
constexpr CodeTable<TeamRole, 5> teamRoleCodes{{{TeamRole::AccountManager, "account_manager"},
                                                {TeamRole::Specialist, "specialist"},
                                                {TeamRole::ExecutiveSponsor, "executive_sponsor"},
                                                {TeamRole::Mentor, "mentor"},
                                                {TeamRole::Other, "other"}}};
constexpr CodeTable<RelationshipKind, 5> kindCodes{{{RelationshipKind::Working, "working"},
                                                    {RelationshipKind::Reporting, "reporting"},
                                                    {RelationshipKind::Influence, "influence"},
                                                    {RelationshipKind::Alliance, "alliance"},
                                                    {RelationshipKind::Tension, "tension"}}};
constexpr CodeTable<LifecycleStage, 5> stageCodes{
    {{LifecycleStage::Presale, "presale"},
     {LifecycleStage::ContractNegotiation, "contract_negotiation"},
     {LifecycleStage::Implementation, "implementation"},
     {LifecycleStage::Review, "review"},
     {LifecycleStage::Exploitation, "exploitation"}}};
constexpr CodeTable<WallKind, 2> wallCodes{
    {{WallKind::Department, "department"}, {WallKind::Level, "level"}}};
constexpr CodeTable<ProductRole, 3> productRoleCodes{{{ProductRole::User, "user"},
                                                      {ProductRole::Specifier, "specifier"},
                                                      {ProductRole::Buyer, "buyer"}}};

template <typename Enum, std::size_t N>
QString lookUp(const CodeTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, code] : table) {
        if (candidate == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const CodeTable<Enum, N> &table, const QString &code)
{
    for (const auto &[candidate, text] : table) {
        if (code == QLatin1String(text))
            return candidate;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QList<Enum> valuesOf(const CodeTable<Enum, N> &table)
{
    QList<Enum> values;
    for (const auto &entry : table)
        values.append(entry.first);
    return values;
}

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::Enums)
};

} // namespace

QString codeOf(Side value)
{
    return lookUp(sideCodes, value);
}
QString codeOf(DecisionRole value)
{
    return lookUp(roleCodes, value);
}
QString codeOf(Piece value)
{
    return lookUp(pieceCodes, value);
}
QString codeOf(Attitude value)
{
    return lookUp(attitudeCodes, value);
}
QString codeOf(TeamRole value)
{
    return lookUp(teamRoleCodes, value);
}
QString codeOf(RelationshipKind value)
{
    return lookUp(kindCodes, value);
}
QString codeOf(LifecycleStage value)
{
    return lookUp(stageCodes, value);
}
QString codeOf(WallKind value)
{
    return lookUp(wallCodes, value);
}
QString codeOf(ProductRole value)
{
    return lookUp(productRoleCodes, value);
}

template <>
std::optional<Side> enumFromCode<Side>(const QString &code)
{
    return parse(sideCodes, code);
}
template <>
std::optional<DecisionRole> enumFromCode<DecisionRole>(const QString &code)
{
    return parse(roleCodes, code);
}
template <>
std::optional<Piece> enumFromCode<Piece>(const QString &code)
{
    return parse(pieceCodes, code);
}
template <>
std::optional<Attitude> enumFromCode<Attitude>(const QString &code)
{
    return parse(attitudeCodes, code);
}
template <>
std::optional<TeamRole> enumFromCode<TeamRole>(const QString &code)
{
    return parse(teamRoleCodes, code);
}
template <>
std::optional<RelationshipKind> enumFromCode<RelationshipKind>(const QString &code)
{
    return parse(kindCodes, code);
}
template <>
std::optional<LifecycleStage> enumFromCode<LifecycleStage>(const QString &code)
{
    return parse(stageCodes, code);
}
template <>
std::optional<WallKind> enumFromCode<WallKind>(const QString &code)
{
    return parse(wallCodes, code);
}
template <>
std::optional<ProductRole> enumFromCode<ProductRole>(const QString &code)
{
    return parse(productRoleCodes, code);
}

template <>
QList<Side> allValues<Side>()
{
    return valuesOf(sideCodes);
}
template <>
QList<DecisionRole> allValues<DecisionRole>()
{
    return valuesOf(roleCodes);
}
template <>
QList<Piece> allValues<Piece>()
{
    return valuesOf(pieceCodes);
}
template <>
QList<Attitude> allValues<Attitude>()
{
    return valuesOf(attitudeCodes);
}
template <>
QList<TeamRole> allValues<TeamRole>()
{
    return valuesOf(teamRoleCodes);
}
template <>
QList<RelationshipKind> allValues<RelationshipKind>()
{
    return valuesOf(kindCodes);
}
template <>
QList<LifecycleStage> allValues<LifecycleStage>()
{
    return valuesOf(stageCodes);
}
template <>
QList<ProductRole> allValues<ProductRole>()
{
    return valuesOf(productRoleCodes);
}

QString displayName(Side value)
{
    return value == Side::Client ? Text::tr("Client") : Text::tr("Our team");
}

QString displayName(DecisionRole value)
{
    switch (value) {
    case DecisionRole::DecisionMaker:
        return Text::tr("Final decision maker");
    case DecisionRole::PowerInfluencer:
        return Text::tr("Power influencer");
    case DecisionRole::Gatekeeper:
        return Text::tr("Gatekeeper (veto)");
    case DecisionRole::Specifier:
        return Text::tr("Specifier / evaluator");
    case DecisionRole::Coach:
        return Text::tr("Coach / informal influencer");
    case DecisionRole::User:
        return Text::tr("User");
    case DecisionRole::None:
        return Text::tr("No formal role");
    }
    return {};
}

QString displayName(Piece value)
{
    switch (value) {
    case Piece::King:
        return Text::tr("King");
    case Piece::Queen:
        return Text::tr("Queen");
    case Piece::Rook:
        return Text::tr("Rook");
    case Piece::Bishop:
        return Text::tr("Bishop");
    case Piece::Knight:
        return Text::tr("Knight");
    case Piece::Pawn:
        return Text::tr("Pawn");
    }
    return {};
}

QString displayName(Attitude value)
{
    switch (value) {
    case Attitude::Champion:
        return Text::tr("Champion");
    case Attitude::Supporter:
        return Text::tr("Supporter");
    case Attitude::Neutral:
        return Text::tr("Neutral / unknown");
    case Attitude::Sceptic:
        return Text::tr("Sceptic");
    case Attitude::Opponent:
        return Text::tr("Opponent");
    }
    return {};
}

QString displayName(TeamRole value)
{
    switch (value) {
    case TeamRole::AccountManager:
        return Text::tr("Account manager");
    case TeamRole::Specialist:
        return Text::tr("Specialist");
    case TeamRole::ExecutiveSponsor:
        return Text::tr("Executive sponsor");
    case TeamRole::Mentor:
        return Text::tr("Mentor");
    case TeamRole::Other:
        return Text::tr("Team member");
    }
    return {};
}

QString displayName(RelationshipKind value)
{
    switch (value) {
    case RelationshipKind::Working:
        return Text::tr("Working relationship");
    case RelationshipKind::Reporting:
        return Text::tr("Reporting line");
    case RelationshipKind::Influence:
        return Text::tr("Influence");
    case RelationshipKind::Alliance:
        return Text::tr("Alliance");
    case RelationshipKind::Tension:
        return Text::tr("Tension");
    }
    return {};
}

QString displayName(LifecycleStage value)
{
    switch (value) {
    case LifecycleStage::Presale:
        return Text::tr("Presale");
    case LifecycleStage::ContractNegotiation:
        return Text::tr("Contract negotiation");
    case LifecycleStage::Implementation:
        return Text::tr("Implementation / delivery");
    case LifecycleStage::Review:
        return Text::tr("Review");
    case LifecycleStage::Exploitation:
        return Text::tr("Exploitation");
    }
    return {};
}

QString displayName(ProductRole value)
{
    switch (value) {
    case ProductRole::User:
        return Text::tr("User");
    case ProductRole::Specifier:
        return Text::tr("Specifier");
    case ProductRole::Buyer:
        return Text::tr("Buyer");
    }
    return {};
}

Piece pieceForRole(DecisionRole role)
{
    switch (role) {
    case DecisionRole::DecisionMaker:
        return Piece::King;
    case DecisionRole::PowerInfluencer:
        return Piece::Queen;
    case DecisionRole::Gatekeeper:
        return Piece::Rook;
    case DecisionRole::Specifier:
        return Piece::Bishop;
    case DecisionRole::Coach:
        return Piece::Knight;
    case DecisionRole::User:
    case DecisionRole::None:
        return Piece::Pawn;
    }
    return Piece::Pawn;
}

bool isDirected(RelationshipKind kind)
{
    return kind == RelationshipKind::Reporting || kind == RelationshipKind::Influence;
}

} // namespace Kingside
