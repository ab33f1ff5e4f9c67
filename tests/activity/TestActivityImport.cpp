// Activity import end to end on the demo workspace: matching by address (aliases, any
// letter case), forward-only last contact, counts per freshness window, drawn lines, one
// undo step, and a stale account's cooling lines turned fresh (README, "Activity: meetings
// and mail keep freshness true"). The calendar layout is Google's (cited in TestIcsReader).
#include "ActivityFixture.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AnalysisStore.h"
#include "commands/EditPerson.h"
#include "commands/RecordActivity.h"
#include "demo/DemoBuilder.h"
#include "workspace/AccountStore.h"

#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Kingside;
using namespace Kingside::Test;

namespace {

struct Pair
{
    Relationship line;
    Person team;
    Person client;
};

// The account's team–client lines whose two people both have an address.
QList<Pair> teamClientLines(Workspace &workspace, qint64 accountId)
{
    const PersonStore store(workspace.database());
    QHash<qint64, Person> people;
    for (const Person &person : store.people(accountId))
        people.insert(person.id, person);
    QList<Pair> pairs;
    for (const Relationship &line : store.relationships(accountId)) {
        const Person from = people.value(line.fromId);
        const Person to = people.value(line.toId);
        if (from.isTeam() == to.isTeam() || from.email.isEmpty() || to.email.isEmpty())
            continue;
        pairs.append(from.isTeam() ? Pair{line, from, to} : Pair{line, to, from});
    }
    return pairs;
}

QDate lastContactOf(Workspace &workspace, qint64 relationshipId)
{
    return PersonStore(workspace.database()).relationship(relationshipId)->lastContact;
}

int contactsOn(Workspace &workspace, qint64 accountId, qint64 relationshipId)
{
    return PersonStore(workspace.database())
        .contactCounts(accountId, QDate(1900, 1, 1))
        .value(relationshipId)
        .total();
}

} // namespace

class TestActivityImport : public QObject
{
    Q_OBJECT

private slots:
    void forwardOnlyCountedOnceOneUndoStep()
    {
        TestWorkspace ws(TestWorkspace::Content::Demo);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString accountName = DemoBuilder::largestAccountName();
        const qint64 accountId = ws.accountId(accountName);
        const QList<Pair> pairs = teamClientLines(ws.workspace(), accountId);
        // One line last met long ago, one met recently, between different pairs.
        const Pair *stale = nullptr;
        const Pair *recent = nullptr;
        for (const Pair &pair : pairs) {
            const QDate last = pair.line.lastContact;
            if (!stale && last.isValid() && last < fixedToday().addDays(-60))
                stale = &pair;
            else if (!recent && last.isValid() && last > fixedToday().addDays(-30) &&
                     (!stale || stale->team.id != pair.team.id ||
                      stale->client.id != pair.client.id))
                recent = &pair;
        }
        QVERIFY(stale && recent);
        const QDate staleBefore = stale->line.lastContact;
        const QDate recentBefore = recent->line.lastContact;
        const QDate met = fixedToday().addDays(-10);
        // The recent pair's meeting is older than what is stored: it must not move back. Both
        // addresses are written in other letter cases than stored.
        const QByteArray ics = calendarOf(
            {{met, {stale->team.email.toUpper(), stale->client.email}},
             {recentBefore.addDays(-20), {recent->team.email, recent->client.email.toUpper()}},
             {met.addDays(1),
              {QStringLiteral("stranger@elsewhere.example"), stale->client.email}}});

        const ActivityPlan plan = planFrom(ws.workspace(), accountName, {ics});
        QVERIFY(plan.error.isEmpty());
        QCOMPARE(plan.itemsRead, 3);
        QCOMPARE(plan.itemsMatched, 2);
        QCOMPARE(plan.pairs.size(), 2);
        for (const ActivityPairChange &pair : plan.pairs) {
            QCOMPARE(pair.newMeetings, 1);
            QVERIFY(!pair.newLine);
            if (pair.clientId == stale->client.id) {
                QCOMPARE(pair.lastContactBefore, staleBefore);
                QCOMPARE(pair.lastContactAfter, met);
                QCOMPARE(pair.inWindow.meetings, 1);
            } else {
                QCOMPARE(pair.lastContactAfter, recentBefore);
            }
        }
        // Nothing is written by planning.
        QCOMPARE(lastContactOf(ws.workspace(), stale->line.id), staleBefore);

        const int undoBefore = ws->undoStack()->count();
        QVERIFY2(ws->execute(new RecordActivity(&ws.workspace(), plan)),
                 qPrintable(ws->errorString()));
        QCOMPARE(ws->undoStack()->count(), undoBefore + 1);
        QCOMPARE(lastContactOf(ws.workspace(), stale->line.id), met);
        QCOMPARE(lastContactOf(ws.workspace(), recent->line.id), recentBefore);
        QCOMPARE(contactsOn(ws.workspace(), accountId, stale->line.id), 1);
        QCOMPARE(contactsOn(ws.workspace(), accountId, recent->line.id), 1);

        // The same export again changes nothing and counts nothing twice.
        const ActivityPlan again = planFrom(ws.workspace(), accountName, {ics});
        QVERIFY(!again.hasWrites());
        QCOMPARE(again.unchangedPairs, 2);

        ws->undoStack()->undo();
        QCOMPARE(lastContactOf(ws.workspace(), stale->line.id), staleBefore);
        QCOMPARE(contactsOn(ws.workspace(), accountId, stale->line.id), 0);
        QCOMPARE(contactsOn(ws.workspace(), accountId, recent->line.id), 0);
        ws->undoStack()->redo();
        QCOMPARE(lastContactOf(ws.workspace(), stale->line.id), met);
        QCOMPARE(contactsOn(ws.workspace(), accountId, stale->line.id), 1);
    }

    void aliasesInTheEmailField()
    {
        TestWorkspace ws(TestWorkspace::Content::Demo);
        const QString accountName = DemoBuilder::largestAccountName();
        const qint64 accountId = ws.accountId(accountName);
        const Pair pair = teamClientLines(ws.workspace(), accountId).first();
        Person client = pair.client;
        client.email = client.email + QStringLiteral("; Private.Alias@Mail.example");
        QVERIFY2(ws->execute(new EditPerson(&ws.workspace(), client)),
                 qPrintable(ws->errorString()));
        const QDate met = fixedToday().addDays(-3);
        const ActivityPlan plan = planFrom(
            ws.workspace(), accountName,
            {calendarOf({{met, {pair.team.email, QStringLiteral("private.alias@MAIL.EXAMPLE")}}})});
        QCOMPARE(plan.pairs.size(), 1);
        QCOMPARE(plan.pairs.first().clientId, client.id);
        QCOMPARE(plan.pairs.first().lastContactAfter, met);
    }

    void mailJoinsTheSenderToEachRecipient()
    {
        TestWorkspace ws(TestWorkspace::Content::Demo);
        const QString accountName = DemoBuilder::largestAccountName();
        const qint64 accountId = ws.accountId(accountName);
        const Person team1 = firstOf(ws.workspace(), accountId, Side::Team, 0);
        const Person team2 = firstOf(ws.workspace(), accountId, Side::Team, 1);
        const Person clientA = firstOf(ws.workspace(), accountId, Side::Client, 0);
        const Person clientB = firstOf(ws.workspace(), accountId, Side::Client, 1);
        const QByteArray mbox = "From x Tue Jun 9 10:00:00 2026\n"
                                "Date: Tue, 9 Jun 2026 10:00:00 +0000\n"
                                "From: " +
                                team1.email.toUtf8() +
                                "\n"
                                "To: " +
                                clientA.email.toUpper().toUtf8() +
                                "\n"
                                "Cc: " +
                                team2.email.toUtf8() + ", =?UTF-8?Q?B?= <" +
                                clientB.email.toUtf8() + ">\n\nbody\n";
        const ActivityPlan plan = planFrom(ws.workspace(), accountName, {}, {mbox}, true);
        QSet<std::pair<qint64, qint64>> seen;
        for (const ActivityPairChange &pair : plan.pairs) {
            seen.insert({pair.teamId, pair.clientId});
            QVERIFY(!pair.newLine); // a message never draws a line
            QCOMPARE(pair.newMails, 1);
        }
        const int withoutLine = int(plan.pairsWithoutLine.size());
        QCOMPARE(int(seen.size()) + withoutLine, 2);
        QVERIFY(!seen.contains({team2.id, clientA.id}));
        QVERIFY(!seen.contains({team2.id, clientB.id}));
        QCOMPARE(plan.newLineCount(), 0);
    }

    void createLinesForPairsWhoMet()
    {
        TestWorkspace ws(TestWorkspace::Content::Demo);
        const QString accountName = DemoBuilder::largestAccountName();
        const qint64 accountId = ws.accountId(accountName);
        const PersonStore store(ws->database());
        // A team member and a client person with no line between them.
        Person team;
        Person client;
        const QList<Relationship> lines = store.relationships(accountId);
        for (const Person &t : store.people(accountId)) {
            if (!t.isTeam() || t.email.isEmpty() || team.id)
                continue;
            for (const Person &c : store.people(accountId)) {
                if (c.isTeam() || c.email.isEmpty())
                    continue;
                const bool joined =
                    std::any_of(lines.begin(), lines.end(), [&](const Relationship &r) {
                        return (r.fromId == t.id && r.toId == c.id) ||
                               (r.fromId == c.id && r.toId == t.id);
                    });
                if (!joined) {
                    team = t;
                    client = c;
                    break;
                }
            }
        }
        QVERIFY(team.id && client.id);
        const QDate met = fixedToday().addDays(-2);
        const QByteArray ics = calendarOf({{met, {team.email, client.email}}});

        const ActivityPlan without = planFrom(ws.workspace(), accountName, {ics});
        QVERIFY(!without.hasWrites());
        QCOMPARE(without.pairsWithoutLine.size(), 1);

        const ActivityPlan plan = planFrom(ws.workspace(), accountName, {ics}, {}, true);
        QCOMPARE(plan.newLineCount(), 1);
        QVERIFY(plan.pairs.first().newLine);
        const int before = int(store.relationships(accountId).size());
        QVERIFY2(ws->execute(new RecordActivity(&ws.workspace(), plan)),
                 qPrintable(ws->errorString()));
        QList<Relationship> after = store.relationships(accountId);
        QCOMPARE(int(after.size()), before + 1);
        const Relationship drawn = after.last();
        QCOMPARE(drawn.fromId, team.id);
        QCOMPARE(drawn.toId, client.id);
        QCOMPARE(drawn.kind, RelationshipKind::Working);
        QCOMPARE(drawn.strength, 1);
        QCOMPARE(drawn.lastContact, met);
        QVERIFY(drawn.notes.contains(QStringLiteral("calendar")));
        QCOMPARE(contactsOn(ws.workspace(), accountId, drawn.id), 1);
        ws->undoStack()->undo();
        QCOMPARE(int(store.relationships(accountId).size()), before);
        ws->undoStack()->redo();
        QCOMPARE(store.relationship(drawn.id)->lastContact, met);
        QCOMPARE(contactsOn(ws.workspace(), accountId, drawn.id), 1);
    }

    void staleDemoAccountTurnsFreshWhereMeetingsHappened()
    {
        TestWorkspace ws(TestWorkspace::Content::Demo);
        // The demo account with the most cooling lines is the stale one.
        const AnalysisStore analysis(ws->database());
        QString staleName;
        qint64 staleId = 0;
        QList<CoolingLine> cooling;
        for (const Account &account : AccountStore(ws->database()).accounts()) {
            QString error;
            const auto input = analysis.load(account.id, fixedToday(), &error);
            QVERIFY2(input, qPrintable(error));
            const QList<CoolingLine> lines = AccountAnalyzer::analyse(*input).cooling;
            if (lines.size() > cooling.size()) {
                cooling = lines;
                staleName = account.name;
                staleId = account.id;
            }
        }
        QVERIFY(cooling.size() >= 4);
        const PersonStore store(ws->database());
        QHash<qint64, Person> people;
        for (const Person &person : store.people(staleId))
            people.insert(person.id, person);
        // Meetings for every other cooling line, last week.
        QList<Meeting> meetings;
        QSet<qint64> metLines;
        QSet<std::pair<qint64, qint64>> metPairs;
        for (int i = 0; i < cooling.size(); i += 2) {
            const CoolingLine &line = cooling.at(i);
            const Person team = people.value(line.teamMemberId);
            const Person client = people.value(line.clientId);
            if (team.email.isEmpty() || client.email.isEmpty())
                continue;
            meetings.append({fixedToday().addDays(-7 - i % 5), {team.email, client.email}});
            metPairs.insert({team.id, client.id});
        }
        for (const CoolingLine &line : cooling)
            if (metPairs.contains({line.teamMemberId, line.clientId}))
                metLines.insert(line.relationshipId);
        QVERIFY(!metLines.isEmpty());
        const ActivityPlan plan = planFrom(ws.workspace(), staleName, {calendarOf(meetings)});
        QVERIFY2(ws->execute(new RecordActivity(&ws.workspace(), plan)),
                 qPrintable(ws->errorString()));

        QString error;
        const auto input = analysis.load(staleId, fixedToday(), &error);
        const QList<CoolingLine> afterwards = AccountAnalyzer::analyse(*input).cooling;
        QSet<qint64> stillCooling;
        for (const CoolingLine &line : afterwards)
            stillCooling.insert(line.relationshipId);
        for (qint64 id : std::as_const(metLines))
            QVERIFY2(!stillCooling.contains(id), "a line whose people met is still cooling");
        // Lines whose people did not meet stay as they were.
        for (const CoolingLine &line : cooling)
            if (!metLines.contains(line.relationshipId))
                QVERIFY(stillCooling.contains(line.relationshipId));
        QCOMPARE(afterwards.size(), cooling.size() - metLines.size());
    }

    void unknownAccount()
    {
        TestWorkspace ws(TestWorkspace::Content::Demo);
        const ActivityPlan plan = planFrom(ws.workspace(), QStringLiteral("Nobody Ltd"), {});
        QVERIFY(plan.error.contains(QStringLiteral("Nobody Ltd")));
        QVERIFY(!plan.hasWrites());
    }
};

QTEST_GUILESS_MAIN(TestActivityImport)
#include "TestActivityImport.moc"
