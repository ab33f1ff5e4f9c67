#pragma once

#include <QList>
#include <QString>

#include <optional>

// The domain's vocabularies, with the stable text codes stored in the workspace and
// the words shown to people.
namespace Kingside {

enum class Side
{
    Client,
    Team
};
enum class DecisionRole
{
    DecisionMaker,
    PowerInfluencer,
    Gatekeeper,
    Specifier,
    Coach,
    User,
    None
};
enum class Piece
{
    King,
    Queen,
    Rook,
    Bishop,
    Knight,
    Pawn
};
enum class Attitude
{
    Champion,
    Supporter,
    Neutral,
    Sceptic,
    Opponent
};
enum class TeamRole
{
    AccountManager,
    Specialist,
    ExecutiveSponsor,
    Mentor,
    Other
};
enum class RelationshipKind
{
    Working,
    Reporting,
    Influence,
    Alliance,
    Tension
};
enum class LifecycleStage
{
    Presale,
    ContractNegotiation,
    Implementation,
    Review,
    Exploitation
};
enum class WallKind
{
    Department,
    Level
};
enum class ProductRole
{
    User,
    Specifier,
    Buyer
};

// Text codes as stored in the database.
QString codeOf(Side value);
QString codeOf(DecisionRole value);
QString codeOf(Piece value);
QString codeOf(Attitude value);
QString codeOf(TeamRole value);
QString codeOf(RelationshipKind value);
QString codeOf(LifecycleStage value);
QString codeOf(WallKind value);
QString codeOf(ProductRole value);

// Parse a stored code; std::nullopt for anything unknown.
template <typename Enum>
std::optional<Enum> enumFromCode(const QString &code);

// Human-readable, translated names.
QString displayName(Side value);
QString displayName(DecisionRole value);
QString displayName(Piece value);
QString displayName(Attitude value);
QString displayName(TeamRole value);
QString displayName(RelationshipKind value);
QString displayName(LifecycleStage value);
QString displayName(ProductRole value);

// Every value of an enum, in declaration order.
template <typename Enum>
QList<Enum> allValues();

// The chess piece a decision role stands for (DESIGN.md, "Why a chessboard").
Piece pieceForRole(DecisionRole role);

// Whether a relationship kind has a direction (reporting line, influence).
bool isDirected(RelationshipKind kind);

} // namespace Kingside
