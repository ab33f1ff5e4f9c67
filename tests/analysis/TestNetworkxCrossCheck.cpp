#include "RandomAccount.h"
#include "ReferenceRunner.h"
#include "TestWorkspace.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AccountGraph.h"
#include "analysis/AnalysisStore.h"
#include "analysis/IntroductionPaths.h"
#include "workspace/AccountStore.h"

#include <boost/graph/betweenness_centrality.hpp>

#include <QJsonArray>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace Kingside;

// Every graph result of the analysis against python3-networkx on the same account, read
// by the reference script straight from the workspace file: the demo's accounts and
// generated ones with walls, tension, parallel lines and isolated people.
class TestNetworkxCrossCheck : public QObject
{
    Q_OBJECT

private slots:
    void demoAccounts_data();
    void demoAccounts();
    void generatedAccounts_data();
    void generatedAccounts();

private:
    void crossCheck(Test::TestWorkspace &ws, qint64 accountId);
};

namespace {

QList<qint64> sortedIds(const QJsonArray &array)
{
    QList<qint64> ids;
    for (const QJsonValue &value : array)
        ids.append(value.toInteger());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

void TestNetworkxCrossCheck::crossCheck(Test::TestWorkspace &ws, qint64 accountId)
{
    QString error;
    const auto input = AnalysisStore(ws->database()).load(accountId, Test::fixedToday(), &error);
    QVERIFY2(input, qPrintable(error));
    ws->close(); // the workspace holds its file exclusively while open
    const QJsonObject reference = Test::runNetworkxReference(ws.path(), accountId, &error);
    QVERIFY2(!reference.isEmpty(), qPrintable(error));
    const AccountAnalysis analysis = AccountAnalyzer::analyse(*input);
    const AccountGraph graph(*input);
    QCOMPARE(qsizetype(analysis.people.size()), input->people.size());

    // Betweenness: ours, Boost's own Brandes and networkx agree within 1e-9.
    const AccountGraph::Undirected &network = graph.undirectedNetwork();
    std::vector<double> boostValues(boost::num_vertices(network), 0.0);
    boost::brandes_betweenness_centrality(
        network, boost::centrality_map(boost::make_iterator_property_map(
                     boostValues.begin(), boost::get(boost::vertex_index, network))));
    const QJsonObject betweenness = reference.value(QStringLiteral("betweenness")).toObject();
    const QJsonObject clientBetweenness =
        reference.value(QStringLiteral("client_betweenness")).toObject();
    QCOMPARE(qsizetype(betweenness.size()), input->people.size());
    double largest = 0;
    for (std::size_t i = 0; i < analysis.people.size(); ++i) {
        const PersonFindings &findings = analysis.people[i];
        const QString key = QString::number(findings.personId);
        const double expected = betweenness.value(key).toDouble(-1);
        largest = std::max(largest, expected);
        QVERIFY2(std::abs(findings.betweenness - expected) <= 1e-9,
                 qPrintable(QStringLiteral("betweenness of %1: %2, networkx %3")
                                .arg(key)
                                .arg(findings.betweenness, 0, 'g', 17)
                                .arg(expected, 0, 'g', 17)));
        QVERIFY(std::abs(boostValues[i] - expected) <= 1e-9);
        if (!input->people[qsizetype(i)].isTeam()) {
            const double expectedClient = clientBetweenness.value(key).toDouble(-1);
            QVERIFY2(std::abs(findings.clientBetweenness - expectedClient) <= 1e-9,
                     qPrintable(QStringLiteral("client betweenness of %1: %2, networkx %3")
                                    .arg(key)
                                    .arg(findings.clientBetweenness, 0, 'g', 17)
                                    .arg(expectedClient, 0, 'g', 17)));
        }
    }
    QVERIFY2(largest > 0, "a graph without any betweenness checks nothing");

    QList<qint64> points = analysis.articulationPoints;
    std::sort(points.begin(), points.end());
    QCOMPARE(points, sortedIds(reference.value(QStringLiteral("articulation_points")).toArray()));

    QList<QPair<qint64, qint64>> bridges;
    for (const BridgeLine &bridge : analysis.bridges)
        bridges.append(
            {std::min(bridge.personA, bridge.personB), std::max(bridge.personA, bridge.personB)});
    std::sort(bridges.begin(), bridges.end());
    QList<QPair<qint64, qint64>> expectedBridges;
    for (const QJsonValue &value : reference.value(QStringLiteral("bridges")).toArray())
        expectedBridges.append(
            {value.toArray().at(0).toInteger(), value.toArray().at(1).toInteger()});
    QCOMPARE(bridges, expectedBridges);

    QMap<int, QList<qint64>> byComponent;
    for (const PersonFindings &findings : analysis.people)
        byComponent[findings.component].append(findings.personId);
    QList<QList<qint64>> components;
    for (QList<qint64> members : byComponent) {
        std::sort(members.begin(), members.end());
        components.append(members);
    }
    std::sort(components.begin(), components.end());
    QList<QList<qint64>> expectedComponents;
    for (const QJsonValue &value : reference.value(QStringLiteral("components")).toArray())
        expectedComponents.append(sortedIds(value.toArray()));
    QCOMPARE(components, expectedComponents);
    QCOMPARE(analysis.componentCount, int(expectedComponents.size()));

    // Dijkstra from the whole team, then from each member; paths must add up.
    const QJsonObject teamCost = reference.value(QStringLiteral("team_cost")).toObject();
    for (const PersonFindings &findings : analysis.people) {
        const QJsonValue expected = teamCost.value(QString::number(findings.personId));
        QCOMPARE(findings.introductionCost, expected.isUndefined() ? -1 : expected.toInt());
    }
    const QJsonObject memberCost = reference.value(QStringLiteral("member_cost")).toObject();
    QCOMPARE(qsizetype(memberCost.size()), analysis.team.size());
    QHash<qint64, const Relationship *> lines;
    for (const Relationship &line : input->relationships)
        lines.insert(line.id, &line);
    int pathsChecked = 0;
    for (qint64 member : analysis.team) {
        const IntroductionPaths paths(graph, {graph.indexOf(member)});
        const QJsonObject expected = memberCost.value(QString::number(member)).toObject();
        for (int v = 0; v < graph.vertexCount(); ++v) {
            const QJsonValue cost = expected.value(QString::number(input->people[v].id));
            QCOMPARE(paths.costTo(v), cost.isUndefined() ? -1 : cost.toInt());
        }
        // Every path really is made of its lines, and they add up to the cost.
        for (int v = 0; v < graph.vertexCount(); v += 7) {
            const IntroductionPath path =
                AccountAnalyzer::introductionPath(*input, input->people[v].id, member);
            QCOMPARE(path.found, paths.costTo(v) >= 0);
            if (!path.found)
                continue;
            int sum = 0;
            QCOMPARE(path.relationshipIds.size(), path.people.size() - 1);
            for (qsizetype s = 0; s < path.relationshipIds.size(); ++s) {
                const Relationship *line = lines.value(path.relationshipIds[s]);
                QVERIFY(line);
                QVERIFY(line->kind != RelationshipKind::Tension);
                const QSet<qint64> ends{line->fromId, line->toId};
                QCOMPARE(ends, (QSet<qint64>{path.people[s], path.people[s + 1]}));
                sum += AccountGraph::introductionCost(line->strength);
            }
            QCOMPARE(sum, path.cost);
            QCOMPARE(path.people.first(), member);
            ++pathsChecked;
        }
    }
    QVERIFY(analysis.team.isEmpty() || pathsChecked > 0);
}

void TestNetworkxCrossCheck::demoAccounts_data()
{
    QTest::addColumn<QString>("account");
    QTest::newRow("Halvorsen") << QStringLiteral("Halvorsen Maritime Group");
    QTest::newRow("Brightwater") << QStringLiteral("Brightwater Utilities");
    QTest::newRow("Aldermoor") << QStringLiteral("Aldermoor Health Trust");
    QTest::newRow("Kestrel") << QStringLiteral("Kestrel Foods");
}

void TestNetworkxCrossCheck::demoAccounts()
{
    QFETCH(QString, account);
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const qint64 id = ws.accountId(account);
    QVERIFY(id > 0);
    crossCheck(ws, id);
}

void TestNetworkxCrossCheck::generatedAccounts_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("team");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("walls");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("sparse, many bridges") << 40 << 3 << 45 << 1 << quint64(11);
    QTest::newRow("tree-like") << 80 << 2 << 85 << 2 << quint64(12);
    QTest::newRow("medium") << 120 << 6 << 500 << 2 << quint64(13);
    QTest::newRow("walled") << 90 << 5 << 400 << 6 << quint64(14);
    QTest::newRow("dense") << 60 << 4 << 900 << 2 << quint64(15);
    QTest::newRow("larger") << 300 << 10 << 1500 << 3 << quint64(16);
}

void TestNetworkxCrossCheck::generatedAccounts()
{
    QFETCH(int, people);
    QFETCH(int, team);
    QFETCH(int, lines);
    QFETCH(int, walls);
    QFETCH(quint64, seed);
    Test::TestWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    Test::RandomAccount random;
    random.clientPeople = people;
    random.teamMembers = team;
    random.lines = lines;
    random.walls = walls;
    random.seed = seed;
    QString error;
    const qint64 id = random.write(ws.workspace(), QStringLiteral("Random"), &error);
    QVERIFY2(id > 0, qPrintable(error));
    crossCheck(ws, id);
}

QTEST_GUILESS_MAIN(TestNetworkxCrossCheck)
#include "TestNetworkxCrossCheck.moc"
