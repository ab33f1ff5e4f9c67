// CSV injection (README "Exports never overwrite the workspace, and are complete or
// absent"): a name or note that a spreadsheet would run as a formula is written with an
// apostrophe in front and quoted; Kingside's own readers take it off again, so an export
// imports back identical.
#include "../exchange/ExchangeTestHelpers.h"
#include "TestWorkspace.h"

#include "commands/AddAccount.h"
#include "commands/AddPerson.h"
#include "commands/AddRelationship.h"
#include "exchange/AccountCsvWriter.h"
#include "exchange/AccountData.h"
#include "exchange/CsvFormula.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/SaveFile.h"
#include "scoring/CriteriaCsv.h"
#include "workspace/PersonStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kingside;
using namespace Kingside::Test;

namespace {

// Names a spreadsheet would run, and their neighbours that it would not.
const QStringList Names{QStringLiteral("=HYPERLINK(\"http://x\")"),
                        QStringLiteral("+1 555"),
                        QStringLiteral("-Smith"),
                        QStringLiteral("@sum"),
                        QStringLiteral("'=really begins with an apostrophe"),
                        QStringLiteral("''+two apostrophes"),
                        QStringLiteral("'hello"),
                        QStringLiteral("Plain Name")};
// Leading tab and CR do not survive in a name (names are trimmed), so they go in notes.
const QStringList Notes{QStringLiteral("\tTab"), QStringLiteral("\rCR"),
                        QStringLiteral("=1+1"),  QStringLiteral("'\rCR after apostrophe"),
                        QStringLiteral("@sum"),  QStringLiteral("-"),
                        QStringLiteral("+"),     QStringLiteral("plain note")};

} // namespace

class TestCsvFormula : public QObject
{
    Q_OBJECT

private slots:
    void neutralisesFormulaCells_data();
    void neutralisesFormulaCells();
    void csvReaderGivesBackTheOriginal();
    void peopleAndRelationshipsImportBackIdentical();
    void criteriaImportBackIdentical();
};

void TestCsvFormula::neutralisesFormulaCells_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\")")
                       << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("+") << QStringLiteral("+1 555") << QStringLiteral("\"'+1 555\"");
    QTest::newRow("-") << QStringLiteral("-Smith") << QStringLiteral("\"'-Smith\"");
    QTest::newRow("@") << QStringLiteral("@sum") << QStringLiteral("\"'@sum\"");
    QTest::newRow("tab") << QStringLiteral("\tTab") << QStringLiteral("\"'\tTab\"");
    QTest::newRow("CR") << QStringLiteral("\rCR") << QStringLiteral("\"'\rCR\"");
    QTest::newRow("'=") << QStringLiteral("'=x") << QStringLiteral("\"''=x\"");
    QTest::newRow("'hello") << QStringLiteral("'hello") << QStringLiteral("'hello");
    QTest::newRow("inner =") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsvFormula::neutralisesFormulaCells()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::field(value), written);
    QCOMPARE(CriteriaCsv::quoted(value), written);
    QCOMPARE(CsvFormula::restored(CsvFormula::neutralised(value)), value);
}

void TestCsvFormula::csvReaderGivesBackTheOriginal()
{
    CsvWriter writer;
    writer.addRow(Names);
    writer.addRow(Notes);
    const CsvReader::Result read =
        CsvReader::parse(QString::fromUtf8(writer.data()), QLatin1Char(','));
    QVERIFY(read.problems.isEmpty());
    QCOMPARE(read.rows.size(), 2);
    QCOMPARE(read.rows[0].fields, Names);
    QCOMPARE(read.rows[1].fields, Notes);
}

void TestCsvFormula::peopleAndRelationshipsImportBackIdentical()
{
    TestWorkspace original;
    QVERIFY2(original.isValid(), qPrintable(original.error()));
    Account account;
    account.name = QStringLiteral("Formula Test AS");
    auto *addAccount =
        new AddAccount(&original.workspace(), account, QStringList{QStringLiteral("Sales")});
    QVERIFY(original->execute(addAccount));
    const qint64 accountId = original.accountId(account.name);
    QList<qint64> ids;
    for (qsizetype i = 0; i < Names.size(); ++i) {
        Person person;
        person.accountId = accountId;
        person.name = Names[i];
        person.title = Names[(i + 1) % Names.size()];
        person.notes = Notes[i];
        auto *add = new AddPerson(&original.workspace(), person);
        QVERIFY2(original->execute(add), qPrintable(original->errorString()));
        ids.append(add->personId());
    }
    for (qsizetype i = 0; i + 1 < ids.size(); ++i) {
        Relationship line;
        line.accountId = accountId;
        line.fromId = ids[i];
        line.toId = ids[i + 1];
        line.notes = Notes[i];
        QVERIFY2(original->execute(new AddRelationship(&original.workspace(), line)),
                 qPrintable(original->errorString()));
    }
    const auto data = AccountData::load(original->database(), accountId);
    QVERIFY(data);
    const QByteArray people = AccountCsvWriter::people(*data);
    const QByteArray lines = AccountCsvWriter::relationships(*data);

    // Neutralised: no cell starts with a formula character.
    for (const QByteArray &csv : {people, lines}) {
        for (const char *formula : {"=", "+", "-", "@", "\t", "\r"}) {
            for (const char *cellStart : {",", "\n", ",\"", "\n\""}) {
                const QByteArray raw = QByteArray(cellStart) + formula;
                if (raw == ",\r")
                    continue; // an empty last cell before the line end
                QVERIFY2(!csv.contains(raw), qPrintable(QString::fromUtf8(csv)));
            }
        }
    }
    QVERIFY(people.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    QVERIFY(people.contains("\"'-Smith\""));
    QVERIFY(people.contains("\"'''+two apostrophes\""));
    QVERIFY(people.contains("\"'\rCR\""));
    QVERIFY(lines.contains("\"'@sum\""));

    QTemporaryDir dir;
    const QString peoplePath = dir.filePath(QStringLiteral("people.csv"));
    const QString linesPath = dir.filePath(QStringLiteral("lines.csv"));
    QString error;
    QVERIFY2(SaveFile::write(peoplePath, people, &error), qPrintable(error));
    QVERIFY2(SaveFile::write(linesPath, lines, &error), qPrintable(error));

    TestWorkspace copy;
    const ImportPlan peoplePlan = planImport(copy.workspace(), peoplePath, account.name);
    QCOMPARE(peoplePlan.count(ImportPlan::Outcome::Rejected), 0);
    QVERIFY(copy->execute(new ApplyImport(&copy.workspace(), peoplePlan)));
    const ImportPlan linesPlan = planImport(copy.workspace(), linesPath, account.name);
    QCOMPARE(linesPlan.count(ImportPlan::Outcome::Added), ids.size() - 1);
    QVERIFY(copy->execute(new ApplyImport(&copy.workspace(), linesPlan)));

    const auto copied = AccountData::load(copy->database(), copy.accountId(account.name));
    QVERIFY(copied);
    QCOMPARE(copied->people.size(), data->people.size());
    for (const Person &person : data->people) {
        const auto twin = personNamed(copy.workspace(), copied->account.id, person.name);
        QVERIFY2(twin, qPrintable(person.name));
        QCOMPARE(twin->title, person.title);
        QCOMPARE(twin->notes, person.notes);
    }
    QCOMPARE(AccountCsvWriter::people(*copied), people);
    QCOMPARE(AccountCsvWriter::relationships(*copied), lines);
}

void TestCsvFormula::criteriaImportBackIdentical()
{
    QList<Account> accounts(2);
    accounts[0].id = 1;
    accounts[0].name = QStringLiteral("=cmd|' /C calc'!A0");
    accounts[1].id = 2;
    accounts[1].name = QStringLiteral("'=Apostrophe AS");
    const QList<Criterion> criteria{
        {1, QStringLiteral("@risk"), {}, ScoringAxis::Attractiveness, 2, 0},
        {2, QStringLiteral("+growth"), {}, ScoringAxis::Strength, 1, 1}};
    const QList<CriterionScore> scores{{1, 1, 7, QStringLiteral("\rCR")},
                                       {1, 2, 3, QStringLiteral("\tTab")},
                                       {2, 1, 5, QStringLiteral("-2 since May")}};
    const QByteArray bytes = CriteriaCsv::write(accounts, criteria, scores);
    QVERIFY2(bytes.contains("\"'=cmd|' /C calc'!A0\",\"'@risk\""), bytes.constData());
    QVERIFY(bytes.contains("\"''=Apostrophe AS\""));
    QVERIFY(bytes.contains(",\"'-2 since May\"\r\n"));
    CriteriaCsv::Import import;
    QString error;
    QVERIFY2(CriteriaCsv::read(bytes, accounts, {}, &import, &error), qPrintable(error));
    QCOMPARE(import.criteria.size(), 2);
    QCOMPARE(import.criteria[0].name, criteria[0].name);
    QCOMPARE(import.criteria[1].name, criteria[1].name);
    QCOMPARE(import.scores.size(), 3);
    QCOMPARE(import.scores[0].accountId, 1);
    QCOMPARE(import.scores[0].note, QStringLiteral("\rCR"));
    QCOMPARE(import.scores[1].note, QStringLiteral("\tTab"));
    QCOMPARE(import.scores[2].accountId, 2);
    QCOMPARE(import.scores[2].note, QStringLiteral("-2 since May"));
}

QTEST_GUILESS_MAIN(TestCsvFormula)
#include "TestCsvFormula.moc"
