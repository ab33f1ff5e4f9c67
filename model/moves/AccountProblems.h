#pragma once

#include "analysis/AccountAnalysis.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Kingside {

// One thing wrong with an account that a move can mend (README "Next moves"). The set of
// problems is what the moves' coverage objective counts.
struct Problem
{
    enum class Kind
    {
        KingWithoutStrongFreshLine, // 1: a: the King
        KingWithoutLineAtLevel,     // 1: no strong, fresh line at a matching level
        KeyLineWeak,                // 2: a Queen or Rook without a strong, fresh line
        SingleThreaded,             // 4: a key piece reached by one of us
        Unthreaded,                 // 4: a key piece reached by nobody
        CriticalPerson,             // 5: a: the person
        CriticalLine,               // 5: a, b: the bridge's ends (a < b)
        Unreachable,                // 6: a client nobody of us is connected to
        NoIntroduction,             // 6: a client with no introduction path (walls)
        CompetitorChampion,         // 3: favours a competitor, no strong, fresh line
        ScepticUnworked,            // 3: no strong line to a champion who influences them
        ProductApart,               // 8: a: product whose users and specifiers never meet
        CoolingKeyLine,             // 9: a: a cooling line to a key piece
    };
    Kind kind = Kind::Unthreaded;
    qint64 a = 0;
    qint64 b = 0;

    bool operator==(const Problem &other) const
    {
        return kind == other.kind && a == other.a && b == other.b;
    }
    bool operator<(const Problem &other) const
    {
        if (kind != other.kind)
            return kind < other.kind;
        return a != other.a ? a < other.a : b < other.b;
    }
    // How much mending it counts in the coverage objective.
    int weight() const;
};

size_t qHash(const Problem &problem, size_t seed = 0);

// The figures a move's effect is told in, counted from the problems.
struct AccountFigures
{
    bool hasKing = false;
    bool kingInCheck = false;
    int clientPeople = 0;
    QHash<int, int> counts; // Problem::Kind → number of such problems

    int count(Problem::Kind kind) const { return counts.value(int(kind)); }
    int reachable() const { return clientPeople - count(Problem::Kind::Unreachable); }
    bool operator==(const AccountFigures &other) const
    {
        return hasKing == other.hasKing && kingInCheck == other.kingInCheck &&
               clientPeople == other.clientPeople && counts == other.counts;
    }
};

// An account's problems and figures, with the King's check as the analysis judges it.
struct AccountProblems
{
    QList<Problem> problems; // sorted
    AccountFigures figures;

    // From the whole analysis of the account.
    static AccountProblems of(const AnalysisInput &input, const AccountAnalysis &analysis);
    // Sorts the problems and counts the figures.
    void finish();
};

// Facts about our team's lines, counted straight from the input: which of us reaches
// each client person, and with what. The moves evaluate changes with it.
class TeamLines
{
public:
    struct Line
    {
        qint64 relationshipId = 0;
        qint64 memberId = 0;
        int strength = 0;
        QDate lastContact;
    };
    explicit TeamLines(const AnalysisInput &input);

    // A copy with one client's lines replaced (the rest shared, not copied).
    TeamLines withLinesTo(qint64 clientId, const QList<Line> &lines) const;
    // The client person and member a line joins, when it is one of our lines to the client.
    std::optional<std::pair<qint64, qint64>> clientAndMember(const Relationship &line) const;

    const QList<Line> &linesTo(qint64 clientId) const;
    bool strongFresh(const Line &line) const;
    bool cooling(const Line &line) const;
    // Whether the line is at the client's seniority band; unknown band: no.
    bool atLevel(const Line &line, const Person &client) const;
    int linesOf(qint64 memberId) const { return m_linesOf.value(memberId); }
    int totalLines() const { return m_total; }

private:
    const AnalysisInput *m_input;
    QHash<qint64, int> m_personIndex;
    QHash<qint64, QList<Line>> m_byClient;
    QHash<qint64, QList<Line>> m_override;
    QHash<qint64, int> m_linesOf;
    int m_total = 0;
};

// The problems that depend only on our lines to the client (everything but cuts,
// reachability, introduction paths and products, which need the network).
class LineProblems
{
public:
    explicit LineProblems(const AnalysisInput &input);

    // Adds the problems of every client (or of `only`) to *problems. `kingId` is the
    // analysed King (0: none); *inCheck gets whether the King is in check when the King is
    // counted. With `analysedToo` false only the problems the analysis does not find
    // itself (weak lines to Queens and Rooks, competitors' champions, sceptics) are added.
    void add(const TeamLines &lines, qint64 kingId, bool analysedToo, QList<Problem> *problems,
             bool *inCheck, const QSet<qint64> *only = nullptr) const;
    // The sceptics and opponents a client person influences as a champion or supporter.
    QList<qint64> worksOn(qint64 clientId) const { return m_worksOn.value(clientId); }

private:
    void addFor(const Person &person, const TeamLines &lines, qint64 kingId, bool analysedToo,
                QList<Problem> *problems, bool *inCheck) const;

    const AnalysisInput *m_input;
    QHash<qint64, int> m_indexOf;
    QHash<qint64, QList<qint64>> m_friendlyInfluencers; // sceptic → champions on them
    QHash<qint64, QList<qint64>> m_worksOn;             // champion → sceptics
};

} // namespace Kingside
