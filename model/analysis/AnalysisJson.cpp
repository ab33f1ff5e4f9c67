#include "AnalysisJson.h"

#include "AnalysisReport.h"

#include <QJsonArray>

#include <algorithm>

namespace Kingside {
namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString sideOf(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Champion:
    case Attitude::Supporter:
        return QStringLiteral("with_us");
    case Attitude::Neutral:
        return QStringLiteral("neutral");
    case Attitude::Sceptic:
    case Attitude::Opponent:
        return QStringLiteral("against_us");
    }
    return {};
}

QString reasonCode(CheckReason reason)
{
    switch (reason) {
    case CheckReason::Opponent:
        return QStringLiteral("opponent");
    case CheckReason::Sceptic:
        return QStringLiteral("sceptic");
    case CheckReason::FavoursCompetitor:
        return QStringLiteral("favours_competitor");
    case CheckReason::NoStrongFreshLine:
        return QStringLiteral("no_strong_fresh_line");
    }
    return {};
}

QString gapCode(ProductGap::Kind kind)
{
    switch (kind) {
    case ProductGap::Kind::NeverMeet:
        return QStringLiteral("users_and_specifiers_never_meet");
    case ProductGap::Kind::NoUsers:
        return QStringLiteral("no_users");
    case ProductGap::Kind::NoSpecifiers:
        return QStringLiteral("no_specifiers");
    }
    return {};
}

class Writer
{
public:
    Writer(const AnalysisInput &input, const AccountAnalysis &analysis)
        : m_input(input), m_analysis(analysis), m_report(input, analysis)
    {}
    QJsonObject document() const;

private:
    QJsonArray names(const QList<qint64> &ids) const
    {
        QJsonArray array;
        for (qint64 id : ids)
            array.append(m_report.nameOf(id));
        return array;
    }
    QJsonArray lines(const QList<ContactLine> &contacts) const;
    QJsonValue king() const;
    QJsonValue queen() const;
    QJsonArray people() const;
    QJsonObject health() const;

    const AnalysisInput &m_input;
    const AccountAnalysis &m_analysis;
    AnalysisReport m_report;
};

QJsonArray Writer::lines(const QList<ContactLine> &contacts) const
{
    QJsonArray array;
    for (const ContactLine &line : contacts) {
        QJsonObject object;
        object.insert(QStringLiteral("team_member"), m_report.nameOf(line.teamMemberId));
        object.insert(QStringLiteral("strength"), line.strength);
        object.insert(QStringLiteral("last_contact"), dateValue(line.lastContact));
        object.insert(QStringLiteral("days_since_contact"),
                      line.daysSinceContact < 0 ? QJsonValue() : QJsonValue(line.daysSinceContact));
        object.insert(QStringLiteral("strong"), line.strong);
        object.insert(QStringLiteral("fresh"), line.fresh);
        object.insert(QStringLiteral("level_matches"),
                      line.levelMatches ? QJsonValue(*line.levelMatches) : QJsonValue());
        array.append(object);
    }
    return array;
}

QJsonValue Writer::king() const
{
    const KingFindings &king = m_analysis.king;
    const Person *person = m_report.person(king.kingId);
    if (!person)
        return QJsonValue();
    QJsonObject object;
    object.insert(QStringLiteral("name"), person->name);
    object.insert(QStringLiteral("id"), person->id);
    object.insert(QStringLiteral("attitude"), codeOf(person->attitude));
    object.insert(QStringLiteral("competitor"),
                  textOrNull(m_input.competitorNames.value(person->competitorId)));
    object.insert(QStringLiteral("in_check"), king.inCheck);
    QJsonArray reasons;
    for (CheckReason reason : king.reasons)
        reasons.append(reasonCode(reason));
    object.insert(QStringLiteral("check_reasons"), reasons);
    object.insert(QStringLiteral("strong_fresh_line"), king.strongFreshLine);
    object.insert(QStringLiteral("strong_fresh_line_at_level"), king.strongFreshLineAtLevel);
    object.insert(QStringLiteral("lines"), lines(king.lines));
    object.insert(QStringLiteral("all_kings"), names(king.kings));
    return object;
}

QJsonValue Writer::queen() const
{
    const QueenFindings &queen = m_analysis.queen;
    const Person *person = m_report.person(queen.queenId);
    if (!person)
        return QJsonValue();
    QJsonObject object;
    object.insert(QStringLiteral("name"), person->name);
    object.insert(QStringLiteral("id"), person->id);
    object.insert(QStringLiteral("attitude"), codeOf(person->attitude));
    object.insert(QStringLiteral("side"), sideOf(person->attitude));
    object.insert(QStringLiteral("competitor"),
                  textOrNull(m_input.competitorNames.value(person->competitorId)));
    object.insert(QStringLiteral("lines"), lines(queen.lines));
    object.insert(QStringLiteral("all_queens"), names(queen.queens));
    return object;
}

QJsonArray Writer::people() const
{
    QJsonArray array;
    for (qsizetype i = 0; i < m_input.people.size(); ++i) {
        const Person &person = m_input.people[i];
        const PersonFindings &findings = m_analysis.people[std::size_t(i)];
        QJsonObject object;
        object.insert(QStringLiteral("name"), person.name);
        object.insert(QStringLiteral("id"), person.id);
        object.insert(QStringLiteral("side"), codeOf(person.side));
        if (person.isTeam()) {
            object.insert(QStringLiteral("team_role"),
                          codeOf(person.teamRole.value_or(TeamRole::Other)));
            object.insert(QStringLiteral("department"), QJsonValue());
            object.insert(QStringLiteral("level"), QJsonValue());
            object.insert(QStringLiteral("piece"), QJsonValue());
            object.insert(QStringLiteral("attitude"), QJsonValue());
        } else {
            object.insert(QStringLiteral("department"),
                          textOrNull(m_report.departmentName(person.departmentId)));
            object.insert(QStringLiteral("level"), textOrNull(m_report.levelName(person.levelId)));
            object.insert(QStringLiteral("piece"), codeOf(person.piece()));
            object.insert(QStringLiteral("attitude"), codeOf(person.attitude));
            object.insert(QStringLiteral("competitor"),
                          textOrNull(m_input.competitorNames.value(person.competitorId)));
        }
        object.insert(QStringLiteral("betweenness"), findings.betweenness);
        object.insert(QStringLiteral("client_betweenness"), findings.clientBetweenness);
        object.insert(QStringLiteral("articulation_point"), findings.articulationPoint);
        object.insert(QStringLiteral("reachable"), findings.reachable);
        object.insert(QStringLiteral("component"), findings.component);
        object.insert(QStringLiteral("introduction_cost"),
                      findings.introductionCost < 0 ? QJsonValue()
                                                    : QJsonValue(findings.introductionCost));
        array.append(object);
    }
    return array;
}

QJsonObject Writer::health() const
{
    const AccountHealth &health = m_analysis.health;
    auto share = [](std::optional<double> value) {
        return value ? QJsonValue(*value) : QJsonValue();
    };
    QJsonObject object;
    object.insert(QStringLiteral("key_pieces"), names(health.keyPieces));
    object.insert(QStringLiteral("key_pieces_covered"), names(health.keyPiecesCovered));
    object.insert(QStringLiteral("key_piece_coverage"), share(health.keyPieceCoverage));
    object.insert(QStringLiteral("uncovered_key_pieces"), names(health.uncoveredKeyPieces));
    object.insert(QStringLiteral("client_people"), int(health.clientPeople.size()));
    object.insert(QStringLiteral("supporters"), names(health.supporters));
    object.insert(QStringLiteral("supporter_share"), share(health.supporterShare));
    object.insert(QStringLiteral("single_threaded"), names(health.singleThreaded));
    object.insert(QStringLiteral("single_threaded_count"), int(health.singleThreaded.size()));
    object.insert(QStringLiteral("has_king"), health.hasKing);
    object.insert(QStringLiteral("king_in_check"), health.kingInCheck);
    object.insert(QStringLiteral("reachable_share"), share(health.reachableShare));
    object.insert(QStringLiteral("critical_people"), names(health.criticalPeople));
    object.insert(QStringLiteral("team_lines"), health.teamLines);
    object.insert(QStringLiteral("cooling_lines"), int(health.coolingLines.size()));
    object.insert(QStringLiteral("cooling_share"), share(health.coolingShare));
    return object;
}

QJsonObject Writer::document() const
{
    QJsonObject root;
    root.insert(QStringLiteral("account"), m_analysis.accountName);
    root.insert(QStringLiteral("account_id"), m_analysis.accountId);
    root.insert(QStringLiteral("today"), dateValue(m_analysis.today));
    root.insert(QStringLiteral("freshness_days"), m_input.account.freshnessDays);
    root.insert(QStringLiteral("people"), people());
    root.insert(QStringLiteral("components"), m_analysis.componentCount);
    root.insert(QStringLiteral("articulation_points"), names(m_analysis.articulationPoints));

    QJsonArray bridges;
    QJsonArray bridgeDetails;
    for (const BridgeLine &bridge : m_analysis.bridges) {
        bridges.append(
            QJsonArray{m_report.nameOf(bridge.personA), m_report.nameOf(bridge.personB)});
        QJsonObject detail;
        detail.insert(QStringLiteral("people"),
                      QJsonArray{m_report.nameOf(bridge.personA), m_report.nameOf(bridge.personB)});
        detail.insert(QStringLiteral("cuts_king"), bridge.cutsKing);
        detail.insert(QStringLiteral("cuts_queen"), bridge.cutsQueen);
        bridgeDetails.append(detail);
    }
    root.insert(QStringLiteral("bridges"), bridges);
    root.insert(QStringLiteral("bridge_details"), bridgeDetails);
    QJsonArray critical;
    for (const CriticalPoint &point : m_analysis.criticalPeople)
        critical.append(QJsonObject{{QStringLiteral("name"), m_report.nameOf(point.personId)},
                                    {QStringLiteral("cuts_king"), point.cutsKing},
                                    {QStringLiteral("cuts_queen"), point.cutsQueen}});
    root.insert(QStringLiteral("critical_people"), critical);

    root.insert(QStringLiteral("king"), king());
    root.insert(QStringLiteral("queen"), queen());

    QJsonArray camps;
    for (const DepartmentCamp &camp : m_analysis.camps)
        camps.append(QJsonObject{{QStringLiteral("department"), camp.department},
                                 {QStringLiteral("champions"), names(camp.champions)},
                                 {QStringLiteral("opponents"), names(camp.opponents)}});
    root.insert(QStringLiteral("camps"), camps);
    QJsonArray rivals;
    for (const CompetitorCamp &camp : m_analysis.competitorCamps)
        rivals.append(QJsonObject{{QStringLiteral("competitor"), camp.competitor},
                                  {QStringLiteral("champions"), names(camp.people)}});
    root.insert(QStringLiteral("competitor_champions"), rivals);

    QJsonArray single;
    for (const KeyPieceReach &reach : m_analysis.singleThreaded)
        single.append(QJsonObject{
            {QStringLiteral("name"), m_report.nameOf(reach.personId)},
            {QStringLiteral("piece"), codeOf(reach.piece)},
            {QStringLiteral("team_member"), m_report.nameOf(reach.teamMembers.first())}});
    root.insert(QStringLiteral("single_threaded"), single);
    QJsonArray dominant;
    for (const DominantMember &member : m_analysis.dominantMembers)
        dominant.append(QJsonObject{{QStringLiteral("name"), m_report.nameOf(member.teamMemberId)},
                                    {QStringLiteral("lines"), member.lines},
                                    {QStringLiteral("total_lines"), member.totalLines},
                                    {QStringLiteral("share"), member.share}});
    root.insert(QStringLiteral("dominant_team_members"), dominant);

    QJsonArray influencers;
    for (const HiddenInfluencer &influencer : m_analysis.hiddenInfluencers)
        influencers.append(QJsonObject{
            {QStringLiteral("name"), m_report.nameOf(influencer.personId)},
            {QStringLiteral("department"), textOrNull(m_report.departmentOf(influencer.personId))},
            {QStringLiteral("client_betweenness"), influencer.clientBetweenness}});
    root.insert(QStringLiteral("hidden_influencers"), influencers);

    QJsonArray cooling;
    for (const CoolingLine &line : m_analysis.cooling)
        cooling.append(QJsonObject{
            {QStringLiteral("team_member"), m_report.nameOf(line.teamMemberId)},
            {QStringLiteral("client"), m_report.nameOf(line.clientId)},
            {QStringLiteral("strength"), line.strength},
            {QStringLiteral("last_contact"), dateValue(line.lastContact)},
            {QStringLiteral("days_since_contact"),
             line.daysSinceContact < 0 ? QJsonValue() : QJsonValue(line.daysSinceContact)}});
    root.insert(QStringLiteral("cooling"), cooling);

    QJsonArray squares;
    for (const EmptySquare &square : m_analysis.emptySquares)
        squares.append(QJsonObject{
            {QStringLiteral("department"), m_report.departmentName(square.departmentId)},
            {QStringLiteral("level"), m_report.levelName(square.levelId)}});
    QJsonArray products;
    for (const ProductGap &gap : m_analysis.productGaps)
        products.append(QJsonObject{{QStringLiteral("product"), gap.product},
                                    {QStringLiteral("kind"), gapCode(gap.kind)},
                                    {QStringLiteral("users"), names(gap.users)},
                                    {QStringLiteral("specifiers"), names(gap.specifiers)}});
    root.insert(QStringLiteral("whitespace"),
                QJsonObject{{QStringLiteral("empty_squares"), squares},
                            {QStringLiteral("products"), products}});
    root.insert(QStringLiteral("health"), health());

    QJsonArray questions;
    for (const Answer &answer : m_report.answers()) {
        QList<qint64> ids(answer.personIds.begin(), answer.personIds.end());
        std::sort(ids.begin(), ids.end());
        QJsonArray evidence;
        for (const Evidence &item : answer.evidence)
            evidence.append(item.text);
        questions.append(QJsonObject{{QStringLiteral("id"), answer.id},
                                     {QStringLiteral("question"), answer.question},
                                     {QStringLiteral("answer"), answer.answer},
                                     {QStringLiteral("people"), names(ids)},
                                     {QStringLiteral("evidence"), evidence}});
    }
    root.insert(QStringLiteral("questions"), questions);
    return root;
}

} // namespace

QJsonObject AnalysisJson::toJson(const AnalysisInput &input, const AccountAnalysis &analysis)
{
    return Writer(input, analysis).document();
}

} // namespace Kingside
