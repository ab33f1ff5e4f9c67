#pragma once

#include "Move.h"

#include "analysis/AnalysisInput.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Kingside {

// Words for moves and their effects: the same sentences on the command line and on screen
// (README "Next moves").
class MoveReport
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::MoveReport)

public:
    explicit MoveReport(const AnalysisInput &input) : m_input(input) {}

    // "Marcus Lind builds a strong line to Ingrid Halvorsen (King), introduced by …".
    QString describe(const Move &move) const;
    // What the question is: "take the King out of check".
    QString purpose(const Move &move) const;
    QString effort(const Move &move) const;
    // "King out of check; single-threaded key pieces 3 → 2; reachable +4".
    QString effectText(const MoveEffect &effect) const;
    QString figuresText(const AccountFigures &figures) const;
    // The plan as printed by `kingside moves`.
    QString planText(const MovePlan &plan) const;

    QJsonObject toJson(const MovePlan &plan) const;
    QJsonObject moveJson(const Move &move) const;
    static QJsonObject figuresJson(const AccountFigures &figures);

    QString nameOf(qint64 personId) const;

private:
    QString pieceOf(qint64 personId) const;
    QString productOf(const Move &move) const;
    const AnalysisInput &m_input;
};

} // namespace Kingside
