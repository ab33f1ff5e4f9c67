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

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::Enums", text);
}

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
    return value == Side::Client ? tr("Client") : tr("Our team");
}

QString displayName(DecisionRole value)
{
    switch (value) {
    case DecisionRole::DecisionMaker:
        return tr("Final decision maker");
    case DecisionRole::PowerInfluencer:
        return tr("Power influencer");
    case DecisionRole::Gatekeeper:
        return tr("Gatekeeper (veto)");
    case DecisionRole::Specifier:
        return tr("Specifier / evaluator");
    case DecisionRole::Coach:
        return tr("Coach / informal influencer");
    case DecisionRole::User:
        return tr("User");
    case DecisionRole::None:
        return tr("No formal role");
    }
    return {};
}

QString displayName(Piece value)
{
    switch (value) {
    case Piece::King:
        return tr("King");
    case Piece::Queen:
        return tr("Queen");
    case Piece::Rook:
        return tr("Rook");
    case Piece::Bishop:
        return tr("Bishop");
    case Piece::Knight:
        return tr("Knight");
    case Piece::Pawn:
        return tr("Pawn");
    }
    return {};
}

QString displayName(Attitude value)
{
    switch (value) {
    case Attitude::Champion:
        return tr("Champion");
    case Attitude::Supporter:
        return tr("Supporter");
    case Attitude::Neutral:
        return tr("Neutral / unknown");
    case Attitude::Sceptic:
        return tr("Sceptic");
    case Attitude::Opponent:
        return tr("Opponent");
    }
    return {};
}

QString displayName(TeamRole value)
{
    switch (value) {
    case TeamRole::AccountManager:
        return tr("Account manager");
    case TeamRole::Specialist:
        return tr("Specialist");
    case TeamRole::ExecutiveSponsor:
        return tr("Executive sponsor");
    case TeamRole::Mentor:
        return tr("Mentor");
    case TeamRole::Other:
        return tr("Team member");
    }
    return {};
}

QString displayName(RelationshipKind value)
{
    switch (value) {
    case RelationshipKind::Working:
        return tr("Working relationship");
    case RelationshipKind::Reporting:
        return tr("Reporting line");
    case RelationshipKind::Influence:
        return tr("Influence");
    case RelationshipKind::Alliance:
        return tr("Alliance");
    case RelationshipKind::Tension:
        return tr("Tension");
    }
    return {};
}

QString displayName(LifecycleStage value)
{
    switch (value) {
    case LifecycleStage::Presale:
        return tr("Presale");
    case LifecycleStage::ContractNegotiation:
        return tr("Contract negotiation");
    case LifecycleStage::Implementation:
        return tr("Implementation / delivery");
    case LifecycleStage::Review:
        return tr("Review");
    case LifecycleStage::Exploitation:
        return tr("Exploitation");
    }
    return {};
}

QString displayName(ProductRole value)
{
    switch (value) {
    case ProductRole::User:
        return tr("User");
    case ProductRole::Specifier:
        return tr("Specifier");
    case ProductRole::Buyer:
        return tr("Buyer");
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
