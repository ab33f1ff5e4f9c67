#pragma once

#include "Enums.h"

#include <QString>

#include <optional>

namespace Kingside {

// One individual in an account: a client person on the board, or a member of our team.
struct Person
{
    qint64 id = 0;
    qint64 accountId = 0;
    Side side = Side::Client;
    QString name;
    QString title;
    QString email;
    QString phone;
    qint64 departmentId = 0; // 0: unknown
    qint64 levelId = 0;      // 0: unknown
    DecisionRole decisionRole = DecisionRole::None;
    std::optional<Piece> pieceOverride;
    Attitude attitude = Attitude::Neutral;
    qint64 competitorId = 0;          // 0: favours no competitor
    std::optional<TeamRole> teamRole; // set for our team only
    QString notes;

    Piece piece() const { return pieceOverride.value_or(pieceForRole(decisionRole)); }
    bool isTeam() const { return side == Side::Team; }
};

} // namespace Kingside
