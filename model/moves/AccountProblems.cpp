#include "AccountProblems.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AnalysisRules.h"

#include <QSet>

#include <algorithm>

namespace Kingside {

int Problem::weight() const
{
    // The King's check counts most, then the threads and cuts that can lose us the account,
    // then everything that makes it harder to win.
    switch (kind) {
    case Kind::KingWithoutStrongFreshLine:
        return 8;
    case Kind::KingWithoutLineAtLevel:
    case Kind::SingleThreaded:
    case Kind::Unthreaded:
    case Kind::CriticalPerson:
        return 4;
    case Kind::CriticalLine:
    case Kind::KeyLineWeak:
    case Kind::CompetitorChampion:
    case Kind::ScepticUnworked:
    case Kind::ProductApart:
        return 2;
    case Kind::Unreachable:
    case Kind::NoIntroduction:
    case Kind::CoolingKeyLine:
        return 1;
    }
    return 1;
}

size_t qHash(const Problem &problem, size_t seed)
{
    return ::qHash(int(problem.kind), seed) ^ ::qHash(problem.a, seed * 31 + 7) ^
           ::qHash(problem.b, seed * 131 + 3);
}

void AccountProblems::finish()
{
    std::sort(problems.begin(), problems.end());
    problems.erase(std::unique(problems.begin(), problems.end()), problems.end());
    figures.counts.clear();
    for (const Problem &problem : std::as_const(problems))
        ++figures.counts[int(problem.kind)];
}

AccountProblems AccountProblems::of(const AnalysisInput &input, const AccountAnalysis &analysis)
{
    AccountProblems result;
    QList<Problem> &problems = result.problems;
    const KingFindings &king = analysis.king;
    result.figures.hasKing = king.kingId != 0;
    result.figures.kingInCheck = king.inCheck;
    if (king.kingId != 0) {
        if (!king.strongFreshLine)
            problems.append({Problem::Kind::KingWithoutStrongFreshLine, king.kingId, 0});
        if (!king.strongFreshLineAtLevel)
            problems.append({Problem::Kind::KingWithoutLineAtLevel, king.kingId, 0});
    }
    QSet<qint64> keyPieces;
    for (const KeyPieceReach &reach : analysis.keyPieces) {
        keyPieces.insert(reach.personId);
        if (reach.teamMembers.isEmpty())
            problems.append({Problem::Kind::Unthreaded, reach.personId, 0});
        else if (reach.teamMembers.size() == 1)
            problems.append({Problem::Kind::SingleThreaded, reach.personId, 0});
    }
    for (const CriticalPoint &point : analysis.criticalPeople)
        problems.append({Problem::Kind::CriticalPerson, point.personId, 0});
    for (const BridgeLine &bridge : analysis.bridges) {
        if (bridge.cutsKing || bridge.cutsQueen)
            problems.append({Problem::Kind::CriticalLine, std::min(bridge.personA, bridge.personB),
                             std::max(bridge.personA, bridge.personB)});
    }
    for (qint64 id : analysis.unreachable)
        problems.append({Problem::Kind::Unreachable, id, 0});
    for (std::size_t v = 0; v < analysis.people.size(); ++v) {
        const Person &person = input.people[qsizetype(v)];
        if (person.isTeam())
            continue;
        ++result.figures.clientPeople;
        if (analysis.people[v].introductionCost < 0)
            problems.append({Problem::Kind::NoIntroduction, person.id, 0});
    }
    for (const ProductGap &gap : analysis.productGaps) {
        if (gap.kind == ProductGap::Kind::NeverMeet)
            problems.append({Problem::Kind::ProductApart, gap.productId, 0});
    }
    for (const CoolingLine &line : analysis.cooling) {
        if (keyPieces.contains(line.clientId))
            problems.append({Problem::Kind::CoolingKeyLine, line.relationshipId, 0});
    }
    bool unused = false;
    LineProblems(input).add(TeamLines(input), king.kingId, false, &problems, &unused);
    result.finish();
    return result;
}

TeamLines::TeamLines(const AnalysisInput &input) : m_input(&input)
{
    m_personIndex.reserve(input.people.size());
    for (int i = 0; i < input.people.size(); ++i)
        m_personIndex.insert(input.people[i].id, i);
    for (const Relationship &line : input.relationships) {
        const auto ends = clientAndMember(line);
        if (!ends)
            continue;
        m_byClient[ends->first].append({line.id, ends->second, line.strength, line.lastContact});
        ++m_linesOf[ends->second];
        ++m_total;
    }
}

std::optional<std::pair<qint64, qint64>> TeamLines::clientAndMember(const Relationship &line) const
{
    if (line.kind == RelationshipKind::Tension || line.fromId == line.toId)
        return std::nullopt;
    const int a = m_personIndex.value(line.fromId, -1);
    const int b = m_personIndex.value(line.toId, -1);
    if (a < 0 || b < 0)
        return std::nullopt;
    const Person &from = m_input->people[a];
    const Person &to = m_input->people[b];
    if (AccountAnalyzer::holdsLines(from) && !to.isTeam())
        return std::pair(to.id, from.id);
    if (AccountAnalyzer::holdsLines(to) && !from.isTeam())
        return std::pair(from.id, to.id);
    return std::nullopt;
}

TeamLines TeamLines::withLinesTo(qint64 clientId, const QList<Line> &lines) const
{
    TeamLines copy = *this;
    copy.m_override.insert(clientId, lines);
    return copy;
}

const QList<TeamLines::Line> &TeamLines::linesTo(qint64 clientId) const
{
    static const QList<Line> none;
    if (!m_override.isEmpty()) {
        const auto overridden = m_override.constFind(clientId);
        if (overridden != m_override.constEnd())
            return *overridden;
    }
    const auto found = m_byClient.constFind(clientId);
    return found == m_byClient.constEnd() ? none : *found;
}

bool TeamLines::strongFresh(const Line &line) const
{
    // As the analysis judges a line (README "The graphs"): strong at 4 or 5, fresh when
    // the last contact is at most the freshness window before today.
    const AnalysisOptions defaults;
    return line.strength >= defaults.strongStrength && line.lastContact.isValid() &&
           line.lastContact.daysTo(m_input->today) <= m_input->account.freshnessDays;
}

bool TeamLines::cooling(const Line &line) const
{
    return !line.lastContact.isValid() ||
           line.lastContact.daysTo(m_input->today) > m_input->account.freshnessDays;
}

bool TeamLines::atLevel(const Line &line, const Person &client) const
{
    const std::optional<int> band = AnalysisRules::clientBand(*m_input, client.levelId);
    const int member = m_personIndex.value(line.memberId, -1);
    return band && member >= 0 && *band == AnalysisRules::teamBand(m_input->people[member]);
}

LineProblems::LineProblems(const AnalysisInput &input) : m_input(&input)
{
    // Who influences each sceptic or opponent on our side: champions and supporters with
    // an influence line to them.
    QHash<qint64, int> &indexOf = m_indexOf;
    for (int i = 0; i < input.people.size(); ++i)
        indexOf.insert(input.people[i].id, i);
    for (const Relationship &line : input.relationships) {
        if (line.kind != RelationshipKind::Influence)
            continue;
        const int from = indexOf.value(line.fromId, -1);
        const int to = indexOf.value(line.toId, -1);
        if (from < 0 || to < 0 || from == to)
            continue;
        const Person &influencer = input.people[from];
        const Person &influenced = input.people[to];
        if (influencer.isTeam() || influenced.isTeam())
            continue;
        if ((influencer.attitude == Attitude::Champion ||
             influencer.attitude == Attitude::Supporter) &&
            (influenced.attitude == Attitude::Sceptic ||
             influenced.attitude == Attitude::Opponent)) {
            QList<qint64> &on = m_friendlyInfluencers[influenced.id];
            if (!on.contains(influencer.id))
                on.append(influencer.id);
            QList<qint64> &works = m_worksOn[influencer.id];
            if (!works.contains(influenced.id))
                works.append(influenced.id);
        }
    }
}

void LineProblems::add(const TeamLines &lines, qint64 kingId, bool analysedToo,
                       QList<Problem> *problems, bool *inCheck, const QSet<qint64> *only) const
{
    if (only) {
        for (qint64 id : *only) {
            const int index = m_indexOf.value(id, -1);
            if (index >= 0 && !m_input->people[index].isTeam())
                addFor(m_input->people[index], lines, kingId, analysedToo, problems, inCheck);
        }
        return;
    }
    for (const Person &person : m_input->people) {
        if (!person.isTeam())
            addFor(person, lines, kingId, analysedToo, problems, inCheck);
    }
}

void LineProblems::addFor(const Person &person, const TeamLines &lines, qint64 kingId,
                          bool analysedToo, QList<Problem> *problems, bool *inCheck) const
{
    auto hasStrongFresh = [&lines](qint64 clientId) {
        for (const TeamLines::Line &line : lines.linesTo(clientId)) {
            if (lines.strongFresh(line))
                return true;
        }
        return false;
    };
    const QList<TeamLines::Line> &to = lines.linesTo(person.id);
    const Piece piece = person.piece();
    if (analysedToo && person.id == kingId) {
        bool strongFresh = false;
        bool atLevel = false;
        for (const TeamLines::Line &line : to) {
            if (lines.strongFresh(line)) {
                strongFresh = true;
                atLevel = atLevel || lines.atLevel(line, person);
            }
        }
        if (!strongFresh)
            problems->append({Problem::Kind::KingWithoutStrongFreshLine, person.id, 0});
        if (!atLevel)
            problems->append({Problem::Kind::KingWithoutLineAtLevel, person.id, 0});
        *inCheck = !strongFresh || person.attitude == Attitude::Opponent ||
                   person.attitude == Attitude::Sceptic || person.competitorId > 0;
    }
    if (analysedToo && piece != Piece::Pawn) {
        QList<qint64> members;
        for (const TeamLines::Line &line : to) {
            if (!members.contains(line.memberId))
                members.append(line.memberId);
            if (lines.cooling(line))
                problems->append({Problem::Kind::CoolingKeyLine, line.relationshipId, 0});
        }
        if (members.isEmpty())
            problems->append({Problem::Kind::Unthreaded, person.id, 0});
        else if (members.size() == 1)
            problems->append({Problem::Kind::SingleThreaded, person.id, 0});
    }
    const bool strongFresh = hasStrongFresh(person.id);
    if ((piece == Piece::Queen || piece == Piece::Rook) && !strongFresh)
        problems->append({Problem::Kind::KeyLineWeak, person.id, 0});
    if (person.competitorId > 0 && !strongFresh)
        problems->append({Problem::Kind::CompetitorChampion, person.id, 0});
    const auto influencers = m_friendlyInfluencers.constFind(person.id);
    if (influencers != m_friendlyInfluencers.constEnd()) {
        const bool worked = std::any_of(influencers->cbegin(), influencers->cend(),
                                        [&](qint64 id) { return hasStrongFresh(id); });
        if (!worked)
            problems->append({Problem::Kind::ScepticUnworked, person.id, 0});
    }
}

} // namespace Kingside
