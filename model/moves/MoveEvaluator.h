#pragma once

#include "Move.h"

#include "analysis/AccountAnalysis.h"
#include "analysis/AccountGraph.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

namespace Kingside {

// Measures what changes to an account's lines would do to its problems (README "Next
// moves"). One change is evaluated incrementally against the analysis of the account as
// it is: our lines are counted again, and the network's answers (cuts, reachability,
// introductions) are updated for the one new line with a few searches. Several changes
// together are applied to a copy of the input and analysed again, whole.
class MoveEvaluator
{
public:
    explicit MoveEvaluator(const AnalysisInput &input);
    MoveEvaluator(const MoveEvaluator &) = delete;
    MoveEvaluator &operator=(const MoveEvaluator &) = delete;

    const AnalysisInput &input() const { return m_input; }
    const AccountAnalysis &analysis() const { return m_analysis; }
    const AccountGraph &graph() const { return *m_graph; }
    const AccountProblems &current() const { return m_current; }
    const TeamLines &teamLines() const { return *m_lines; }

    // The problems after one change, as the whole analysis of the changed input finds them.
    AccountProblems evaluate(const LineChange &change) const;
    // The problems after all changes, by analysing a changed copy of the input.
    AccountProblems evaluateAll(const QList<LineChange> &changes) const;
    MoveEffect effectOf(const AccountProblems &after) const;

    // A copy of `input` with the changes written in as the real commands would write them
    // (new lines get ids below 0).
    static AnalysisInput applied(const AnalysisInput &input, const QList<LineChange> &changes);
    // The whole analysis the moves are measured with.
    static AccountAnalysis analyse(const AnalysisInput &input);

    // Whether the two people have a tension line between them.
    bool inTension(qint64 a, qint64 b) const;
    // How many of the evaluations went the whole way (the King or Queen became reachable).
    int wholeEvaluations() const { return m_wholeEvaluations; }

private:
    struct Cut
    {
        bool king = false;
        bool queen = false;
    };
    // Whether, with the extra line a–b, the vertex `target` reaches one of our team
    // without `skipVertex` and without the network edge skipA–skipB.
    bool reachesTeam(int target, int extraA, int extraB, int skipVertex, int skipA,
                     int skipB) const;

    AnalysisInput m_input;
    AccountAnalysis m_analysis;
    std::unique_ptr<AccountGraph> m_graph;
    AccountProblems m_current;
    std::unique_ptr<TeamLines> m_lines;
    std::unique_ptr<LineProblems> m_lineProblems;
    QHash<qint64, qint64> m_clientOfLine; // our lines → the client person they reach
    std::vector<char> m_isTeam;
    std::vector<char> m_componentHasTeam;
    std::vector<int> m_introComponent;
    std::vector<char> m_introComponentHasTeam;
    QHash<qint64, Cut> m_criticalCuts;              // person → what they cut off
    QHash<QPair<qint64, qint64>, Cut> m_bridgeCuts; // (a < b) → what the line cuts off
    QSet<QPair<qint64, qint64>> m_tension;
    QHash<qint64, QList<QPair<qint64, ProductRole>>> m_productRolesOf; // person → roles
    int m_king = -1;
    int m_queen = -1;
    mutable int m_wholeEvaluations = 0;
    mutable std::vector<unsigned> m_seen;
    mutable unsigned m_round = 0;
    mutable std::vector<int> m_queue;
};

} // namespace Kingside
