// `kingside portfolio` and `kingside criteria`, run as a user would.
#include "scoring/ScoringStore.h"

#include "CliRun.h"
#include "DatabaseDump.h"
#include "TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Kingside;

namespace {

const Test::CliProgram kingside(QStringLiteral(KINGSIDE_EXECUTABLE), {.timeoutSeconds = 60});

QJsonObject findAccount(const QJsonArray &list, const QString &name)
{
    for (const QJsonValue &value : list) {
        if (value.toObject().value(QStringLiteral("account")).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestScoringCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void portfolioJson();
    void portfolioSchemes();
    void portfolioText();
    void portfolioBadSchemes();
    void portfolioChart();
    void criteriaList();
    void exportImportRoundTrip();
    void importChangesScores();
    void badImportsStoreNothing_data();
    void badImportsStoreNothing();
    void exportToUnwritablePlace();

private:
    QString dumpWorkspace();
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<Test::TestWorkspace> m_ws;
    QString m_path;
};

void TestScoringCli::init()
{
    m_ws = std::make_unique<Test::TestWorkspace>(Test::TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_path = m_ws->path();
    m_ws->workspace().close(); // the command line opens the file itself
}

void TestScoringCli::cleanup()
{
    m_ws.reset();
}

QString TestScoringCli::dumpWorkspace()
{
    Workspace workspace;
    if (!workspace.open(m_path, Workspace::Mode::ReadOnly))
        return workspace.errorString();
    return Test::dumpDatabase(workspace.database());
}

QString TestScoringCli::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_ws->folder() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void TestScoringCli::portfolioJson()
{
    const Test::CliRun run =
        kingside({QStringLiteral("portfolio"), m_path, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray list = document.array();
    QCOMPARE(list.size(), 4);
    // Best first.
    QCOMPARE(list[0].toObject().value(QStringLiteral("account")).toString(),
             QStringLiteral("Halvorsen Maritime Group"));
    QCOMPARE(list[3].toObject().value(QStringLiteral("account")).toString(),
             QStringLiteral("Kestrel Foods"));

    const QJsonObject halvorsen = findAccount(list, QStringLiteral("Halvorsen Maritime Group"));
    QCOMPARE(halvorsen.value(QStringLiteral("tier")).toString(), QStringLiteral("Premier"));
    QCOMPARE(halvorsen.value(QStringLiteral("attractiveness")).toDouble(), 82.0);
    QCOMPARE(halvorsen.value(QStringLiteral("strength")).toDouble(), 62.0);
    QCOMPARE(halvorsen.value(QStringLiteral("annual_sales")).toDouble(), 2'400'000.0);
    QCOMPARE(halvorsen.value(QStringLiteral("quadrant")).toString(), QStringLiteral("strategic"));
    const QJsonObject breakdown = halvorsen.value(QStringLiteral("breakdown")).toObject();
    QCOMPARE(breakdown.size(), 9);
    QCOMPARE(breakdown.value(QStringLiteral("Sales volume")).toDouble(), 18.0);     // 20 × 9/10
    QCOMPARE(breakdown.value(QStringLiteral("Growth potential")).toDouble(), 20.0); // 25 × 8/10
    QCOMPARE(breakdown.value(QStringLiteral("Relationship quality")).toDouble(), 18.0); // 30 × 6
    double attractiveness = 0;
    for (const char *name : {"Sales volume", "Growth potential", "Profitability", "Strategic fit",
                             "Prestige and reference value"})
        attractiveness += breakdown.value(QString::fromUtf8(name)).toDouble();
    QCOMPARE(attractiveness, 82.0);

    const QJsonObject aldermoor = findAccount(list, QStringLiteral("Aldermoor Health Trust"));
    QCOMPARE(aldermoor.value(QStringLiteral("tier")).toString(), QStringLiteral("1st Division"));
    QCOMPARE(aldermoor.value(QStringLiteral("strength")).toDouble(), 27.0);
    QCOMPARE(aldermoor.value(QStringLiteral("breakdown"))
                 .toObject()
                 .value(QStringLiteral("Solution fit as they see it"))
                 .toDouble(),
             0.0);
    QCOMPARE(aldermoor.value(QStringLiteral("missing_scores")).toArray(),
             QJsonArray({QStringLiteral("Solution fit as they see it")}));
    QCOMPARE(aldermoor.value(QStringLiteral("quadrant")).toString(), QStringLiteral("star"));
    QCOMPARE(findAccount(list, QStringLiteral("Brightwater Utilities"))
                 .value(QStringLiteral("attractiveness"))
                 .toDouble(),
             62.5);
}

void TestScoringCli::portfolioSchemes()
{
    const auto tiers = [this](const QStringList &options) {
        const Test::CliRun run = kingside(
            QStringList{QStringLiteral("portfolio"), m_path, QStringLiteral("--json")} + options);
        QStringList result;
        const QJsonArray list = QJsonDocument::fromJson(run.out).array();
        for (const char *name : {"Aldermoor Health Trust", "Brightwater Utilities",
                                 "Halvorsen Maritime Group", "Kestrel Foods"})
            result.append(findAccount(list, QString::fromUtf8(name))
                              .value(QStringLiteral("tier"))
                              .toString());
        return result;
    };
    QCOMPARE(tiers({QStringLiteral("--scheme"), QStringLiteral("olympic")}),
             QStringList({"Silver", "Silver", "Gold", "Bronze"}));
    QCOMPARE(tiers({QStringLiteral("--scheme"), QStringLiteral("AIRLINE")}),
             QStringList({"Club", "Club", "First", "Economy"}));
    QCOMPARE(tiers({QStringLiteral("--scheme"), QStringLiteral("football")}),
             QStringList({"1st Division", "1st Division", "Premier", "2nd Division"}));
    QCOMPARE(tiers({QStringLiteral("--top"), QStringLiteral("Key=2,Other")}),
             QStringList({"Key", "Other", "Key", "Other"}));
    QCOMPARE(tiers({QStringLiteral("--bands"), QStringLiteral("A=80,B=60")}),
             QStringList({"B", "B", "A", ""})); // Kestrel (40.5) is below every band: null
    // Choosing a scheme on the command line stores nothing.
    const QString before = dumpWorkspace();
    tiers({QStringLiteral("--scheme"), QStringLiteral("olympic")});
    QCOMPARE(dumpWorkspace(), before);
}

void TestScoringCli::portfolioText()
{
    const Test::CliRun run = kingside({QStringLiteral("portfolio"), m_path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6); // scheme, header, four accounts
    QVERIFY(lines[0].contains(QStringLiteral("Football")));
    QVERIFY(lines[2].startsWith(QStringLiteral("1    Halvorsen Maritime Group")));
    QVERIFY(lines[2].contains(QStringLiteral("Premier")));
    QVERIFY(lines[2].contains(QStringLiteral("82.0")));
    QVERIFY(lines[2].contains(QStringLiteral("Growth potential 20.0")));
    const QString aldermoor = lines[3];
    QVERIFY(aldermoor.contains(QStringLiteral("Aldermoor")));
    QVERIFY(aldermoor.contains(QStringLiteral("Solution fit as they see it 0 (not scored)")));
}

void TestScoringCli::portfolioBadSchemes()
{
    Test::CliRun run = kingside({QStringLiteral("portfolio"), m_path, QStringLiteral("--scheme"),
                                 QStringLiteral("Champions League")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("Football, Olympic, Airline")), qPrintable(run.err));
    run = kingside({QStringLiteral("portfolio"), m_path, QStringLiteral("--bands"),
                    QStringLiteral("Gold=70,Silver=70,Bronze=0")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("overlap")), qPrintable(run.err));
    run = kingside({QStringLiteral("portfolio"), m_path, QStringLiteral("--bands"),
                    QStringLiteral("Gold=45,Silver=70")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("best first")), qPrintable(run.err));
    run = kingside({QStringLiteral("portfolio"), m_path, QStringLiteral("--top"),
                    QStringLiteral("Gold=3,Silver=2,Bronze")});
    QCOMPARE(run.exitCode, 2);
    run = kingside({QStringLiteral("portfolio"), m_path, QStringLiteral("--bands"),
                    QStringLiteral("Gold=lots")});
    QCOMPARE(run.exitCode, 2);
    run =
        kingside({QStringLiteral("portfolio"), m_ws->folder() + QStringLiteral("/none.kingside")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
}

void TestScoringCli::portfolioChart()
{
    for (const QString &suffix :
         {QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("png")}) {
        const QString file = m_ws->folder() + QStringLiteral("/matrix.") + suffix;
        const Test::CliRun run =
            kingside({QStringLiteral("portfolio"), m_path, QStringLiteral("--json"),
                      QStringLiteral("--chart"), file, QStringLiteral("--bubbles"),
                      QStringLiteral("potential")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 4);
        QFile chart(file);
        QVERIFY(chart.open(QIODevice::ReadOnly));
        const QByteArray bytes = chart.readAll();
        if (suffix == QLatin1String("pdf"))
            QVERIFY(bytes.startsWith("%PDF"));
        else if (suffix == QLatin1String("png"))
            QVERIFY(bytes.startsWith("\x89PNG"));
        else
            QVERIFY(bytes.contains(">Kestrel Foods<") && bytes.contains(">2nd Division<"));
    }
    Test::CliRun run = kingside({QStringLiteral("portfolio"), m_path, QStringLiteral("--chart"),
                                 m_ws->folder() + QStringLiteral("/matrix.gif")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral(".pdf")));
    run = kingside({QStringLiteral("portfolio"), m_path, QStringLiteral("--chart"),
                    m_ws->folder() + QStringLiteral("/m.png"), QStringLiteral("--bubbles"),
                    QStringLiteral("height")});
    QCOMPARE(run.exitCode, 2);
}

void TestScoringCli::criteriaList()
{
    const Test::CliRun run = kingside({QStringLiteral("criteria"), m_path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.text().contains(QStringLiteral("Growth potential")));
    QVERIFY2(run.text().contains(QStringLiteral("= 25.0 % of the axis")), qPrintable(run.text()));
    QCOMPARE(run.text().count(QLatin1Char('\n')), 9);
}

void TestScoringCli::exportImportRoundTrip()
{
    const QString file = m_ws->folder() + QStringLiteral("/scores.csv");
    const QString before = dumpWorkspace();
    Test::CliRun run =
        kingside({QStringLiteral("criteria"), m_path, QStringLiteral("--export"), file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray bytes = exported.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "account,criterion,axis,weight,score,note\r\n"));
    QCOMPARE(bytes.count("\r\n"), 1 + 4 * 9);
    QVERIFY(bytes.contains("Halvorsen Maritime Group,Growth potential,attractiveness,25,8,\r\n"));
    QVERIFY(bytes.contains("Aldermoor Health Trust,Solution fit as they see it,strength,25,,\r\n"));
    QCOMPARE(dumpWorkspace(), before); // export writes nothing into the workspace

    run = kingside({QStringLiteral("criteria"), m_path, QStringLiteral("--import"), file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.text().contains(QStringLiteral("9 criteria and 35 scores")));
    QCOMPARE(dumpWorkspace(), before); // the same data back: the same rows and ids
}

void TestScoringCli::importChangesScores()
{
    const QString file =
        writeFile(QStringLiteral("workshop.csv"),
                  "account,criterion,axis,weight,score,note\n"
                  "Kestrel Foods,Growth potential,attractiveness,3,10,\"New plant, 2027\"\n"
                  "Kestrel Foods,Relationship quality,strength,1,7,\n"
                  "Halvorsen Maritime Group,Growth potential,,,8,\n"
                  "Halvorsen Maritime Group,Relationship quality,,,,\n");
    const Test::CliRun run =
        kingside({QStringLiteral("criteria"), m_path, QStringLiteral("--import"), file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    Workspace workspace;
    QVERIFY(workspace.open(m_path, Workspace::Mode::ReadOnly));
    const ScoringStore store(workspace.database());
    const QList<Criterion> criteria = store.criteria();
    QCOMPARE(criteria.size(), 2);
    QCOMPARE(criteria[0].name, QStringLiteral("Growth potential"));
    QCOMPARE(criteria[0].description, QStringLiteral("Realistic growth over three years"));
    QCOMPARE(store.scores().size(), 3);
    workspace.close();
    const Test::CliRun portfolio =
        kingside({QStringLiteral("portfolio"), m_path, QStringLiteral("--json")});
    const QJsonArray list = QJsonDocument::fromJson(portfolio.out).array();
    QCOMPARE(findAccount(list, QStringLiteral("Kestrel Foods"))
                 .value(QStringLiteral("attractiveness"))
                 .toDouble(),
             100.0);
    QCOMPARE(findAccount(list, QStringLiteral("Halvorsen Maritime Group"))
                 .value(QStringLiteral("strength"))
                 .toDouble(),
             0.0);
    QCOMPARE(findAccount(list, QStringLiteral("Aldermoor Health Trust"))
                 .value(QStringLiteral("attractiveness"))
                 .toDouble(),
             0.0);
}

void TestScoringCli::badImportsStoreNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    const QByteArray head = "account,criterion,axis,weight,score,note\n";
    QTest::newRow("unknown account") << head + "Kestrel Foods,G,strength,1,5,\nAcme Corp,G,,,5,\n"
                                     << QStringLiteral("Line 3: there is no account “Acme Corp”");
    QTest::newRow("score outside 1-10") << head + "Kestrel Foods,G,strength,1,12,\n"
                                        << QStringLiteral("Line 2: the score “12”");
    QTest::newRow("negative weight") << head + "Kestrel Foods,G,strength,-1,5,\n"
                                     << QStringLiteral("Line 2: the weight of “G” is -1");
    QTest::newRow("zero-sum weights")
        << head + "Kestrel Foods,G,strength,0,5,\nKestrel Foods,H,strength,0,5,\n"
        << QStringLiteral("add up to zero");
    QTest::newRow("bom and bad line 4")
        << QByteArray("\xEF\xBB\xBF") + head + ",G,strength,1,,\n,H,strength,1,,\n\"broken\n"
        << QStringLiteral("Line 4: a quoted field is not closed");
}

void TestScoringCli::badImportsStoreNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    const QString before = dumpWorkspace();
    const QString file = writeFile(QStringLiteral("bad.csv"), csv);
    const Test::CliRun run =
        kingside({QStringLiteral("criteria"), m_path, QStringLiteral("--import"), file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("bad.csv")));
    QVERIFY(run.err.contains(QStringLiteral("Nothing was stored")));
    QCOMPARE(dumpWorkspace(), before);
}

void TestScoringCli::exportToUnwritablePlace()
{
    const Test::CliRun run =
        kingside({QStringLiteral("criteria"), m_path, QStringLiteral("--export"),
                  m_ws->folder() + QStringLiteral("/no/such/folder/out.csv")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("cannot be written")));
}

QTEST_GUILESS_MAIN(TestScoringCli)
#include "TestScoringCli.moc"
