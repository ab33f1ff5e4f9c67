#include "AccountAnalyzer.h"

#include "AnalysisRules.h"

#include "AccountGraph.h"
#include "Betweenness.h"
#include "ChangeDetector.h"
#include "NetworkStructure.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace Kingside {
namespace {

bool isKeyPiece(Piece piece)
{
    return piece != Piece::Pawn;
}

// Seniority bands: 0 executive, 1 management, 2 operational.
int teamBand(const Person &member)
{
    switch (member.teamRole.value_or(TeamRole::Other)) {
    case TeamRole::ExecutiveSponsor:
    case TeamRole::Mentor:
        return 0;
    case TeamRole::AccountManager:
        return 1;
    case TeamRole::Specialist:
    case TeamRole::Other:
        return 2;
    }
    return 2;
}

// The levels (top first) split in thirds: the top third is executive, and so on.
std::optional<int> clientBand(const AnalysisInput &input, qint64 levelId)
{
    const qsizetype count = input.levels.size();
    for (qsizetype i = 0; i < count; ++i) {
        if (input.levels[i].id == levelId)
            return int((3 * i) / count);
    }
    return std::nullopt;
}

// Breadth-first search from `start` that never enters `skipVertex` nor uses the edge
// skipA–skipB; true when it meets anyone in `wanted` (other than skipVertex).
class Search
{
public:
    explicit Search(const AccountGraph &graph)
        : m_network(graph.network()), m_seen(std::size_t(graph.vertexCount()), 0)
    {}
    bool reaches(int start, const std::vector<char> &wanted, int skipVertex, int skipA = -1,
                 int skipB = -1)
    {
        ++m_round;
        if (m_round == 0) {
            std::fill(m_seen.begin(), m_seen.end(), 0);
            m_round = 1;
        }
        m_queue.clear();
        m_queue.push_back(start);
        m_seen[std::size_t(start)] = m_round;
        for (std::size_t head = 0; head < m_queue.size(); ++head) {
            const int v = m_queue[head];
            if (v != skipVertex && wanted[std::size_t(v)])
                return true;
            for (auto [at, end] = boost::adjacent_vertices(std::size_t(v), m_network); at != end;
                 ++at) {
                const int w = int(*at);
                if (w == skipVertex || m_seen[std::size_t(w)] == m_round)
                    continue;
                if ((v == skipA && w == skipB) || (v == skipB && w == skipA))
                    continue;
                m_seen[std::size_t(w)] = m_round;
                m_queue.push_back(w);
            }
        }
        return false;
    }

private:
    const AccountGraph::Csr &m_network;
    std::vector<unsigned char> m_seen;
    unsigned char m_round = 0;
    std::vector<int> m_queue;
};

std::optional<double> shareOf(qsizetype part, qsizetype whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

class Analysis
{
public:
    Analysis(const AnalysisInput &input, const AnalysisOptions &options)
        : m_input(input), m_options(options), m_graph(input)
    {}
    AccountAnalysis run();

private:
    const Person &person(int vertex) const { return m_input.people[vertex]; }
    ContactLine contactLine(const Relationship &line, const Person &member,
                            const Person &client) const;
    QList<ContactLine> linesTo(const Person &client) const;
    void network();
    void kingAndQueen();
    void camps();
    void threads();
    void cuts();
    void influencers();
    void whitespace();
    void cooling();
    void health();

    const AnalysisInput &m_input;
    const AnalysisOptions &m_options;
    AccountGraph m_graph;
    AccountAnalysis m_result;
    NetworkStructure m_structure;
    std::vector<char> m_isTeam;                    // holds lines: team without the mentor
    std::optional<IntroductionPaths> m_paths;      // from the team
    QHash<qint64, QList<int>> m_teamLinesByClient; // indexes into input.relationships
};

AccountAnalysis Analysis::run()
{
    m_result.accountId = m_input.account.id;
    m_result.accountName = m_input.account.name;
    m_result.today = m_input.today;
    m_isTeam.assign(std::size_t(m_graph.vertexCount()), 0);
    for (int v = 0; v < m_graph.vertexCount(); ++v) {
        if (AccountAnalyzer::holdsLines(person(v))) {
            m_isTeam[std::size_t(v)] = 1;
            m_result.team.append(person(v).id);
        }
    }
    for (int i = 0; i < m_input.relationships.size(); ++i) {
        const Relationship &line = m_input.relationships[i];
        if (line.kind == RelationshipKind::Tension)
            continue;
        const int a = m_graph.indexOf(line.fromId);
        const int b = m_graph.indexOf(line.toId);
        if (a < 0 || b < 0 || a == b)
            continue;
        if (m_isTeam[std::size_t(a)] && !person(b).isTeam())
            m_teamLinesByClient[line.toId].append(i);
        else if (m_isTeam[std::size_t(b)] && !person(a).isTeam())
            m_teamLinesByClient[line.fromId].append(i);
    }
    network();
    kingAndQueen();
    camps();
    threads();
    cuts();
    influencers();
    whitespace();
    cooling();
    m_result.changes = ChangeDetector::compare(m_input);
    health();
    return m_result;
}

void Analysis::network()
{
    const int n = m_graph.vertexCount();
    m_structure = NetworkStructure::of(m_graph);
    // Both networks as one pool of work: no thread idles while the other finishes one.
    const std::vector<std::vector<double>> values = Betweenness::computeAll(
        {&m_graph.network(), &m_graph.clientNetwork()}, m_options.maxThreads);
    const std::vector<double> &betweenness = values[0];
    const std::vector<double> &clientBetweenness = values[1];

    std::vector<char> componentHasTeam(std::size_t(m_structure.componentCount), 0);
    std::vector<int> sources;
    for (int v = 0; v < n; ++v) {
        if (m_isTeam[std::size_t(v)]) {
            componentHasTeam[std::size_t(m_structure.component[std::size_t(v)])] = 1;
            sources.push_back(v);
        }
    }
    m_paths.emplace(m_graph, sources);
    const IntroductionPaths &paths = *m_paths;
    m_result.componentCount = m_structure.componentCount;
    m_result.people.resize(std::size_t(n));
    for (int v = 0; v < n; ++v) {
        PersonFindings &findings = m_result.people[std::size_t(v)];
        findings.personId = person(v).id;
        findings.betweenness = betweenness[std::size_t(v)];
        findings.articulationPoint = m_structure.articulationPoint[std::size_t(v)];
        findings.component = m_structure.component[std::size_t(v)];
        findings.reachable =
            person(v).isTeam() || componentHasTeam[std::size_t(findings.component)] != 0;
        findings.introductionCost = paths.costTo(v);
        if (findings.articulationPoint)
            m_result.articulationPoints.append(findings.personId);
        if (!findings.reachable)
            m_result.unreachable.append(findings.personId);
        const auto lines = m_teamLinesByClient.constFind(findings.personId);
        if (lines == m_teamLinesByClient.constEnd())
            continue;
        for (int index : *lines) {
            const Relationship &line = m_input.relationships[index];
            const qint64 member = line.fromId == findings.personId ? line.toId : line.fromId;
            if (!findings.teamContacts.contains(member)) // a handful: a list is quicker
                findings.teamContacts.append(member);
        }
    }
    const std::vector<int> &clients = m_graph.clientVertices();
    for (std::size_t c = 0; c < clients.size(); ++c)
        m_result.people[std::size_t(clients[c])].clientBetweenness = clientBetweenness[c];
}

ContactLine Analysis::contactLine(const Relationship &line, const Person &member,
                                  const Person &client) const
{
    ContactLine contact;
    contact.relationshipId = line.id;
    contact.teamMemberId = member.id;
    contact.strength = line.strength;
    contact.lastContact = line.lastContact;
    contact.strong = line.strength >= m_options.strongStrength;
    if (line.lastContact.isValid()) {
        contact.daysSinceContact = int(line.lastContact.daysTo(m_input.today));
        contact.fresh = contact.daysSinceContact <= m_input.account.freshnessDays;
    }
    const std::optional<int> band = clientBand(m_input, client.levelId);
    if (band)
        contact.levelMatches = *band == teamBand(member);
    return contact;
}

QList<ContactLine> Analysis::linesTo(const Person &client) const
{
    QList<ContactLine> lines;
    for (int index : m_teamLinesByClient.value(client.id)) {
        const Relationship &line = m_input.relationships[index];
        const qint64 memberId = line.fromId == client.id ? line.toId : line.fromId;
        lines.append(contactLine(line, person(m_graph.indexOf(memberId)), client));
    }
    return lines;
}

void Analysis::kingAndQueen()
{
    // The decision role's King (or Queen) first, then overridden pieces in id order.
    auto pick = [this](Piece piece, DecisionRole role, QList<qint64> *all) {
        qint64 chosen = 0;
        for (const Person &p : m_input.people) {
            if (p.isTeam() || p.piece() != piece)
                continue;
            all->append(p.id);
            if (chosen == 0 || (p.decisionRole == role &&
                                m_input.people[m_graph.indexOf(chosen)].decisionRole != role))
                chosen = p.id;
        }
        return chosen;
    };
    KingFindings &king = m_result.king;
    king.kingId = pick(Piece::King, DecisionRole::DecisionMaker, &king.kings);
    if (king.kingId != 0) {
        const Person &k = person(m_graph.indexOf(king.kingId));
        king.lines = linesTo(k);
        for (const ContactLine &line : king.lines) {
            if (line.strong && line.fresh) {
                king.strongFreshLine = true;
                if (line.levelMatches.value_or(false))
                    king.strongFreshLineAtLevel = true;
            }
        }
        if (k.attitude == Attitude::Opponent)
            king.reasons.append(CheckReason::Opponent);
        if (k.attitude == Attitude::Sceptic)
            king.reasons.append(CheckReason::Sceptic);
        if (k.competitorId > 0)
            king.reasons.append(CheckReason::FavoursCompetitor);
        if (!king.strongFreshLine)
            king.reasons.append(CheckReason::NoStrongFreshLine);
        king.inCheck = !king.reasons.isEmpty();
        QList<qint64> ids;
        ids.reserve(m_input.people.size());
        for (const Person &p : m_input.people)
            ids.append(p.id);
        m_result.pathToKing = m_paths->pathTo(m_graph.indexOf(king.kingId), ids);
    }
    QueenFindings &queen = m_result.queen;
    queen.queenId = pick(Piece::Queen, DecisionRole::PowerInfluencer, &queen.queens);
    if (queen.queenId != 0)
        queen.lines = linesTo(person(m_graph.indexOf(queen.queenId)));
}

void Analysis::camps()
{
    QList<DepartmentCamp> camps;
    for (const Department &department : m_input.departments)
        camps.append({department.id, department.name, {}, {}});
    camps.append(
        {0, QCoreApplication::translate("Kingside::AccountAnalyzer", "No department"), {}, {}});
    std::map<qint64, CompetitorCamp> competitors;
    for (const Person &p : m_input.people) {
        if (p.isTeam())
            continue;
        auto camp = std::find_if(camps.begin(), camps.end(), [&](const DepartmentCamp &c) {
            return c.departmentId == p.departmentId;
        });
        if (camp == camps.end())
            camp = camps.end() - 1;
        if (p.attitude == Attitude::Champion)
            camp->champions.append(p.id);
        else if (p.attitude == Attitude::Opponent)
            camp->opponents.append(p.id);
        if (p.competitorId > 0) {
            CompetitorCamp &rival = competitors[p.competitorId];
            rival.competitorId = p.competitorId;
            rival.competitor = m_input.competitorNames.value(
                p.competitorId,
                QCoreApplication::translate("Kingside::AccountAnalyzer", "Competitor %1")
                    .arg(p.competitorId));
            rival.people.append(p.id);
        }
    }
    for (const DepartmentCamp &camp : camps) {
        if (!camp.champions.isEmpty() || !camp.opponents.isEmpty())
            m_result.camps.append(camp);
    }
    for (const auto &[id, camp] : competitors)
        m_result.competitorCamps.append(camp);
}

void Analysis::threads()
{
    for (const Person &p : m_input.people) {
        if (p.isTeam() || !isKeyPiece(p.piece()))
            continue;
        KeyPieceReach reach{p.id, p.piece(), {}, {}};
        for (int index : m_teamLinesByClient.value(p.id)) {
            const Relationship &line = m_input.relationships[index];
            const qint64 member = line.fromId == p.id ? line.toId : line.fromId;
            if (!reach.teamMembers.contains(member))
                reach.teamMembers.append(member);
            reach.relationshipIds.append(line.id);
        }
        m_result.keyPieces.append(reach);
        if (reach.teamMembers.size() == 1)
            m_result.singleThreaded.append(reach);
    }
    QHash<qint64, int> linesOf;
    int total = 0;
    for (auto it = m_teamLinesByClient.cbegin(); it != m_teamLinesByClient.cend(); ++it) {
        for (int index : it.value()) {
            const Relationship &line = m_input.relationships[index];
            ++linesOf[line.fromId == it.key() ? line.toId : line.fromId];
            ++total;
        }
    }
    for (qint64 member : std::as_const(m_result.team)) {
        const int lines = linesOf.value(member);
        if (total > 0 && double(lines) / total > m_options.dominantShare)
            m_result.dominantMembers.append({member, lines, total, double(lines) / total});
    }
}

void Analysis::cuts()
{
    Search search(m_graph);
    const int n = m_graph.vertexCount();
    struct Target
    {
        int vertex = -1;
        bool reachable = false;
    };
    auto targetFor = [&](qint64 personId) {
        Target target;
        target.vertex = personId > 0 ? m_graph.indexOf(personId) : -1;
        if (target.vertex >= 0)
            target.reachable = search.reaches(target.vertex, m_isTeam, -1);
        return target;
    };
    const Target king = targetFor(m_result.king.kingId);
    const Target queen = targetFor(m_result.queen.queenId);

    // Someone cuts us off from a target when, without them, none of the rest of our team
    // is connected to it. Only articulation points and our own people can.
    auto cutsOff = [&](const Target &target, int v) {
        if (!target.reachable || v == target.vertex)
            return false;
        if (m_structure.component[std::size_t(v)] !=
            m_structure.component[std::size_t(target.vertex)])
            return false;
        if (!m_structure.articulationPoint[std::size_t(v)] && !m_isTeam[std::size_t(v)])
            return false;
        return !search.reaches(target.vertex, m_isTeam, v);
    };
    for (int v = 0; v < n; ++v) {
        const CriticalPoint point{person(v).id, cutsOff(king, v), cutsOff(queen, v)};
        if (point.cutsKing || point.cutsQueen)
            m_result.criticalPeople.append(point);
    }
    auto bridgeCutsOff = [&](const Target &target, const NetworkEdge &edge) {
        if (!target.reachable || m_structure.component[std::size_t(edge.a)] !=
                                     m_structure.component[std::size_t(target.vertex)])
            return false;
        return !search.reaches(target.vertex, m_isTeam, -1, edge.a, edge.b);
    };
    for (int index : m_structure.bridges) {
        const NetworkEdge &edge = m_graph.networkEdges()[std::size_t(index)];
        m_result.bridges.append({person(edge.a).id, person(edge.b).id, edge.relationshipIds,
                                 bridgeCutsOff(king, edge), bridgeCutsOff(queen, edge)});
    }
}

void Analysis::influencers()
{
    const std::vector<int> &clients = m_graph.clientVertices();
    if (clients.empty())
        return;
    double sum = 0;
    for (int v : clients)
        sum += m_result.people[std::size_t(v)].clientBetweenness;
    const double mean = sum / double(clients.size());
    double squares = 0;
    for (int v : clients) {
        const double d = m_result.people[std::size_t(v)].clientBetweenness - mean;
        squares += d * d;
    }
    const double deviation = std::sqrt(squares / double(clients.size()));
    const double threshold = mean + m_options.influencerDeviations * deviation;
    for (int v : clients) {
        const double value = m_result.people[std::size_t(v)].clientBetweenness;
        if (person(v).piece() == Piece::Pawn && value > mean && value >= threshold)
            m_result.hiddenInfluencers.append({person(v).id, value});
    }
    std::stable_sort(m_result.hiddenInfluencers.begin(), m_result.hiddenInfluencers.end(),
                     [](const HiddenInfluencer &a, const HiddenInfluencer &b) {
                         return a.clientBetweenness > b.clientBetweenness;
                     });
}

void Analysis::whitespace()
{
    QSet<QPair<qint64, qint64>> occupied;
    for (const Person &p : m_input.people) {
        if (!p.isTeam())
            occupied.insert({p.departmentId, p.levelId});
    }
    for (const Level &level : m_input.levels) {
        for (const Department &department : m_input.departments) {
            if (!occupied.contains({department.id, level.id}))
                m_result.emptySquares.append({department.id, level.id});
        }
    }

    for (const ProductInfo &product : m_input.products) {
        ProductGap gap{product.id, product.name, ProductGap::Kind::NeverMeet, {}, {}};
        for (const ProductInvolvement &role : m_input.productRoles) {
            if (role.productId != product.id || m_graph.indexOf(role.personId) < 0)
                continue;
            if (role.role == ProductRole::User && !gap.users.contains(role.personId))
                gap.users.append(role.personId);
            else if (role.role == ProductRole::Specifier && !gap.specifiers.contains(role.personId))
                gap.specifiers.append(role.personId);
        }
        if (gap.users.isEmpty() && gap.specifiers.isEmpty())
            continue;
        if (gap.users.isEmpty()) {
            gap.kind = ProductGap::Kind::NoUsers;
        } else if (gap.specifiers.isEmpty()) {
            gap.kind = ProductGap::Kind::NoSpecifiers;
        } else {
            bool meet = false;
            for (qint64 user : std::as_const(gap.users)) {
                const int u = m_graph.indexOf(user);
                for (qint64 specifier : std::as_const(gap.specifiers)) {
                    const int s = m_graph.indexOf(specifier);
                    if (u == s || m_graph.joined(u, s)) {
                        meet = true;
                        break;
                    }
                }
                if (meet)
                    break;
            }
            if (meet)
                continue;
        }
        m_result.productGaps.append(gap);
    }
}

void Analysis::cooling()
{
    for (auto it = m_teamLinesByClient.cbegin(); it != m_teamLinesByClient.cend(); ++it) {
        for (int index : it.value()) {
            const Relationship &line = m_input.relationships[index];
            const int days =
                line.lastContact.isValid() ? int(line.lastContact.daysTo(m_input.today)) : -1;
            if (days >= 0 && days <= m_input.account.freshnessDays)
                continue;
            if (!line.lastContact.isValid() || days > m_input.account.freshnessDays)
                m_result.cooling.append({line.id, line.fromId == it.key() ? line.toId : line.fromId,
                                         it.key(), line.strength, line.lastContact, days});
        }
    }
    // Never contacted first, then the longest silence; ties in relationship order.
    std::sort(m_result.cooling.begin(), m_result.cooling.end(),
              [](const CoolingLine &a, const CoolingLine &b) {
                  const int ka = a.daysSinceContact < 0 ? INT_MAX : a.daysSinceContact;
                  const int kb = b.daysSinceContact < 0 ? INT_MAX : b.daysSinceContact;
                  return ka != kb ? ka > kb : a.relationshipId < b.relationshipId;
              });
}

void Analysis::health()
{
    AccountHealth &health = m_result.health;
    for (const KeyPieceReach &reach : std::as_const(m_result.keyPieces)) {
        health.keyPieces.append(reach.personId);
        if (reach.teamMembers.isEmpty())
            health.uncoveredKeyPieces.append(reach.personId);
        else
            health.keyPiecesCovered.append(reach.personId);
        if (reach.teamMembers.size() == 1)
            health.singleThreaded.append(reach.personId);
    }
    health.keyPieceCoverage = shareOf(health.keyPiecesCovered.size(), health.keyPieces.size());
    for (std::size_t v = 0; v < m_result.people.size(); ++v) {
        const Person &p = m_input.people[qsizetype(v)];
        if (p.isTeam())
            continue;
        health.clientPeople.append(p.id);
        if (p.attitude == Attitude::Champion || p.attitude == Attitude::Supporter)
            health.supporters.append(p.id);
        if (m_result.people[v].reachable)
            health.reachableClients.append(p.id);
    }
    health.supporterShare = shareOf(health.supporters.size(), health.clientPeople.size());
    health.reachableShare = shareOf(health.reachableClients.size(), health.clientPeople.size());
    health.hasKing = m_result.king.kingId != 0;
    health.kingInCheck = m_result.king.inCheck;
    for (const CriticalPoint &point : std::as_const(m_result.criticalPeople))
        health.criticalPeople.append(point.personId);
    for (const QList<int> &lines : m_teamLinesByClient)
        health.teamLines += int(lines.size());
    for (const CoolingLine &line : std::as_const(m_result.cooling))
        health.coolingLines.append(line.relationshipId);
    health.coolingShare = shareOf(health.coolingLines.size(), health.teamLines);
}

} // namespace

int AnalysisRules::teamBand(const Person &member)
{
    return Kingside::teamBand(member);
}

std::optional<int> AnalysisRules::clientBand(const AnalysisInput &input, qint64 levelId)
{
    return Kingside::clientBand(input, levelId);
}

bool AccountAnalyzer::holdsLines(const Person &person)
{
    return person.isTeam() && person.teamRole.value_or(TeamRole::Other) != TeamRole::Mentor;
}

AccountAnalysis AccountAnalyzer::analyse(const AnalysisInput &input, const AnalysisOptions &options)
{
    return Analysis(input, options).run();
}

IntroductionPath AccountAnalyzer::introductionPath(const AnalysisInput &input, qint64 targetId,
                                                   qint64 fromTeamMemberId)
{
    const AccountGraph graph(input);
    const int target = graph.indexOf(targetId);
    if (target < 0)
        return {};
    std::vector<int> sources;
    QList<qint64> ids;
    for (int v = 0; v < graph.vertexCount(); ++v) {
        const Person &person = input.people[v];
        ids.append(person.id);
        if (fromTeamMemberId > 0 ? person.id == fromTeamMemberId : holdsLines(person))
            sources.push_back(v);
    }
    return IntroductionPaths(graph, sources).pathTo(target, ids);
}

const PersonFindings *AccountAnalysis::findingsFor(qint64 personId) const
{
    for (const PersonFindings &findings : people) {
        if (findings.personId == personId)
            return &findings;
    }
    return nullptr;
}

} // namespace Kingside
