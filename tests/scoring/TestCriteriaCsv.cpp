// The criteria spreadsheet: RFC 4180 reading, validation with line numbers, writing.
#include "scoring/CriteriaCsv.h"

#include <QtTest>

using namespace Kingside;

namespace {

QList<Account> accounts()
{
    Account north;
    north.id = 1;
    north.name = QStringLiteral("Nordlicht AG");
    Account south;
    south.id = 2;
    south.name = QStringLiteral("Südhafen, \"Port\" Ltd");
    return {north, south};
}

QString readError(const QByteArray &bytes)
{
    CriteriaCsv::Import import;
    QString error;
    if (CriteriaCsv::read(bytes, accounts(), {}, &import, &error))
        return QStringLiteral("(accepted)");
    return error;
}

} // namespace

class TestCriteriaCsv : public QObject
{
    Q_OBJECT

private slots:
    void parsesRfc4180();
    void parseErrorsNameTheLine();
    void readsAWorkshop();
    void keepsExistingIdsAndDescriptions();
    void badInput_data();
    void badInput();
    void writesQuotedUtf8WithBom();
    void roundTrip();
};

void TestCriteriaCsv::parsesRfc4180()
{
    QList<CriteriaCsv::Record> records;
    QString error;
    const QString text = QStringLiteral("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                                        "\n,,\nlast,row,\"\"");
    QVERIFY2(CriteriaCsv::parseRecords(text, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records[1].fields, QStringList({"x, y", "say \"hi\"", "two\nlines"}));
    QCOMPARE(records[1].line, 2);
    QCOMPARE(records[2].line, 5); // the blank line 4 is skipped
    QCOMPARE(records[2].fields, QStringList({"", "", ""}));
    QCOMPARE(records[3].line, 6);
    QCOMPARE(records[3].fields, QStringList({"last", "row", ""}));
}

void TestCriteriaCsv::parseErrorsNameTheLine()
{
    QList<CriteriaCsv::Record> records;
    QString error;
    QVERIFY(!CriteriaCsv::parseRecords(QStringLiteral("a,b\n\"open,b\nmore"), &records, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Line 2:")), qPrintable(error));
    QVERIFY(!CriteriaCsv::parseRecords(QStringLiteral("a,b\nx,\"q\"z\n"), &records, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Line 2:")), qPrintable(error));
    QVERIFY(!CriteriaCsv::parseRecords(QStringLiteral("a,b\nx,y\nx\"y,z"), &records, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Line 3:")), qPrintable(error));
}

void TestCriteriaCsv::readsAWorkshop()
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Account,Criterion,Axis,Weight,Score,Note\r\n"
                           "Nordlicht AG,Growth,attractiveness,60,8,\"Big plans, new plant\"\r\n"
                           "Nordlicht AG,Size,Attractiveness,40,,\r\n"
                           "Nordlicht AG,Trust,strength,1,6,\r\n"
                           "\"Südhafen, \"\"Port\"\" Ltd\",Growth,,,3,\r\n"
                           ",Ease,strength,0,,\r\n";
    CriteriaCsv::Import import;
    QString error;
    QVERIFY2(CriteriaCsv::read(csv, accounts(), {}, &import, &error), qPrintable(error));
    QCOMPARE(import.criteria.size(), 4);
    QCOMPARE(import.criteria[0].name, QStringLiteral("Growth"));
    QCOMPARE(import.criteria[0].weight, 60.0);
    QCOMPARE(import.criteria[1].axis, ScoringAxis::Attractiveness);
    QCOMPARE(import.criteria[2].axis, ScoringAxis::Strength);
    QCOMPARE(import.criteria[3].name, QStringLiteral("Ease"));
    QCOMPARE(import.criteria[3].weight, 0.0);
    QCOMPARE(import.criteria[3].position, 3);
    QCOMPARE(import.scores.size(), 3); // Size was left empty: missing
    QCOMPARE(import.scores[0].accountId, 1);
    QCOMPARE(import.scores[0].score, 8);
    QCOMPARE(import.scores[0].note, QStringLiteral("Big plans, new plant"));
    QCOMPARE(import.scores[2].accountId, 2);
    QCOMPARE(import.scores[2].criterionIndex, 0);
    // Without a byte-order mark and with LF line ends it reads the same.
    QByteArray plain = csv.mid(3);
    plain.replace("\r\n", "\n");
    CriteriaCsv::Import again;
    QVERIFY2(CriteriaCsv::read(plain, accounts(), {}, &again, &error), qPrintable(error));
    QCOMPARE(again.criteria, import.criteria);
    QCOMPARE(again.scores.size(), import.scores.size());
}

void TestCriteriaCsv::keepsExistingIdsAndDescriptions()
{
    const QList<Criterion> existing{
        {42, QStringLiteral("Growth"), QStringLiteral("Three years"), ScoringAxis::Strength, 5, 7}};
    CriteriaCsv::Import import;
    QString error;
    QVERIFY2(CriteriaCsv::read("account,criterion,axis,weight,score\n"
                               "Nordlicht AG,Growth,attractiveness,10,4\n",
                               accounts(), existing, &import, &error),
             qPrintable(error));
    QCOMPARE(import.criteria.size(), 1);
    QCOMPARE(import.criteria[0].id, 42);
    QCOMPARE(import.criteria[0].description, QStringLiteral("Three years"));
    QCOMPARE(import.criteria[0].axis, ScoringAxis::Attractiveness); // the file wins
    QCOMPARE(import.criteria[0].weight, 10.0);
    QCOMPARE(import.scores[0].note, QString());
}

void TestCriteriaCsv::badInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected"); // the start of the message, or a word in it
    const QByteArray head = "account,criterion,axis,weight,score,note\n";
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("unknown column") << QByteArray("account,criterion,axis,weight,score,colour\n")
                                    << QStringLiteral("Line 1: unknown column");
    QTest::newRow("missing column") << QByteArray("account,criterion,axis,score\n")
                                    << QStringLiteral("Line 1: the column “weight” is missing");
    QTest::newRow("unknown account") << head + "Nordlicht AG,G,attractiveness,1,5,\nAcme,G,,,5,\n"
                                     << QStringLiteral("Line 3: there is no account “Acme”");
    QTest::newRow("score 11") << head + "Nordlicht AG,G,attractiveness,1,11,\n"
                              << QStringLiteral("Line 2: the score “11”");
    QTest::newRow("score 0") << head + "Nordlicht AG,G,attractiveness,1,0,\n"
                             << QStringLiteral("Line 2: the score “0”");
    QTest::newRow("score 7.5") << head + "Nordlicht AG,G,attractiveness,1,7.5,\n"
                               << QStringLiteral("Line 2: the score “7.5”");
    QTest::newRow("negative weight") << head + ",G,attractiveness,1,,\n,H,attractiveness,-2,,\n"
                                     << QStringLiteral("Line 3: the weight of “H” is -2");
    QTest::newRow("zero-sum weights") << head + ",G,strength,0,,\n,H,strength,0,,\n"
                                      << QStringLiteral("add up to zero");
    QTest::newRow("weight not a number") << head + ",G,strength,heavy,,\n"
                                         << QStringLiteral("Line 2: the weight “heavy”");
    QTest::newRow("bad axis") << head + ",G,size,1,,\n" << QStringLiteral("Line 2: the axis");
    QTest::newRow("no axis first") << head + "Nordlicht AG,G,,,5,\n"
                                   << QStringLiteral("Line 2: the first row");
    QTest::newRow("conflicting weight")
        << head + "Nordlicht AG,G,strength,1,5,\n\"Südhafen, \"\"Port\"\" Ltd\",G,strength,2,5,\n"
        << QStringLiteral("Line 3: the axis or weight of “G” differs from line 2");
    QTest::newRow("scored twice") << head + "Nordlicht AG,G,strength,1,5,\nnordlicht ag,G,,,6,\n"
                                  << QStringLiteral("Line 3:");
    QTest::newRow("wrong field count") << head + "Nordlicht AG,G,strength,1\n"
                                       << QStringLiteral("Line 2: 4 fields");
    QTest::newRow("not utf-8") << head + "Nordlicht AG,Gr\xf6\xdf"
                                         "e,strength,1,5,\n"
                               << QStringLiteral("not UTF-8");
    QTest::newRow("unclosed quote") << head + "Nordlicht AG,\"G,strength,1,5,\n"
                                    << QStringLiteral("Line 2: a quoted field is not closed");
}

void TestCriteriaCsv::badInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    const QString error = readError(csv);
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestCriteriaCsv::writesQuotedUtf8WithBom()
{
    const QList<Criterion> criteria{
        {1, QStringLiteral("Growth, 3y"), {}, ScoringAxis::Attractiveness, 2.5, 0},
        {2, QStringLiteral("Trust"), {}, ScoringAxis::Strength, 1, 1}};
    const QList<CriterionScore> scores{{1, 1, 7, QStringLiteral("said \"maybe\"\nthen yes")},
                                       {2, 2, 9, {}}};
    const QByteArray bytes = CriteriaCsv::write(accounts(), criteria, scores);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList expectedLines{
        QStringLiteral("account,criterion,axis,weight,score,note"),
        QStringLiteral(
            "Nordlicht AG,\"Growth, 3y\",attractiveness,2.5,7,\"said \"\"maybe\"\"\nthen "
            "yes\""),
        QStringLiteral("Nordlicht AG,Trust,strength,1,,"),
        QStringLiteral("\"Südhafen, \"\"Port\"\" Ltd\",\"Growth, 3y\",attractiveness,2.5,,"),
        QStringLiteral("\"Südhafen, \"\"Port\"\" Ltd\",Trust,strength,1,9,"),
        QString()};
    QCOMPARE(text, expectedLines.join(QStringLiteral("\r\n")));
}

void TestCriteriaCsv::roundTrip()
{
    const QList<Criterion> criteria{
        {1, QStringLiteral("Growth, 3y"), {}, ScoringAxis::Attractiveness, 2.5, 0},
        {2, QStringLiteral("Trust"), {}, ScoringAxis::Strength, 1, 1}};
    const QList<CriterionScore> scores{{1, 1, 7, QStringLiteral(" padded ")}, {2, 2, 9, {}}};
    CriteriaCsv::Import import;
    QString error;
    QVERIFY2(CriteriaCsv::read(CriteriaCsv::write(accounts(), criteria, scores), accounts(),
                               criteria, &import, &error),
             qPrintable(error));
    QCOMPARE(import.criteria, criteria);
    QCOMPARE(import.scores.size(), 2);
    QCOMPARE(import.scores[0].note, QStringLiteral(" padded "));
    QCOMPARE(import.scores[1].accountId, 2);
    QCOMPARE(import.scores[1].score, 9);
}

QTEST_GUILESS_MAIN(TestCriteriaCsv)
#include "TestCriteriaCsv.moc"
