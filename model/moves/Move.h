#pragma once

#include "AccountProblems.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Kingside {

// The kinds of move of README "Next moves", each serving one of the ten questions.
enum class MoveKind
{
    KingOutOfCheck,      // 1: a strong, fresh line to the King at a matching level
    StrengthenKeyLine,   // 2: a Queen or Rook without a strong, fresh line from us
    ThreadKeyPiece,      // 4: a second (or first) thread to a key piece
    RemoveCriticalPoint, // 5: a line so that no one departure cuts us off
    AcrossWall,          // 6: a way to people without an introduction path
    RefreshCoolingLine,  // 9: a cooling line to a key piece
    AnswerCompetitor,    // 3: a strong, fresh line to a competitor's champion
    WinOverSceptic,      // 3: a strong line to a champion who influences a sceptic
    JoinProductPeople,   // 8: a product's users and specifiers meet
};

// The question (1…10) a kind of move serves.
int questionOf(MoveKind kind);
// Stable code for JSON: "king_out_of_check", …
QString codeOf(MoveKind kind);

// The change a move makes to the account's lines, as the real commands would write it:
// a new working line (AddRelationship) or an existing line made stronger and fresh
// (EditRelationship). Applying it to a copy of the analysis input measures its effect.
struct LineChange
{
    enum class Type
    {
        Add,
        Edit
    };
    Type type = Type::Add;
    qint64 relationshipId = 0; // Edit
    qint64 fromId = 0;         // Add: the two people; Edit: the line's ends (for reading)
    qint64 toId = 0;
    int strength = 3;  // the strength after the change
    QDate lastContact; // the contact it records (today)

    bool operator==(const LineChange &other) const
    {
        return type == other.type && relationshipId == other.relationshipId &&
               fromId == other.fromId && toId == other.toId && strength == other.strength &&
               lastContact == other.lastContact;
    }
};

// What a move (or a set of moves) changes: the figures before and after, and which of
// the account's problems it resolves and which appear.
struct MoveEffect
{
    AccountFigures before;
    AccountFigures after;
    QList<Problem> resolved;
    QList<Problem> appeared;
};

// One proposed move.
struct Move
{
    MoveKind kind = MoveKind::ThreadKeyPiece;
    qint64 actorId = 0;      // who of our team acts (never the mentor)
    qint64 targetId = 0;     // whom they meet
    qint64 introducerId = 0; // who introduces them (0: none needed or no path)
    qint64 aboutId = 0;      // the sceptic won over, or the user met by a specifier
    LineChange change;
    int effort = -1;           // introduction path cost; -1: a cold approach
    QList<qint64> path;        // actor … target, the strongest introduction path
    bool levelMatches = false; // the actor's seniority band is the target's
    MoveEffect effect;         // applied alone
    int weight = 0;            // weight of the problems it resolves alone
};

// The joint plan: K moves chosen together, their total effect, and for each the next best
// alternative (an index into candidates, -1 when none).
struct MovePlan
{
    qint64 accountId = 0;
    QString accountName;
    QDate today;
    QList<Move> candidates;
    QList<int> chosen;       // indexes into candidates, in order of choice
    QList<int> marginal;     // weight each chosen move adds to the ones before it
    QList<int> alternatives; // per chosen move
    MoveEffect total;        // all chosen moves applied together
    AccountFigures figures;  // the account as it is
    bool noTeam = false;     // nobody of our team holds the account's lines
};

} // namespace Kingside
