#include "SnapshotComparison.h"

#include "Snapshot.h"
#include "domain/Enums.h"
#include "domain/LocalFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>

namespace Kingside {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::SnapshotComparison", text, disambiguation, n);
}

using Kind = SnapshotChange::Kind;

QHash<qint64, QJsonObject> byId(const QJsonArray &array)
{
    QHash<qint64, QJsonObject> map;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        map.insert(object.value(QStringLiteral("id")).toInteger(), object);
    }
    return map;
}

bool isDirectedKind(const QString &kind)
{
    return kind == QLatin1String("reporting") || kind == QLatin1String("influence");
}

// A line is the same line when it joins the same two people with the same kind,
// whatever its row id (a line removed and drawn again is not "gained").
QString lineKey(const QJsonObject &line)
{
    qint64 from = line.value(QStringLiteral("from")).toInteger();
    qint64 to = line.value(QStringLiteral("to")).toInteger();
    const QString kind = line.value(QStringLiteral("kind")).toString();
    if (!isDirectedKind(kind) && from > to)
        std::swap(from, to);
    return QStringLiteral("%1>%2:%3").arg(from).arg(to).arg(kind);
}

QMap<QString, QJsonObject> linesByKey(const QJsonArray &array)
{
    QMap<QString, QJsonObject> map;
    for (const QJsonValue &value : array) {
        const QJsonObject line = value.toObject();
        map.insert(lineKey(line), line);
    }
    return map;
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

const QStringList figureOrder{
    "client_people",     "team_members", "relationships",           "team_lines",
    "strong_team_lines", "key_pieces",   "key_pieces_covered",      "key_coverage_percent",
    "supporters",        "opponents",    "supporter_share_percent", "objectives_red",
    "actions_open",      "actions_done", "actions_overdue",         "team_agreed_current_plan"};

QString figureText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return LocalFormat::number(number);
    }
    return value.toString();
}

} // namespace

std::optional<SnapshotComparison>
SnapshotComparison::compare(const QJsonObject &before, const QJsonObject &after, QString *error)
{
    if (Snapshot::accountIdOf(before) != Snapshot::accountIdOf(after)) {
        *error = tr("These snapshots belong to different accounts (“%1” and “%2”); only "
                    "snapshots of one account can be compared.")
                     .arg(Snapshot::accountNameOf(before), Snapshot::accountNameOf(after));
        return std::nullopt;
    }
    SnapshotComparison result;
    result.m_accountName = Snapshot::accountNameOf(after);
    result.m_beforeDate = text(before, "taken_on");
    result.m_afterDate = text(after, "taken_on");
    auto add = [&result](const SnapshotChange &change) { result.m_changes.append(change); };

    const QString stageBefore =
        text(before.value(QStringLiteral("account")).toObject(), "lifecycle_stage");
    const QString stageAfter =
        text(after.value(QStringLiteral("account")).toObject(), "lifecycle_stage");
    if (stageBefore != stageAfter) {
        SnapshotChange change;
        change.kind = Kind::StageChanged;
        change.subject = tr("Lifecycle stage");
        change.before = stageBefore;
        change.after = stageAfter;
        add(change);
    }

    // People.
    const QHash<qint64, QJsonObject> peopleBefore =
        byId(before.value(QStringLiteral("people")).toArray());
    const QHash<qint64, QJsonObject> peopleAfter =
        byId(after.value(QStringLiteral("people")).toArray());
    auto nameIn = [&](qint64 id) {
        if (peopleAfter.contains(id))
            return text(peopleAfter.value(id), "name");
        return text(peopleBefore.value(id), "name");
    };
    for (const QJsonValue &value : after.value(QStringLiteral("people")).toArray()) {
        const QJsonObject person = value.toObject();
        const qint64 id = person.value(QStringLiteral("id")).toInteger();
        SnapshotChange change;
        change.personId = id;
        change.subject = text(person, "name");
        if (!peopleBefore.contains(id)) {
            change.kind = Kind::PersonJoined;
            change.after = text(person, "side") == QLatin1String("team") ? tr("our team")
                                                                         : text(person, "title");
            add(change);
            result.m_changedPeople.insert(id);
            continue;
        }
        const QJsonObject old = peopleBefore.value(id);
        if (text(old, "attitude") != text(person, "attitude")) {
            change.kind = Kind::AttitudeChanged;
            change.before = text(old, "attitude");
            change.after = text(person, "attitude");
            add(change);
            result.m_changedPeople.insert(id);
        }
        if (text(old, "piece") != text(person, "piece")) {
            change.kind = Kind::PieceChanged;
            change.before = text(old, "piece");
            change.after = text(person, "piece");
            add(change);
            result.m_changedPeople.insert(id);
        }
    }
    for (const QJsonValue &value : before.value(QStringLiteral("people")).toArray()) {
        const QJsonObject person = value.toObject();
        const qint64 id = person.value(QStringLiteral("id")).toInteger();
        if (peopleAfter.contains(id))
            continue;
        SnapshotChange change;
        change.kind = Kind::PersonLeft;
        change.personId = id;
        change.subject = text(person, "name");
        change.before =
            text(person, "side") == QLatin1String("team") ? tr("our team") : text(person, "title");
        add(change);
    }

    // Relationships.
    const QMap<QString, QJsonObject> linesBefore =
        linesByKey(before.value(QStringLiteral("relationships")).toArray());
    const QMap<QString, QJsonObject> linesAfter =
        linesByKey(after.value(QStringLiteral("relationships")).toArray());
    auto lineChange = [&](Kind kind, const QJsonObject &line) {
        SnapshotChange change;
        change.kind = kind;
        change.relationshipId = line.value(QStringLiteral("id")).toInteger();
        change.fromId = line.value(QStringLiteral("from")).toInteger();
        change.toId = line.value(QStringLiteral("to")).toInteger();
        // The kind as the window names it ("Working relationship"), in the user's language;
        // a code this version does not know is shown as stored.
        const QString code = text(line, "kind");
        const auto relationshipKind = enumFromCode<RelationshipKind>(code);
        change.subject = QStringLiteral("%1 – %2 (%3)")
                             .arg(nameIn(change.fromId), nameIn(change.toId),
                                  relationshipKind ? displayName(*relationshipKind) : code);
        return change;
    };
    for (auto it = linesAfter.cbegin(); it != linesAfter.cend(); ++it) {
        const QJsonObject &line = it.value();
        const int strength = line.value(QStringLiteral("strength")).toInt();
        std::optional<SnapshotChange> change;
        if (!linesBefore.contains(it.key())) {
            change = lineChange(Kind::RelationshipGained, line);
            change->after = QString::number(strength);
        } else {
            const int old = linesBefore.value(it.key()).value(QStringLiteral("strength")).toInt();
            if (old != strength) {
                change = lineChange(strength > old ? Kind::RelationshipStrengthened
                                                   : Kind::RelationshipWeakened,
                                    line);
                change->before = QString::number(old);
                change->after = QString::number(strength);
            }
        }
        if (change) {
            add(*change);
            result.m_changedRelationships.insert(change->relationshipId);
            for (qint64 end : {change->fromId, change->toId}) {
                if (peopleAfter.contains(end))
                    result.m_changedPeople.insert(end);
            }
        }
    }
    for (auto it = linesBefore.cbegin(); it != linesBefore.cend(); ++it) {
        if (linesAfter.contains(it.key()))
            continue;
        SnapshotChange change = lineChange(Kind::RelationshipLost, it.value());
        change.before = QString::number(it.value().value(QStringLiteral("strength")).toInt());
        add(change);
        result.m_changedRelationships.insert(change.relationshipId);
        for (qint64 end : {change.fromId, change.toId}) {
            if (peopleAfter.contains(end))
                result.m_changedPeople.insert(end);
        }
    }

    // The plan: objectives' lights, actions done and late.
    const QJsonObject planBefore = before.value(QStringLiteral("plan")).toObject();
    const QJsonObject planAfter = after.value(QStringLiteral("plan")).toObject();
    const QHash<qint64, QJsonObject> objectivesBefore =
        byId(planBefore.value(QStringLiteral("objectives")).toArray());
    for (const QJsonValue &value : planAfter.value(QStringLiteral("objectives")).toArray()) {
        const QJsonObject objective = value.toObject();
        const qint64 id = objective.value(QStringLiteral("id")).toInteger();
        const QString light = text(objective, "traffic_light");
        const QString old = objectivesBefore.contains(id)
                                ? text(objectivesBefore.value(id), "traffic_light")
                                : QString();
        if (old != light) {
            SnapshotChange change;
            change.kind = Kind::ObjectiveChanged;
            change.subject = text(objective, "title");
            change.before = old.isEmpty() ? tr("new") : old;
            change.after = light;
            add(change);
        }
    }
    const QHash<qint64, QJsonObject> actionsBefore =
        byId(planBefore.value(QStringLiteral("actions")).toArray());
    const QDate afterDay = Snapshot::takenOn(after);
    const QDate beforeDay = Snapshot::takenOn(before);
    for (const QJsonValue &value : planAfter.value(QStringLiteral("actions")).toArray()) {
        const QJsonObject action = value.toObject();
        const qint64 id = action.value(QStringLiteral("id")).toInteger();
        const QString status = text(action, "status");
        const QJsonObject old = actionsBefore.value(id);
        SnapshotChange change;
        change.actionId = id;
        change.subject = text(action, "title");
        if (status == QLatin1String("done")) {
            if (text(old, "status") != QLatin1String("done")) {
                change.kind = Kind::ActionDone;
                change.before = old.isEmpty() ? tr("not in the plan") : text(old, "status");
                change.after = tr("done %1").arg(text(action, "done_date"));
                add(change);
            }
            continue;
        }
        if (status == QLatin1String("cancelled"))
            continue;
        const QDate due = QDate::fromString(text(action, "due_date"), Qt::ISODate);
        if (due.isValid() && afterDay.isValid() && due < afterDay) {
            change.kind = Kind::ActionLate;
            const bool lateBefore = !old.isEmpty() && beforeDay.isValid() && due < beforeDay &&
                                    text(old, "status") != QLatin1String("done");
            change.before = lateBefore ? tr("already late") : tr("not yet due");
            change.after =
                tr("due %1, %n day(s) late, owner %2", nullptr, int(due.daysTo(afterDay)))
                    .arg(LocalFormat::date(due), text(action, "owner_name"));
            add(change);
        }
    }

    // Figures before and after.
    result.m_figuresBefore = before.value(QStringLiteral("figures")).toObject();
    result.m_figuresAfter = after.value(QStringLiteral("figures")).toObject();
    for (const QString &figure : figureOrder) {
        const QJsonValue old = result.m_figuresBefore.value(figure);
        const QJsonValue now = result.m_figuresAfter.value(figure);
        if (old == now)
            continue;
        SnapshotChange change;
        change.kind = Kind::FigureChanged;
        change.figure = figure;
        change.subject = figureTitle(figure);
        change.before = figureText(old);
        change.after = figureText(now);
        add(change);
    }
    return result;
}

QList<SnapshotChange> SnapshotComparison::changesOf(SnapshotChange::Kind kind) const
{
    QList<SnapshotChange> found;
    for (const SnapshotChange &change : m_changes) {
        if (change.kind == kind)
            found.append(change);
    }
    return found;
}

QList<SnapshotChange::Kind> SnapshotComparison::allKinds()
{
    return {Kind::StageChanged,         Kind::PersonJoined,
            Kind::PersonLeft,           Kind::AttitudeChanged,
            Kind::PieceChanged,         Kind::RelationshipGained,
            Kind::RelationshipLost,     Kind::RelationshipStrengthened,
            Kind::RelationshipWeakened, Kind::ObjectiveChanged,
            Kind::ActionDone,           Kind::ActionLate,
            Kind::FigureChanged};
}

QString SnapshotComparison::kindCode(SnapshotChange::Kind kind)
{
    switch (kind) {
    case Kind::StageChanged:
        return QStringLiteral("stage_changed");
    case Kind::PersonJoined:
        return QStringLiteral("people_joined");
    case Kind::PersonLeft:
        return QStringLiteral("people_left");
    case Kind::AttitudeChanged:
        return QStringLiteral("attitude_changes");
    case Kind::PieceChanged:
        return QStringLiteral("piece_changes");
    case Kind::RelationshipGained:
        return QStringLiteral("relationships_gained");
    case Kind::RelationshipLost:
        return QStringLiteral("relationships_lost");
    case Kind::RelationshipStrengthened:
        return QStringLiteral("relationships_strengthened");
    case Kind::RelationshipWeakened:
        return QStringLiteral("relationships_weakened");
    case Kind::ObjectiveChanged:
        return QStringLiteral("objectives_changed");
    case Kind::ActionDone:
        return QStringLiteral("actions_done");
    case Kind::ActionLate:
        return QStringLiteral("actions_late");
    case Kind::FigureChanged:
        return QStringLiteral("figures");
    }
    return {};
}

QString SnapshotComparison::kindTitle(SnapshotChange::Kind kind)
{
    switch (kind) {
    case Kind::StageChanged:
        return tr("Lifecycle stage");
    case Kind::PersonJoined:
        return tr("People joined");
    case Kind::PersonLeft:
        return tr("People left");
    case Kind::AttitudeChanged:
        return tr("Attitudes changed");
    case Kind::PieceChanged:
        return tr("Pieces changed");
    case Kind::RelationshipGained:
        return tr("Relationships gained");
    case Kind::RelationshipLost:
        return tr("Relationships lost");
    case Kind::RelationshipStrengthened:
        return tr("Relationships strengthened");
    case Kind::RelationshipWeakened:
        return tr("Relationships weakened");
    case Kind::ObjectiveChanged:
        return tr("Objectives' traffic lights");
    case Kind::ActionDone:
        return tr("Actions done");
    case Kind::ActionLate:
        return tr("Actions late");
    case Kind::FigureChanged:
        return tr("Figures before and after");
    }
    return {};
}

QString SnapshotComparison::figureTitle(const QString &figure)
{
    static const QHash<QString, const char *> titles{
        {"client_people", QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Client people")},
        {"team_members", QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Team members")},
        {"relationships", QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Relationships")},
        {"team_lines", QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Team lines")},
        {"strong_team_lines",
         QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Strong team lines (4–5)")},
        {"key_pieces", QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Key pieces (K, Q, R)")},
        {"key_pieces_covered",
         QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Key pieces reached by a strong line")},
        {"key_coverage_percent",
         QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Coverage of key pieces (%)")},
        {"supporters",
         QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Champions and supporters")},
        {"opponents", QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Sceptics and opponents")},
        {"supporter_share_percent",
         QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Share of supporters (%)")},
        {"objectives_red", QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Objectives at red")},
        {"actions_open", QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Actions open")},
        {"actions_done", QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Actions done")},
        {"actions_overdue", QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Actions overdue")},
        {"team_agreed_current_plan",
         QT_TRANSLATE_NOOP("Kingside::SnapshotComparison", "Team members agreed to the plan")},
    };
    const char *title = titles.value(figure);
    return title ? tr(title) : figure;
}

QString SnapshotComparison::describe(const SnapshotChange &change)
{
    if (change.before.isEmpty())
        return QStringLiteral("%1: %2").arg(change.subject, change.after);
    if (change.after.isEmpty())
        return QStringLiteral("%1: %2").arg(change.subject, change.before);
    return QStringLiteral("%1: %2 → %3").arg(change.subject, change.before, change.after);
}

QJsonObject SnapshotComparison::toJson() const
{
    QJsonObject groups;
    for (Kind kind : allKinds()) {
        QJsonArray items;
        for (const SnapshotChange &change : m_changes) {
            if (change.kind != kind)
                continue;
            QJsonObject item;
            item.insert(QStringLiteral("subject"), change.subject);
            if (!change.before.isEmpty())
                item.insert(QStringLiteral("before"), change.before);
            if (!change.after.isEmpty())
                item.insert(QStringLiteral("after"), change.after);
            if (change.personId)
                item.insert(QStringLiteral("person_id"), change.personId);
            if (change.relationshipId) {
                item.insert(QStringLiteral("relationship_id"), change.relationshipId);
                item.insert(QStringLiteral("from_id"), change.fromId);
                item.insert(QStringLiteral("to_id"), change.toId);
            }
            if (change.actionId)
                item.insert(QStringLiteral("action_id"), change.actionId);
            if (!change.figure.isEmpty())
                item.insert(QStringLiteral("figure"), change.figure);
            items.append(item);
        }
        groups.insert(kindCode(kind), items);
    }
    QJsonObject figures;
    for (const QString &figure : figureOrder) {
        QJsonObject pair;
        pair.insert(QStringLiteral("before"), m_figuresBefore.value(figure));
        pair.insert(QStringLiteral("after"), m_figuresAfter.value(figure));
        figures.insert(figure, pair);
    }
    QJsonObject root;
    root.insert(QStringLiteral("account"), m_accountName);
    root.insert(QStringLiteral("before"), m_beforeDate);
    root.insert(QStringLiteral("after"), m_afterDate);
    root.insert(QStringLiteral("changes"), groups);
    root.insert(QStringLiteral("figures"), figures);
    return root;
}

QString SnapshotComparison::toText() const
{
    QString out = tr("%1: changes from %2 to %3\n").arg(m_accountName, m_beforeDate, m_afterDate);
    for (Kind kind : allKinds()) {
        const QList<SnapshotChange> group = changesOf(kind);
        if (group.isEmpty())
            continue;
        out += QStringLiteral("\n%1 (%2)\n").arg(kindTitle(kind)).arg(group.size());
        for (const SnapshotChange &change : group)
            out += QStringLiteral("  %1\n").arg(describe(change));
    }
    if (m_changes.isEmpty())
        out += tr("No changes.\n");
    return out;
}

} // namespace Kingside
