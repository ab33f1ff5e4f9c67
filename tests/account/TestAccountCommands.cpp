#include "AccountTestHelpers.h"
#include "DatabaseDump.h"
#include "TestWorkspace.h"

#include "commands/AddAccount.h"
#include "commands/DuplicateAccount.h"
#include "commands/RemoveAccount.h"
#include "commands/RenameAccount.h"
#include "commands/SetAccountFacts.h"
#include "demo/DemoBuilder.h"
#include "domain/AccountTemplates.h"
#include "planning/PlanStore.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Kingside;

// Accounts from nothing: added from a template, renamed, their facts edited, duplicated
// and removed, each one undoable step; a removal undone gives back the very same file.
class TestAccountCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addFromTemplate();
    void addIsRefusedWithASentence();
    void rename();
    void setFacts();
    void setFactsIsRefusedWithASentence();
    void removeLargestAccountRestoresEveryRow();
    void removeKeepsOtherAccountsReviews();
    void duplicateCopiesTheStructure();
    void contentsSummary();
    void changesNameTheAccount();

private:
    Workspace &ws() { return m_ws->workspace(); }
    AccountStore store() { return AccountStore(ws().database()); }
    QStringList departmentNames(qint64 accountId);
    QStringList levelNames(qint64 accountId);
    int count(const QString &statement, const QVariantList &values);

    std::unique_ptr<Test::TestWorkspace> m_ws;
    qint64 m_largest = 0;
};

void TestAccountCommands::init()
{
    m_ws = std::make_unique<Test::TestWorkspace>(Test::TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_largest = m_ws->accountId(DemoBuilder::largestAccountName());
    QVERIFY(m_largest > 0);
}

void TestAccountCommands::cleanup()
{
    m_ws.reset();
}

QStringList TestAccountCommands::departmentNames(qint64 accountId)
{
    QStringList names;
    for (const Department &department : store().departments(accountId))
        names.append(department.name);
    return names;
}

QStringList TestAccountCommands::levelNames(qint64 accountId)
{
    QStringList names;
    for (const Level &level : store().levels(accountId))
        names.append(level.name);
    return names;
}

int TestAccountCommands::count(const QString &statement, const QVariantList &values)
{
    return Sql::scalar(ws().database(), statement, values).value_or(-1).toInt();
}

void TestAccountCommands::addFromTemplate()
{
    Account account;
    account.name = QStringLiteral("Northwind Shipping");
    account.currency = QStringLiteral("NOK");
    const AccountTemplate shipping = *AccountTemplates::find(QStringLiteral("shipping"));
    auto *add = new AddAccount(&ws(), account, shipping);
    Test::checkUndoRedo(ws(), add);
    if (QTest::currentTestFailed())
        return;
    const auto added = store().account(add->accountId());
    QVERIFY(added);
    QCOMPARE(added->industry, shipping.industry);
    QCOMPARE(added->currency, QStringLiteral("NOK"));
    QCOMPARE(departmentNames(added->id), shipping.departments);
    QCOMPARE(levelNames(added->id), shipping.levels);
    // Its lifecycle begins today at its stage, one entry, the same row after undo and redo.
    const QString history = QStringLiteral(
        "SELECT count(*) FROM lifecycle_history WHERE account_id = ? AND stage = ? AND since = ?");
    const QVariantList today{added->id, QStringLiteral("presale"),
                             QDate::currentDate().toString(Qt::ISODate)};
    QCOMPARE(added->stage, LifecycleStage::Presale);
    QCOMPARE(count(history, today), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM lifecycle_history WHERE account_id = ?"),
                   {added->id}),
             1);
    // A blank account has an empty board: no default ranks slip in.
    account.name = QStringLiteral("Empty Ltd");
    account.industry = QStringLiteral("Consulting");
    auto *blank = new AddAccount(&ws(), account, *AccountTemplates::find(QStringLiteral("blank")));
    QVERIFY2(ws().execute(blank), qPrintable(ws().errorString()));
    QVERIFY(departmentNames(blank->accountId()).isEmpty());
    QVERIFY(levelNames(blank->accountId()).isEmpty());
    QCOMPARE(store().account(blank->accountId())->industry, QStringLiteral("Consulting"));
}

void TestAccountCommands::addIsRefusedWithASentence()
{
    Account account;
    account.name = QStringLiteral(" halvorsen maritime group ");
    Test::checkRefused(ws(), new AddAccount(&ws(), account, AccountTemplates::standard()),
                       QStringLiteral("There is already an account called “Halvorsen Maritime "
                                      "Group”."));
    // The first constructor checks the same rules.
    Test::checkRefused(ws(), new AddAccount(&ws(), account, QStringList{QStringLiteral("IT")}),
                       QStringLiteral("There is already an account called"));
    account.name = QString();
    Test::checkRefused(ws(), new AddAccount(&ws(), account, AccountTemplates::standard()),
                       QStringLiteral("An account needs a name."));
    account.name = QStringLiteral("Initech");
    account.currency = QStringLiteral("eu");
    Test::checkRefused(ws(), new AddAccount(&ws(), account, AccountTemplates::standard()),
                       QStringLiteral("ISO 4217"));
    account.currency = QStringLiteral("EUR");
    account.reviewCadenceMonths = 30;
    Test::checkRefused(ws(), new AddAccount(&ws(), account, AccountTemplates::standard()),
                       QStringLiteral("between 1 and 24 months"));
    // An edited template with a department twice.
    account.reviewCadenceMonths = 3;
    AccountTemplate edited = AccountTemplates::standard();
    edited.departments.append(QStringLiteral("finance"));
    Test::checkRefused(ws(), new AddAccount(&ws(), account, edited),
                       QStringLiteral("already has a department called “Finance”"));
}

void TestAccountCommands::rename()
{
    Test::checkUndoRedo(ws(), new RenameAccount(&ws(), m_largest, QStringLiteral("Halvorsen")));
    QCOMPARE(store().account(m_largest)->name, QStringLiteral("Halvorsen"));
    Test::checkRefused(ws(), new RenameAccount(&ws(), m_largest, QStringLiteral("KESTREL FOODS")),
                       QStringLiteral("There is already an account called “Kestrel Foods”."));
    Test::checkRefused(ws(), new RenameAccount(&ws(), m_largest, QStringLiteral(" ")),
                       QStringLiteral("An account needs a name."));
    Test::checkRefused(ws(), new RenameAccount(&ws(), m_largest, QStringLiteral("Halvorsen")),
                       QStringLiteral("already called “Halvorsen”"));
    Test::checkRefused(ws(), new RenameAccount(&ws(), 999999, QStringLiteral("Nobody")),
                       QStringLiteral("This account no longer exists."));
    // Its own name in other capitals is a rename.
    QVERIFY(ws().execute(new RenameAccount(&ws(), m_largest, QStringLiteral("HALVORSEN"))));
}

void TestAccountCommands::setFacts()
{
    Account facts = *store().account(m_largest);
    const Account old = facts;
    facts.name = QStringLiteral("Halvorsen Group");
    facts.industry = QStringLiteral("Ports");
    facts.annualSales = 1234.5;
    facts.profitability = -12.5;
    facts.potential3y = 99;
    facts.stage = LifecycleStage::Review;
    facts.reviewCadenceMonths = 6;
    facts.freshnessDays = 45;
    facts.businessObjectives = QStringLiteral("Grow");
    facts.buyingProcess = QStringLiteral("Board decides");
    facts.notes = QStringLiteral("Noted");
    facts.currency = QStringLiteral("NOK");
    Test::checkUndoRedo(ws(), new SetAccountFacts(&ws(), facts));
    if (QTest::currentTestFailed())
        return;
    const Account written = *store().account(m_largest);
    QCOMPARE(written.name, facts.name);
    QCOMPARE(written.industry, facts.industry);
    QCOMPARE(written.annualSales, facts.annualSales);
    QCOMPARE(written.profitability, facts.profitability);
    QCOMPARE(written.potential3y, facts.potential3y);
    QCOMPARE(written.stage, facts.stage);
    QCOMPARE(written.reviewCadenceMonths, facts.reviewCadenceMonths);
    QCOMPARE(written.freshnessDays, facts.freshnessDays);
    QCOMPARE(written.businessObjectives, facts.businessObjectives);
    QCOMPARE(written.buyingProcess, facts.buyingProcess);
    QCOMPARE(written.notes, facts.notes);
    QCOMPARE(written.currency, facts.currency);
    // The new stage entered the lifecycle history, as begun today; undo takes it out.
    const QList<LifecycleEntry> history = PlanStore(ws().database()).lifecycle(m_largest);
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.last().stage, LifecycleStage::Review);
    QCOMPARE(history.last().since, QDate::currentDate());
    ws().undoStack()->undo();
    QCOMPARE(PlanStore(ws().database()).lifecycle(m_largest).size(), history.size() - 1);
    QCOMPARE(store().account(m_largest)->name, old.name);
    QCOMPARE(store().account(m_largest)->currency, old.currency);
}

void TestAccountCommands::setFactsIsRefusedWithASentence()
{
    const Account current = *store().account(m_largest);
    Account facts = current;
    facts.profitability = 150;
    Test::checkRefused(ws(), new SetAccountFacts(&ws(), facts),
                       QStringLiteral("between -100 % and 100 %"));
    facts = current;
    facts.freshnessDays = 0;
    Test::checkRefused(ws(), new SetAccountFacts(&ws(), facts),
                       QStringLiteral("between 1 and 3650 days"));
    facts = current;
    facts.annualSales = -1;
    Test::checkRefused(ws(), new SetAccountFacts(&ws(), facts),
                       QStringLiteral("Annual sales cannot be negative."));
    facts = current;
    facts.name = QStringLiteral("Aldermoor Health Trust");
    Test::checkRefused(ws(), new SetAccountFacts(&ws(), facts),
                       QStringLiteral("There is already an account called"));
    Test::checkRefused(ws(), new SetAccountFacts(&ws(), current),
                       QStringLiteral("Nothing has changed."));
    facts = current;
    facts.id = 999999;
    Test::checkRefused(ws(), new SetAccountFacts(&ws(), facts),
                       QStringLiteral("This account no longer exists."));
}

void TestAccountCommands::removeLargestAccountRestoresEveryRow()
{
    // Every table that holds rows of an account has some for the largest one, so the
    // dump below compares real rows of each.
    const QList<std::pair<const char *, const char *>> parts{
        {"people", "account_id = ?"},
        {"relationships", "account_id = ?"},
        {"walls", "account_id = ?"},
        {"departments", "account_id = ?"},
        {"levels", "account_id = ?"},
        {"account_products", "account_id = ?"},
        {"product_roles", "person_id IN (SELECT id FROM people WHERE account_id = ?)"},
        {"account_competitors", "account_id = ?"},
        {"criterion_scores", "account_id = ?"},
        {"plans", "account_id = ?"},
        {"lifecycle_history", "account_id = ?"},
        {"objectives", "account_id = ?"},
        {"actions", "account_id = ?"},
        {"plan_agreements", "account_id = ?"},
        {"reviews", "account_id = ?"},
        {"review_traffic_lights", "review_id IN (SELECT id FROM reviews WHERE account_id = ?)"},
        {"comments", "account_id = ?"},
        {"snapshots", "account_id = ?"},
    };
    const auto rowsOf = [this](const char *table, const char *condition) {
        return count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                         .arg(QLatin1String(table), QLatin1String(condition)),
                     {m_largest});
    };
    for (const auto &[table, condition] : parts)
        QVERIFY2(rowsOf(table, condition) > 0, table);
    // Every table of the schema with an account column is in the list above.
    QSqlQuery tables(ws().database());
    QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                       "sql LIKE '%account_id%' AND name <> 'accounts'")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QVERIFY2(std::any_of(parts.cbegin(), parts.cend(),
                             [&](const auto &part) { return table == QLatin1String(part.first); }),
                 qPrintable(table));
    }
    const QString before = Test::dumpDatabase(ws().database());
    auto *remove = new RemoveAccount(&ws(), m_largest);
    QVERIFY(remove->text().contains(DemoBuilder::largestAccountName()));
    QVERIFY2(ws().execute(remove), qPrintable(ws().errorString()));
    const QString after = Test::dumpDatabase(ws().database());
    QVERIFY(!store().account(m_largest));
    for (const auto &[table, condition] : parts)
        QVERIFY2(rowsOf(table, condition) == 0, table);
    // Shared rows stay: products, competitors, criteria.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM products"), {}), 4);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM competitors"), {}), 2);
    ws().undoStack()->undo();
    QCOMPARE(Test::dumpDatabase(ws().database()), before);
    ws().undoStack()->redo();
    QCOMPARE(Test::dumpDatabase(ws().database()), after);
    ws().undoStack()->undo();
    QCOMPARE(Test::dumpDatabase(ws().database()), before);
    QString error;
    QVERIFY(Sql::scalar(ws().database(), QStringLiteral("PRAGMA foreign_key_check"), {}, &error) ==
            std::nullopt);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Test::checkRefused(ws(), new RemoveAccount(&ws(), 999999),
                       QStringLiteral("This account no longer exists."));
}

void TestAccountCommands::removeKeepsOtherAccountsReviews()
{
    // A review of another account written by someone of the removed one loses its
    // reviewer (the schema sets it NULL) and gets them back on undo.
    const qint64 kestrel = m_ws->accountId(QStringLiteral("Kestrel Foods"));
    const qint64 mentor =
        Sql::scalar(ws().database(),
                    QStringLiteral("SELECT id FROM people WHERE account_id = ? AND "
                                   "team_role = 'mentor'"),
                    {m_largest})
            ->toLongLong();
    QString error;
    QVERIFY2(Sql::run(ws().database(),
                      QStringLiteral("INSERT INTO reviews (account_id, review_date, reviewer_id, "
                                     "reviewer_name, kind, created_at) VALUES (?, '2026-05-01', ?, "
                                     "'Helena Voss', 'plan', 'x')"),
                      {kestrel, mentor}, &error),
             qPrintable(error));
    const QString query =
        QStringLiteral("SELECT count(*) FROM reviews WHERE account_id = ? AND reviewer_id = ?");
    const QString reviewsOfKestrel =
        QStringLiteral("SELECT count(*) FROM reviews WHERE account_id = ?");
    const int kestrelReviews = count(reviewsOfKestrel, {kestrel});
    Test::checkUndoRedo(ws(), new RemoveAccount(&ws(), m_largest));
    QCOMPARE(count(query, {kestrel, mentor}), 0);
    QCOMPARE(count(reviewsOfKestrel, {kestrel}), kestrelReviews);
    ws().undoStack()->undo();
    QCOMPARE(count(query, {kestrel, mentor}), 1);
}

void TestAccountCommands::duplicateCopiesTheStructure()
{
    auto *duplicate = new DuplicateAccount(&ws(), m_largest, QStringLiteral("Halvorsen Copy"));
    Test::checkUndoRedo(ws(), duplicate);
    if (QTest::currentTestFailed())
        return;
    const qint64 copy = duplicate->newAccountId();
    QVERIFY(copy > 0 && copy != m_largest);
    QCOMPARE(store().account(copy)->name, QStringLiteral("Halvorsen Copy"));
    QCOMPARE(store().account(copy)->industry, store().account(m_largest)->industry);
    QCOMPARE(store().account(copy)->annualSales, store().account(m_largest)->annualSales);
    QCOMPARE(departmentNames(copy), departmentNames(m_largest));
    QCOMPARE(levelNames(copy), levelNames(m_largest));
    // The wall joins the copies of IT and Engineering.
    const QList<Wall> walls = store().walls(copy);
    QCOMPARE(walls.size(), 1);
    QCOMPARE(store().department(walls.first().a)->name, QStringLiteral("IT"));
    QCOMPARE(store().department(walls.first().b)->name, QStringLiteral("Engineering"));
    QCOMPARE(store().department(walls.first().a)->accountId, copy);
    QCOMPARE(store().productIds(copy), store().productIds(m_largest));
    QCOMPARE(store().competitors(copy), store().competitors(m_largest));
    QCOMPARE(store().competitorLinks(copy).first().activity,
             store().competitorLinks(m_largest).first().activity);
    QVERIFY(PersonStore(ws().database()).people(copy).isEmpty());
    QCOMPARE(store().contentsSummary(copy).relationships, 0);
    Test::checkRefused(ws(),
                       new DuplicateAccount(&ws(), m_largest, QStringLiteral("kestrel foods")),
                       QStringLiteral("There is already an account called “Kestrel Foods”."));
    Test::checkRefused(ws(), new DuplicateAccount(&ws(), 999999, QStringLiteral("X")),
                       QStringLiteral("no longer exists"));
}

void TestAccountCommands::contentsSummary()
{
    const AccountContents contents = store().contentsSummary(m_largest);
    QCOMPARE(contents.clientPeople,
             count(QStringLiteral("SELECT count(*) FROM people WHERE account_id = ? AND "
                                  "side = 'client'"),
                   {m_largest}));
    QCOMPARE(contents.clientPeople, 60); // README "The demo workspace"
    QCOMPARE(contents.teamPeople, 11);   // ten and the mentor
    QVERIFY(contents.relationships > 300);
    QVERIFY(contents.actions > 0);
    QCOMPARE(contents.reviews, 2);
    QVERIFY(contents.snapshots > 0);
    QCOMPARE(store().contentsSummary(999999).clientPeople, 0);
}

void TestAccountCommands::changesNameTheAccount()
{
    QSignalSpy spy(&ws(), &Workspace::changed);
    QVERIFY(ws().execute(new RenameAccount(&ws(), m_largest, QStringLiteral("Halvorsen"))));
    QCOMPARE(spy.count(), 1);
    auto change = spy.takeFirst().at(0).value<Change>();
    QCOMPARE(change.entity, Change::Entity::Account);
    QCOMPARE(change.kind, Change::Kind::Modified);
    QCOMPARE(change.id, m_largest);
    QVERIFY(ws().execute(new RemoveAccount(&ws(), m_largest)));
    change = spy.takeLast().at(0).value<Change>();
    QCOMPARE(change.entity, Change::Entity::Account);
    QCOMPARE(change.kind, Change::Kind::Removed);
    QCOMPARE(change.id, m_largest);
}

QTEST_GUILESS_MAIN(TestAccountCommands)
#include "TestAccountCommands.moc"
