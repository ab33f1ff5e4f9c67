#include "Snapshot.h"

#include "PlanStore.h"
#include "domain/Enums.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <cmath>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::Snapshot", text);
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QHash<qint64, QString> namesOf(const QSqlDatabase &db, const QString &table, qint64 accountId)
{
    QHash<qint64, QString> names;
    QSqlQuery query(db);
    if (Sql::exec(query, QStringLiteral("SELECT id, name FROM %1 WHERE account_id = ?").arg(table),
                  {accountId}, nullptr)) {
        while (query.next())
            names.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    return names;
}

double percent(int part, int whole)
{
    return whole > 0 ? std::round(1000.0 * part / whole) / 10.0 : 0.0;
}

} // namespace

QJsonObject Snapshot::capture(const QSqlDatabase &db, qint64 accountId, const QDate &takenOn)
{
    QJsonObject snapshot;
    snapshot.insert(QStringLiteral("kind"), QLatin1String(DocumentKind));
    snapshot.insert(QStringLiteral("format"), CurrentFormat);
    snapshot.insert(QStringLiteral("taken_on"), takenOn.toString(Qt::ISODate));

    const auto account = AccountStore(db).account(accountId);
    QJsonObject accountObject;
    accountObject.insert(QStringLiteral("id"), accountId);
    if (account) {
        accountObject.insert(QStringLiteral("name"), account->name);
        accountObject.insert(QStringLiteral("lifecycle_stage"), codeOf(account->stage));
        accountObject.insert(QStringLiteral("review_cadence_months"), account->reviewCadenceMonths);
        accountObject.insert(QStringLiteral("business_objectives"), account->businessObjectives);
        accountObject.insert(QStringLiteral("buying_process"), account->buyingProcess);
    }
    snapshot.insert(QStringLiteral("account"), accountObject);

    const QHash<qint64, QString> departments =
        namesOf(db, QStringLiteral("departments"), accountId);
    const QHash<qint64, QString> levels = namesOf(db, QStringLiteral("levels"), accountId);
    const PersonStore people(db);
    QHash<qint64, QString> personNames;
    QJsonArray peopleArray;
    for (const Person &person : people.people(accountId)) {
        personNames.insert(person.id, person.name);
        QJsonObject object;
        object.insert(QStringLiteral("id"), person.id);
        object.insert(QStringLiteral("name"), person.name);
        object.insert(QStringLiteral("side"), codeOf(person.side));
        object.insert(QStringLiteral("title"), person.title);
        if (person.isTeam()) {
            object.insert(QStringLiteral("team_role"),
                          codeOf(person.teamRole.value_or(TeamRole::Other)));
        } else {
            object.insert(QStringLiteral("department"), departments.value(person.departmentId));
            object.insert(QStringLiteral("level"), levels.value(person.levelId));
            object.insert(QStringLiteral("decision_role"), codeOf(person.decisionRole));
            object.insert(QStringLiteral("piece"), codeOf(person.piece()));
            object.insert(QStringLiteral("attitude"), codeOf(person.attitude));
            object.insert(QStringLiteral("competitor"),
                          person.competitorId > 0 ? people.competitorName(person.competitorId)
                                                  : QString());
        }
        peopleArray.append(object);
    }
    snapshot.insert(QStringLiteral("people"), peopleArray);

    QJsonArray relationshipArray;
    for (const Relationship &line : people.relationships(accountId)) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), line.id);
        object.insert(QStringLiteral("from"), line.fromId);
        object.insert(QStringLiteral("to"), line.toId);
        object.insert(QStringLiteral("kind"), codeOf(line.kind));
        object.insert(QStringLiteral("strength"), line.strength);
        object.insert(QStringLiteral("last_contact"), dateValue(line.lastContact));
        relationshipArray.append(object);
    }
    snapshot.insert(QStringLiteral("relationships"), relationshipArray);

    const PlanStore store(db);
    QJsonObject planObject;
    const Plan plan = store.plan(accountId).value_or(Plan{});
    planObject.insert(QStringLiteral("version"), plan.version);
    planObject.insert(QStringLiteral("strategy"), plan.strategy);
    planObject.insert(QStringLiteral("competitor_notes"), plan.competitorNotes);
    planObject.insert(QStringLiteral("revenue_planned"), plan.revenuePlanned);
    planObject.insert(QStringLiteral("profit_planned"), plan.profitPlanned);
    QJsonArray objectives;
    for (const Objective &objective : store.objectives(accountId)) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), objective.id);
        object.insert(QStringLiteral("kind"), codeOf(objective.kind));
        object.insert(QStringLiteral("title"), objective.title);
        object.insert(QStringLiteral("measure"), objective.measure);
        object.insert(QStringLiteral("target_date"), dateValue(objective.targetDate));
        object.insert(QStringLiteral("traffic_light"), codeOf(objective.light));
        objectives.append(object);
    }
    planObject.insert(QStringLiteral("objectives"), objectives);
    QJsonArray actions;
    for (const PlanAction &action : store.actions(accountId)) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), action.id);
        object.insert(QStringLiteral("title"), action.title);
        object.insert(QStringLiteral("owner"), action.ownerId);
        object.insert(QStringLiteral("owner_name"), personNames.value(action.ownerId));
        object.insert(QStringLiteral("due_date"), dateValue(action.dueDate));
        object.insert(QStringLiteral("status"), codeOf(action.status));
        object.insert(QStringLiteral("done_date"), dateValue(action.doneDate));
        object.insert(QStringLiteral("objective"), action.objectiveId);
        object.insert(QStringLiteral("person"), action.personId);
        actions.append(object);
    }
    planObject.insert(QStringLiteral("actions"), actions);
    QJsonArray agreements;
    for (const PlanAgreement &agreement : store.agreements(accountId)) {
        QJsonObject object;
        object.insert(QStringLiteral("person"), agreement.personId);
        object.insert(QStringLiteral("person_name"), agreement.personName);
        object.insert(QStringLiteral("plan_version"), agreement.planVersion);
        object.insert(QStringLiteral("agreed_at"), agreement.agreedAt);
        agreements.append(object);
    }
    planObject.insert(QStringLiteral("agreements"), agreements);
    snapshot.insert(QStringLiteral("plan"), planObject);

    computeFigures(snapshot);
    return snapshot;
}

void Snapshot::computeFigures(QJsonObject &snapshot)
{
    const QJsonArray people = snapshot.value(QStringLiteral("people")).toArray();
    const QJsonArray lines = snapshot.value(QStringLiteral("relationships")).toArray();
    const QJsonObject plan = snapshot.value(QStringLiteral("plan")).toObject();
    const QDate takenOn = Snapshot::takenOn(snapshot);

    QSet<qint64> team;
    QSet<qint64> keyPieces;
    int clientPeople = 0;
    int supporters = 0;
    int opponents = 0;
    for (const QJsonValue &value : people) {
        const QJsonObject person = value.toObject();
        const qint64 id = person.value(QStringLiteral("id")).toInteger();
        if (person.value(QStringLiteral("side")).toString() == QLatin1String("team")) {
            if (person.value(QStringLiteral("team_role")).toString() != QLatin1String("mentor"))
                team.insert(id);
            continue;
        }
        ++clientPeople;
        const QString attitude = person.value(QStringLiteral("attitude")).toString();
        if (attitude == QLatin1String("champion") || attitude == QLatin1String("supporter"))
            ++supporters;
        else if (attitude == QLatin1String("sceptic") || attitude == QLatin1String("opponent"))
            ++opponents;
        const QString piece = person.value(QStringLiteral("piece")).toString();
        // The pieces that decide or block: King, Queen and Rook.
        if (piece == QLatin1String("king") || piece == QLatin1String("queen") ||
            piece == QLatin1String("rook"))
            keyPieces.insert(id);
    }
    int teamLines = 0;
    int strongTeamLines = 0;
    QSet<qint64> covered;
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        const qint64 from = line.value(QStringLiteral("from")).toInteger();
        const qint64 to = line.value(QStringLiteral("to")).toInteger();
        const bool fromTeam = team.contains(from);
        const bool toTeam = team.contains(to);
        if (fromTeam == toTeam)
            continue;
        ++teamLines;
        if (line.value(QStringLiteral("strength")).toInt() >= 4) {
            ++strongTeamLines;
            const qint64 client = fromTeam ? to : from;
            if (keyPieces.contains(client))
                covered.insert(client);
        }
    }
    int red = 0;
    for (const QJsonValue &value : plan.value(QStringLiteral("objectives")).toArray()) {
        if (value.toObject().value(QStringLiteral("traffic_light")).toString() ==
            QLatin1String("red"))
            ++red;
    }
    int open = 0;
    int done = 0;
    int overdue = 0;
    for (const QJsonValue &value : plan.value(QStringLiteral("actions")).toArray()) {
        const QJsonObject action = value.toObject();
        const QString status = action.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("done")) {
            ++done;
        } else if (status != QLatin1String("cancelled")) {
            ++open;
            const QDate due =
                QDate::fromString(action.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
            if (due.isValid() && takenOn.isValid() && due < takenOn)
                ++overdue;
        }
    }
    const int version = plan.value(QStringLiteral("version")).toInt(1);
    QSet<qint64> agreed;
    for (const QJsonValue &value : plan.value(QStringLiteral("agreements")).toArray()) {
        const QJsonObject agreement = value.toObject();
        if (agreement.value(QStringLiteral("plan_version")).toInt() == version)
            agreed.insert(agreement.value(QStringLiteral("person")).toInteger());
    }

    QJsonObject figures;
    figures.insert(QStringLiteral("client_people"), clientPeople);
    figures.insert(QStringLiteral("team_members"), int(team.size()));
    figures.insert(QStringLiteral("relationships"), int(lines.size()));
    figures.insert(QStringLiteral("team_lines"), teamLines);
    figures.insert(QStringLiteral("strong_team_lines"), strongTeamLines);
    figures.insert(QStringLiteral("key_pieces"), int(keyPieces.size()));
    figures.insert(QStringLiteral("key_pieces_covered"), int(covered.size()));
    figures.insert(QStringLiteral("key_coverage_percent"),
                   percent(int(covered.size()), int(keyPieces.size())));
    figures.insert(QStringLiteral("supporters"), supporters);
    figures.insert(QStringLiteral("opponents"), opponents);
    figures.insert(QStringLiteral("supporter_share_percent"), percent(supporters, clientPeople));
    figures.insert(QStringLiteral("objectives_red"), red);
    figures.insert(QStringLiteral("actions_open"), open);
    figures.insert(QStringLiteral("actions_done"), done);
    figures.insert(QStringLiteral("actions_overdue"), overdue);
    figures.insert(QStringLiteral("team_agreed_current_plan"), int(agreed.size()));
    snapshot.insert(QStringLiteral("figures"), figures);
}

std::optional<QJsonObject> Snapshot::read(const QByteArray &data, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (document.isNull() || !document.isObject()) {
        *error = tr("The snapshot is not readable JSON (%1 at offset %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    QJsonObject snapshot = document.object();
    if (snapshot.value(QStringLiteral("kind")).toString() != QLatin1String(DocumentKind)) {
        *error = tr("The stored document is not a Kingside account snapshot.");
        return std::nullopt;
    }
    const int format = snapshot.value(QStringLiteral("format")).toInt(0);
    if (format > CurrentFormat) {
        *error = tr("This snapshot was written by a newer Kingside (snapshot format %1; this "
                    "version reads up to %2).")
                     .arg(format)
                     .arg(CurrentFormat);
        return std::nullopt;
    }
    if (format < 1) {
        *error = tr("The snapshot has no valid format number.");
        return std::nullopt;
    }
    // Format 1 is the first; later formats upgrade older documents here, step by step,
    // so that comparisons always see the current shape. Figures are recomputed when a
    // document lacks them.
    if (!snapshot.contains(QStringLiteral("figures")))
        computeFigures(snapshot);
    return snapshot;
}

qint64 Snapshot::store(const QSqlDatabase &db, const QJsonObject &snapshot, qint64 reviewId,
                       const QString &label, QString *error, qint64 id)
{
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO snapshots (id, account_id, review_id, taken_at, "
                                  "label, format, data) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {Sql::idOrNull(id), accountIdOf(snapshot), Sql::idOrNull(reviewId),
                    snapshot.value(QStringLiteral("taken_on")).toString(),
                    PlanStore::nonNull(label),
                    snapshot.value(QStringLiteral("format")).toInt(CurrentFormat),
                    QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact))},
                   error))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool Snapshot::remove(const QSqlDatabase &db, qint64 snapshotId, QString *error)
{
    return Sql::run(db, QStringLiteral("DELETE FROM snapshots WHERE id = ?"), {snapshotId}, error);
}

std::optional<QJsonObject> Snapshot::load(const QSqlDatabase &db, qint64 snapshotId, QString *error)
{
    const auto data =
        Sql::scalar(db, QStringLiteral("SELECT data FROM snapshots WHERE id = ?"), {snapshotId});
    if (!data) {
        *error = tr("Snapshot %1 does not exist.").arg(snapshotId);
        return std::nullopt;
    }
    return read(data->toString().toUtf8(), error);
}

std::optional<QJsonObject> Snapshot::loadForReview(const QSqlDatabase &db, qint64 reviewId,
                                                   QString *error)
{
    const auto id = Sql::scalar(
        db, QStringLiteral("SELECT id FROM snapshots WHERE review_id = ? ORDER BY id DESC LIMIT 1"),
        {reviewId});
    if (!id) {
        *error = tr("No snapshot was frozen at this review.");
        return std::nullopt;
    }
    return load(db, id->toLongLong(), error);
}

qint64 Snapshot::accountIdOf(const QJsonObject &snapshot)
{
    return snapshot.value(QStringLiteral("account"))
        .toObject()
        .value(QStringLiteral("id"))
        .toInteger();
}

QString Snapshot::accountNameOf(const QJsonObject &snapshot)
{
    return snapshot.value(QStringLiteral("account"))
        .toObject()
        .value(QStringLiteral("name"))
        .toString();
}

QDate Snapshot::takenOn(const QJsonObject &snapshot)
{
    return QDate::fromString(snapshot.value(QStringLiteral("taken_on")).toString(), Qt::ISODate);
}

} // namespace Kingside
