#include "AnalysisReport.h"

#include "domain/LocalFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Kingside {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::AnalysisReport", text, disambiguation, n);
}

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::AnalysisReport)
};

QString percent(std::optional<double> share)
{
    return share ? QStringLiteral("%1 %").arg(qRound(*share * 100)) : Text::tr("n/a");
}

QString number(double value)
{
    return LocalFormat::number(value);
}

template <typename Container>
QSet<qint64> idSet(const Container &ids)
{
    return QSet<qint64>(ids.begin(), ids.end());
}

} // namespace

AnalysisReport::AnalysisReport(const AnalysisInput &input, const AccountAnalysis &analysis)
    : m_input(input), m_analysis(analysis)
{
    for (int i = 0; i < m_input.people.size(); ++i)
        m_personIndex.insert(m_input.people[i].id, i);
}

const Person *AnalysisReport::person(qint64 personId) const
{
    const int index = m_personIndex.value(personId, -1);
    return index < 0 ? nullptr : &m_input.people[index];
}

QString AnalysisReport::nameOf(qint64 personId) const
{
    const Person *p = person(personId);
    return p ? p->name : tr("person %1").arg(personId);
}

QString AnalysisReport::departmentName(qint64 departmentId) const
{
    for (const Department &department : m_input.departments) {
        if (department.id == departmentId)
            return department.name;
    }
    return {};
}

QString AnalysisReport::levelName(qint64 levelId) const
{
    for (const Level &level : m_input.levels) {
        if (level.id == levelId)
            return level.name;
    }
    return {};
}

QString AnalysisReport::departmentOf(qint64 personId) const
{
    const Person *p = person(personId);
    return p ? departmentName(p->departmentId) : QString();
}

QString AnalysisReport::levelOf(qint64 personId) const
{
    const Person *p = person(personId);
    return p ? levelName(p->levelId) : QString();
}

QString AnalysisReport::names(const QList<qint64> &ids, int most) const
{
    QStringList list;
    for (qsizetype i = 0; i < ids.size() && i < most; ++i)
        list.append(nameOf(ids[i]));
    QString text = QLocale().createSeparatedList(list);
    if (ids.size() > most)
        text += tr(" and %n more", nullptr, int(ids.size() - most));
    return text;
}

QString AnalysisReport::questionText(int id)
{
    switch (id) {
    case 1:
        return tr("Who is the King, and which of us has a strong, fresh line to them at a "
                  "matching level? Is the King in check?");
    case 2:
        return tr("Who is the Queen, and whose side is she on?");
    case 3:
        return tr("Who are our champions and opponents per department, and who are the "
                  "competitor's champions?");
    case 4:
        return tr("Where are we single-threaded?");
    case 5:
        return tr("Whose departure, or which lost line, cuts us off from the King or the Queen?");
    case 6:
        return tr("Who is reachable from our team, and what is the strongest introduction path?");
    case 7:
        return tr("Who are the hidden influencers?");
    case 8:
        return tr("Where is the whitespace?");
    case 9:
        return tr("Which relationships are cooling?");
    case 10:
        return tr("What changed since the last review?");
    }
    return {};
}

QString AnalysisReport::checkReasonText(CheckReason reason)
{
    switch (reason) {
    case CheckReason::Opponent:
        return tr("an opponent");
    case CheckReason::Sceptic:
        return tr("a sceptic");
    case CheckReason::FavoursCompetitor:
        return tr("favours a competitor");
    case CheckReason::NoStrongFreshLine:
        return tr("nobody of us has a strong, fresh line");
    }
    return {};
}

QString AnalysisReport::lineText(const ContactLine &line) const
{
    const QString when = line.daysSinceContact < 0
                             ? tr("no contact recorded")
                             : tr("last contact %n day(s) ago", nullptr, line.daysSinceContact);
    QStringList verdict;
    verdict.append(line.strong ? tr("strong") : tr("not strong"));
    verdict.append(line.fresh ? tr("fresh") : tr("cooling"));
    if (line.levelMatches)
        verdict.append(*line.levelMatches ? tr("matching level") : tr("level does not match"));
    else
        verdict.append(tr("level unknown"));
    return tr("%1: strength %2, %3 — %4")
        .arg(nameOf(line.teamMemberId))
        .arg(line.strength)
        .arg(when, verdict.join(QStringLiteral(", ")));
}

QList<Answer> AnalysisReport::answers() const
{
    return {king(),  queen(),       camps(),      threads(), cuts(),
            reach(), influencers(), whitespace(), cooling(), changes()};
}

Answer AnalysisReport::answer(int id) const
{
    const QList<Answer> all = answers();
    return id >= 1 && id <= all.size() ? all[id - 1] : Answer{};
}

Answer AnalysisReport::king() const
{
    Answer a{1, questionText(1), {}, {}, {}, {}, {}, AnswerHighlight::KingInCheck};
    const KingFindings &king = m_analysis.king;
    if (king.kingId == 0) {
        a.answer = tr("No King is marked: nobody has the final decision maker's role.");
        return a;
    }
    const QString name = nameOf(king.kingId);
    a.personIds.insert(king.kingId);
    QStringList reasons;
    for (CheckReason reason : king.reasons)
        reasons.append(checkReasonText(reason));
    if (king.inCheck)
        a.answer = tr("%1 is the King and is in check: %2.")
                       .arg(name, QLocale().createSeparatedList(reasons));
    else if (king.strongFreshLineAtLevel)
        a.answer = tr("%1 is the King; we have a strong, fresh line to them at a matching level.")
                       .arg(name);
    else
        a.answer = tr("%1 is the King; we have a strong, fresh line, but not at a matching level.")
                       .arg(name);
    if (king.kings.size() > 1)
        a.evidence.append({tr("%n people are shown as King: %1. Only one should be.", nullptr,
                              int(king.kings.size()))
                               .arg(names(king.kings)),
                           idSet(king.kings),
                           {}});
    if (const Person *p = person(king.kingId)) {
        QString facts = tr("%1 (%2), attitude: %3").arg(name, p->title, displayName(p->attitude));
        if (p->competitorId > 0)
            facts += tr(", favours %1").arg(m_input.competitorNames.value(p->competitorId));
        a.evidence.append({facts, {king.kingId}, {}});
    }
    if (king.lines.isEmpty())
        a.evidence.append({tr("Nobody of us has a line to the King."), {king.kingId}, {}});
    for (const ContactLine &line : king.lines) {
        a.evidence.append(
            {lineText(line), {line.teamMemberId, king.kingId}, {line.relationshipId}});
        a.relationshipIds.insert(line.relationshipId);
        a.personIds.insert(line.teamMemberId);
    }
    return a;
}

Answer AnalysisReport::queen() const
{
    Answer a{2, questionText(2), {}, {}, {}, {}, {}, AnswerHighlight::Queen};
    const QueenFindings &queen = m_analysis.queen;
    if (queen.queenId == 0) {
        a.answer = tr("No Queen is marked: nobody has the power influencer's role.");
        return a;
    }
    const Person *p = person(queen.queenId);
    const QString name = nameOf(queen.queenId);
    QString side;
    switch (p->attitude) {
    case Attitude::Champion:
    case Attitude::Supporter:
        side = tr("on our side (%1)").arg(displayName(p->attitude).toLower());
        break;
    case Attitude::Neutral:
        side = tr("on nobody's side yet (neutral or unknown)");
        break;
    case Attitude::Sceptic:
    case Attitude::Opponent:
        side = tr("against us (%1)").arg(displayName(p->attitude).toLower());
        break;
    }
    if (p->competitorId > 0)
        side += tr(" and favours %1").arg(m_input.competitorNames.value(p->competitorId));
    a.answer = tr("%1 is the Queen and is %2.").arg(name, side);
    a.personIds.insert(queen.queenId);
    if (queen.queens.size() > 1)
        a.evidence.append(
            {tr("%n people are shown as Queen: %1.", nullptr, int(queen.queens.size()))
                 .arg(names(queen.queens)),
             idSet(queen.queens),
             {}});
    if (queen.lines.isEmpty())
        a.evidence.append({tr("Nobody of us has a line to the Queen."), {queen.queenId}, {}});
    for (const ContactLine &line : queen.lines) {
        a.evidence.append(
            {lineText(line), {line.teamMemberId, queen.queenId}, {line.relationshipId}});
        a.relationshipIds.insert(line.relationshipId);
    }
    return a;
}

Answer AnalysisReport::camps() const
{
    Answer a{3, questionText(3), {}, {}, {}, {}, {}, AnswerHighlight::Camps};
    int champions = 0;
    int opponents = 0;
    for (const DepartmentCamp &camp : m_analysis.camps) {
        champions += int(camp.champions.size());
        opponents += int(camp.opponents.size());
        QStringList parts;
        if (!camp.champions.isEmpty())
            parts.append(tr("champions %1").arg(names(camp.champions, 20)));
        if (!camp.opponents.isEmpty())
            parts.append(tr("opponents %1").arg(names(camp.opponents, 20)));
        QSet<qint64> ids = idSet(camp.champions);
        ids.unite(idSet(camp.opponents));
        a.evidence.append(
            {tr("%1: %2").arg(camp.department, parts.join(QStringLiteral("; "))), ids, {}});
        a.personIds.unite(ids);
    }
    QStringList rivals;
    for (const CompetitorCamp &camp : m_analysis.competitorCamps) {
        rivals.append(tr("%1 (%2)").arg(camp.competitor).arg(camp.people.size()));
        a.evidence.append({tr("Champions of %1: %2").arg(camp.competitor, names(camp.people, 20)),
                           idSet(camp.people),
                           {}});
        a.personIds.unite(idSet(camp.people));
    }
    a.answer =
        tr("We have %n champion(s)", nullptr, champions) +
        tr(" and %n opponent(s)", nullptr, opponents) +
        (m_analysis.camps.isEmpty()
             ? QString()
             : tr(" across %n department(s)", nullptr, int(m_analysis.camps.size()))) +
        (rivals.isEmpty()
             ? tr("; no client person favours a competitor.")
             : tr("; competitors' champions: %1.").arg(QLocale().createSeparatedList(rivals)));
    return a;
}

Answer AnalysisReport::threads() const
{
    Answer a{4, questionText(4), {}, {}, {}, {}, {}, AnswerHighlight::SingleThreaded};
    QStringList parts;
    if (m_analysis.team.isEmpty()) {
        a.answer = tr("Our team has nobody on this account, so every key piece is unreached.");
    }
    for (const KeyPieceReach &reach : m_analysis.singleThreaded) {
        a.evidence.append({tr("%1 (%2) is reached only by %3")
                               .arg(nameOf(reach.personId), displayName(reach.piece),
                                    nameOf(reach.teamMembers.first())),
                           {reach.personId, reach.teamMembers.first()},
                           idSet(reach.relationshipIds)});
        a.personIds.insert(reach.personId);
        a.relationshipIds.unite(idSet(reach.relationshipIds));
    }
    QList<qint64> unreached;
    for (const KeyPieceReach &reach : m_analysis.keyPieces) {
        if (reach.teamMembers.isEmpty())
            unreached.append(reach.personId);
    }
    if (!unreached.isEmpty())
        a.evidence.append({tr("Not reached by anyone of us: %1").arg(names(unreached, 20)),
                           idSet(unreached),
                           {}});
    for (const DominantMember &member : m_analysis.dominantMembers) {
        a.evidence.append({tr("%1 holds %2 of our %3 lines (%4)")
                               .arg(nameOf(member.teamMemberId))
                               .arg(member.lines)
                               .arg(member.totalLines)
                               .arg(percent(member.share)),
                           {member.teamMemberId},
                           {}});
        a.personIds.insert(member.teamMemberId);
    }
    if (!a.answer.isEmpty())
        return a;
    if (m_analysis.keyPieces.isEmpty())
        parts.append(tr("there are no key pieces (King, Queen, Rooks, Bishops, Knights) yet"));
    else if (m_analysis.singleThreaded.isEmpty())
        parts.append(tr("no key piece hangs on one of us alone"));
    else
        parts.append(tr("%n key piece(s) reached by one of us only: %1", nullptr,
                        int(m_analysis.singleThreaded.size()))
                         .arg(names([this] {
                             QList<qint64> ids;
                             for (const KeyPieceReach &r : m_analysis.singleThreaded)
                                 ids.append(r.personId);
                             return ids;
                         }())));
    if (!unreached.isEmpty())
        parts.append(tr("%n reached by nobody", nullptr, int(unreached.size())));
    if (!m_analysis.dominantMembers.isEmpty())
        parts.append(tr("%1 holds most of our lines")
                         .arg(nameOf(m_analysis.dominantMembers.first().teamMemberId)));
    a.answer = tr("Single-threading: %1.").arg(parts.join(QStringLiteral("; ")));
    return a;
}

Answer AnalysisReport::cuts() const
{
    Answer a{5, questionText(5), {}, {}, {}, {}, {}, AnswerHighlight::CutPoint};
    QList<qint64> critical;
    for (const CriticalPoint &point : m_analysis.criticalPeople) {
        critical.append(point.personId);
        const QString what = point.cutsKing && point.cutsQueen ? tr("the King and the Queen")
                             : point.cutsKing                  ? tr("the King")
                                                               : tr("the Queen");
        a.evidence.append({tr("Without %1 we lose our way to %2").arg(nameOf(point.personId), what),
                           {point.personId},
                           {}});
        a.personIds.insert(point.personId);
    }
    int criticalBridges = 0;
    for (const BridgeLine &bridge : m_analysis.bridges) {
        if (!bridge.cutsKing && !bridge.cutsQueen)
            continue;
        ++criticalBridges;
        const QString what = bridge.cutsKing && bridge.cutsQueen ? tr("the King and the Queen")
                             : bridge.cutsKing                   ? tr("the King")
                                                                 : tr("the Queen");
        a.evidence.append({tr("The line %1 – %2 is our only way to %3")
                               .arg(nameOf(bridge.personA), nameOf(bridge.personB), what),
                           {bridge.personA, bridge.personB},
                           idSet(bridge.relationshipIds)});
        a.relationshipIds.unite(idSet(bridge.relationshipIds));
    }
    a.evidence.append({tr("Articulation points in the whole network: %n", nullptr,
                          int(m_analysis.articulationPoints.size())) +
                           (m_analysis.articulationPoints.isEmpty()
                                ? QString()
                                : QStringLiteral(" — ") + names(m_analysis.articulationPoints, 12)),
                       idSet(m_analysis.articulationPoints),
                       {}});
    QSet<qint64> bridgeLines;
    for (const BridgeLine &bridge : m_analysis.bridges)
        bridgeLines.unite(idSet(bridge.relationshipIds));
    a.evidence.append({tr("Bridges (lines whose loss splits the network): %n", nullptr,
                          int(m_analysis.bridges.size())),
                       {},
                       bridgeLines});
    if (m_analysis.king.kingId == 0 && m_analysis.queen.queenId == 0)
        a.answer = tr("No King or Queen is marked, so nobody can cut us off from them; the "
                      "network has %n articulation point(s)",
                      nullptr, int(m_analysis.articulationPoints.size())) +
                   tr(" and %n bridge(s).", nullptr, int(m_analysis.bridges.size()));
    else if (critical.isEmpty() && criticalBridges == 0)
        a.answer = tr("Nobody's departure and no single lost line cuts us off from the King or "
                      "the Queen.");
    else
        a.answer =
            tr("%1 would cut us off from the King or the Queen")
                .arg(critical.isEmpty() ? tr("No single person") : names(critical)) +
            (criticalBridges > 0 ? tr("; so would losing %n line(s).", nullptr, criticalBridges)
                                 : QStringLiteral("."));
    return a;
}

Answer AnalysisReport::reach() const
{
    Answer a{6, questionText(6), {}, {}, {}, {}, {}, AnswerHighlight::IntroductionPath};
    const int clients = int(m_analysis.health.clientPeople.size());
    const int reachable = int(m_analysis.health.reachableClients.size());
    QString sentence =
        m_analysis.team.isEmpty()
            ? tr("Our team has nobody on this account, so nobody is reachable")
            : tr("%1 of %n client people are reachable from our team", nullptr, clients)
                  .arg(reachable);
    if (!m_analysis.unreachable.isEmpty()) {
        a.evidence.append({tr("Out of reach: %1").arg(names(m_analysis.unreachable, 20)),
                           idSet(m_analysis.unreachable),
                           {}});
    }
    if (m_analysis.pathToKing) {
        const Answer path = introductionAnswer(*m_analysis.pathToKing, m_analysis.king.kingId);
        sentence += QStringLiteral("; ") + path.answer;
        a.evidence += path.evidence;
        a.personIds = path.personIds;
        a.relationshipIds = path.relationshipIds;
    } else {
        sentence += QStringLiteral(".");
    }
    a.answer = sentence;
    return a;
}

Answer AnalysisReport::introductionAnswer(const IntroductionPath &path, qint64 targetId) const
{
    Answer a{6, questionText(6), {}, {}, {}, {}, {}, AnswerHighlight::IntroductionPath};
    const QString target = nameOf(targetId);
    if (!path.found) {
        a.answer = tr("there is no introduction path to %1 that avoids walls and tension "
                      "lines.")
                       .arg(target);
        a.personIds.insert(targetId);
        return a;
    }
    QStringList steps;
    for (qint64 id : path.people)
        steps.append(nameOf(id));
    a.answer = tr("the strongest introduction path to %1 is %2 (cost %3).")
                   .arg(target, steps.join(QStringLiteral(" → ")))
                   .arg(path.cost);
    a.personIds = idSet(path.people);
    a.relationshipIds = idSet(path.relationshipIds);
    for (qsizetype i = 0; i < path.relationshipIds.size(); ++i) {
        const qint64 id = path.relationshipIds[i];
        int strength = 0;
        QString kind;
        for (const Relationship &line : m_input.relationships) {
            if (line.id == id) {
                strength = line.strength;
                kind = displayName(line.kind);
            }
        }
        a.evidence.append({tr("%1 → %2: %3, strength %4 (cost %5)")
                               .arg(nameOf(path.people[i]), nameOf(path.people[i + 1]), kind)
                               .arg(strength)
                               .arg(6 - strength),
                           {path.people[i], path.people[i + 1]},
                           {id}});
    }
    return a;
}

Answer AnalysisReport::influencers() const
{
    Answer a{7, questionText(7), {}, {}, {}, {}, {}, AnswerHighlight::HiddenInfluencer};
    QList<qint64> ids;
    for (const HiddenInfluencer &influencer : m_analysis.hiddenInfluencers) {
        ids.append(influencer.personId);
        QString where = departmentOf(influencer.personId);
        a.evidence.append(
            {tr("%1 (%2): betweenness %3 in the client's network")
                 .arg(nameOf(influencer.personId), where.isEmpty() ? tr("no department") : where,
                      number(influencer.clientBetweenness)),
             {influencer.personId},
             {}});
    }
    a.personIds = idSet(ids);
    a.answer = ids.isEmpty()
                   ? tr("Nobody without a formal role stands out as a go-between in the client's "
                        "own network.")
                   : tr("%n hidden influencer(s): %1 — Pawns who connect much of the client's "
                        "network.",
                        nullptr, int(ids.size()))
                         .arg(names(ids, 5));
    return a;
}

Answer AnalysisReport::whitespace() const
{
    Answer a{8, questionText(8), {}, {}, {}, {}, {}, AnswerHighlight::Whitespace};
    const int squares = int(m_input.departments.size() * m_input.levels.size());
    for (const EmptySquare &square : m_analysis.emptySquares)
        a.squares.append({square.departmentId, square.levelId});
    QStringList byLevel;
    for (const Level &level : m_input.levels) {
        QStringList departments;
        for (const EmptySquare &square : m_analysis.emptySquares) {
            if (square.levelId == level.id)
                departments.append(departmentName(square.departmentId));
        }
        if (!departments.isEmpty())
            a.evidence.append(
                {tr("%1: nobody in %2").arg(level.name, departments.join(QStringLiteral(", "))),
                 {},
                 {}});
    }
    QStringList products;
    for (const ProductGap &gap : m_analysis.productGaps) {
        QString text;
        switch (gap.kind) {
        case ProductGap::Kind::NeverMeet:
            text = tr("%1: its users (%2) and specifiers (%3) have no line between them")
                       .arg(gap.product, names(gap.users, 4), names(gap.specifiers, 4));
            products.append(gap.product);
            break;
        case ProductGap::Kind::NoUsers:
            text = tr("%1: specifiers known, but no users").arg(gap.product);
            break;
        case ProductGap::Kind::NoSpecifiers:
            text = tr("%1: users known, but no specifiers").arg(gap.product);
            break;
        }
        QSet<qint64> ids = idSet(gap.users);
        ids.unite(idSet(gap.specifiers));
        a.evidence.append({text, ids, {}});
        a.personIds.unite(ids);
    }
    QString sentence = squares == 0 ? tr("The board has no departments or levels yet")
                                    : tr("%1 of %n squares have nobody", nullptr, squares)
                                          .arg(m_analysis.emptySquares.size());
    sentence += products.isEmpty()
                    ? tr("; every product's users and specifiers meet (or none are recorded).")
                    : tr("; users and specifiers never meet for %1.")
                          .arg(QLocale().createSeparatedList(products));
    a.answer = sentence;
    return a;
}

Answer AnalysisReport::cooling() const
{
    Answer a{9, questionText(9), {}, {}, {}, {}, {}, AnswerHighlight::Cooling};
    int never = 0;
    for (const CoolingLine &line : m_analysis.cooling) {
        if (line.daysSinceContact < 0)
            ++never;
        a.evidence.append({tr("%1 – %2: strength %3, %4")
                               .arg(nameOf(line.teamMemberId), nameOf(line.clientId))
                               .arg(line.strength)
                               .arg(line.daysSinceContact < 0 ? tr("no contact recorded")
                                                              : tr("last contact %n day(s) ago",
                                                                   nullptr, line.daysSinceContact)),
                           {line.teamMemberId, line.clientId},
                           {line.relationshipId}});
        a.relationshipIds.insert(line.relationshipId);
        a.personIds.insert(line.clientId);
    }
    const int lines = m_analysis.health.teamLines;
    if (lines == 0)
        a.answer = tr("We have no lines to this client, so none can cool.");
    else if (m_analysis.cooling.isEmpty())
        a.answer = tr("All %n of our lines had contact within the last %1 days.", nullptr, lines)
                       .arg(m_input.account.freshnessDays);
    else
        a.answer = tr("%1 of our %n lines are cooling: no contact within %2 days", nullptr, lines)
                       .arg(m_analysis.cooling.size())
                       .arg(m_input.account.freshnessDays) +
                   (never > 0 ? tr(" (%n never recorded).", nullptr, never) : QStringLiteral("."));
    return a;
}

Answer AnalysisReport::changes() const
{
    Answer a{10, questionText(10), {}, {}, {}, {}, {}, AnswerHighlight::Changes};
    const ChangesSinceReview &changes = m_analysis.changes;
    QStringList actionParts;
    for (const ActionInfo &action : changes.actionsDone)
        a.evidence.append(
            {tr("Done: %1 (%2)").arg(action.title, LocalFormat::date(action.doneDate)), {}, {}});
    for (const ActionInfo &action : changes.actionsLate)
        a.evidence.append(
            {tr("Late: %1 (due %2, owner %3)")
                 .arg(action.title, LocalFormat::date(action.dueDate), nameOf(action.ownerId)),
             {action.ownerId},
             {}});
    const QString actions =
        tr("%n plan action(s) done since", nullptr, int(changes.actionsDone.size())) +
        tr(", %n late", nullptr, int(changes.actionsLate.size()));
    if (!changes.review) {
        a.answer = tr("There has been no review yet, so there is nothing to compare with; %n "
                      "plan action(s) are late.",
                      nullptr, int(changes.actionsLate.size()));
        return a;
    }
    const QString date = changes.review->date.toString(Qt::ISODate);
    if (!changes.haveSnapshot) {
        a.answer =
            (changes.snapshotProblem.isEmpty()
                 ? tr("No snapshot was taken at the last review (%1), so people and lines "
                      "cannot be compared; ")
                       .arg(date)
                 : tr("The last review was on %1, but %2; ").arg(date, changes.snapshotProblem)) +
            actions + QStringLiteral(".");
        return a;
    }
    for (qint64 id : changes.joined)
        a.evidence.append({tr("Joined: %1").arg(nameOf(id)), {id}, {}});
    for (const ChangesSinceReview::LeftPerson &left : changes.left)
        a.evidence.append({tr("Left: %1").arg(left.name), {}, {}});
    for (const ChangesSinceReview::AttitudeMove &move : changes.attitudeMoves)
        a.evidence.append(
            {tr("%1: %2 → %3")
                 .arg(nameOf(move.personId), displayName(move.from), displayName(move.to)),
             {move.personId},
             {}});
    for (qint64 id : changes.linesGained)
        a.relationshipIds.insert(id);
    if (!changes.linesGained.isEmpty())
        a.evidence.append({tr("%n new line(s)", nullptr, int(changes.linesGained.size())),
                           {},
                           idSet(changes.linesGained)});
    for (const ChangesSinceReview::LostLine &line : changes.linesLost)
        a.evidence.append(
            {tr("Lost line: %1 – %2 (%3)").arg(line.fromName, line.toName, line.kind), {}, {}});
    a.personIds = idSet(changes.joined);
    for (const auto &move : changes.attitudeMoves)
        a.personIds.insert(move.personId);
    a.answer = tr("Since the review of %1: ").arg(date) +
               tr("%n joined", nullptr, int(changes.joined.size())) +
               tr(", %n left", nullptr, int(changes.left.size())) +
               tr(", %n attitude(s) moved", nullptr, int(changes.attitudeMoves.size())) +
               tr(", %n line(s) gained", nullptr, int(changes.linesGained.size())) +
               tr(", %n lost", nullptr, int(changes.linesLost.size())) + QStringLiteral("; ") +
               actions + QStringLiteral(".");
    return a;
}

} // namespace Kingside
