#include "TestWorkspace.h"

#include "commands/SetProperties.h"
#include "demo/DemoBuilder.h"
#include "itemmodels/AccountListModel.h"
#include "itemmodels/PeopleTableModel.h"
#include "itemmodels/RelationshipTableModel.h"
#include "workspace/Sql.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <QtTest>

using namespace Kingside;

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void accountList();
    void peopleFollowEdits();
    void relationshipsShowFreshness();
};

void TestItemModels::accountList()
{
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    AccountListModel model(&ws.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    // Sorted by name.
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Aldermoor Health Trust"));
    QVERIFY(model.rowOf(ws.accountId(DemoBuilder::largestAccountName())) >= 0);
    ws.workspace().close();
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::peopleFollowEdits()
{
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    PeopleTableModel model(&ws.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 account = ws.accountId(DemoBuilder::largestAccountName());
    model.setAccount(account);
    QCOMPARE(model.rowCount(), 71); // 60 client people, 10 team members, the mentor
    int kingRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, PeopleTableModel::Name).data().toString() ==
            QLatin1String("Ingrid Halvorsen"))
            kingRow = row;
    }
    QVERIFY(kingRow >= 0);
    QCOMPARE(model.index(kingRow, PeopleTableModel::Piece).data().toString(),
             QStringLiteral("King"));
    QCOMPARE(model.index(kingRow, PeopleTableModel::Department).data().toString(),
             QStringLiteral("Corporate"));
    QCOMPARE(model.index(kingRow, PeopleTableModel::Level).data().toString(),
             QStringLiteral("Board"));
    QCOMPARE(model.index(kingRow, PeopleTableModel::Attitude).data().toString(),
             QStringLiteral("Neutral / unknown"));
    const qint64 king = model.personIdAt(kingRow);
    QVERIFY(ws.workspace().execute(
        new SetProperties(&ws.workspace(), Change::Entity::Person, king,
                          {{QStringLiteral("attitude"), QStringLiteral("champion")}}, {})));
    QCOMPARE(model.index(kingRow, PeopleTableModel::Attitude).data().toString(),
             QStringLiteral("Champion"));
    ws.workspace().undoStack()->undo();
    QCOMPARE(model.index(kingRow, PeopleTableModel::Attitude).data().toString(),
             QStringLiteral("Neutral / unknown"));
}

void TestItemModels::relationshipsShowFreshness()
{
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    RelationshipTableModel model(&ws.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(Test::fixedToday());
    const qint64 account = ws.accountId(DemoBuilder::largestAccountName());
    model.setAccount(account);
    QCOMPARE(model.rowCount(),
             Sql::scalar(ws.workspace().database(),
                         QStringLiteral("SELECT count(*) FROM relationships WHERE account_id = ?"),
                         {account})
                 ->toInt());
    QSet<QString> freshness;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString last =
            model.index(row, RelationshipTableModel::LastContact).data().toString();
        const QString fresh = model.index(row, RelationshipTableModel::Freshness).data().toString();
        freshness.insert(fresh);
        if (last != QLatin1String("never")) {
            const qint64 days = QDate::fromString(last, Qt::ISODate).daysTo(Test::fixedToday());
            QCOMPARE(fresh, days <= 90    ? QStringLiteral("Fresh")
                            : days <= 180 ? QStringLiteral("Ageing")
                                          : QStringLiteral("Cold"));
        } else {
            QCOMPARE(fresh, QStringLiteral("Never"));
        }
    }
    QCOMPARE(freshness.size(), 4);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "TestItemModels.moc"
