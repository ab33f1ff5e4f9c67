#pragma once

#include "Move.h"
#include "MoveEvaluator.h"

#include "analysis/IntroductionPaths.h"

#include <memory>
#include <vector>

namespace Kingside {

// Proposes the next moves for one account and chooses K of them together (README "Next
// moves"): candidates of every kind, each with its actor, introducer, effort and measured
// effect; then greedy selection over the weighted coverage of the account's problems.
// Pure computation on copied data, like the analysis.
class MovePlanner
{
public:
    explicit MovePlanner(const AnalysisInput &input);
    ~MovePlanner();

    MovePlan plan(int count) const;

    const MoveEvaluator &evaluator() const { return m_evaluator; }
    // Every candidate with its effect alone, in the order they were found. A new line's
    // path and introducer are traced only for the moves a plan shows (tracePath()).
    const QList<Move> &candidates() const { return m_candidates; }
    // Fills in a new line's strongest introduction path from its actor, and the introducer.
    void tracePath(Move *move) const;

private:
    struct Actor
    {
        int vertex = -1;
        bool levelMatches = false;
        int cost = -1; // introduction path cost from this actor; -1: none
    };
    void findCandidates();
    // Our team members who may draw a new line to `target`, best first.
    QList<Actor> actorsFor(int target, qint64 excluded = 0) const;
    void addNewLine(MoveKind kind, int target, int strength, int actors, qint64 about = 0,
                    qint64 excluded = 0);
    void addEdit(MoveKind kind, const TeamLines::Line &line, qint64 clientId, int strength,
                 qint64 about = 0);
    void addMove(Move move);
    const Person &person(int vertex) const { return m_evaluator.input().people[vertex]; }
    int costFrom(int member, int target) const;

    MoveEvaluator m_evaluator;
    std::vector<int> m_team; // vertices of our team (mentor aside)
    std::vector<std::unique_ptr<IntroductionPaths>> m_pathsFrom; // by position in m_team
    QList<qint64> m_personIds;
    QList<Move> m_candidates;
};

} // namespace Kingside
