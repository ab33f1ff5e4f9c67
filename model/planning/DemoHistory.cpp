#include "DemoHistory.h"

#include "Snapshot.h"
#include "workspace/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Kingside {
namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 idOf(const QJsonObject &object, const char *key = "id")
{
    return object.value(QLatin1String(key)).toInteger();
}

QString cooler(const QString &attitude)
{
    if (attitude == QLatin1String("champion"))
        return QStringLiteral("supporter");
    if (attitude == QLatin1String("supporter"))
        return QStringLiteral("neutral");
    return attitude;
}

QString brighter(const QString &light)
{
    return light == QLatin1String("red") ? QStringLiteral("amber") : QStringLiteral("green");
}

} // namespace

QJsonObject DemoHistory::windBack(const QJsonObject &snapshot, int steps, const QDate &reviewDate)
{
    QJsonObject past = snapshot;
    QJsonArray people = snapshot.value(QStringLiteral("people")).toArray();
    QJsonArray lines = snapshot.value(QStringLiteral("relationships")).toArray();

    QSet<qint64> team;
    QList<qint64> ordinaryClients; // not King or Queen: candidates for joining later
    qint64 maxId = 0;
    qint64 queen = 0;
    qint64 manager = 0;
    for (const QJsonValue &value : people) {
        const QJsonObject person = value.toObject();
        maxId = std::max(maxId, idOf(person));
        if (str(person, "side") == QLatin1String("team")) {
            if (str(person, "team_role") != QLatin1String("mentor"))
                team.insert(idOf(person));
            if (str(person, "team_role") == QLatin1String("account_manager") && manager == 0)
                manager = idOf(person);
            continue;
        }
        const QString piece = str(person, "piece");
        if (piece == QLatin1String("queen") && queen == 0)
            queen = idOf(person);
        if (piece == QLatin1String("pawn"))
            ordinaryClients.append(idOf(person));
    }
    // The people who joined since are quiet ones, with few lines yet: the list of
    // lines gained then shows the team's work, not a newcomer's whole network.
    QHash<qint64, int> lineCount;
    for (const QJsonValue &value : lines) {
        ++lineCount[idOf(value.toObject(), "from")];
        ++lineCount[idOf(value.toObject(), "to")];
    }
    std::sort(ordinaryClients.begin(), ordinaryClients.end(), [&lineCount](qint64 a, qint64 b) {
        return std::pair(lineCount.value(a), -a) < std::pair(lineCount.value(b), -b);
    });
    QSet<qint64> notYet;
    for (int i = 0; i < 2 * steps && i < ordinaryClients.size(); ++i)
        notYet.insert(ordinaryClients[i]);

    QJsonArray pastPeople;
    int cooled = 0;
    int bishopsSeen = 0;
    bool scepticWasNeutral = false;
    for (const QJsonValue &value : people) {
        QJsonObject person = value.toObject();
        if (notYet.contains(idOf(person)))
            continue;
        if (str(person, "side") == QLatin1String("client")) {
            const QString attitude = str(person, "attitude");
            // Some of today's supporters were cooler then: the team won them over.
            if ((attitude == QLatin1String("champion") || attitude == QLatin1String("supporter")) &&
                cooled < 2 * steps && idOf(person) % 3 == 0) {
                person.insert(QStringLiteral("attitude"), cooler(attitude));
                ++cooled;
            } else if (steps >= 2 && !scepticWasNeutral && attitude == QLatin1String("sceptic")) {
                // And one has turned sceptical since.
                person.insert(QStringLiteral("attitude"), QStringLiteral("neutral"));
                scepticWasNeutral = true;
            }
            if (str(person, "piece") == QLatin1String("bishop")) {
                // Specifiers we had taken for users: one found at each review.
                ++bishopsSeen;
                if (bishopsSeen <= steps) {
                    person.insert(QStringLiteral("piece"), QStringLiteral("pawn"));
                    person.insert(QStringLiteral("decision_role"), QStringLiteral("user"));
                }
            }
        }
        pastPeople.append(person);
    }

    // Someone who has left since: a procurement manager with a good line to us.
    const qint64 leaver = maxId + 100000;
    QSet<qint64> kings;
    for (const QJsonValue &value : pastPeople) {
        if (str(value.toObject(), "piece") == QLatin1String("king"))
            kings.insert(idOf(value.toObject()));
    }
    if (manager > 0 && queen > 0) {
        QJsonObject person;
        person.insert(QStringLiteral("id"), leaver);
        person.insert(QStringLiteral("name"), QStringLiteral("Per Solheim"));
        person.insert(QStringLiteral("side"), QStringLiteral("client"));
        person.insert(QStringLiteral("title"), QStringLiteral("Procurement Manager"));
        person.insert(QStringLiteral("department"), QString());
        person.insert(QStringLiteral("level"), QString());
        person.insert(QStringLiteral("decision_role"), QStringLiteral("gatekeeper"));
        person.insert(QStringLiteral("piece"), QStringLiteral("rook"));
        person.insert(QStringLiteral("attitude"), QStringLiteral("supporter"));
        person.insert(QStringLiteral("competitor"), QString());
        pastPeople.append(person);
    }

    QJsonArray pastLines;
    int strengthened = 0;
    int gained = 0;
    for (const QJsonValue &value : lines) {
        QJsonObject line = value.toObject();
        const qint64 from = idOf(line, "from");
        const qint64 to = idOf(line, "to");
        if (notYet.contains(from) || notYet.contains(to))
            continue;
        const int strength = line.value(QStringLiteral("strength")).toInt();
        const bool teamLine = team.contains(from) != team.contains(to);
        if (teamLine && strength >= 4 && strengthened < 3 * steps && idOf(line) % 2 == 1) {
            line.insert(QStringLiteral("strength"), strength - 1); // stronger since
            ++strengthened;
        } else if (teamLine && kings.contains(to) && (strength <= 2 || steps >= 2)) {
            // The lines to the final decision maker have been cooling, review after review.
            line.insert(QStringLiteral("strength"), std::min(5, strength + 1));
        } else if (!teamLine && str(line, "kind") == QLatin1String("working") &&
                   gained < 2 * steps && idOf(line) % 5 == 0) {
            ++gained; // drawn since
            continue;
        }
        pastLines.append(line);
    }
    if (manager > 0 && queen > 0) {
        QJsonObject toUs;
        toUs.insert(QStringLiteral("id"), leaver);
        toUs.insert(QStringLiteral("from"), manager);
        toUs.insert(QStringLiteral("to"), leaver);
        toUs.insert(QStringLiteral("kind"), QStringLiteral("working"));
        toUs.insert(QStringLiteral("strength"), 4);
        toUs.insert(QStringLiteral("last_contact"), reviewDate.addDays(-10).toString(Qt::ISODate));
        pastLines.append(toUs);
        QJsonObject reporting;
        reporting.insert(QStringLiteral("id"), leaver + 1);
        reporting.insert(QStringLiteral("from"), leaver);
        reporting.insert(QStringLiteral("to"), queen);
        reporting.insert(QStringLiteral("kind"), QStringLiteral("reporting"));
        reporting.insert(QStringLiteral("strength"), 3);
        reporting.insert(QStringLiteral("last_contact"),
                         reviewDate.addDays(-20).toString(Qt::ISODate));
        pastLines.append(reporting);
    }

    QJsonObject plan = snapshot.value(QStringLiteral("plan")).toObject();
    QJsonArray objectives;
    for (const QJsonValue &value : plan.value(QStringLiteral("objectives")).toArray()) {
        QJsonObject objective = value.toObject();
        const QString light = str(objective, "traffic_light");
        if (light == QLatin1String("red") || (steps >= 2 && light == QLatin1String("amber")))
            objective.insert(QStringLiteral("traffic_light"), brighter(light));
        objectives.append(objective);
    }
    plan.insert(QStringLiteral("objectives"), objectives);
    QJsonArray actions;
    const QJsonArray currentActions = plan.value(QStringLiteral("actions")).toArray();
    for (int i = 0; i < currentActions.size(); ++i) {
        QJsonObject action = currentActions[i].toObject();
        if (steps >= 2 && i == currentActions.size() - 1)
            continue; // added to the plan since
        const QDate done = QDate::fromString(str(action, "done_date"), Qt::ISODate);
        if (done.isValid() && done > reviewDate) {
            action.insert(QStringLiteral("status"), QStringLiteral("in_progress"));
            action.insert(QStringLiteral("done_date"), QJsonValue());
        }
        actions.append(action);
    }
    plan.insert(QStringLiteral("actions"), actions);
    QJsonArray agreements;
    for (const QJsonValue &value : plan.value(QStringLiteral("agreements")).toArray()) {
        const QDate agreed =
            QDate::fromString(str(value.toObject(), "agreed_at").left(10), Qt::ISODate);
        if (!agreed.isValid() || agreed <= reviewDate)
            agreements.append(value);
    }
    plan.insert(QStringLiteral("agreements"), agreements);

    past.insert(QStringLiteral("people"), pastPeople);
    past.insert(QStringLiteral("relationships"), pastLines);
    past.insert(QStringLiteral("plan"), plan);
    past.insert(QStringLiteral("taken_on"), reviewDate.toString(Qt::ISODate));
    Snapshot::computeFigures(past);
    return past;
}

bool DemoHistory::write(const QSqlDatabase &db, const QDate &today, QString *error)
{
    struct PastReview
    {
        qint64 id;
        qint64 accountId;
        QDate date;
    };
    QList<PastReview> reviews;
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT id, account_id, review_date FROM reviews r WHERE NOT "
                                  "EXISTS (SELECT 1 FROM snapshots s WHERE s.review_id = r.id) "
                                  "ORDER BY account_id, review_date DESC, id DESC"),
                   {}, error))
        return false;
    while (query.next())
        reviews.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                        QDate::fromString(query.value(2).toString(), Qt::ISODate)});
    qint64 account = 0;
    int steps = 0;
    for (const PastReview &review : std::as_const(reviews)) {
        steps = review.accountId == account ? steps + 1 : 1;
        account = review.accountId;
        if (review.date > today)
            continue;
        const QJsonObject past =
            windBack(Snapshot::capture(db, review.accountId, review.date), steps, review.date);
        if (Snapshot::store(db, past, review.id,
                            QCoreApplication::translate("Kingside::DemoHistory", "Review of %1")
                                .arg(review.date.toString(Qt::ISODate)),
                            error) <= 0)
            return false;
    }
    return true;
}

} // namespace Kingside
