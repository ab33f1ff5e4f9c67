#pragma once

#include "AnalysisInput.h"
#include "IntroductionPaths.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Kingside {

// Thresholds of the analysis; the defaults are the ones documented in the README.
struct AnalysisOptions
{
    int strongStrength = 4;          // a line of this strength or more is strong
    double dominantShare = 0.5;      // a team member holding more of our lines dominates
    double influencerDeviations = 1; // hidden influencer: betweenness ≥ mean + this × sd
    int maxThreads = 0;              // for betweenness; 0: the machine's cores
};

// What the analysis found out about one person.
struct PersonFindings
{
    qint64 personId = 0;
    double betweenness = 0;       // in the network of everybody (tension lines left out)
    double clientBetweenness = 0; // in the client's own network; 0 for our team
    bool articulationPoint = false;
    bool reachable = false;     // in one component with one of our team (team: always)
    int component = 0;          // connected component number
    int introductionCost = -1;  // cheapest introduction from our team; -1: none
    QList<qint64> teamContacts; // our team members with a direct line (tension aside)
};

// One of our lines to a client person, judged for strength, freshness and level.
struct ContactLine
{
    qint64 relationshipId = 0;
    qint64 teamMemberId = 0;
    int strength = 0;
    QDate lastContact; // invalid: never recorded
    int daysSinceContact = -1;
    bool strong = false;
    bool fresh = false;
    std::optional<bool> levelMatches; // unknown when the client's level is unknown
};

enum class CheckReason
{
    Opponent,
    Sceptic,
    FavoursCompetitor,
    NoStrongFreshLine
};

struct KingFindings
{
    QList<qint64> kings; // everybody shown as a King; one is expected
    qint64 kingId = 0;   // the one analysed (0: no King)
    QList<ContactLine> lines;
    bool strongFreshLine = false;
    bool strongFreshLineAtLevel = false;
    bool inCheck = false;
    QList<CheckReason> reasons;
};

struct QueenFindings
{
    QList<qint64> queens;
    qint64 queenId = 0;
    QList<ContactLine> lines;
};

struct DepartmentCamp
{
    qint64 departmentId = 0; // 0: department unknown
    QString department;
    QList<qint64> champions;
    QList<qint64> opponents;
};

struct CompetitorCamp
{
    qint64 competitorId = 0;
    QString competitor;
    QList<qint64> people;
};

struct KeyPieceReach
{
    qint64 personId = 0;
    Piece piece = Piece::Pawn;
    QList<qint64> teamMembers;
    QList<qint64> relationshipIds;
};

struct DominantMember
{
    qint64 teamMemberId = 0;
    int lines = 0;
    int totalLines = 0;
    double share = 0;
};

// A person or line whose loss cuts our team off from the King and/or the Queen.
struct CriticalPoint
{
    qint64 personId = 0;
    bool cutsKing = false;
    bool cutsQueen = false;
};
struct BridgeLine
{
    qint64 personA = 0;
    qint64 personB = 0;
    QList<qint64> relationshipIds;
    bool cutsKing = false;
    bool cutsQueen = false;
};

struct HiddenInfluencer
{
    qint64 personId = 0;
    double clientBetweenness = 0;
};

struct EmptySquare
{
    qint64 departmentId = 0;
    qint64 levelId = 0;
};

struct ProductGap
{
    enum class Kind
    {
        NeverMeet,    // users and specifiers, no line between any of them
        NoUsers,      // specifiers known, no users
        NoSpecifiers, // users known, no specifiers
    };
    qint64 productId = 0;
    QString product;
    Kind kind = Kind::NeverMeet;
    QList<qint64> users;
    QList<qint64> specifiers;
};

struct CoolingLine
{
    qint64 relationshipId = 0;
    qint64 teamMemberId = 0;
    qint64 clientId = 0;
    int strength = 0;
    QDate lastContact;
    int daysSinceContact = -1; // -1: no contact recorded
};

// Question 10, from the snapshot taken at the last review (when there is one).
struct ChangesSinceReview
{
    struct AttitudeMove
    {
        qint64 personId = 0;
        Attitude from = Attitude::Neutral;
        Attitude to = Attitude::Neutral;
    };
    struct LostLine
    {
        qint64 relationshipId = 0;
        QString fromName;
        QString toName;
        QString kind;
    };
    struct LeftPerson
    {
        qint64 personId = 0;
        QString name;
    };
    std::optional<ReviewInfo> review;
    bool haveSnapshot = false;
    QString snapshotTakenOn;
    QString snapshotProblem; // why a stored snapshot could not be compared
    QList<qint64> joined;
    QList<LeftPerson> left;
    QList<AttitudeMove> attitudeMoves;
    QList<qint64> linesGained;
    QList<LostLine> linesLost;
    QList<ActionInfo> actionsDone; // done since the last review
    QList<ActionInfo> actionsLate; // open or in progress and past due today
};

// Figures for the portfolio, each with the people behind it. Shares are absent when
// there is nothing to divide by.
struct AccountHealth
{
    QList<qint64> keyPieces;
    QList<qint64> keyPiecesCovered;
    std::optional<double> keyPieceCoverage;
    QList<qint64> clientPeople;
    QList<qint64> supporters; // champions and supporters
    std::optional<double> supporterShare;
    QList<qint64> singleThreaded;
    QList<qint64> uncoveredKeyPieces;
    bool hasKing = false;
    bool kingInCheck = false;
    QList<qint64> reachableClients;
    std::optional<double> reachableShare;
    QList<qint64> criticalPeople;
    int teamLines = 0;
    QList<qint64> coolingLines;
    std::optional<double> coolingShare;
};

// The answers to the ten questions of DESIGN.md for one account, as data.
struct AccountAnalysis
{
    qint64 accountId = 0;
    QString accountName;
    QDate today;
    QList<qint64> team; // our team without the mentor: they hold the account's lines
    std::vector<PersonFindings> people; // same order as AnalysisInput::people
    int componentCount = 0;

    KingFindings king;                          // 1
    QueenFindings queen;                        // 2
    QList<DepartmentCamp> camps;                // 3
    QList<CompetitorCamp> competitorCamps;      // 3
    QList<KeyPieceReach> keyPieces;             // 4: every key piece and who reaches it
    QList<KeyPieceReach> singleThreaded;        // 4: … reached by exactly one of us
    QList<DominantMember> dominantMembers;      // 4
    QList<qint64> articulationPoints;           // 5
    QList<BridgeLine> bridges;                  // 5
    QList<CriticalPoint> criticalPeople;        // 5: cut us off from King or Queen
    QList<qint64> unreachable;                  // 6: client people nobody of us can reach
    std::optional<IntroductionPath> pathToKing; // 6
    QList<HiddenInfluencer> hiddenInfluencers;  // 7, strongest first
    QList<EmptySquare> emptySquares;            // 8
    QList<ProductGap> productGaps;              // 8
    QList<CoolingLine> cooling;                 // 9, oldest first
    ChangesSinceReview changes;                 // 10
    AccountHealth health;

    const PersonFindings *findingsFor(qint64 personId) const;
};

} // namespace Kingside
