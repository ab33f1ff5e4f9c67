// The criteria editor with its what-if preview, and the portfolio view with its chart,
// driven by objectName on the offscreen platform.
#include "portfolio/CriteriaDialog.h"
#include "portfolio/PortfolioMatrixChart.h"
#include "portfolio/PortfolioMatrixRenderer.h"
#include "portfolio/PortfolioView.h"
#include "portfolio/TierSchemeDialog.h"

#include "scoring/PortfolioFilterModel.h"
#include "scoring/PortfolioTableModel.h"
#include "scoring/ScoringStore.h"

#include "DatabaseDump.h"
#include "TestWorkspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

using namespace Kingside;

namespace {

int rowNamed(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name)
            return row;
    }
    return -1;
}

} // namespace

class TestPortfolioGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editorShowsNormalisedWeights();
    void whatIfPreviewsBeforeCommitting();
    void addingACriterionPreviewsAndAdds();
    void scoresAreEditedWithNotes();
    void readyMadeSetIsOneUndoStep();
    void viewFiltersSortsAndSwitchesSchemes();
    void chartHoverAndClick();
    void chartExports();
    void rendererPaintsQuadrants();
    void tierSchemeEditorChecksBands();
    void bubblesBySalesOrPotential();
    void readOnlyWorkspaceCannotBeEdited();

private:
    QString dump() const { return Test::dumpDatabase(m_ws->workspace().database()); }
    std::unique_ptr<Test::TestWorkspace> m_ws;
};

void TestPortfolioGui::init()
{
    m_ws = std::make_unique<Test::TestWorkspace>(Test::TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
}

void TestPortfolioGui::cleanup()
{
    m_ws.reset();
}

void TestPortfolioGui::editorShowsNormalisedWeights()
{
    CriteriaDialog dialog(&m_ws->workspace());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("criteriaTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 9);
    const int growth = rowNamed(table, QStringLiteral("Growth potential"));
    QVERIFY(growth >= 0);
    QCOMPARE(table->item(growth, 3)->text(), QStringLiteral("25.0 %"));
    const int quality = rowNamed(table, QStringLiteral("Relationship quality"));
    QCOMPARE(table->item(quality, 3)->text(), QStringLiteral("30.0 %"));
}

void TestPortfolioGui::whatIfPreviewsBeforeCommitting()
{
    Workspace &workspace = m_ws->workspace();
    const QString before = dump();
    CriteriaDialog dialog(&workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("criteriaTable"));
    auto *weight = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("weightSpin"));
    auto *whatIf = dialog.findChild<QListWidget *>(QStringLiteral("whatIfList"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("whatIfSummary"));
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(table && weight && whatIf && summary && apply);

    table->selectRow(rowNamed(table, QStringLiteral("Growth potential")));
    QCOMPARE(weight->value(), 25.0);
    QCOMPARE(whatIf->count(), 0);
    QVERIFY(summary->text().contains(QStringLiteral("No account")));

    // Type a new weight: the preview names Aldermoor moving up; nothing is stored yet.
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("50"));
    QCOMPARE(weight->value(), 50.0);
    QCOMPARE(whatIf->count(), 1);
    QVERIFY2(whatIf->item(0)->text().contains(QStringLiteral("Aldermoor Health Trust")),
             qPrintable(whatIf->item(0)->text()));
    QVERIFY(whatIf->item(0)->text().contains(QStringLiteral("1st Division → Premier")));
    QCOMPARE(dialog.previewChanges().size(), 1);
    QCOMPARE(dump(), before);

    // Back to 25: no change previewed.
    weight->setValue(25);
    QCOMPARE(whatIf->count(), 0);
    weight->setValue(50);

    QTest::mouseClick(apply, Qt::LeftButton);
    const ScoringStore store(workspace.database());
    QCOMPARE(store.criterionNamed(QStringLiteral("Growth potential"))->weight, 50.0);
    // The table follows, the selection stays, and the preview is empty again.
    QCOMPARE(table->item(rowNamed(table, QStringLiteral("Growth potential")), 2)->text(),
             QStringLiteral("50"));
    QCOMPARE(dialog.selectedCriterionId(),
             store.criterionNamed(QStringLiteral("Growth potential"))->id);
    QCOMPARE(whatIf->count(), 0);
    workspace.undoStack()->undo();
    QCOMPARE(dump(), before);
    QCOMPARE(weight->value(), 25.0);
}

void TestPortfolioGui::addingACriterionPreviewsAndAdds()
{
    Workspace &workspace = m_ws->workspace();
    CriteriaDialog dialog(&workspace);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("criteriaTable"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *weight = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("weightSpin"));
    auto *whatIf = dialog.findChild<QListWidget *>(QStringLiteral("whatIfList"));
    table->clearSelection();
    QCOMPARE(dialog.selectedCriterionId(), 0);
    name->setText(QStringLiteral("Innovation appetite"));
    weight->setValue(100);
    // Nobody is scored on it: every attractiveness halves; three accounts drop to the
    // 2nd Division (Kestrel is there already).
    QCOMPARE(whatIf->count(), 3);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 10);
    const auto added =
        ScoringStore(workspace.database()).criterionNamed(QStringLiteral("Innovation appetite"));
    QVERIFY(added);
    QCOMPARE(dialog.selectedCriterionId(), added->id);
    // Remove it again through the dialog.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeButton")),
                      Qt::LeftButton);
    QCOMPARE(table->rowCount(), 9);
}

void TestPortfolioGui::scoresAreEditedWithNotes()
{
    Workspace &workspace = m_ws->workspace();
    const qint64 aldermoor = m_ws->accountId(QStringLiteral("Aldermoor Health Trust"));
    const qint64 fit = ScoringStore(workspace.database())
                           .criterionNamed(QStringLiteral("Solution fit as they see it"))
                           ->id;
    CriteriaDialog dialog(&workspace);
    dialog.selectAccount(aldermoor);
    auto *scores = dialog.findChild<QTableWidget *>(QStringLiteral("scoresTable"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QCOMPARE(scores->rowCount(), 9);
    int row = rowNamed(scores, QStringLiteral("Solution fit as they see it"));
    QVERIFY(scores->item(row, 2)->text().isEmpty()); // missing, visible as empty
    QCOMPARE(scores->item(row, 2)->toolTip(), QStringLiteral("Not scored: counts 0"));

    scores->item(row, 3)->setText(QStringLiteral("After the pilot"));
    QTRY_VERIFY(message->text().contains(QStringLiteral("score before a note")));
    row = rowNamed(scores, QStringLiteral("Solution fit as they see it"));
    scores->item(row, 2)->setText(QStringLiteral("8"));
    QTRY_VERIFY(ScoringStore(workspace.database()).score(aldermoor, fit).has_value());
    QCOMPARE(ScoringStore(workspace.database()).score(aldermoor, fit)->score, 8);
    row = rowNamed(scores, QStringLiteral("Solution fit as they see it"));
    scores->item(row, 3)->setText(QStringLiteral("After the pilot"));
    QTRY_COMPARE(ScoringStore(workspace.database()).score(aldermoor, fit)->note,
                 QStringLiteral("After the pilot"));

    const QString before = dump();
    row = rowNamed(scores, QStringLiteral("Solution fit as they see it"));
    scores->item(row, 2)->setText(QStringLiteral("11"));
    QTRY_VERIFY(message->text().contains(QStringLiteral("1 to 10")));
    QCOMPARE(dump(), before);
    row = rowNamed(scores, QStringLiteral("Solution fit as they see it"));
    QTRY_COMPARE(scores->item(row, 2)->text(), QStringLiteral("8")); // put back

    scores->item(row, 3)->setText(QString());
    QTRY_COMPARE(ScoringStore(workspace.database()).score(aldermoor, fit)->note, QString());
    row = rowNamed(scores, QStringLiteral("Solution fit as they see it"));
    scores->item(row, 2)->setText(QString());
    QTRY_VERIFY(!ScoringStore(workspace.database()).score(aldermoor, fit).has_value());
}

void TestPortfolioGui::readyMadeSetIsOneUndoStep()
{
    Workspace &workspace = m_ws->workspace();
    const QString before = dump();
    CriteriaDialog dialog(&workspace);
    auto *sets = dialog.findChild<QComboBox *>(QStringLiteral("setCombo"));
    QCOMPARE(sets->count(), 3);
    sets->setCurrentIndex(sets->findData(QStringLiteral("profit")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("applySetButton")),
                      Qt::LeftButton);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("criteriaTable"));
    QCOMPARE(table->rowCount(), 7);
    QVERIFY(rowNamed(table, QStringLiteral("Payment record")) >= 0);
    workspace.undoStack()->undo();
    QCOMPARE(dump(), before);
    QCOMPARE(table->rowCount(), 9);
}

void TestPortfolioGui::viewFiltersSortsAndSwitchesSchemes()
{
    Workspace &workspace = m_ws->workspace();
    PortfolioView view(&workspace);
    view.resize(1200, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableView *>(QStringLiteral("portfolioTable"));
    auto *schemes = view.findChild<QComboBox *>(QStringLiteral("schemeCombo"));
    auto *filter = view.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    auto *tiers = view.findChild<QComboBox *>(QStringLiteral("tierFilter"));
    QVERIFY(table && schemes && filter && tiers);
    QCOMPARE(table->model()->rowCount(), 4);
    // Sorted by attractiveness, best first.
    QCOMPARE(table->model()->index(0, 0).data().toString(),
             QStringLiteral("Halvorsen Maritime Group"));
    QCOMPARE(schemes->currentText(), QStringLiteral("Football"));
    QCOMPARE(schemes->count(), 3);

    schemes->setCurrentIndex(schemes->findText(QStringLiteral("Airline")));
    QCOMPARE(ScoringStore(workspace.database()).activeSchemeName(), QStringLiteral("Airline"));
    QCOMPARE(table->model()->index(0, PortfolioTableModel::TierColumn).data().toString(),
             QStringLiteral("First"));
    QCOMPARE(tiers->count(), 6); // all, four bands, no tier
    QVERIFY(view.chart()->title().contains(QStringLiteral("Airline")));
    workspace.undoStack()->undo();
    QCOMPARE(schemes->currentText(), QStringLiteral("Football"));

    QTest::keyClicks(filter, QStringLiteral("kest"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(view.chart()->entries().size(), 1);
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 4);
    tiers->setCurrentIndex(tiers->findText(QStringLiteral("1st Division")));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(view.chart()->entries().size(), 2);
    tiers->setCurrentIndex(0);

    table->sortByColumn(PortfolioTableModel::SalesColumn, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Kestrel Foods"));

    QSignalSpy activated(&view, &PortfolioView::accountActivated);
    const QModelIndex first = table->model()->index(0, 0);
    emit table->activated(first);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(),
             m_ws->accountId(QStringLiteral("Kestrel Foods")));

    view.setAccount(m_ws->accountId(QStringLiteral("Brightwater Utilities")));
    QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("Brightwater Utilities"));
}

void TestPortfolioGui::chartHoverAndClick()
{
    PortfolioView view(&m_ws->workspace());
    view.resize(1200, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    PortfolioMatrixChart *chart = view.chart();
    const qint64 halvorsen = m_ws->accountId(QStringLiteral("Halvorsen Maritime Group"));
    const QPointF centre = chart->centreOf(halvorsen);
    QVERIFY(!centre.isNull());
    QCOMPARE(chart->accountAt(centre), halvorsen);
    // Halvorsen: strength 62 (right of the middle), attractiveness 82 (upper part).
    QVERIFY(centre.x() > chart->width() / 2.0);
    QVERIFY(centre.y() < chart->height() / 2.0);
    const QString tip = chart->toolTipFor(halvorsen);
    QVERIFY2(tip.contains(QStringLiteral("Premier")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Strategic")));
    QVERIFY(tip.contains(QStringLiteral("Growth potential: 25.0 % × 8 / 10 = 20.0")));

    QSignalSpy hovered(chart, &PortfolioMatrixChart::accountHovered);
    QTest::mouseMove(chart, centre.toPoint());
    QTRY_VERIFY(!hovered.isEmpty());
    QCOMPARE(hovered.last().first().toLongLong(), halvorsen);

    QSignalSpy activated(&view, &PortfolioView::accountActivated);
    QTest::mouseClick(chart, Qt::LeftButton, {}, centre.toPoint());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), halvorsen);
    // Empty space does nothing.
    QTest::mouseClick(chart, Qt::LeftButton, {}, QPoint(3, 3));
    QCOMPARE(activated.count(), 1);
}

void TestPortfolioGui::chartExports()
{
    PortfolioView view(&m_ws->workspace());
    QString error;
    for (const QString &suffix :
         {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        const QString path = m_ws->folder() + QStringLiteral("/chart.") + suffix;
        QVERIFY2(view.exportChart(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(8);
        if (suffix == QLatin1String("png"))
            QVERIFY(head.startsWith("\x89PNG"));
        else if (suffix == QLatin1String("pdf"))
            QVERIFY(head.startsWith("%PDF"));
        else
            QVERIFY(file.readAll().contains("Halvorsen Maritime Group"));
    }
    QVERIFY(!view.exportChart(m_ws->folder() + QStringLiteral("/chart.doc"), &error));
    QVERIFY(error.contains(QStringLiteral(".pdf")));
    QVERIFY(!QFile::exists(m_ws->folder() + QStringLiteral("/chart.doc")));
    QVERIFY(!view.exportChart(m_ws->folder() + QStringLiteral("/no/dir/chart.png"), &error));
}

void TestPortfolioGui::rendererPaintsQuadrants()
{
    QImage image(800, 600, QImage::Format_RGB32);
    QPainter painter(&image);
    PortfolioMatrixRenderer::paint(&painter, QRectF(0, 0, 800, 600), {});
    painter.end();
    const QRectF plot = PortfolioMatrixRenderer::plotRect(QRectF(0, 0, 800, 600));
    const auto at = [&](double strength, double attractiveness) {
        return image.pixelColor(int(plot.left() + plot.width() * strength / 100.0),
                                int(plot.bottom() - plot.height() * attractiveness / 100.0));
    };
    // Quadrant backgrounds at points away from labels.
    QCOMPARE(at(60, 60), QColor(0xe3, 0xf1, 0xe0)); // Strategic: strong, attractive
    QCOMPARE(at(40, 60), QColor(0xfd, 0xf3, 0xd8)); // Star: attractive, weak
    QCOMPARE(at(60, 40), QColor(0xe1, 0xec, 0xf7)); // Status: strong, less attractive
    QCOMPARE(at(40, 40), QColor(0xee, 0xee, 0xee)); // Streamline
}

void TestPortfolioGui::tierSchemeEditorChecksBands()
{
    Workspace &workspace = m_ws->workspace();
    const QString before = dump();
    TierSchemeDialog dialog(&workspace);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("schemeList"));
    auto *bands = dialog.findChild<QTableWidget *>(QStringLiteral("bandTable"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("schemeProblem"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveSchemeButton"));
    auto *use = dialog.findChild<QPushButton *>(QStringLiteral("useSchemeButton"));
    auto *basis = dialog.findChild<QComboBox *>(QStringLiteral("basisCombo"));
    QVERIFY(list && bands && problem && save && use && basis);
    QCOMPARE(list->count(), 3);
    QVERIFY(list->currentItem()->text().contains(QStringLiteral("Football")));
    QCOMPARE(bands->rowCount(), 3);
    QCOMPARE(bands->item(0, 1)->text(), QStringLiteral("70"));
    QVERIFY(!save->isEnabled()); // built in
    QVERIFY(problem->text().contains(QStringLiteral("Built-in")));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("newSchemeButton")),
                      Qt::LeftButton);
    QCOMPARE(bands->rowCount(), 3);
    QVERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
    QVERIFY(save->isEnabled());
    bands->item(1, 1)->setText(QStringLiteral("60")); // same as the tier above
    QVERIFY(problem->text().contains(QStringLiteral("overlap")));
    QVERIFY(!save->isEnabled());
    bands->item(1, 1)->setText(QStringLiteral("80")); // above the tier above
    QVERIFY(problem->text().contains(QStringLiteral("best first")));
    QVERIFY(!save->isEnabled());
    bands->item(1, 1)->setText(QStringLiteral("40"));
    QVERIFY(save->isEnabled());
    QCOMPARE(dump(), before); // nothing stored while editing

    QTest::mouseClick(save, Qt::LeftButton);
    const auto stored =
        ScoringStore(workspace.database()).tierSchemeNamed(QStringLiteral("My tiers"));
    QVERIFY(stored);
    QCOMPARE(stored->bands.size(), 3);
    QCOMPARE(*stored->bands[1].minScore, 40.0);
    QVERIFY(list->currentItem()->text().startsWith(QStringLiteral("My tiers")));
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(ScoringStore(workspace.database()).activeSchemeName(), QStringLiteral("My tiers"));
    QVERIFY(list->currentItem()->text().contains(QStringLiteral("active")));

    // A rank scheme where "the rest" is not last cannot be saved.
    basis->setCurrentIndex(basis->findData(int(TierScheme::Basis::Rank)));
    bands->item(0, 1)->setText(QString());
    bands->item(1, 1)->setText(QStringLiteral("3"));
    bands->item(2, 1)->setText(QString());
    QVERIFY(problem->text().contains(QStringLiteral("Only the last band")));
    QVERIFY(!save->isEnabled());
    bands->item(0, 1)->setText(QStringLiteral("1"));
    QVERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(ScoringStore(workspace.database()).activeScheme()->basis, TierScheme::Basis::Rank);

    workspace.undoStack()->undo(); // the rank edit
    workspace.undoStack()->undo(); // use
    workspace.undoStack()->undo(); // save
    QCOMPARE(dump(), before);
    QCOMPARE(list->count(), 3);
}

void TestPortfolioGui::bubblesBySalesOrPotential()
{
    PortfolioView view(&m_ws->workspace());
    view.resize(1200, 600);
    const QRectF area(0, 0, 800, 600);
    const QList<PortfolioEntry> entries = view.chart()->entries();
    const auto radius = [&](const QString &name, PortfolioMatrixRenderer::BubbleSize size) {
        const qint64 id = m_ws->accountId(name);
        for (const auto &bubble : PortfolioMatrixRenderer::layout(area, entries, size)) {
            if (bubble.accountId == id)
                return bubble.radius;
        }
        return -1.0;
    };
    using Size = PortfolioMatrixRenderer::BubbleSize;
    const QString halvorsen = QStringLiteral("Halvorsen Maritime Group");
    const QString kestrel = QStringLiteral("Kestrel Foods");
    // The largest account has the largest bubble either way; areas follow the amounts:
    // Kestrel sells 310 000 of 2 400 000 but has 450 000 of 6 500 000 potential.
    QCOMPARE(radius(halvorsen, Size::AnnualSales), radius(halvorsen, Size::Potential));
    QVERIFY(radius(kestrel, Size::Potential) < radius(kestrel, Size::AnnualSales));
    const double small = radius(kestrel, Size::AnnualSales) - 5;
    const double large = radius(halvorsen, Size::AnnualSales) - 5;
    QVERIFY(qAbs(small / large - std::sqrt(310'000.0 / 2'400'000.0)) < 1e-9);

    auto *combo = view.findChild<QComboBox *>(QStringLiteral("bubbleSizeCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(Size::Potential)));
    QCOMPARE(view.chart()->bubbleSize(), Size::Potential);
}

void TestPortfolioGui::readOnlyWorkspaceCannotBeEdited()
{
    Workspace &workspace = m_ws->workspace();
    workspace.close();
    QVERIFY(workspace.open(m_ws->path(), Workspace::Mode::ReadOnly));
    PortfolioView view(&workspace);
    QCOMPARE(view.table()->model()->rowCount(), 4);
    QVERIFY(!view.findChild<QComboBox *>(QStringLiteral("schemeCombo"))->isEnabled());
    CriteriaDialog dialog(&workspace);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applySetButton"))->isEnabled());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("criteriaTable"));
    table->selectRow(0);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
    // The what-if preview still works: it stores nothing.
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("weightSpin"))->setValue(200);
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("whatIfSummary"))->text().isEmpty());
}

QTEST_MAIN(TestPortfolioGui)
#include "TestPortfolioGui.moc"
