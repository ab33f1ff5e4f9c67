#include "TestWorkspace.h"

#include "demo/DemoBuilder.h"
#include "domain/Enums.h"
#include "planning/PlanStore.h"
#include "planning/Snapshot.h"
#include "planning/SnapshotComparison.h"
#include "workspace/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Kingside;
using namespace Kingside::Test;

namespace {

using Kind = SnapshotChange::Kind;

QJsonObject person(qint64 id, const QString &name, const QString &piece, const QString &attitude)
{
    return QJsonObject{
        {"id", id},       {"name", name},         {"side", "client"},       {"title", "T"},
        {"piece", piece}, {"attitude", attitude}, {"decision_role", "none"}};
}

QJsonObject teamMember(qint64 id, const QString &name)
{
    return QJsonObject{{"id", id}, {"name", name}, {"side", "team"}, {"team_role", "specialist"}};
}

QJsonObject line(qint64 id, qint64 from, qint64 to, const QString &kind, int strength)
{
    return QJsonObject{
        {"id", id}, {"from", from}, {"to", to}, {"kind", kind}, {"strength", strength}};
}

QJsonObject action(qint64 id, const QString &title, const QString &due, const QString &status)
{
    return QJsonObject{{"id", id},         {"title", title},      {"due_date", due},
                       {"status", status}, {"owner_name", "Tom"}, {"done_date", QJsonValue()}};
}

QJsonObject snapshot(qint64 account, const QString &day, const QJsonArray &people,
                     const QJsonArray &lines, const QJsonArray &actions,
                     const QJsonArray &objectives = {})
{
    QJsonObject document{
        {"kind", Snapshot::DocumentKind},
        {"format", 1},
        {"taken_on", day},
        {"account", QJsonObject{{"id", account}, {"name", "Acme"}, {"lifecycle_stage", "presale"}}},
        {"people", people},
        {"relationships", lines},
        {"plan", QJsonObject{{"version", 1},
                             {"objectives", objectives},
                             {"actions", actions},
                             {"agreements", QJsonArray()}}}};
    Snapshot::computeFigures(document);
    return document;
}

QStringList subjects(const SnapshotComparison &comparison, Kind kind)
{
    QStringList names;
    for (const SnapshotChange &change : comparison.changesOf(kind))
        names.append(change.subject);
    names.sort();
    return names;
}

} // namespace

class TestSnapshotComparison : public QObject
{
    Q_OBJECT

private slots:
    void handBuiltBeforeAndAfter();
    void identicalSnapshotsHaveNoChanges();
    void undirectedLinesMatchEitherWay();
    void differentAccountsAreRefused();
    void jsonIsGroupedByKind();
    void demoReviewsTellWhatChanged();
};

void TestSnapshotComparison::handBuiltBeforeAndAfter()
{
    const QJsonObject before = snapshot(
        1, "2026-01-01",
        {teamMember(1, "Tom"), person(10, "King", "king", "neutral"),
         person(11, "Queen", "queen", "supporter"), person(12, "Leaver", "pawn", "champion"),
         person(13, "Promoted", "pawn", "neutral")},
        {line(100, 1, 10, "working", 2), line(101, 1, 11, "working", 5),
         line(102, 1, 12, "working", 4), line(103, 13, 11, "reporting", 3)},
        {action(200, "Brief the King", "2026-02-01", "open"),
         action(201, "Lunch with Queen", "2025-12-01", "open")},
        {QJsonObject{{"id", 300}, {"title", "Reach the King"}, {"traffic_light", "amber"}}});
    const QJsonObject after = snapshot(
        1, "2026-04-01",
        {teamMember(1, "Tom"), person(10, "King", "king", "supporter"),
         person(11, "Queen", "queen", "sceptic"), person(13, "Promoted", "rook", "neutral"),
         person(14, "Newcomer", "pawn", "neutral")},
        {line(100, 1, 10, "working", 4), line(101, 1, 11, "working", 3),
         line(104, 1, 14, "working", 2), line(105, 13, 11, "reporting", 3)},
        {action(200, "Brief the King", "2026-02-01", "done"),
         action(201, "Lunch with Queen", "2025-12-01", "open"),
         action(202, "Meet the newcomer", "2026-03-01", "in_progress"),
         action(203, "Future", "2026-05-01", "open")},
        {QJsonObject{{"id", 300}, {"title", "Reach the King"}, {"traffic_light", "red"}}});
    QString error;
    const auto comparison = SnapshotComparison::compare(before, after, &error);
    QVERIFY2(comparison, qPrintable(error));
    QCOMPARE(subjects(*comparison, Kind::PersonJoined), QStringList{"Newcomer"});
    QCOMPARE(subjects(*comparison, Kind::PersonLeft), QStringList{"Leaver"});
    QCOMPARE(subjects(*comparison, Kind::AttitudeChanged), (QStringList{"King", "Queen"}));
    QCOMPARE(subjects(*comparison, Kind::PieceChanged), QStringList{"Promoted"});
    const SnapshotChange piece = comparison->changesOf(Kind::PieceChanged).first();
    QCOMPARE(piece.before, QStringLiteral("pawn"));
    QCOMPARE(piece.after, QStringLiteral("rook"));
    QCOMPARE(comparison->changesOf(Kind::RelationshipGained).size(), 1);
    QCOMPARE(comparison->changesOf(Kind::RelationshipGained).first().relationshipId, 104);
    // The kind reads as the window names it, not as the stored code ("working").
    const QString gained = comparison->changesOf(Kind::RelationshipGained).first().subject;
    QVERIFY2(gained.endsWith(QStringLiteral("(%1)").arg(displayName(RelationshipKind::Working))),
             qPrintable(gained));
    // The reporting line 13→11 has a new row id but is the same line: not gained or lost.
    QCOMPARE(comparison->changesOf(Kind::RelationshipLost).size(), 1);
    QCOMPARE(comparison->changesOf(Kind::RelationshipLost).first().relationshipId, 102);
    QCOMPARE(comparison->changesOf(Kind::RelationshipStrengthened).first().relationshipId, 100);
    QCOMPARE(comparison->changesOf(Kind::RelationshipWeakened).first().relationshipId, 101);
    QCOMPARE(comparison->changesOf(Kind::RelationshipWeakened).first().before, QStringLiteral("5"));
    QCOMPARE(comparison->changesOf(Kind::RelationshipWeakened).first().after, QStringLiteral("3"));
    QCOMPARE(subjects(*comparison, Kind::ActionDone), QStringList{"Brief the King"});
    QCOMPARE(subjects(*comparison, Kind::ActionLate),
             (QStringList{"Lunch with Queen", "Meet the newcomer"}));
    for (const SnapshotChange &late : comparison->changesOf(Kind::ActionLate)) {
        if (late.subject == QLatin1String("Lunch with Queen"))
            QCOMPARE(late.before, QStringLiteral("already late"));
        else
            QCOMPARE(late.before, QStringLiteral("not yet due"));
    }
    QCOMPARE(subjects(*comparison, Kind::ObjectiveChanged), QStringList{"Reach the King"});
    // Figures: coverage of key pieces went from 1 of 2 (Queen) to 1 of 3 (King; Queen's
    // line weakened; the promoted Rook has none); supporters 2 of 4 → 1 of 4.
    QHash<QString, SnapshotChange> figures;
    for (const SnapshotChange &change : comparison->changesOf(Kind::FigureChanged))
        figures.insert(change.figure, change);
    QCOMPARE(figures.value("key_coverage_percent").before, QStringLiteral("50"));
    QCOMPARE(figures.value("key_coverage_percent").after, QStringLiteral("33.3"));
    QCOMPARE(figures.value("supporters").before, QStringLiteral("2"));
    QCOMPARE(figures.value("supporters").after, QStringLiteral("1"));
    QVERIFY(!figures.contains("client_people")); // 4 and 4
    // What the board marks.
    QCOMPARE(comparison->changedPersonIds(), (QSet<qint64>{10, 11, 13, 14, 1}));
    QCOMPARE(comparison->changedRelationshipIds(), (QSet<qint64>{100, 101, 102, 104}));
}

void TestSnapshotComparison::identicalSnapshotsHaveNoChanges()
{
    const QJsonObject one =
        snapshot(1, "2026-01-01", {teamMember(1, "Tom"), person(10, "K", "king", "neutral")},
                 {line(100, 1, 10, "working", 3)}, {});
    QString error;
    const auto comparison = SnapshotComparison::compare(one, one, &error);
    QVERIFY(comparison);
    QVERIFY(comparison->changes().isEmpty());
    QVERIFY(comparison->toText().contains(QStringLiteral("No changes")));
}

void TestSnapshotComparison::undirectedLinesMatchEitherWay()
{
    const QJsonObject before = snapshot(
        1, "2026-01-01", {person(10, "A", "pawn", "neutral"), person(11, "B", "pawn", "neutral")},
        {line(100, 10, 11, "alliance", 3), line(101, 10, 11, "influence", 3)}, {});
    const QJsonObject after = snapshot(
        1, "2026-02-01", {person(10, "A", "pawn", "neutral"), person(11, "B", "pawn", "neutral")},
        {line(200, 11, 10, "alliance", 3), line(201, 11, 10, "influence", 3)}, {});
    QString error;
    const auto comparison = SnapshotComparison::compare(before, after, &error);
    QVERIFY(comparison);
    // The alliance is the same line drawn the other way; the influence changed direction.
    QCOMPARE(comparison->changesOf(Kind::RelationshipGained).size(), 1);
    QCOMPARE(comparison->changesOf(Kind::RelationshipGained).first().relationshipId, 201);
    QCOMPARE(comparison->changesOf(Kind::RelationshipLost).size(), 1);
    QCOMPARE(comparison->changesOf(Kind::RelationshipLost).first().relationshipId, 101);
}

void TestSnapshotComparison::differentAccountsAreRefused()
{
    const QJsonObject one = snapshot(1, "2026-01-01", {}, {}, {});
    QJsonObject other = snapshot(2, "2026-01-01", {}, {}, {});
    other.insert("account", QJsonObject{{"id", 2}, {"name", "Bolt"}});
    QString error;
    QVERIFY(!SnapshotComparison::compare(one, other, &error));
    QVERIFY2(error.contains(QStringLiteral("different accounts")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("Acme")) && error.contains(QStringLiteral("Bolt")));
}

void TestSnapshotComparison::jsonIsGroupedByKind()
{
    const QJsonObject before =
        snapshot(1, "2026-01-01", {person(10, "A", "pawn", "neutral")}, {}, {});
    const QJsonObject after = snapshot(
        1, "2026-02-01", {person(10, "A", "pawn", "supporter"), person(11, "B", "pawn", "neutral")},
        {}, {});
    QString error;
    const QJsonObject json = SnapshotComparison::compare(before, after, &error)->toJson();
    const QJsonObject changes = json.value("changes").toObject();
    for (Kind kind : SnapshotComparison::allKinds())
        QVERIFY(changes.value(SnapshotComparison::kindCode(kind)).isArray());
    QCOMPARE(changes.value("people_joined").toArray().size(), 1);
    QCOMPARE(changes.value("people_joined").toArray()[0].toObject().value("person_id").toInt(), 11);
    QCOMPARE(changes.value("attitude_changes").toArray()[0].toObject().value("after").toString(),
             QStringLiteral("supporter"));
    QCOMPARE(
        json.value("figures").toObject().value("client_people").toObject().value("after").toInt(),
        2);
    QCOMPARE(json.value("before").toString(), QStringLiteral("2026-01-01"));
}

void TestSnapshotComparison::demoReviewsTellWhatChanged()
{
    TestWorkspace ws(TestWorkspace::Content::Demo);
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const qint64 account = ws.accountId(DemoBuilder::largestAccountName());
    const QList<Review> reviews = PlanStore(ws->database()).reviews(account);
    QCOMPARE(reviews.size(), 2);
    QString error;
    const auto first = Snapshot::loadForReview(ws->database(), reviews[0].id, &error);
    const auto second = Snapshot::loadForReview(ws->database(), reviews[1].id, &error);
    QVERIFY(first && second);
    const auto between = SnapshotComparison::compare(*first, *second, &error);
    QVERIFY2(between, qPrintable(error));
    for (Kind kind : {Kind::PersonJoined, Kind::AttitudeChanged, Kind::RelationshipGained,
                      Kind::RelationshipStrengthened, Kind::ObjectiveChanged, Kind::FigureChanged})
        QVERIFY2(!between->changesOf(kind).isEmpty(),
                 qPrintable(SnapshotComparison::kindCode(kind)));
    const auto sinceLast = SnapshotComparison::compare(
        *second, Snapshot::capture(ws->database(), account, fixedToday()), &error);
    QVERIFY(sinceLast);
    QCOMPARE(subjects(*sinceLast, Kind::PersonLeft), QStringList{"Per Solheim"});
    QVERIFY(!sinceLast->changesOf(Kind::ActionDone).isEmpty());
    QVERIFY(!sinceLast->changesOf(Kind::ActionLate).isEmpty());
    QVERIFY(!sinceLast->changesOf(Kind::PersonJoined).isEmpty());
    QVERIFY(!sinceLast->changedRelationshipIds().isEmpty());
    // Only people who are on the board now are marked.
    for (qint64 id : sinceLast->changedPersonIds())
        QVERIFY(Sql::scalar(ws->database(),
                            QStringLiteral("SELECT count(*) FROM people WHERE id = ?"), {id})
                    ->toInt() == 1);
}

QTEST_GUILESS_MAIN(TestSnapshotComparison)
#include "TestSnapshotComparison.moc"
