// The portfolio table model: Qt's model tester, contents, sorting values, following edits.
#include "scoring/PortfolioTableModel.h"
#include "scoring/ScoringStore.h"
#include "scoring/SetActiveTierScheme.h"
#include "scoring/SetCriterionScore.h"

#include "TestWorkspace.h"
#include "commands/SetProperties.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QUndoStack>
#include <QtTest>

using namespace Kingside;

class TestPortfolioTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void showsEveryAccount();
    void sortsByRawValues();
    void followsEdits();
    void healthColumnHook();
    void emptyWorkspace();
};

void TestPortfolioTableModel::passesModelTester()
{
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    PortfolioTableModel model(&ws.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Resets while testers watch.
    QVERIFY(ws->execute(new SetActiveTierScheme(&ws.workspace(), QStringLiteral("Olympic"))));
    ws->undoStack()->undo();
    proxy.sort(PortfolioTableModel::AttractivenessColumn);
}

void TestPortfolioTableModel::showsEveryAccount()
{
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    PortfolioTableModel model(&ws.workspace());
    model.setToday(Test::fixedToday());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(PortfolioTableModel::ColumnCount));
    const int halvorsen = model.rowOf(ws.accountId(QStringLiteral("Halvorsen Maritime Group")));
    const int aldermoor = model.rowOf(ws.accountId(QStringLiteral("Aldermoor Health Trust")));
    const int kestrel = model.rowOf(ws.accountId(QStringLiteral("Kestrel Foods")));
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(halvorsen, PortfolioTableModel::AccountColumn),
             QStringLiteral("Halvorsen Maritime Group"));
    QCOMPARE(text(halvorsen, PortfolioTableModel::TierColumn), QStringLiteral("Premier"));
    QCOMPARE(model.index(halvorsen, PortfolioTableModel::AttractivenessColumn)
                 .data(PortfolioTableModel::SortRole)
                 .toDouble(),
             82.0);
    QCOMPARE(model.index(halvorsen, PortfolioTableModel::StrengthColumn)
                 .data(PortfolioTableModel::SortRole)
                 .toDouble(),
             62.0);
    QCOMPARE(text(halvorsen, PortfolioTableModel::QuadrantColumn), QStringLiteral("Strategic"));
    QCOMPARE(model.index(halvorsen, PortfolioTableModel::SalesColumn)
                 .data(PortfolioTableModel::SortRole)
                 .toDouble(),
             2'400'000.0);
    QCOMPARE(model.index(aldermoor, PortfolioTableModel::MissingColumn)
                 .data(PortfolioTableModel::SortRole)
                 .toInt(),
             1);
    QVERIFY(model.index(aldermoor, PortfolioTableModel::MissingColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Solution fit as they see it")));
    const QString breakdown = model.index(halvorsen, PortfolioTableModel::AttractivenessColumn)
                                  .data(Qt::ToolTipRole)
                                  .toString();
    QVERIFY2(breakdown.contains(QStringLiteral("Growth potential: 25.0 % × 8 / 10 = 20.0")),
             qPrintable(breakdown));
    QCOMPARE(model.index(halvorsen, PortfolioTableModel::NextReviewColumn)
                 .data(PortfolioTableModel::SortRole)
                 .toDate(),
             Test::fixedToday().addDays(-80).addMonths(3));
    QCOMPARE(text(kestrel, PortfolioTableModel::NextReviewColumn),
             QStringLiteral("never reviewed"));
    QVERIFY(model.index(kestrel, PortfolioTableModel::NextReviewColumn)
                .data(Qt::ForegroundRole)
                .isValid()); // due now
    QVERIFY(!model.index(halvorsen, PortfolioTableModel::NextReviewColumn)
                 .data(Qt::ForegroundRole)
                 .isValid()); // 80 days ago + 3 months is still ahead
    QCOMPARE(model.index(halvorsen, 0).data(PortfolioTableModel::AccountIdRole).toLongLong(),
             ws.accountId(QStringLiteral("Halvorsen Maritime Group")));
    QCOMPARE(model.headerData(PortfolioTableModel::HealthColumn, Qt::Horizontal).toString(),
             QStringLiteral("Relationship health"));
}

void TestPortfolioTableModel::sortsByRawValues()
{
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    PortfolioTableModel model(&ws.workspace());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PortfolioTableModel::SortRole);
    const auto order = [&] {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names.append(proxy.index(row, 0).data().toString());
        return names;
    };
    proxy.sort(PortfolioTableModel::AttractivenessColumn, Qt::DescendingOrder);
    QCOMPARE(order(), QStringList({"Halvorsen Maritime Group", "Aldermoor Health Trust",
                                   "Brightwater Utilities", "Kestrel Foods"}));
    // Sales sort numerically (640 000 < 1 150 000), not as text.
    proxy.sort(PortfolioTableModel::SalesColumn, Qt::AscendingOrder);
    QCOMPARE(order(), QStringList({"Kestrel Foods", "Aldermoor Health Trust",
                                   "Brightwater Utilities", "Halvorsen Maritime Group"}));
    proxy.sort(PortfolioTableModel::TierColumn, Qt::AscendingOrder);
    QCOMPARE(order().first(), QStringLiteral("Halvorsen Maritime Group"));
    QCOMPARE(order().last(), QStringLiteral("Kestrel Foods"));
}

void TestPortfolioTableModel::followsEdits()
{
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    PortfolioTableModel model(&ws.workspace());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const int kestrel = model.rowOf(ws.accountId(QStringLiteral("Kestrel Foods")));
    QVERIFY(ws->execute(new SetActiveTierScheme(&ws.workspace(), QStringLiteral("Olympic"))));
    QCOMPARE(model.index(kestrel, PortfolioTableModel::TierColumn).data().toString(),
             QStringLiteral("Bronze"));
    QCOMPARE(model.scheme().name, QStringLiteral("Olympic"));
    // Kestrel's growth potential 4 → 10: 40.5 + 25 × 6 / 10 = 55.5 → Silver.
    const qint64 growth =
        ScoringStore(ws->database()).criterionNamed(QStringLiteral("Growth potential"))->id;
    QVERIFY2(ws->execute(new SetCriterionScore(
                 &ws.workspace(), ws.accountId(QStringLiteral("Kestrel Foods")), growth, 10)),
             qPrintable(ws->errorString()));
    QCOMPARE(model.index(kestrel, PortfolioTableModel::TierColumn).data().toString(),
             QStringLiteral("Silver"));
    QCOMPARE(model.index(kestrel, PortfolioTableModel::AttractivenessColumn)
                 .data(PortfolioTableModel::SortRole)
                 .toDouble(),
             55.5);
    // Account facts follow too.
    QVERIFY(ws->execute(new SetProperties(
        &ws.workspace(), Change::Entity::Account, ws.accountId(QStringLiteral("Kestrel Foods")),
        {{QStringLiteral("annual_sales"), 999.0}}, QStringLiteral("sales"))));
    QCOMPARE(model.index(kestrel, PortfolioTableModel::SalesColumn)
                 .data(PortfolioTableModel::SortRole)
                 .toDouble(),
             999.0);
    QCOMPARE(resets.count(), 3);
}

void TestPortfolioTableModel::healthColumnHook()
{
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    PortfolioTableModel model(&ws.workspace());
    QVERIFY(model.index(0, PortfolioTableModel::HealthColumn).data().toString().isEmpty());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setHealthProvider([](qint64 id) {
        return QVariantList{QStringLiteral("health %1").arg(id), double(id)};
    });
    QCOMPARE(changed.count(), 1);
    const qint64 id = model.index(1, 0).data(PortfolioTableModel::AccountIdRole).toLongLong();
    QCOMPARE(model.index(1, PortfolioTableModel::HealthColumn).data().toString(),
             QStringLiteral("health %1").arg(id));
    QCOMPARE(model.index(1, PortfolioTableModel::HealthColumn)
                 .data(PortfolioTableModel::SortRole)
                 .toDouble(),
             double(id));
}

void TestPortfolioTableModel::emptyWorkspace()
{
    Test::TestWorkspace ws;
    PortfolioTableModel model(&ws.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.scheme().name, QStringLiteral("Football"));
    ws->close();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPortfolioTableModel)
#include "TestPortfolioTableModel.moc"
