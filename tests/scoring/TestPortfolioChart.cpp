// The matrix chart's labels in a crowded portfolio (200 accounts, 50 of them at one spot) and
// the portfolio table at a laptop's size: README "The directional-policy matrix" and "The
// portfolio view".
#include "commands/AddAccount.h"
#include "commands/CommandGroup.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RecentWorkspaces.h"
#include "portfolio/ElidedTextDelegate.h"
#include "portfolio/PortfolioChartExport.h"
#include "portfolio/PortfolioMatrixChart.h"
#include "portfolio/PortfolioMatrixRenderer.h"
#include "portfolio/PortfolioView.h"
#include "portfolio/WrappingHeaderView.h"

#include "scoring/Portfolio.h"
#include "scoring/PortfolioTableModel.h"
#include "scoring/ScoringStore.h"
#include "scoring/SetCriterionScore.h"
#include "workspace/AccountStore.h"

#include "TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QtTest>

using namespace Kingside;

namespace {

constexpr int Accounts = 200;
constexpr int AtOneSpot = 50;

bool touches(const QRectF &rect, const QPointF &centre, double radius)
{
    const double dx = std::max({rect.left() - centre.x(), 0.0, centre.x() - rect.right()});
    const double dy = std::max({rect.top() - centre.y(), 0.0, centre.y() - rect.bottom()});
    return dx * dx + dy * dy < radius * radius;
}

// Where the pictures go when KINGSIDE_SCREENSHOTS names a folder (to look at them).
void keepChart(const QList<PortfolioEntry> &entries, const QString &name)
{
    const QString folder = qEnvironmentVariable("KINGSIDE_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QString error;
    PortfolioChartExport::write(QDir(folder).filePath(name), {}, entries,
                                QStringLiteral("Directional-policy matrix · 200 accounts"),
                                PortfolioMatrixRenderer::BubbleSize::AnnualSales, &error);
}

} // namespace

class TestPortfolioChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void oneSpotHasOneLabel();
    void hiddenCountIsDrawn();
    void demoShowsEveryLabel();
    void tierKeyTellsEachColour();
    void hoverNamesEveryAccountAtASpot();
    void tableShowsHealthAt_data();
    void tableShowsHealthAt();
    void cutShortCellShowsItsTextOnHover();

private:
    QList<PortfolioEntry> entries() const;
    std::unique_ptr<Test::TestWorkspace> m_ws;
    QSet<qint64> m_spot; // the accounts with equal scores
};

// The demo and 196 accounts more, added and scored by the commands the app uses: 50 with
// the very same scores, the others at random.
void TestPortfolioChart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_ws = std::make_unique<Test::TestWorkspace>(Test::TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    Workspace &workspace = m_ws->workspace();
    const int existing = int(AccountStore(workspace.database()).accounts().size());
    const QStringList first = {"Aster", "Birch",   "Cobalt",  "Dune",    "Ember",
                               "Fjord", "Granite", "Harbour", "Iris",    "Juniper",
                               "Lumen", "Marlow",  "Northam", "Orchard", "Pioneer"};
    const QStringList second = {"Logistics", "Foods",   "Energy",    "Bank",      "Retail",
                                "Pharma",    "Telecom", "Motors",    "Insurance", "Textiles",
                                "Water",     "Media",   "Chemicals", "Shipping"};
    QRandomGenerator random(15);
    auto *add = new CommandGroup(&workspace, QStringLiteral("Add accounts"));
    QStringList added;
    for (int i = 0; existing + i < Accounts; ++i) {
        Account account;
        account.name = QStringLiteral("%1 %2 %3")
                           .arg(first[i % first.size()], second[(i / first.size()) % second.size()])
                           .arg(i + 1);
        account.annualSales = random.bounded(40'000, 2'000'000);
        account.potential3y = random.bounded(100'000, 5'000'000);
        added.append(account.name);
        add->add(new AddAccount(&workspace, account, QStringList{QStringLiteral("Purchasing")}));
    }
    QVERIFY2(workspace.execute(add), qPrintable(workspace.errorString()));

    const QList<Criterion> criteria = ScoringStore(workspace.database()).criteria();
    QVERIFY(!criteria.isEmpty());
    auto *score = new CommandGroup(&workspace, QStringLiteral("Score accounts"));
    for (int i = 0; i < added.size(); ++i) {
        const qint64 id = m_ws->accountId(added[i]);
        QVERIFY(id > 0);
        const bool atSpot = i < AtOneSpot;
        if (atSpot)
            m_spot.insert(id);
        for (const Criterion &criterion : criteria)
            score->add(new SetCriterionScore(&workspace, id, criterion.id,
                                             atSpot ? 6 : int(random.bounded(1, 11))));
    }
    QVERIFY2(workspace.execute(score), qPrintable(workspace.errorString()));
    QCOMPARE(entries().size(), Accounts);
}

QList<PortfolioEntry> TestPortfolioChart::entries() const
{
    QString error;
    const auto inputs = Portfolio::load(m_ws->workspace().database(), {}, &error);
    if (!inputs)
        qWarning() << error;
    return inputs ? Portfolio::compute(*inputs) : QList<PortfolioEntry>();
}

void TestPortfolioChart::labelsNeverOverlap_data()
{
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("export page 800x600") << QSizeF(800, 600);
    QTest::newRow("screen chart 520x460") << QSizeF(520, 460);
    QTest::newRow("wide 1400x900") << QSizeF(1400, 900);
}

void TestPortfolioChart::labelsNeverOverlap()
{
    QFETCH(QSizeF, size);
    const QRectF area(QPointF(0, 0), size);
    const QList<PortfolioEntry> all = entries();
    const auto layout = PortfolioMatrixRenderer::labelLayout(area, all);
    const auto bubbles = PortfolioMatrixRenderer::layout(area, all);
    const QRectF plot = PortfolioMatrixRenderer::plotRect(area);
    QVERIFY(layout.labels.size() >= 5);
    for (int i = 0; i < layout.labels.size(); ++i) {
        const auto &label = layout.labels[i];
        QVERIFY2(plot.contains(label.rect), qPrintable(label.text));
        QVERIFY(!label.text.isEmpty());
        for (int j = i + 1; j < layout.labels.size(); ++j)
            QVERIFY2(!label.rect.intersects(layout.labels[j].rect),
                     qPrintable(label.text + QStringLiteral(" / ") + layout.labels[j].text));
        for (const auto &bubble : bubbles)
            QVERIFY2(!touches(label.rect, bubble.centre, bubble.radius), qPrintable(label.text));
    }

    // Every spot is labelled or counted as hidden: spots are bubbles within 2 units.
    QList<QPointF> spots;
    for (const auto &bubble : bubbles) {
        const bool known = std::any_of(spots.begin(), spots.end(), [&](const QPointF &p) {
            return QLineF(p, bubble.centre).length() <= 2.0;
        });
        if (!known)
            spots.append(bubble.centre);
    }
    QVERIFY(spots.size() <= Accounts - AtOneSpot + 1);
    QCOMPARE(layout.labels.size() + layout.hidden, int(spots.size()));
    if (layout.hidden > 0)
        QCOMPARE(
            layout.hiddenText,
            QStringLiteral("%1 labels hidden — hover a bubble for its account").arg(layout.hidden));
    else
        QVERIFY(layout.hiddenText.isEmpty());
    // The most important account is named: the first tier's largest.
    const auto best = std::min_element(all.begin(), all.end(), [](const auto &a, const auto &b) {
        const int ta = a.tierIndex < 0 ? 99 : a.tierIndex, tb = b.tierIndex < 0 ? 99 : b.tierIndex;
        return ta != tb ? ta < tb : a.account.annualSales > b.account.annualSales;
    });
    QVERIFY(std::any_of(layout.labels.begin(), layout.labels.end(),
                        [&](const auto &label) { return label.accountId == best->account.id; }));
    keepChart(all, QStringLiteral("portfolio-200-%1x%2.png").arg(size.width()).arg(size.height()));
}

void TestPortfolioChart::oneSpotHasOneLabel()
{
    const QRectF area(0, 0, 800, 600);
    const QList<PortfolioEntry> all = entries();
    const auto layout = PortfolioMatrixRenderer::labelLayout(area, all);
    int naming = 0;
    for (const auto &label : layout.labels) {
        if (!m_spot.contains(label.accountId))
            continue;
        ++naming;
        QCOMPARE(label.accounts, AtOneSpot);
        QVERIFY2(label.text.endsWith(QStringLiteral(" +%1").arg(AtOneSpot - 1)),
                 qPrintable(label.text));
    }
    QCOMPARE(naming, 1);
    // Every one of them is drawn at that spot.
    const QList<qint64> there =
        PortfolioMatrixRenderer::accountsAtSpotOf(area, all, *m_spot.begin());
    QCOMPARE(QSet<qint64>(there.begin(), there.end()), m_spot);
}

void TestPortfolioChart::hiddenCountIsDrawn()
{
    // A screen-sized chart of 200 accounts cannot name them all: the SVG says how many not.
    const QRectF area(0, 0, 800, 600);
    const QList<PortfolioEntry> all = entries();
    const auto layout = PortfolioMatrixRenderer::labelLayout(area, all);
    QVERIFY(layout.hidden > 0);
    const QString path = m_ws->folder() + QStringLiteral("/matrix.svg");
    QString error;
    QVERIFY2(PortfolioChartExport::write(path, m_ws->path(), all, QStringLiteral("Matrix"),
                                         PortfolioMatrixRenderer::BubbleSize::AnnualSales, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY2(svg.contains(layout.hiddenText), qPrintable(layout.hiddenText));
    QCOMPARE(svg.count(QStringLiteral(" +%1<").arg(AtOneSpot - 1)), 1);
    for (const auto &label : layout.labels)
        QVERIFY2(svg.contains(label.text.toHtmlEscaped()), qPrintable(label.text));
}

void TestPortfolioChart::demoShowsEveryLabel()
{
    Test::TestWorkspace demo(Test::TestWorkspace::Content::Demo);
    QString error;
    const auto inputs = Portfolio::load(demo.workspace().database(), {}, &error);
    QVERIFY2(inputs, qPrintable(error));
    const QList<PortfolioEntry> all = Portfolio::compute(*inputs);
    for (const QSizeF size : {QSizeF(800, 600), QSizeF(460, 400)}) {
        const QRectF area(QPointF(0, 0), size);
        const auto layout = PortfolioMatrixRenderer::labelLayout(area, all);
        QCOMPARE(layout.hidden, 0);
        QVERIFY(layout.hiddenText.isEmpty());
        QCOMPARE(layout.labels.size(), all.size());
        for (const auto &label : layout.labels) {
            QVERIFY(!label.leader || size.width() < 800);
            for (const auto &bubble : PortfolioMatrixRenderer::layout(area, all))
                QVERIFY2(!touches(label.rect, bubble.centre, bubble.radius),
                         qPrintable(label.text));
        }
    }
}

void TestPortfolioChart::tierKeyTellsEachColour()
{
    Test::TestWorkspace demo(Test::TestWorkspace::Content::Demo);
    QString error;
    const auto inputs = Portfolio::load(demo.workspace().database(), {}, &error);
    QVERIFY2(inputs, qPrintable(error));
    QList<PortfolioEntry> all = Portfolio::compute(*inputs);
    QVERIFY(all.size() >= 3);
    all[0].tier.clear(); // one account out of every tier
    all[0].tierIndex = -1;

    // Each tier shown, best first, then "no tier"; no two of them alike.
    const auto key = PortfolioMatrixRenderer::tierKey(all);
    QMap<int, QString> expected;
    for (const PortfolioEntry &entry : all)
        if (entry.tierIndex >= 0)
            expected.insert(entry.tierIndex, entry.tier);
    QCOMPARE(key.size(), expected.size() + 1);
    int i = 0;
    for (const QString &tier : std::as_const(expected))
        QCOMPARE(key[i++].name, tier);
    QCOMPARE(key.last().name, QStringLiteral("no tier"));
    QSet<QRgb> colours;
    for (const auto &entry : key)
        colours.insert(entry.colour.rgb());
    QCOMPARE(colours.size(), key.size());

    // The labels name the accounts alone; the key, drawn under the plot, tells the tiers.
    const QRectF area(0, 0, 800, 600);
    for (const auto &label : PortfolioMatrixRenderer::labelLayout(area, all).labels)
        QVERIFY2(!label.text.contains(QLatin1Char('(')), qPrintable(label.text));
    const QString path = m_ws->folder() + QStringLiteral("/key.svg");
    QVERIFY2(PortfolioChartExport::write(path, m_ws->path(), all, QStringLiteral("Matrix"),
                                         PortfolioMatrixRenderer::BubbleSize::AnnualSales, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    for (const auto &entry : key)
        QVERIFY2(svg.contains(QLatin1Char('>') + entry.name.toHtmlEscaped() + QLatin1Char('<')),
                 qPrintable(entry.name));
    keepChart(all, QStringLiteral("matrix-key.png"));
}

void TestPortfolioChart::hoverNamesEveryAccountAtASpot()
{
    PortfolioMatrixChart chart;
    chart.resize(600, 500);
    chart.setEntries(entries(), QStringLiteral("Matrix"));
    const qint64 one = *m_spot.begin();
    const QPointF centre = chart.centreOf(one);
    QVERIFY(m_spot.contains(chart.accountAt(centre)));
    const QString tip = chart.toolTipFor(chart.accountAt(centre));
    QVERIFY2(
        tip.contains(QStringLiteral("At the same spot (%1 other account(s))").arg(AtOneSpot - 1)),
        qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("and %1 more").arg(AtOneSpot - 1 - 12)));
    // Accounts whose label is hidden still have their tooltip.
    const auto layout = PortfolioMatrixRenderer::labelLayout(QRectF(chart.rect()), chart.entries());
    QSet<qint64> named;
    for (const auto &label : layout.labels)
        named.insert(label.accountId);
    int checked = 0;
    for (const PortfolioEntry &entry : chart.entries()) {
        if (named.contains(entry.account.id) || m_spot.contains(entry.account.id))
            continue;
        QVERIFY(chart.toolTipFor(entry.account.id).startsWith(entry.account.name));
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestPortfolioChart::tableShowsHealthAt_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("healthWhole"); // else cut short, whole in its tooltip
    QTest::newRow("1280x720 laptop") << QSize(1280, 720) << true;
    QTest::newRow("1024x700 small") << QSize(1024, 700) << false;
}

void TestPortfolioChart::tableShowsHealthAt()
{
    QFETCH(QSize, size);
    QFETCH(bool, healthWhole);
    QSettings().clear();
    QFile::remove(RecentWorkspaces::demoPath());
    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemoWorkspace());
    auto *view = window.findChild<PortfolioView *>(QStringLiteral("portfolioView"));
    QVERIFY(view);
    window.accountTabs()->setCurrentWidget(view);
    QTableView *table = view->table();
    auto *header = qobject_cast<WrappingHeaderView *>(table->horizontalHeader());
    QVERIFY(header);
    const int health = PortfolioTableModel::HealthColumn;
    // The health figures arrive from the analysis; the columns follow.
    QTRY_VERIFY(!table->model()->index(0, health).data().toString().isEmpty());
    QCoreApplication::processEvents();
    const auto fits = [&](int column) {
        if (header->sectionSize(column) < header->sectionSizeHint(column))
            return false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString text = table->model()->index(row, column).data().toString();
            if (column == health) {
                // Health wraps in its row, which is as tall as it needs.
                const QRect wrapped = table->fontMetrics().boundingRect(
                    QRect(0, 0, header->sectionSize(column) - 12, 10000), Qt::TextWordWrap, text);
                if (wrapped.height() > table->rowHeight(row))
                    return false;
            } else if (table->fontMetrics().horizontalAdvance(text) + 8 >
                       header->sectionSize(column)) {
                return false;
            }
        }
        return true;
    };
    if (healthWhole)
        QTRY_VERIFY2(fits(health), qPrintable(QStringLiteral("health %1 px, hint %2, header %3")
                                                  .arg(header->sectionSize(health))
                                                  .arg(header->sectionSizeHint(health))
                                                  .arg(header->wrappedText(health, 100))));
    for (int column = 0; column < header->count(); ++column) {
        if (column == health && !healthWhole)
            continue;
        QVERIFY2(fits(column),
                 qPrintable(table->model()->headerData(column, Qt::Horizontal).toString()));
        // Each title word shows whole: none wider than its section.
        const QString shown = header->wrappedText(column, header->sectionSize(column));
        QVERIFY(shown.count(QLatin1Char('\n')) <= 1);
        for (const QString &line : shown.split(QLatin1Char('\n')))
            QVERIFY2(header->fontMetrics().horizontalAdvance(line) < header->sectionSize(column),
                     qPrintable(line));
    }
    // "Relationship health" is one of the titles on two lines, and the header is that tall.
    QVERIFY(header->height() >= 2 * header->fontMetrics().height());
    if (const QString folder = qEnvironmentVariable("KINGSIDE_SCREENSHOTS"); !folder.isEmpty())
        window.grab().save(QDir(folder).filePath(
            QStringLiteral("portfolio-table-%1x%2.png").arg(size.width()).arg(size.height())));
    // Hovering a title shows it whole.
    const QPoint onHealth(header->sectionViewportPosition(health) + 5, header->height() / 2);
    QHelpEvent help(QEvent::ToolTip, onHealth, header->viewport()->mapToGlobal(onHealth));
    QCoreApplication::sendEvent(header->viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Relationship health"));
    QToolTip::hideText();
}

void TestPortfolioChart::cutShortCellShowsItsTextOnHover()
{
    PortfolioView view(&m_ws->workspace());
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.table();
    table->horizontalHeader()->resizeSection(PortfolioTableModel::AccountColumn, 40);
    const QModelIndex cell = table->model()->index(0, PortfolioTableModel::AccountColumn);
    const QString name = cell.data().toString();
    auto *delegate = qobject_cast<ElidedTextDelegate *>(table->itemDelegate());
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    option.initFrom(table);
    option.widget = table;
    option.rect = table->visualRect(cell);
    QVERIFY(delegate->isElided(option, cell));
    const QPoint at = option.rect.center();
    QHelpEvent help(QEvent::ToolTip, at, table->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(table->viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), name);
    QToolTip::hideText();
    // A cell that fits has no tooltip of its own.
    const QModelIndex tier = table->model()->index(0, PortfolioTableModel::TierColumn);
    option.rect = table->visualRect(tier);
    QVERIFY(!delegate->isElided(option, tier));
}

QTEST_MAIN(TestPortfolioChart)
#include "TestPortfolioChart.moc"
