#include "ChangeDetector.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::ChangeDetector", text);
}

constexpr int newestSnapshotFormat = 1;

} // namespace

ChangesSinceReview ChangeDetector::compare(const AnalysisInput &input)
{
    ChangesSinceReview changes;
    changes.review = input.lastReview;

    // Plan actions need no snapshot: their dates say it.
    for (const ActionInfo &action : input.actions) {
        if (action.status == QLatin1String("done") && changes.review && action.doneDate.isValid() &&
            action.doneDate >= changes.review->date)
            changes.actionsDone.append(action);
        const bool open =
            action.status == QLatin1String("open") || action.status == QLatin1String("in_progress");
        if (open && action.dueDate.isValid() && action.dueDate < input.today)
            changes.actionsLate.append(action);
    }

    if (!input.snapshot)
        return changes;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.snapshot->data, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        changes.snapshotProblem = tr("the snapshot of %1 is not readable JSON (%2)")
                                      .arg(input.snapshot->takenAt, parseError.errorString());
        return changes;
    }
    const QString kind = root.value(QStringLiteral("kind")).toString();
    const int format = root.value(QStringLiteral("format")).toInt(1);
    if ((!kind.isEmpty() && kind != QLatin1String("kingside.account-snapshot")) ||
        format > newestSnapshotFormat) {
        changes.snapshotProblem = tr("the snapshot of %1 has a format this version does not "
                                     "know (%2, format %3)")
                                      .arg(input.snapshot->takenAt, kind)
                                      .arg(format);
        return changes;
    }
    changes.haveSnapshot = true;
    changes.snapshotTakenOn = root.value(QStringLiteral("taken_on")).toString();
    if (changes.snapshotTakenOn.isEmpty())
        changes.snapshotTakenOn = input.snapshot->takenAt.left(10);

    QHash<qint64, QJsonObject> thenPeople;
    for (const QJsonValue &value : root.value(QStringLiteral("people")).toArray()) {
        const QJsonObject person = value.toObject();
        thenPeople.insert(person.value(QStringLiteral("id")).toInteger(), person);
    }
    QSet<qint64> nowPeople;
    for (const Person &person : input.people) {
        nowPeople.insert(person.id);
        const auto then = thenPeople.constFind(person.id);
        if (then == thenPeople.constEnd()) {
            changes.joined.append(person.id);
            continue;
        }
        if (person.isTeam())
            continue;
        const auto before =
            enumFromCode<Attitude>(then->value(QStringLiteral("attitude")).toString());
        if (before && *before != person.attitude)
            changes.attitudeMoves.append({person.id, *before, person.attitude});
    }
    QList<qint64> thenIds = thenPeople.keys();
    std::sort(thenIds.begin(), thenIds.end());
    for (qint64 id : thenIds) {
        if (!nowPeople.contains(id))
            changes.left.append(
                {id, thenPeople.value(id).value(QStringLiteral("name")).toString()});
    }

    QHash<qint64, QJsonObject> thenLines;
    for (const QJsonValue &value : root.value(QStringLiteral("relationships")).toArray()) {
        const QJsonObject line = value.toObject();
        thenLines.insert(line.value(QStringLiteral("id")).toInteger(), line);
    }
    QSet<qint64> nowLines;
    for (const Relationship &line : input.relationships) {
        nowLines.insert(line.id);
        if (!thenLines.contains(line.id))
            changes.linesGained.append(line.id);
    }
    QList<qint64> thenLineIds = thenLines.keys();
    std::sort(thenLineIds.begin(), thenLineIds.end());
    for (qint64 id : thenLineIds) {
        if (nowLines.contains(id))
            continue;
        const QJsonObject line = thenLines.value(id);
        auto nameOf = [&](const char *key) {
            const qint64 personId = line.value(QLatin1String(key)).toInteger();
            return thenPeople.value(personId).value(QStringLiteral("name")).toString();
        };
        changes.linesLost.append(
            {id, nameOf("from"), nameOf("to"), line.value(QStringLiteral("kind")).toString()});
    }
    return changes;
}

} // namespace Kingside
