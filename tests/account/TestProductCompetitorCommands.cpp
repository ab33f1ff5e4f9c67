#include "AccountTestHelpers.h"
#include "DatabaseDump.h"
#include "TestWorkspace.h"

#include "commands/AddAccountCompetitor.h"
#include "commands/AddAccountProduct.h"
#include "commands/RemoveAccountCompetitor.h"
#include "commands/RemoveAccountProduct.h"
#include "commands/SetFavouredCompetitor.h"
#include "commands/SetProductRole.h"
#include "demo/DemoBuilder.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Kingside;

// An account's products (who uses, specifies, buys them) and competitors (who favours
// them): shared by the workspace, linked per account, each edit one undoable step.
class TestProductCompetitorCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addProductReusesOrCreates();
    void addProductRefusals();
    void removeProductTakesItsRoles();
    void setProductRole();
    void addCompetitorReusesOrCreates();
    void removeCompetitorClearsFavour();
    void setFavouredCompetitor();

private:
    Workspace &ws() { return m_ws->workspace(); }
    AccountStore store() { return AccountStore(ws().database()); }
    int count(const QString &statement, const QVariantList &values = {});
    qint64 personId(const QString &name);

    std::unique_ptr<Test::TestWorkspace> m_ws;
    qint64 m_largest = 0;
    qint64 m_kestrel = 0;
};

void TestProductCompetitorCommands::init()
{
    m_ws = std::make_unique<Test::TestWorkspace>(Test::TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_largest = m_ws->accountId(DemoBuilder::largestAccountName());
    m_kestrel = m_ws->accountId(QStringLiteral("Kestrel Foods"));
    QVERIFY(m_largest > 0 && m_kestrel > 0);
}

void TestProductCompetitorCommands::cleanup()
{
    m_ws.reset();
}

int TestProductCompetitorCommands::count(const QString &statement, const QVariantList &values)
{
    return Sql::scalar(ws().database(), statement, values).value_or(-1).toInt();
}

qint64 TestProductCompetitorCommands::personId(const QString &name)
{
    return Sql::scalar(ws().database(), QStringLiteral("SELECT id FROM people WHERE name = ?"),
                       {name})
        .value_or(0)
        .toLongLong();
}

void TestProductCompetitorCommands::addProductReusesOrCreates()
{
    // PortLink exists in the workspace but in no account.
    const qint64 portLink = store().productIdByName(QStringLiteral("PortLink"));
    QVERIFY(portLink > 0);
    QVERIFY(!store().hasProduct(m_largest, portLink));
    auto *reuse = new AddAccountProduct(&ws(), m_largest, QStringLiteral("portlink"));
    Test::checkUndoRedo(ws(), reuse);
    QCOMPARE(reuse->productId(), portLink);
    QVERIFY(store().hasProduct(m_largest, portLink));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM products")), 4);
    // A new name creates the product; undo takes it away again, redo brings the same id.
    auto *create = new AddAccountProduct(&ws(), m_largest, QStringLiteral(" HarbourView "));
    Test::checkUndoRedo(ws(), create);
    if (QTest::currentTestFailed())
        return;
    const qint64 created = create->productId();
    QCOMPARE(store().productName(created), QStringLiteral("HarbourView"));
    QCOMPARE(PersonStore(ws().database()).products(m_largest).size(), 5);
    ws().undoStack()->undo();
    QCOMPARE(store().productIdByName(QStringLiteral("HarbourView")), 0);
    ws().undoStack()->redo();
    QCOMPARE(store().productIdByName(QStringLiteral("HarbourView")), created);
}

void TestProductCompetitorCommands::addProductRefusals()
{
    Test::checkRefused(ws(), new AddAccountProduct(&ws(), m_largest, QStringLiteral("fleetplan")),
                       QStringLiteral("This account already has the product “FleetPlan”."));
    Test::checkRefused(ws(), new AddAccountProduct(&ws(), m_largest, QStringLiteral("  ")),
                       QStringLiteral("A product needs a name."));
    Test::checkRefused(ws(),
                       new AddAccountProduct(&ws(), m_largest, QString(201, QLatin1Char('p'))),
                       QStringLiteral("at most 200 characters"));
    Test::checkRefused(ws(), new AddAccountProduct(&ws(), 999999, QStringLiteral("X")),
                       QStringLiteral("This account no longer exists."));
}

void TestProductCompetitorCommands::removeProductTakesItsRoles()
{
    const qint64 fleetPlan = store().productIdByName(QStringLiteral("FleetPlan"));
    const QString rolesIn =
        QStringLiteral("SELECT count(*) FROM product_roles r JOIN people p ON p.id = r.person_id "
                       "WHERE r.product_id = ? AND p.account_id = ?");
    QVERIFY(count(rolesIn, {fleetPlan, m_largest}) > 0);
    const int otherRoles = count(rolesIn, {fleetPlan, m_kestrel});
    Test::checkUndoRedo(ws(), new RemoveAccountProduct(&ws(), m_largest, fleetPlan));
    QCOMPARE(count(rolesIn, {fleetPlan, m_largest}), 0);
    QCOMPARE(count(rolesIn, {fleetPlan, m_kestrel}), otherRoles);
    QVERIFY(!store().hasProduct(m_largest, fleetPlan));
    QVERIFY(!store().productName(fleetPlan).isEmpty()); // still in the workspace
    Test::checkRefused(ws(), new RemoveAccountProduct(&ws(), m_largest, fleetPlan),
                       QStringLiteral("This account does not have that product."));
}

void TestProductCompetitorCommands::setProductRole()
{
    const qint64 person = personId(QStringLiteral("Lars Eriksen"));
    const qint64 routeIq = store().productIdByName(QStringLiteral("RouteIQ"));
    const bool buys =
        PersonStore(ws().database()).holdsProductRole(person, routeIq, ProductRole::Buyer);
    Test::checkUndoRedo(ws(),
                        new SetProductRole(&ws(), person, routeIq, ProductRole::Buyer, !buys));
    QCOMPARE(PersonStore(ws().database()).holdsProductRole(person, routeIq, ProductRole::Buyer),
             !buys);
    Test::checkUndoRedo(ws(), new SetProductRole(&ws(), person, routeIq, ProductRole::Buyer, buys));
    Test::checkRefused(ws(), new SetProductRole(&ws(), person, routeIq, ProductRole::Buyer, buys),
                       buys ? QStringLiteral("is already marked")
                            : QStringLiteral("is not marked"));
    const qint64 portLink = store().productIdByName(QStringLiteral("PortLink"));
    Test::checkRefused(ws(), new SetProductRole(&ws(), person, portLink, ProductRole::User, true),
                       QStringLiteral("“PortLink” is not one of this account's products"));
    Test::checkRefused(ws(), new SetProductRole(&ws(), 999999, routeIq, ProductRole::User, true),
                       QStringLiteral("This person no longer exists."));
    QSignalSpy spy(&ws(), &Workspace::changed);
    QVERIFY(ws().execute(new SetProductRole(&ws(), person, routeIq, ProductRole::Buyer, !buys)));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).value<Change>().entity, Change::Entity::Person);
    QCOMPARE(spy.at(0).at(0).value<Change>().id, person);
    QCOMPARE(spy.at(1).at(0).value<Change>().entity, Change::Entity::Product);
    QCOMPARE(spy.at(1).at(0).value<Change>().id, routeIq);
}

void TestProductCompetitorCommands::addCompetitorReusesOrCreates()
{
    auto *create = new AddAccountCompetitor(&ws(), m_largest, QStringLiteral("Nordwind"));
    Test::checkUndoRedo(ws(), create);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(store().hasCompetitor(m_largest, create->competitorId()));
    const QList<std::pair<qint64, QString>> competitors = store().competitors(m_largest);
    QCOMPARE(competitors.size(), 3);
    QCOMPARE(competitors.first().second, QStringLiteral("Corvane Systems")); // by name
    QCOMPARE(competitors.last().second, QStringLiteral("Nordwind"));
    // The same competitor named in another account is the same row.
    auto *reuse = new AddAccountCompetitor(&ws(), m_kestrel, QStringLiteral("NORDWIND"));
    QVERIFY(ws().execute(reuse));
    QCOMPARE(reuse->competitorId(), create->competitorId());
    ws().undoStack()->undo();
    QVERIFY(!store().competitorName(create->competitorId()).isEmpty()); // the first still uses it
    Test::checkRefused(
        ws(), new AddAccountCompetitor(&ws(), m_largest, QStringLiteral("corvane systems")),
        QStringLiteral("“Corvane Systems” is already a competitor in this account."));
    Test::checkRefused(ws(), new AddAccountCompetitor(&ws(), m_largest, QString()),
                       QStringLiteral("A competitor needs a name."));
}

void TestProductCompetitorCommands::removeCompetitorClearsFavour()
{
    const qint64 corvane = store().competitorIdByName(QStringLiteral("Corvane Systems"));
    const QString favouring =
        QStringLiteral("SELECT count(*) FROM people WHERE competitor_id = ? AND account_id = ?");
    const int before = count(favouring, {corvane, m_largest});
    QVERIFY(before >= 2); // the CIO and his architect
    QSignalSpy spy(&ws(), &Workspace::changed);
    Test::checkUndoRedo(ws(), new RemoveAccountCompetitor(&ws(), m_largest, corvane));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(count(favouring, {corvane, m_largest}), 0);
    QVERIFY(!store().hasCompetitor(m_largest, corvane));
    QVERIFY(store().hasCompetitor(m_kestrel, corvane));
    // Each person whose choice was cleared is named, then the competitor.
    QCOMPARE(spy.first().at(0).value<Change>().entity, Change::Entity::Person);
    QCOMPARE(spy.last().at(0).value<Change>().entity, Change::Entity::Competitor);
    ws().undoStack()->undo();
    QCOMPARE(count(favouring, {corvane, m_largest}), before);
    QVERIFY(!store().competitorLinks(m_largest).first().activity.isEmpty());
    Test::checkRefused(ws(), new RemoveAccountCompetitor(&ws(), m_largest, 999999),
                       QStringLiteral("This competitor is not named in this account."));
}

void TestProductCompetitorCommands::setFavouredCompetitor()
{
    const qint64 person = personId(QStringLiteral("Lars Eriksen"));
    const qint64 meridian = store().competitorIdByName(QStringLiteral("Meridian Logic"));
    Test::checkUndoRedo(ws(), new SetFavouredCompetitor(&ws(), person, meridian));
    QCOMPARE(PersonStore(ws().database()).person(person)->competitorId, meridian);
    Test::checkRefused(ws(), new SetFavouredCompetitor(&ws(), person, meridian),
                       QStringLiteral("Lars Eriksen already favours Meridian Logic."));
    Test::checkUndoRedo(ws(), new SetFavouredCompetitor(&ws(), person, 0));
    QCOMPARE(PersonStore(ws().database()).person(person)->competitorId, 0);
    Test::checkRefused(ws(), new SetFavouredCompetitor(&ws(), person, 0),
                       QStringLiteral("favours no competitor already"));
    // A competitor only another account names.
    auto *elsewhere = new AddAccountCompetitor(&ws(), m_kestrel, QStringLiteral("Nordwind"));
    QVERIFY(ws().execute(elsewhere));
    Test::checkRefused(ws(), new SetFavouredCompetitor(&ws(), person, elsewhere->competitorId()),
                       QStringLiteral("“Nordwind” is not among this account's competitors"));
    Test::checkRefused(
        ws(), new SetFavouredCompetitor(&ws(), personId(QStringLiteral("Sofia Brandt")), meridian),
        QStringLiteral("Sofia Brandt is on our team"));
}

QTEST_GUILESS_MAIN(TestProductCompetitorCommands)
#include "TestProductCompetitorCommands.moc"
