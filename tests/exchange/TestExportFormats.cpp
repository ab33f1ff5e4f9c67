#include "DatabaseDump.h"
#include "ExchangeTestHelpers.h"
#include "TestWorkspace.h"

#include "demo/DemoBuilder.h"
#include "exchange/AccountCsvWriter.h"
#include "exchange/AccountData.h"
#include "exchange/DotWriter.h"
#include "exchange/ExportRegistry.h"
#include "exchange/GraphMLWriter.h"
#include "exchange/SaveFile.h"
#include "workspace/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Kingside;
using namespace Kingside::Test;

// GraphML read back by networkx, DOT rendered by Graphviz, CSV that imports without loss.
class TestExportFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void numbersAreWrittenAtFullPrecision();
    void graphmlIsReadByNetworkxWithIdenticalAttributes();
    void dotIsAcceptedByGraphviz();
    void csvRoundTripIsLossless();
    void csvReimportIntoTheSameAccountChangesNothing();
    void saveFailureLeavesTheTargetUntouched();
    void registryHasBuiltInsAndAcceptsNewFormats();

private:
    static QJsonObject expectation(const AccountData &data);
    static int run(const QString &program, const QStringList &arguments, QString *output);
    QTemporaryDir m_dir;
};

void TestExportFormats::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestExportFormats::numbersAreWrittenAtFullPrecision()
{
    QCOMPARE(GraphMLWriter::number(0.1 + 0.2), QStringLiteral("0.30000000000000004"));
    QCOMPARE(GraphMLWriter::number(123456789.125), QStringLiteral("123456789.125"));
    QCOMPARE(GraphMLWriter::number(1.0 / 3.0).toDouble(), 1.0 / 3.0);
    QCOMPARE(GraphMLWriter::number(2.0), QStringLiteral("2"));
    QCOMPARE(GraphMLWriter::number(-7.5e-12).toDouble(), -7.5e-12);
}

QJsonObject TestExportFormats::expectation(const AccountData &data)
{
    // [type, text]: written independently of GraphMLWriter, from the stored rows.
    const auto text = [](const QString &value) { return QJsonArray{QStringLiteral("str"), value}; };
    const auto integer = [](qint64 value) {
        return QJsonArray{QStringLiteral("int"), QString::number(value)};
    };
    const auto real = [](double value) {
        return QJsonArray{QStringLiteral("double"), QString::number(value, 'g', 17)};
    };
    QJsonObject graph{{QStringLiteral("account"), text(data.account.name)},
                      {QStringLiteral("lifecycle_stage"), text(codeOf(data.account.stage))},
                      {QStringLiteral("annual_sales"), real(data.account.annualSales)},
                      {QStringLiteral("profitability"), real(data.account.profitability)},
                      {QStringLiteral("potential_3y"), real(data.account.potential3y)},
                      {QStringLiteral("freshness_days"), integer(data.account.freshnessDays)}};
    if (!data.account.industry.isEmpty())
        graph.insert(QStringLiteral("industry"), text(data.account.industry));
    QJsonObject nodes;
    for (const Person &person : data.people) {
        QJsonObject attrs{{QStringLiteral("name"), text(person.name)},
                          {QStringLiteral("side"), text(codeOf(person.side))},
                          {QStringLiteral("attitude"), text(codeOf(person.attitude))}};
        const auto optional = [&attrs, &text](const char *name, const QString &value) {
            if (!value.isEmpty())
                attrs.insert(QLatin1String(name), text(value));
        };
        optional("title", person.title);
        optional("email", person.email);
        optional("department", data.departmentName(person.departmentId));
        if (const Level *level = data.level(person.levelId)) {
            attrs.insert(QStringLiteral("level"), text(level->name));
            attrs.insert(QStringLiteral("level_rank"), integer(level->rank));
        }
        if (!person.isTeam()) {
            attrs.insert(QStringLiteral("decision_role"), text(codeOf(person.decisionRole)));
            attrs.insert(QStringLiteral("piece"), text(codeOf(person.piece())));
        }
        optional("team_role", person.teamRole ? codeOf(*person.teamRole) : QString());
        optional("competitor", data.competitorNames.value(person.competitorId));
        nodes.insert(QStringLiteral("p%1").arg(person.id), attrs);
    }
    QJsonObject edges;
    for (const Relationship &line : data.relationships) {
        QJsonObject attrs{
            {QStringLiteral("kind"), text(codeOf(line.kind))},
            {QStringLiteral("strength"), integer(line.strength)},
            {QStringLiteral("directed"),
             QJsonArray{QStringLiteral("bool"),
                        isDirected(line.kind) ? QStringLiteral("true") : QStringLiteral("false")}},
            {QStringLiteral("weight"), real(line.strength / 5.0)}};
        if (line.lastContact.isValid())
            attrs.insert(QStringLiteral("last_contact"),
                         text(line.lastContact.toString(Qt::ISODate)));
        edges.insert(QStringLiteral("r%1").arg(line.id),
                     QJsonArray{QStringLiteral("p%1").arg(line.fromId),
                                QStringLiteral("p%1").arg(line.toId), attrs});
    }
    return {{QStringLiteral("graph"), graph},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("edges"), edges}};
}

int TestExportFormats::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return -1;
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestExportFormats::graphmlIsReadByNetworkxWithIdenticalAttributes()
{
    TestWorkspace ws(TestWorkspace::Content::Demo);
    QVERIFY(ws.isValid());
    const qint64 accountId = ws.accountId(DemoBuilder::largestAccountName());
    // Figures that six significant digits would round.
    QString error;
    QVERIFY(Sql::run(ws->database(),
                     QStringLiteral("UPDATE accounts SET annual_sales = ?, profitability = ?, "
                                    "potential_3y = ? WHERE id = ?"),
                     {123456789.12345679, 12.345678901234567, 0.1 + 0.2, accountId}, &error));
    const std::optional<AccountData> data = AccountData::load(ws->database(), accountId);
    QVERIFY(data);
    QVERIFY(data->relationships.size() > 300);
    const QByteArray graphml = GraphMLWriter::write(*data);
    QVERIFY(!graphml.contains("1.23457e+08"));

    // The edge attributes networkx needs to tell a multigraph's edges apart, with tricky text.
    const QString graphmlPath = m_dir.filePath(QStringLiteral("demo.graphml"));
    const QString expectedPath = m_dir.filePath(QStringLiteral("demo.json"));
    QVERIFY(SaveFile::write(graphmlPath, graphml, &error));
    QVERIFY(SaveFile::write(expectedPath, QJsonDocument(expectation(*data)).toJson(), &error));
    QString output;
    const QString python =
        qEnvironmentVariable("KINGSIDE_PYTHON", QStringLiteral("/usr/bin/python3"));
    const int code = run(python,
                         {QStringLiteral(KINGSIDE_SOURCE_DIR "/tests/exchange/check_graphml.py"),
                          graphmlPath, expectedPath},
                         &output);
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("%1 nodes, %2 edges, 0 problems")
                                 .arg(data->people.size())
                                 .arg(data->relationships.size())),
             qPrintable(output));

    // Names with XML's special characters survive.
    TestWorkspace odd;
    const QString path = m_dir.filePath(QStringLiteral("odd.csv"));
    QVERIFY(writeFile(path,
                      "name,title\n\"<Ada> & \"\"Bob\"\"\",R&D <lead>\nÆsa Ørn,\"multi\nline\"\n"));
    QVERIFY(odd->execute(new ApplyImport(
        &odd.workspace(), planImport(odd.workspace(), path, QStringLiteral("Odd & Co")))));
    const auto oddData =
        AccountData::load(odd->database(), odd.accountId(QStringLiteral("Odd & Co")));
    QVERIFY(SaveFile::write(graphmlPath, GraphMLWriter::write(*oddData), &error));
    QVERIFY(SaveFile::write(expectedPath, QJsonDocument(expectation(*oddData)).toJson(), &error));
    QCOMPARE(run(python,
                 {QStringLiteral(KINGSIDE_SOURCE_DIR "/tests/exchange/check_graphml.py"),
                  graphmlPath, expectedPath},
                 &output),
             0);
}

void TestExportFormats::dotIsAcceptedByGraphviz()
{
    TestWorkspace ws(TestWorkspace::Content::Demo);
    const qint64 accountId = ws.accountId(DemoBuilder::largestAccountName());
    const std::optional<AccountData> data = AccountData::load(ws->database(), accountId);
    const QString dotPath = m_dir.filePath(QStringLiteral("demo.dot"));
    QString error;
    QVERIFY(SaveFile::write(dotPath, DotWriter::write(*data), &error));
    QString svg;
    QCOMPARE(run(QStringLiteral("dot"), {QStringLiteral("-Tsvg"), dotPath}, &svg), 0);
    QVERIFY(svg.contains(QStringLiteral("<svg")));
    // One cluster per department that has people, plus our team.
    QSet<qint64> departments;
    bool unknown = false;
    for (const Person &person : data->people) {
        if (!person.isTeam() && person.departmentId > 0)
            departments.insert(person.departmentId);
        unknown = unknown || (!person.isTeam() && person.departmentId == 0);
    }
    const qsizetype clusters = svg.count(QRegularExpression(QStringLiteral("<title>cluster_")));
    QCOMPARE(clusters, departments.size() + 1 + (unknown ? 1 : 0));
    QCOMPARE(svg.count(QStringLiteral("class=\"edge\"")), data->relationships.size());
    for (const Department &department : data->departments)
        QVERIFY2(svg.contains(department.name.toHtmlEscaped()) ||
                     !departments.contains(department.id),
                 qPrintable(department.name));

    // Quotes, backslashes, braces and line breaks in names.
    QCOMPARE(DotWriter::quoted(QStringLiteral("a \"b\" \\c\nd")),
             QStringLiteral("\"a \\\"b\\\" \\\\c\\nd\""));
    TestWorkspace odd;
    const QString csv = m_dir.filePath(QStringLiteral("odd-dot.csv"));
    QVERIFY(writeFile(csv, "name,department\n\"Bob \"\"the\"\" \\Builder\",\"R&D {core}\"\n"
                           "\"}; digraph x {\",\"-- \\\"\"\"\n"));
    QVERIFY(odd->execute(new ApplyImport(
        &odd.workspace(), planImport(odd.workspace(), csv, QStringLiteral("Odd \"Q\"")))));
    const auto oddData =
        AccountData::load(odd->database(), odd.accountId(QStringLiteral("Odd \"Q\"")));
    QVERIFY(SaveFile::write(dotPath, DotWriter::write(*oddData), &error));
    QCOMPARE(run(QStringLiteral("dot"), {QStringLiteral("-Tsvg"), dotPath}, &svg), 0);
    QCOMPARE(svg.count(QRegularExpression(QStringLiteral("<title>cluster_"))), 2);
}

void TestExportFormats::csvRoundTripIsLossless()
{
    TestWorkspace demo(TestWorkspace::Content::Demo);
    const QString account = DemoBuilder::largestAccountName();
    const auto original = AccountData::load(demo->database(), demo.accountId(account));
    const QByteArray people = AccountCsvWriter::people(*original);
    const QByteArray lines = AccountCsvWriter::relationships(*original);
    const QString peoplePath = m_dir.filePath(QStringLiteral("people.csv"));
    const QString linesPath = m_dir.filePath(QStringLiteral("relationships.csv"));
    QString error;
    QVERIFY(SaveFile::write(peoplePath, people, &error));
    QVERIFY(SaveFile::write(linesPath, lines, &error));

    TestWorkspace copy;
    const ImportPlan peoplePlan = planImport(copy.workspace(), peoplePath, account);
    QCOMPARE(ImportReader::read(peoplePath).format, ImportFormat::KingsideCsv);
    QCOMPARE(peoplePlan.count(ImportPlan::Outcome::Rejected), 0);
    QCOMPARE(peoplePlan.count(ImportPlan::Outcome::Added), original->people.size());
    QVERIFY(copy->execute(new ApplyImport(&copy.workspace(), peoplePlan)));
    const ImportPlan linesPlan = planImport(copy.workspace(), linesPath, account);
    for (const ImportPlan::Row &row : linesPlan.rows)
        QVERIFY2(row.outcome == ImportPlan::Outcome::Added,
                 qPrintable(QStringLiteral("line %1: %2").arg(row.line).arg(row.detail)));
    QVERIFY(linesPlan.additions.isEmpty()); // everyone was found
    QVERIFY(copy->execute(new ApplyImport(&copy.workspace(), linesPlan)));

    const auto copied = AccountData::load(copy->database(), copy.accountId(account));
    QCOMPARE(copied->people.size(), original->people.size());
    QCOMPARE(copied->relationships.size(), original->relationships.size());
    QCOMPARE(AccountCsvWriter::people(*copied), people);
    QCOMPARE(AccountCsvWriter::relationships(*copied), lines);
}

void TestExportFormats::csvReimportIntoTheSameAccountChangesNothing()
{
    TestWorkspace demo(TestWorkspace::Content::Demo);
    const QString account = DemoBuilder::largestAccountName();
    const auto data = AccountData::load(demo->database(), demo.accountId(account));
    const QString peoplePath = m_dir.filePath(QStringLiteral("same-people.csv"));
    const QString linesPath = m_dir.filePath(QStringLiteral("same-lines.csv"));
    QString error;
    QVERIFY(SaveFile::write(peoplePath, AccountCsvWriter::people(*data), &error));
    QVERIFY(SaveFile::write(linesPath, AccountCsvWriter::relationships(*data), &error));
    const ImportPlan people = planImport(demo.workspace(), peoplePath, account);
    QVERIFY(!people.hasWrites());
    QCOMPARE(people.count(ImportPlan::Outcome::Unchanged), data->people.size());
    const ImportPlan lines = planImport(demo.workspace(), linesPath, account);
    QVERIFY(!lines.hasWrites());
    QCOMPARE(lines.count(ImportPlan::Outcome::Unchanged), data->relationships.size());
}

void TestExportFormats::saveFailureLeavesTheTargetUntouched()
{
    QString error;
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/out.graphml"));
    QVERIFY(!SaveFile::write(missing, "x", &error));
    QVERIFY2(error.contains(QStringLiteral("out.graphml")), qPrintable(error));

    TestWorkspace ws(TestWorkspace::Content::Demo);
    const QString target = m_dir.filePath(QStringLiteral("folder-target"));
    QVERIFY(QDir().mkpath(target));
    ExportRequest request;
    request.workspace = &ws.workspace();
    request.accountId = ws.accountId(DemoBuilder::largestAccountName());
    request.outputPath = target; // a folder: cannot be replaced by a file
    QVERIFY(!ExportRegistry::find(QStringLiteral("graphml"))->write(request, &error));
    QVERIFY(QFileInfo(target).isDir());
}

void TestExportFormats::registryHasBuiltInsAndAcceptsNewFormats()
{
    for (const char *name : {"graphml", "dot", "csv"})
        QVERIFY(ExportRegistry::find(QLatin1String(name)));
    QVERIFY(ExportRegistry::find(QStringLiteral("GraphML")));
    QVERIFY(!ExportRegistry::find(QStringLiteral("pdf")));
    QVERIFY(ExportRegistry::expectedNames().contains(QStringLiteral("review-pdf")));
    int calls = 0;
    const ExportRegistrar registrar(
        {QStringLiteral("test-format"), QStringLiteral("for tests"),
         [&calls](const ExportRequest &, QString *) { return ++calls > 0; }, false});
    const ExportFormat *format = ExportRegistry::find(QStringLiteral("test-format"));
    QVERIFY(format);
    QString error;
    QVERIFY(format->write({}, &error));
    QCOMPARE(calls, 1);
    QCOMPARE(ExportRegistry::names().first(), QStringLiteral("graphml"));

    TestWorkspace ws(TestWorkspace::Content::Demo);
    ExportRequest request;
    request.workspace = &ws.workspace();
    request.accountId = ws.accountId(DemoBuilder::largestAccountName());
    request.outputPath = m_dir.filePath(QStringLiteral("registry.csv"));
    request.relationships = true;
    QVERIFY(ExportRegistry::find(QStringLiteral("csv"))->write(request, &error));
    QFile written(request.outputPath);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readLine().startsWith("from,to,kind,strength"));
}

QTEST_GUILESS_MAIN(TestExportFormats)
#include "TestExportFormats.moc"
