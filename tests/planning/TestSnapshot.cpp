#include "DatabaseDump.h"
#include "PlanningFixture.h"
#include "TestWorkspace.h"

#include "commands/RemovePerson.h"
#include "commands/SetProperties.h"
#include "demo/DemoBuilder.h"
#include "planning/PlanStore.h"
#include "planning/Snapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Kingside;
using namespace Kingside::Test;

namespace {

QJsonObject personNamed(const QJsonObject &snapshot, const QString &name)
{
    for (const QJsonValue &value : snapshot.value(QStringLiteral("people")).toArray()) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void captureHoldsPeoplePiecesAndLines();
    void figuresAreComputedFromTheContent();
    void storedSnapshotSurvivesLaterEdits();
    void storedSnapshotSurvivesSchemaChanges();
    void readerChecksKindAndFormat();
    void demoReviewsHaveSnapshotsThatDiffer();
};

void TestSnapshot::captureHoldsPeoplePiecesAndLines()
{
    TestWorkspace ws;
    const auto a = SmallAccount::create(ws->database());
    const QJsonObject snapshot = Snapshot::capture(ws->database(), a.account, {2026, 6, 15});
    QCOMPARE(snapshot.value(QStringLiteral("format")).toInt(), Snapshot::CurrentFormat);
    QCOMPARE(snapshot.value(QStringLiteral("kind")).toString(),
             QLatin1String(Snapshot::DocumentKind));
    QCOMPARE(Snapshot::accountIdOf(snapshot), a.account);
    QCOMPARE(Snapshot::accountNameOf(snapshot), QStringLiteral("Acme"));
    QCOMPARE(Snapshot::takenOn(snapshot), QDate(2026, 6, 15));
    QCOMPARE(snapshot.value(QStringLiteral("people")).toArray().size(), 7);
    QCOMPARE(snapshot.value(QStringLiteral("relationships")).toArray().size(), 3);
    const QJsonObject king = personNamed(snapshot, QStringLiteral("Acme King"));
    QCOMPARE(king.value(QStringLiteral("piece")).toString(), QStringLiteral("king"));
    QCOMPARE(king.value(QStringLiteral("attitude")).toString(), QStringLiteral("neutral"));
    const QJsonObject mentor = personNamed(snapshot, QStringLiteral("Acme Mentor"));
    QCOMPARE(mentor.value(QStringLiteral("team_role")).toString(), QStringLiteral("mentor"));
    const QJsonObject plan = snapshot.value(QStringLiteral("plan")).toObject();
    QCOMPARE(plan.value(QStringLiteral("strategy")).toString(), QStringLiteral("Win the board"));
    QCOMPARE(plan.value(QStringLiteral("objectives")).toArray().size(), 1);
}

void TestSnapshot::figuresAreComputedFromTheContent()
{
    TestWorkspace ws;
    const auto a = SmallAccount::create(ws->database());
    SmallAccount::insert(ws->database(),
                         QStringLiteral("INSERT INTO actions (account_id, title, owner_id, "
                                        "due_date, status, created_at) VALUES (?, 'Call', ?, "
                                        "'2026-06-01', 'open', 'x')"),
                         {a.account, a.manager});
    SmallAccount::insert(ws->database(),
                         QStringLiteral("INSERT INTO actions (account_id, title, owner_id, "
                                        "due_date, status, created_at) VALUES (?, 'Lunch', ?, "
                                        "'2026-06-01', 'done', 'x')"),
                         {a.account, a.manager});
    SmallAccount::insert(ws->database(),
                         QStringLiteral("INSERT INTO plan_agreements (account_id, person_id, "
                                        "plan_version, agreed_at) VALUES (?, ?, 1, 'x')"),
                         {a.account, a.specialist});
    const QJsonObject figures = Snapshot::capture(ws->database(), a.account, {2026, 6, 15})
                                    .value(QStringLiteral("figures"))
                                    .toObject();
    auto figure = [&](const char *name) { return figures.value(QLatin1String(name)).toDouble(); };
    QCOMPARE(figure("client_people"), 4.0);
    QCOMPARE(figure("team_members"), 2.0); // the mentor stands apart
    QCOMPARE(figure("relationships"), 3.0);
    QCOMPARE(figure("team_lines"), 2.0);
    QCOMPARE(figure("strong_team_lines"), 1.0);
    QCOMPARE(figure("key_pieces"), 3.0);         // King, Queen, Rook
    QCOMPARE(figure("key_pieces_covered"), 1.0); // only the Queen has a 4+ line
    QCOMPARE(figure("key_coverage_percent"), 33.3);
    QCOMPARE(figure("supporters"), 2.0);
    QCOMPARE(figure("opponents"), 1.0);
    QCOMPARE(figure("supporter_share_percent"), 50.0);
    QCOMPARE(figure("objectives_red"), 1.0);
    QCOMPARE(figure("actions_open"), 1.0);
    QCOMPARE(figure("actions_done"), 1.0);
    QCOMPARE(figure("actions_overdue"), 1.0);
    QCOMPARE(figure("team_agreed_current_plan"), 1.0);
}

void TestSnapshot::storedSnapshotSurvivesLaterEdits()
{
    TestWorkspace ws;
    const auto a = SmallAccount::create(ws->database());
    const QJsonObject before = Snapshot::capture(ws->database(), a.account, {2026, 6, 15});
    QString error;
    const qint64 id = Snapshot::store(ws->database(), before, 0, QStringLiteral("t"), &error);
    QVERIFY2(id > 0, qPrintable(error));

    QVERIFY(ws->execute(new RemovePerson(&ws.workspace(), a.queen, QStringLiteral("Queen"))));
    QVERIFY(
        ws->execute(new SetProperties(&ws.workspace(), Change::Entity::Person, a.king,
                                      {{QStringLiteral("name"), QStringLiteral("Renamed")},
                                       {QStringLiteral("attitude"), QStringLiteral("opponent")}},
                                      QStringLiteral("edit"))));
    QVERIFY(Sql::run(ws->database(), QStringLiteral("DELETE FROM objectives"), {}, nullptr));

    const auto loaded = Snapshot::load(ws->database(), id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, before);
    QCOMPARE(personNamed(*loaded, QStringLiteral("Acme King"))
                 .value(QStringLiteral("attitude"))
                 .toString(),
             QStringLiteral("neutral"));
    QVERIFY(!personNamed(*loaded, QStringLiteral("Acme Queen")).isEmpty());
    // And the account now differs from it.
    const QJsonObject now = Snapshot::capture(ws->database(), a.account, {2026, 6, 15});
    QVERIFY(personNamed(now, QStringLiteral("Acme Queen")).isEmpty());
}

void TestSnapshot::storedSnapshotSurvivesSchemaChanges()
{
    TestWorkspace ws;
    const auto a = SmallAccount::create(ws->database());
    const QJsonObject before = Snapshot::capture(ws->database(), a.account, {2026, 6, 15});
    QString error;
    const qint64 id = Snapshot::store(ws->database(), before, 0, QStringLiteral("t"), &error);
    // What a later migration might do: new columns, a renamed table for people.
    QVERIFY(Sql::run(ws->database(), QStringLiteral("ALTER TABLE people ADD COLUMN nickname TEXT"),
                     {}, &error));
    QVERIFY(Sql::run(ws->database(),
                     QStringLiteral("ALTER TABLE relationships RENAME TO relationships_old"), {},
                     &error));
    const auto loaded = Snapshot::load(ws->database(), id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, before);
}

void TestSnapshot::readerChecksKindAndFormat()
{
    QString error;
    QVERIFY(!Snapshot::read("not json", &error));
    QVERIFY(error.contains(QStringLiteral("JSON")));
    QVERIFY(!Snapshot::read(R"({"kind":"something else","format":1})", &error));
    QVERIFY(error.contains(QStringLiteral("not a Kingside account snapshot")));
    QVERIFY(!Snapshot::read(R"({"kind":"kingside.account-snapshot","format":99})", &error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    // A format-1 document as written by an early version, without figures: readable,
    // and the figures follow from its content.
    const QByteArray early = R"({"kind":"kingside.account-snapshot","format":1,
        "taken_on":"2026-01-01","account":{"id":7,"name":"Old"},
        "people":[{"id":1,"name":"A","side":"client","piece":"king","attitude":"supporter"},
                  {"id":2,"name":"B","side":"team","team_role":"account_manager"}],
        "relationships":[{"id":3,"from":2,"to":1,"kind":"working","strength":5}],
        "plan":{"version":1,"objectives":[],"actions":[],"agreements":[]}})";
    const auto snapshot = Snapshot::read(early, &error);
    QVERIFY2(snapshot, qPrintable(error));
    const QJsonObject figures = snapshot->value(QStringLiteral("figures")).toObject();
    QCOMPARE(figures.value(QStringLiteral("key_coverage_percent")).toDouble(), 100.0);
    QCOMPARE(figures.value(QStringLiteral("supporter_share_percent")).toDouble(), 100.0);
}

void TestSnapshot::demoReviewsHaveSnapshotsThatDiffer()
{
    TestWorkspace ws(TestWorkspace::Content::Demo);
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const qint64 account = ws.accountId(DemoBuilder::largestAccountName());
    const QList<Review> reviews = PlanStore(ws->database()).reviews(account);
    QCOMPARE(reviews.size(), 2);
    QString error;
    const auto first = Snapshot::loadForReview(ws->database(), reviews[0].id, &error);
    const auto second = Snapshot::loadForReview(ws->database(), reviews[1].id, &error);
    QVERIFY2(first && second, qPrintable(error));
    QCOMPARE(Snapshot::takenOn(*first), reviews[0].date);
    const QJsonObject now = Snapshot::capture(ws->database(), account, fixedToday());
    auto figure = [](const QJsonObject &s, const char *name) {
        return s.value(QStringLiteral("figures")).toObject().value(QLatin1String(name)).toDouble();
    };
    // The account grew: fewer people at the first review than at the second, than now.
    QVERIFY(figure(*first, "client_people") < figure(*second, "client_people"));
    QVERIFY(figure(*second, "client_people") <= figure(now, "client_people"));
    QVERIFY(figure(*first, "actions_done") < figure(now, "actions_done"));
    // Every reviewed account of the demo has its snapshots.
    const auto count = Sql::scalar(
        ws->database(), QStringLiteral("SELECT count(*) FROM reviews r WHERE NOT EXISTS (SELECT 1 "
                                       "FROM snapshots s WHERE s.review_id = r.id)"));
    QCOMPARE(count->toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "TestSnapshot.moc"
