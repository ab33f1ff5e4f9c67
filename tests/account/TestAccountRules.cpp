#include "DatabaseDump.h"
#include "TestWorkspace.h"

#include "domain/AccountRules.h"
#include "domain/AccountTemplates.h"
#include "workspace/AccountStore.h"
#include "workspace/Migrator.h"
#include "workspace/Sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Kingside;

// The sentences of the account rules, the built-in templates and the account's currency
// (schema version 3).
class TestAccountRules : public QObject
{
    Q_OBJECT

private slots:
    void accountNames();
    void departmentAndLevelNames();
    void facts_data();
    void facts();
    void templatesInOrder();
    void templatesFoundByKeyOrName();
    void currencyIsStoredAndRead();
    void olderWorkspaceGetsEuros();
};

void TestAccountRules::accountNames()
{
    Account existing;
    existing.id = 7;
    existing.name = QStringLiteral("Initech");
    const QList<Account> accounts{existing};
    QVERIFY(AccountRules::checkAccountName(QStringLiteral("Globex"), accounts).isEmpty());
    QVERIFY(
        AccountRules::checkAccountName(QStringLiteral("   "), accounts).contains("needs a name"));
    QVERIFY(AccountRules::checkAccountName(QString(201, QLatin1Char('x')), accounts)
                .contains("at most 200"));
    QVERIFY(AccountRules::checkAccountName(QString(200, QLatin1Char('x')), accounts).isEmpty());
    QVERIFY(AccountRules::checkAccountName(QStringLiteral(" INITECH "), accounts)
                .contains("already an account called “Initech”"));
    // Renaming an account to itself, in other capitals, is fine.
    QVERIFY(AccountRules::checkAccountName(QStringLiteral("INITECH"), accounts, 7).isEmpty());
}

void TestAccountRules::departmentAndLevelNames()
{
    const QList<Department> departments{{1, 9, QStringLiteral("Finance"), 0},
                                        {2, 9, QStringLiteral("IT"), 1}};
    QVERIFY(AccountRules::checkDepartmentName(QStringLiteral("Legal"), departments).isEmpty());
    QVERIFY(AccountRules::checkDepartmentName(QStringLiteral("it"), departments)
                .contains("already has a department called “IT”"));
    QVERIFY(AccountRules::checkDepartmentName(QStringLiteral("it"), departments, 2).isEmpty());
    QVERIFY(AccountRules::checkDepartmentName({}, departments).contains("department needs a name"));
    const QList<Level> levels{{1, 9, QStringLiteral("Board"), 1}};
    QVERIFY(AccountRules::checkLevelName(QStringLiteral("board"), levels)
                .contains("already has a level called “Board”"));
    QVERIFY(AccountRules::checkLevelName(QString(300, QLatin1Char('y')), levels)
                .contains("level's name can have at most 200"));
}

void TestAccountRules::facts_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected"); // empty: accepted
    QTest::newRow("sales 0") << "sales" << 0.0 << "";
    QTest::newRow("sales -1") << "sales" << -1.0 << "Annual sales cannot be negative";
    QTest::newRow("profit -100") << "profit" << -100.0 << "";
    QTest::newRow("profit 100") << "profit" << 100.0 << "";
    QTest::newRow("profit 100.5") << "profit" << 100.5 << "between -100 % and 100 %";
    QTest::newRow("profit -101") << "profit" << -101.0 << "between -100 % and 100 %";
    QTest::newRow("potential -5") << "potential" << -5.0 << "potential cannot be negative";
    QTest::newRow("cadence 0") << "cadence" << 0.0 << "between 1 and 24 months";
    QTest::newRow("cadence 24") << "cadence" << 24.0 << "";
    QTest::newRow("cadence 25") << "cadence" << 25.0 << "between 1 and 24 months";
    QTest::newRow("freshness 0") << "freshness" << 0.0 << "between 1 and 3650 days";
    QTest::newRow("freshness 3650") << "freshness" << 3650.0 << "";
    QTest::newRow("freshness 3651") << "freshness" << 3651.0 << "between 1 and 3650 days";
    QTest::newRow("currency USD") << "USD" << 0.0 << "";
    QTest::newRow("currency usd") << "usd" << 0.0 << "ISO 4217";
    QTest::newRow("currency EURO") << "EURO" << 0.0 << "ISO 4217";
    QTest::newRow("currency E1R") << "E1R" << 0.0 << "ISO 4217";
    QTest::newRow("currency empty") << "" << 0.0 << "ISO 4217";
}

void TestAccountRules::facts()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(QString, expected);
    Account facts;
    facts.name = QStringLiteral("Initech");
    QVERIFY(AccountRules::checkFacts(facts).isEmpty());
    if (field == QLatin1String("sales"))
        facts.annualSales = value;
    else if (field == QLatin1String("profit"))
        facts.profitability = value;
    else if (field == QLatin1String("potential"))
        facts.potential3y = value;
    else if (field == QLatin1String("cadence"))
        facts.reviewCadenceMonths = int(value);
    else if (field == QLatin1String("freshness"))
        facts.freshnessDays = int(value);
    else
        facts.currency = field;
    const QString sentence = AccountRules::checkFacts(facts);
    if (expected.isEmpty())
        QVERIFY2(sentence.isEmpty(), qPrintable(sentence));
    else
        QVERIFY2(sentence.contains(expected), qPrintable(sentence));
}

void TestAccountRules::templatesInOrder()
{
    const QList<AccountTemplate> all = AccountTemplates::all();
    QVERIFY(all.size() >= 10);
    QCOMPARE(all.first().key, QStringLiteral("standard"));
    QCOMPARE(all.last().key, QStringLiteral("blank"));
    QVERIFY(all.last().departments.isEmpty());
    QVERIFY(all.last().levels.isEmpty());
    const AccountTemplate standard = AccountTemplates::standard();
    QCOMPARE(standard.levels, QStringList({"Board", "Executive", "Senior management", "Management",
                                           "Team leaders", "Specialists", "Staff"}));
    for (const char *department :
         {"Executive office", "Finance", "Procurement", "IT", "Operations", "Sales & Marketing"})
        QVERIFY2(standard.departments.contains(QLatin1String(department)), department);
    QStringList industries;
    QStringList keys;
    for (const AccountTemplate &candidate : all) {
        QVERIFY2(!keys.contains(candidate.key), qPrintable(candidate.key));
        keys.append(candidate.key);
        if (!candidate.industry.isEmpty())
            industries.append(candidate.industry);
        // Every template's names pass the rules, so an account made from it is valid.
        QList<Department> departments;
        for (const QString &name : candidate.departments) {
            QVERIFY2(AccountRules::checkDepartmentName(name, departments).isEmpty(),
                     qPrintable(name));
            departments.append({0, 0, name, 0});
        }
        QList<Level> levels;
        for (const QString &name : candidate.levels) {
            QVERIFY2(AccountRules::checkLevelName(name, levels).isEmpty(), qPrintable(name));
            levels.append({0, 0, name, 1});
        }
    }
    for (const char *industry :
         {"Manufacturing", "Healthcare", "Financial services", "Public sector", "Retail",
          "Utilities & energy", "Software & technology", "Shipping & logistics"})
        QVERIFY2(industries.contains(QLatin1String(industry)), industry);
}

void TestAccountRules::templatesFoundByKeyOrName()
{
    QCOMPARE(AccountTemplates::find(QStringLiteral("HEALTHCARE"))->key,
             QStringLiteral("healthcare"));
    QCOMPARE(AccountTemplates::find(QStringLiteral(" shipping & logistics "))->key,
             QStringLiteral("shipping"));
    QCOMPARE(AccountTemplates::find(QStringLiteral("Blank"))->departments.size(), 0);
    QVERIFY(!AccountTemplates::find(QStringLiteral("nonsense")));
}

void TestAccountRules::currencyIsStoredAndRead()
{
    Test::TestWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    QVERIFY(ws->schemaVersion() >= 3);
    const AccountStore store(ws->database());
    Account account;
    account.name = QStringLiteral("Initech");
    QString error;
    const qint64 euros = store.insertAccount(account, &error);
    QVERIFY2(euros > 0, qPrintable(error));
    QCOMPARE(store.account(euros)->currency, QStringLiteral("EUR"));
    account.name = QStringLiteral("Globex");
    account.currency = QStringLiteral("USD");
    const qint64 dollars = store.insertAccount(account, &error);
    QCOMPARE(store.account(dollars)->currency, QStringLiteral("USD"));
    // The schema is the last guard against a code that is not three characters.
    QVERIFY(!Sql::run(ws->database(), QStringLiteral("UPDATE accounts SET currency = 'EURO'"), {},
                      &error));
    QCOMPARE(store.account(dollars)->currency, QStringLiteral("USD"));
}

void TestAccountRules::olderWorkspaceGetsEuros()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.kingside"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Workspace::ApplicationId)));
        QString error;
        QVERIFY2(Migrator::migrate(db, 0, &error, 2), qPrintable(error));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO accounts (name, created_at) VALUES ('Old account', 'x')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    Workspace workspace;
    QVERIFY2(workspace.open(path), qPrintable(workspace.errorString()));
    QCOMPARE(workspace.schemaVersion(), Migrator::latestVersion());
    const auto old =
        AccountStore(workspace.database()).accountByName(QStringLiteral("Old account"));
    QVERIFY(old);
    QCOMPARE(old->currency, QStringLiteral("EUR"));
}

QTEST_GUILESS_MAIN(TestAccountRules)
#include "TestAccountRules.moc"
