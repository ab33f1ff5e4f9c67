#include "CliRun.h"
#include "ReferenceRunner.h"
#include "TestWorkspace.h"

#include "demo/DemoBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kingside;

namespace {
const Test::CliProgram kingside(QStringLiteral(KINGSIDE_EXECUTABLE));
} // namespace

// `kingside analyze` and `kingside path` on the demo, run as the user runs them.
class TestAnalysisCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void analyzeJson();
    void analyzeText();
    void analyzeErrors();
    void pathFromTheTeam();
    void pathFromAMember();
    void pathErrors();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QJsonObject m_reference;
    qint64 m_accountId = 0;
};

void TestAnalysisCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.kingside"));
    QString error;
    QVERIFY2(DemoBuilder::write(m_path, Test::fixedToday(), &error), qPrintable(error));
    // The account's id, as the reference script needs it.
    const Test::CliRun run =
        kingside({QStringLiteral("analyze"), m_path, QStringLiteral("--account"),
                  DemoBuilder::largestAccountName(), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    m_accountId = QJsonDocument::fromJson(run.out).object().value("account_id").toInteger();
    QVERIFY(m_accountId > 0);
    m_reference = Test::runNetworkxReference(m_path, m_accountId, &error);
    QVERIFY2(!m_reference.isEmpty(), qPrintable(error));
}

void TestAnalysisCli::analyzeJson()
{
    const Test::CliRun run =
        kingside({QStringLiteral("analyze"), m_path, QStringLiteral("--account"),
                  QStringLiteral("halvorsen maritime group"), QStringLiteral("--json"),
                  QStringLiteral("--today"), QStringLiteral("2026-06-15")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(root.value("account").toString(), DemoBuilder::largestAccountName());
    for (const char *key : {"people", "bridges", "king", "queen", "single_threaded",
                            "hidden_influencers", "cooling", "whitespace", "questions"})
        QVERIFY2(root.contains(QLatin1String(key)), key);

    const QJsonArray people = root.value("people").toArray();
    QCOMPARE(people.size(), 71);
    const QJsonObject betweenness = m_reference.value("betweenness").toObject();
    int clients = 0;
    for (const QJsonValue &value : people) {
        const QJsonObject person = value.toObject();
        for (const char *key : {"name", "side", "department", "level", "piece", "attitude",
                                "betweenness", "articulation_point", "reachable"})
            QVERIFY2(person.contains(QLatin1String(key)), key);
        QVERIFY(person.value("articulation_point").isBool());
        QVERIFY(person.value("reachable").isBool());
        const QString side = person.value("side").toString();
        QVERIFY(side == QLatin1String("client") || side == QLatin1String("team"));
        if (side == QLatin1String("client")) {
            ++clients;
            QVERIFY(!person.value("piece").toString().isEmpty());
            QVERIFY(!person.value("attitude").toString().isEmpty());
        }
        const double expected =
            betweenness.value(QString::number(person.value("id").toInteger())).toDouble(-1);
        QVERIFY(std::abs(person.value("betweenness").toDouble() - expected) <= 1e-9);
    }
    QCOMPARE(clients, 60);

    const QJsonArray bridges = root.value("bridges").toArray();
    QCOMPARE(bridges.size(), m_reference.value("bridges").toArray().size());
    for (const QJsonValue &bridge : bridges) {
        QCOMPARE(bridge.toArray().size(), 2);
        QVERIFY(bridge.toArray().at(0).isString());
    }
    const QJsonObject king = root.value("king").toObject();
    QCOMPARE(king.value("name").toString(), QStringLiteral("Ingrid Halvorsen"));
    QCOMPARE(king.value("in_check").toBool(), true);
    QVERIFY(king.value("check_reasons").toArray().contains(QStringLiteral("no_strong_fresh_line")));
    QCOMPARE(root.value("queen").toObject().value("name").toString(),
             QStringLiteral("Lars Eriksen"));
    QCOMPARE(root.value("queen").toObject().value("side").toString(), QStringLiteral("with_us"));
    QStringList single;
    for (const QJsonValue &value : root.value("single_threaded").toArray())
        single.append(value.toObject().value("name").toString());
    QVERIFY(single.contains(QStringLiteral("Greta Solberg")));
    QVERIFY(!root.value("cooling").toArray().isEmpty());
    QVERIFY(!root.value("whitespace").toObject().value("empty_squares").toArray().isEmpty());

    const QJsonArray questions = root.value("questions").toArray();
    QCOMPARE(questions.size(), 10);
    for (int i = 0; i < 10; ++i) {
        const QJsonObject question = questions.at(i).toObject();
        QCOMPARE(question.value("id").toInt(), i + 1);
        QVERIFY(!question.value("question").toString().isEmpty());
        QVERIFY(!question.value("answer").toString().isEmpty());
        QVERIFY(question.value("people").isArray());
    }
    QVERIFY(questions.at(0).toObject().value("people").toArray().contains(
        QStringLiteral("Ingrid Halvorsen")));
}

void TestAnalysisCli::analyzeText()
{
    const Test::CliRun run =
        kingside({QStringLiteral("analyze"), m_path, QStringLiteral("--account"),
                  DemoBuilder::largestAccountName(), QStringLiteral("--today"),
                  QStringLiteral("2026-06-15")});
    QCOMPARE(run.exitCode, 0);
    int previous = -1;
    for (int id = 1; id <= 10; ++id) {
        const int at = run.text().indexOf(QStringLiteral("\n%1. ").arg(id));
        QVERIFY2(at > previous, qPrintable(QString::number(id)));
        previous = at;
    }
    QVERIFY(run.text().contains(QStringLiteral("Ingrid Halvorsen is the King and is in check")));
    QVERIFY(run.text().contains(QStringLiteral("Health:")));
}

void TestAnalysisCli::analyzeErrors()
{
    Test::CliRun run = kingside({QStringLiteral("analyze"), m_path, QStringLiteral("--account"),
                                 QStringLiteral("Nobody Ltd")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("There is no account “Nobody Ltd”")));
    run = kingside({QStringLiteral("analyze"), m_path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("usage")));
    run = kingside({QStringLiteral("analyze"), m_path, QStringLiteral("--account"),
                    QStringLiteral("Kestrel Foods"), QStringLiteral("--today"),
                    QStringLiteral("yesterday")});
    QCOMPARE(run.exitCode, 2);
    run = kingside({QStringLiteral("analyze"), m_dir.filePath(QStringLiteral("missing.kingside")),
                    QStringLiteral("--account"), QStringLiteral("Kestrel Foods")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("does not exist")));
}

void TestAnalysisCli::pathFromTheTeam()
{
    const Test::CliRun run = kingside({QStringLiteral("path"), m_path, QStringLiteral("--account"),
                                       DemoBuilder::largestAccountName(), QStringLiteral("--to"),
                                       QStringLiteral("Ingrid Halvorsen")});
    QCOMPARE(run.exitCode, 0);
    const QRegularExpression header(
        QStringLiteral("Strongest introduction path to Ingrid Halvorsen \\(cost (\\d+)\\):"));
    const auto match = header.match(run.text());
    QVERIFY2(match.hasMatch(), qPrintable(run.text()));
    // The cost networkx finds from the whole team to the King.
    const QJsonArray people =
        QJsonDocument::fromJson(
            kingside({QStringLiteral("analyze"), m_path, QStringLiteral("--account"),
                      DemoBuilder::largestAccountName(), QStringLiteral("--json")})
                .out)
            .object()
            .value("people")
            .toArray();
    qint64 kingId = 0;
    for (const QJsonValue &value : people) {
        if (value.toObject().value("name").toString() == QLatin1String("Ingrid Halvorsen"))
            kingId = value.toObject().value("id").toInteger();
    }
    QVERIFY(kingId > 0);
    QCOMPARE(match.captured(1).toInt(),
             m_reference.value("team_cost").toObject().value(QString::number(kingId)).toInt());
    QVERIFY(run.text().contains(QStringLiteral("→ Ingrid Halvorsen")));
}

void TestAnalysisCli::pathFromAMember()
{
    const Test::CliRun json =
        kingside({QStringLiteral("analyze"), m_path, QStringLiteral("--account"),
                  DemoBuilder::largestAccountName(), QStringLiteral("--json")});
    QHash<QString, qint64> ids;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(json.out).object().value("people").toArray())
        ids.insert(value.toObject().value("name").toString(),
                   value.toObject().value("id").toInteger());
    const QJsonObject fromSofia = m_reference.value("member_cost")
                                      .toObject()
                                      .value(QString::number(ids.value("Sofia Brandt")))
                                      .toObject();
    for (const QString &target :
         {QStringLiteral("Greta Solberg"), QStringLiteral("Lars Eriksen")}) {
        const Test::CliRun run =
            kingside({QStringLiteral("path"), m_path, QStringLiteral("--account"),
                      DemoBuilder::largestAccountName(), QStringLiteral("--to"), target,
                      QStringLiteral("--from"), QStringLiteral("sofia brandt")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains(
                     QStringLiteral("(cost %1)")
                         .arg(fromSofia.value(QString::number(ids.value(target))).toInt())),
                 qPrintable(run.text()));
        QVERIFY(run.text().contains(QStringLiteral("Sofia Brandt → ")));
    }
    // By e-mail address too.
    const Test::CliRun byMail =
        kingside({QStringLiteral("path"), m_path, QStringLiteral("--account"),
                  DemoBuilder::largestAccountName(), QStringLiteral("--to"),
                  QStringLiteral("lars.eriksen@halvorsen-maritime.example")});
    QCOMPARE(byMail.exitCode, 0);
    QVERIFY(byMail.text().contains(QStringLiteral("path to Lars Eriksen")));
}

void TestAnalysisCli::pathErrors()
{
    Test::CliRun run = kingside({QStringLiteral("path"), m_path, QStringLiteral("--account"),
                                 DemoBuilder::largestAccountName(), QStringLiteral("--to"),
                                 QStringLiteral("Nobody At All")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("There is nobody called “Nobody At All”")));
    run = kingside({QStringLiteral("path"), m_path, QStringLiteral("--account"),
                    DemoBuilder::largestAccountName(), QStringLiteral("--to"),
                    QStringLiteral("Ingrid Halvorsen"), QStringLiteral("--from"),
                    QStringLiteral("Lars Eriksen")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("not on our team")));
    run = kingside({QStringLiteral("path"), m_path, QStringLiteral("--account"),
                    QStringLiteral("Nobody Ltd"), QStringLiteral("--to"), QStringLiteral("X")});
    QCOMPARE(run.exitCode, 2);
    run = kingside({QStringLiteral("path"), m_path, QStringLiteral("--account"),
                    DemoBuilder::largestAccountName()});
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestAnalysisCli)
#include "TestAnalysisCli.moc"
