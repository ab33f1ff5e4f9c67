#include "MoveReport.h"

#include "domain/Enums.h"

#include <QJsonArray>
#include <QStringList>

namespace Kingside {

QString MoveReport::nameOf(qint64 personId) const
{
    for (const Person &person : m_input.people) {
        if (person.id == personId)
            return person.name;
    }
    return tr("(unknown person %1)").arg(personId);
}

QString MoveReport::pieceOf(qint64 personId) const
{
    for (const Person &person : m_input.people) {
        if (person.id != personId)
            continue;
        const QString title = person.title.trimmed();
        if (person.piece() == Piece::Pawn)
            return title;
        return title.isEmpty() ? displayName(person.piece())
                               : tr("%1, %2").arg(displayName(person.piece()), title);
    }
    return {};
}

QString MoveReport::productOf(const Move &move) const
{
    for (const ProductInfo &product : m_input.products) {
        bool from = false;
        bool to = false;
        for (const ProductInvolvement &role : m_input.productRoles) {
            if (role.productId != product.id)
                continue;
            from = from || role.personId == move.change.fromId;
            to = to || role.personId == move.change.toId;
        }
        if (from && to)
            return product.name;
    }
    return {};
}

QString MoveReport::purpose(const Move &move) const
{
    switch (move.kind) {
    case MoveKind::KingOutOfCheck:
        return tr("take the King out of check: a strong, fresh line at a matching level");
    case MoveKind::StrengthenKeyLine:
        return tr("a strong, fresh line to a Queen or Rook");
    case MoveKind::ThreadKeyPiece:
        return tr("another thread to a key piece");
    case MoveKind::RemoveCriticalPoint:
        return tr("no single departure cuts us off from the King or Queen");
    case MoveKind::AcrossWall:
        return tr("a way across a wall, to people without an introduction path");
    case MoveKind::RefreshCoolingLine:
        return tr("refresh a cooling line to a key piece");
    case MoveKind::AnswerCompetitor:
        return tr("answer a competitor's champion");
    case MoveKind::WinOverSceptic:
        return tr("win over a sceptic through a champion who influences them");
    case MoveKind::JoinProductPeople:
        return tr("bring a product's users and specifiers together");
    }
    return {};
}

QString MoveReport::describe(const Move &move) const
{
    const QString actor = nameOf(move.actorId);
    const QString piece = pieceOf(move.targetId);
    const QString target =
        piece.isEmpty() ? nameOf(move.targetId) : tr("%1 (%2)").arg(nameOf(move.targetId), piece);
    QString text;
    if (move.kind == MoveKind::JoinProductPeople) {
        const QString product = productOf(move);
        text = product.isEmpty()
                   ? tr("%1 brings %2 and %3 together").arg(actor, target, nameOf(move.aboutId))
                   : tr("%1 brings %2 and %3 together, users and specifiers of %4")
                         .arg(actor, target, nameOf(move.aboutId), product);
    } else if (move.change.type == LineChange::Type::Edit) {
        int before = move.change.strength;
        for (const Relationship &line : m_input.relationships) {
            if (line.id == move.change.relationshipId)
                before = line.strength;
        }
        text = before == move.change.strength
                   ? tr("%1 meets %2 again: the line (strength %3) is fresh again")
                         .arg(actor, target)
                         .arg(before)
                   : tr("%1 makes the line to %2 strong and fresh (strength %3 → %4)")
                         .arg(actor, target)
                         .arg(before)
                         .arg(move.change.strength);
    } else {
        text = move.change.strength >= 4 ? tr("%1 builds a strong line (strength %3) to %2")
                                               .arg(actor, target)
                                               .arg(move.change.strength)
                                         : tr("%1 builds a working line (strength %3) to %2")
                                               .arg(actor, target)
                                               .arg(move.change.strength);
    }
    if (move.kind == MoveKind::WinOverSceptic)
        text += tr(", who influences %1").arg(nameOf(move.aboutId));
    if (move.introducerId != 0)
        text += tr(", introduced by %1").arg(nameOf(move.introducerId));
    else if (move.change.type == LineChange::Type::Add && move.effort < 0)
        text += tr(", a cold approach (no introduction path)");
    return text;
}

QString MoveReport::effort(const Move &move) const
{
    if (move.effort < 0)
        return tr("effort: cold approach");
    return tr("effort %1").arg(move.effort);
}

QString MoveReport::effectText(const MoveEffect &effect) const
{
    QStringList parts;
    const AccountFigures &before = effect.before;
    const AccountFigures &after = effect.after;
    if (before.kingInCheck && !after.kingInCheck)
        parts.append(tr("King out of check"));
    else if (!before.kingInCheck && after.kingInCheck && after.hasKing)
        parts.append(tr("King in check"));
    using Kind = Problem::Kind;
    if (before.count(Kind::KingWithoutStrongFreshLine) >
            after.count(Kind::KingWithoutStrongFreshLine) &&
        after.kingInCheck)
        parts.append(tr("a strong, fresh line to the King (still in check for their attitude)"));
    if (before.count(Kind::KingWithoutLineAtLevel) > after.count(Kind::KingWithoutLineAtLevel))
        parts.append(tr("a strong, fresh line to the King at a matching level"));
    const QList<QPair<Kind, QString>> counted = {
        {Kind::SingleThreaded, tr("single-threaded key pieces %1 → %2")},
        {Kind::Unthreaded, tr("key pieces nobody reaches %1 → %2")},
        {Kind::CriticalPerson, tr("critical people %1 → %2")},
        {Kind::CriticalLine, tr("critical lines %1 → %2")},
        {Kind::KeyLineWeak, tr("Queens and Rooks without a strong, fresh line %1 → %2")},
        {Kind::CompetitorChampion,
         tr("competitors' champions without a strong, fresh line %1 → %2")},
        {Kind::ScepticUnworked, tr("sceptics not worked on through a champion %1 → %2")},
        {Kind::ProductApart, tr("products whose users and specifiers never meet %1 → %2")},
        {Kind::CoolingKeyLine, tr("cooling lines to key pieces %1 → %2")},
        {Kind::NoIntroduction, tr("people without an introduction path %1 → %2")},
    };
    for (const auto &[kind, text] : counted) {
        if (before.count(kind) != after.count(kind))
            parts.append(text.arg(before.count(kind)).arg(after.count(kind)));
    }
    const int reachable = after.reachable() - before.reachable();
    if (reachable != 0)
        parts.append(tr("reachable %1%2")
                         .arg(reachable > 0 ? QStringLiteral("+") : QString())
                         .arg(reachable));
    if (parts.isEmpty())
        return tr("no change to the questions");
    return parts.join(QStringLiteral("; "));
}

QString MoveReport::figuresText(const AccountFigures &figures) const
{
    using Kind = Problem::Kind;
    return tr("King %1; single-threaded key pieces %2; key pieces nobody reaches %3; critical "
              "people %4; critical lines %5; reachable %6 of %7; cooling lines to key pieces %8")
        .arg(!figures.hasKing      ? tr("not marked")
             : figures.kingInCheck ? tr("in check")
                                   : tr("safe"))
        .arg(figures.count(Kind::SingleThreaded))
        .arg(figures.count(Kind::Unthreaded))
        .arg(figures.count(Kind::CriticalPerson))
        .arg(figures.count(Kind::CriticalLine))
        .arg(figures.reachable())
        .arg(figures.clientPeople)
        .arg(figures.count(Kind::CoolingKeyLine));
}

QString MoveReport::planText(const MovePlan &plan) const
{
    QString text =
        tr("%1 — next moves as on %2").arg(plan.accountName, plan.today.toString(Qt::ISODate));
    text += QStringLiteral("\n") + tr("Now: %1").arg(figuresText(plan.figures)) +
            QStringLiteral("\n\n");
    if (plan.chosen.isEmpty()) {
        text +=
            plan.noTeam
                ? tr("No move to propose: the account has no team member to act.")
                : tr("No move to propose: no line of ours would mend anything the questions find.");
        return text + QStringLiteral("\n");
    }
    for (int c = 0; c < plan.chosen.size(); ++c) {
        const Move &move = plan.candidates[plan.chosen[c]];
        text += tr("%1. %2").arg(c + 1).arg(describe(move)) + QStringLiteral("\n");
        text +=
            QStringLiteral("   ") +
            tr("Question %1 — %2; %3").arg(questionOf(move.kind)).arg(purpose(move), effort(move)) +
            QStringLiteral("\n");
        text += QStringLiteral("   ") + tr("Effect: %1").arg(effectText(move.effect)) +
                QStringLiteral("\n");
        const int alternative = plan.alternatives.value(c, -1);
        if (alternative >= 0) {
            const Move &other = plan.candidates[alternative];
            text += QStringLiteral("   ") +
                    tr("Alternative: %1 (%2; %3)")
                        .arg(describe(other), effort(other), effectText(other.effect)) +
                    QStringLiteral("\n");
        } else {
            text += QStringLiteral("   ") + tr("Alternative: none does the same work") +
                    QStringLiteral("\n");
        }
        text += QStringLiteral("\n");
    }
    text += tr("With these %1 moves: %2").arg(plan.chosen.size()).arg(effectText(plan.total)) +
            QStringLiteral("\n");
    text += tr("After: %1").arg(figuresText(plan.total.after)) + QStringLiteral("\n");
    return text;
}

QJsonObject MoveReport::figuresJson(const AccountFigures &figures)
{
    using Kind = Problem::Kind;
    return {
        {QStringLiteral("has_king"), figures.hasKing},
        {QStringLiteral("king_in_check"), figures.kingInCheck},
        {QStringLiteral("king_without_strong_fresh_line"),
         figures.count(Kind::KingWithoutStrongFreshLine)},
        {QStringLiteral("king_without_line_at_level"), figures.count(Kind::KingWithoutLineAtLevel)},
        {QStringLiteral("single_threaded"), figures.count(Kind::SingleThreaded)},
        {QStringLiteral("unthreaded"), figures.count(Kind::Unthreaded)},
        {QStringLiteral("critical_people"), figures.count(Kind::CriticalPerson)},
        {QStringLiteral("critical_lines"), figures.count(Kind::CriticalLine)},
        {QStringLiteral("client_people"), figures.clientPeople},
        {QStringLiteral("reachable"), figures.reachable()},
        {QStringLiteral("without_introduction"), figures.count(Kind::NoIntroduction)},
        {QStringLiteral("weak_key_lines"), figures.count(Kind::KeyLineWeak)},
        {QStringLiteral("competitor_champions"), figures.count(Kind::CompetitorChampion)},
        {QStringLiteral("sceptics_unworked"), figures.count(Kind::ScepticUnworked)},
        {QStringLiteral("products_apart"), figures.count(Kind::ProductApart)},
        {QStringLiteral("cooling_key_lines"), figures.count(Kind::CoolingKeyLine)}};
}

namespace {

QJsonArray problemsJson(const QList<Problem> &problems)
{
    static const char *const codes[] = {"king_without_strong_fresh_line",
                                        "king_without_line_at_level",
                                        "weak_key_line",
                                        "single_threaded",
                                        "unthreaded",
                                        "critical_person",
                                        "critical_line",
                                        "unreachable",
                                        "without_introduction",
                                        "competitor_champion",
                                        "sceptic_unworked",
                                        "product_apart",
                                        "cooling_key_line"};
    QJsonArray array;
    for (const Problem &problem : problems) {
        QJsonObject object{{QStringLiteral("kind"), QLatin1String(codes[int(problem.kind)])},
                           {QStringLiteral("id"), problem.a}};
        if (problem.b != 0)
            object.insert(QStringLiteral("other_id"), problem.b);
        array.append(object);
    }
    return array;
}

} // namespace

QJsonObject MoveReport::moveJson(const Move &move) const
{
    auto personJson = [this](qint64 id) -> QJsonValue {
        if (id == 0)
            return QJsonValue::Null;
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), nameOf(id)}};
    };
    QJsonArray path;
    for (qint64 id : move.path)
        path.append(nameOf(id));
    QJsonObject change{
        {QStringLiteral("type"), move.change.type == LineChange::Type::Add
                                     ? QStringLiteral("add_line")
                                     : QStringLiteral("edit_line")},
        {QStringLiteral("from_id"), move.change.fromId},
        {QStringLiteral("to_id"), move.change.toId},
        {QStringLiteral("strength"), move.change.strength},
        {QStringLiteral("last_contact"), move.change.lastContact.toString(Qt::ISODate)}};
    if (move.change.type == LineChange::Type::Edit)
        change.insert(QStringLiteral("relationship_id"), move.change.relationshipId);
    return {{QStringLiteral("kind"), codeOf(move.kind)},
            {QStringLiteral("question"), questionOf(move.kind)},
            {QStringLiteral("text"), describe(move)},
            {QStringLiteral("purpose"), purpose(move)},
            {QStringLiteral("actor"), personJson(move.actorId)},
            {QStringLiteral("target"), personJson(move.targetId)},
            {QStringLiteral("introducer"), personJson(move.introducerId)},
            {QStringLiteral("about"), personJson(move.aboutId)},
            {QStringLiteral("level_matches"), move.levelMatches},
            {QStringLiteral("effort"),
             move.effort < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(move.effort)},
            {QStringLiteral("path"), path},
            {QStringLiteral("change"), change},
            {QStringLiteral("weight"), move.weight},
            {QStringLiteral("effect"),
             QJsonObject{{QStringLiteral("text"), effectText(move.effect)},
                         {QStringLiteral("after"), figuresJson(move.effect.after)},
                         {QStringLiteral("resolved"), problemsJson(move.effect.resolved)},
                         {QStringLiteral("appeared"), problemsJson(move.effect.appeared)}}}};
}

QJsonObject MoveReport::toJson(const MovePlan &plan) const
{
    QJsonArray moves;
    for (int c = 0; c < plan.chosen.size(); ++c) {
        QJsonObject move = moveJson(plan.candidates[plan.chosen[c]]);
        move.insert(QStringLiteral("number"), c + 1);
        move.insert(QStringLiteral("marginal_weight"), plan.marginal.value(c));
        const int alternative = plan.alternatives.value(c, -1);
        move.insert(QStringLiteral("alternative"),
                    alternative < 0 ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(moveJson(plan.candidates[alternative])));
        moves.append(move);
    }
    return {{QStringLiteral("account"), plan.accountName},
            {QStringLiteral("today"), plan.today.toString(Qt::ISODate)},
            {QStringLiteral("candidates"), int(plan.candidates.size())},
            {QStringLiteral("figures"), figuresJson(plan.figures)},
            {QStringLiteral("moves"), moves},
            {QStringLiteral("total"),
             QJsonObject{{QStringLiteral("text"), effectText(plan.total)},
                         {QStringLiteral("after"), figuresJson(plan.total.after)},
                         {QStringLiteral("resolved"), problemsJson(plan.total.resolved)},
                         {QStringLiteral("appeared"), problemsJson(plan.total.appeared)}}}};
}

} // namespace Kingside
