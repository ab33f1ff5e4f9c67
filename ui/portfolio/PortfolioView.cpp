#include "PortfolioView.h"

#include "CriteriaDialog.h"
#include "ElidedTextDelegate.h"
#include "PortfolioChartExport.h"
#include "PortfolioMatrixChart.h"
#include "PortfolioMatrixRenderer.h"
#include "TierSchemeDialog.h"
#include "WrappingHeaderView.h"

#include "scoring/PortfolioFilterModel.h"
#include "scoring/PortfolioTableModel.h"
#include "scoring/ScoringStore.h"
#include "scoring/SetActiveTierScheme.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace Kingside {

namespace {
// Rows measured, from the first one shown, when the columns are fitted: enough for a
// screenful, few enough that a large portfolio works out no more health figures than it
// shows.
constexpr int MeasuredRows = 60;
constexpr int WidestAccountColumn = 260; // longer names are cut short, whole in the tooltip
constexpr int WidestHealthColumn = 300;  // it takes what is left beyond this
constexpr int NarrowestHealthColumn = 140;
constexpr int MostHealthLines = 3;
constexpr int ChartShare = 40; // per cent of the width on a first run
constexpr int NarrowestChart = 320;
constexpr quint32 LayoutVersion = 1;

// What a sales leader acts on comes first: the account, its tier and quadrant, what is
// wrong and when it is next reviewed; the figures behind them follow.
constexpr PortfolioTableModel::Column FirstRunOrder[] = {
    PortfolioTableModel::AccountColumn,    PortfolioTableModel::TierColumn,
    PortfolioTableModel::QuadrantColumn,   PortfolioTableModel::HealthColumn,
    PortfolioTableModel::NextReviewColumn, PortfolioTableModel::AttractivenessColumn,
    PortfolioTableModel::StrengthColumn,   PortfolioTableModel::MissingColumn,
    PortfolioTableModel::SalesColumn,      PortfolioTableModel::ProfitabilityColumn,
    PortfolioTableModel::PotentialColumn,  PortfolioTableModel::StageColumn,
};
static_assert(std::size(FirstRunOrder) == PortfolioTableModel::ColumnCount);
} // namespace

PortfolioView::PortfolioView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new PortfolioTableModel(workspace, this)),
      m_filter(new PortfolioFilterModel(this))
{
    setObjectName(QStringLiteral("portfolioView"));
    m_filter->setSourceModel(m_model);

    m_scheme = new QComboBox;
    m_scheme->setObjectName(QStringLiteral("schemeCombo"));
    m_scheme->setAccessibleName(tr("Tier scheme"));
    m_scheme->setToolTip(tr("The workspace's tier scheme; changing it re-tiers every account "
                            "(undoable)."));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("filterEdit"));
    m_search->setPlaceholderText(tr("Filter accounts…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter accounts"));
    m_tier = new QComboBox;
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_tier->setAccessibleName(tr("Show the tier"));
    auto *schemesButton = new QPushButton(tr("&Tier schemes…"));
    schemesButton->setObjectName(QStringLiteral("tierSchemesButton"));
    auto *criteria = new QPushButton(tr("Criteria and &scores…"));
    criteria->setObjectName(QStringLiteral("criteriaButton"));
    m_bubbleSize = new QComboBox;
    m_bubbleSize->setObjectName(QStringLiteral("bubbleSizeCombo"));
    m_bubbleSize->setAccessibleName(tr("Bubble size"));
    m_bubbleSize->addItem(tr("Bubbles: annual sales"),
                          int(PortfolioMatrixRenderer::BubbleSize::AnnualSales));
    m_bubbleSize->addItem(tr("Bubbles: 3-year potential"),
                          int(PortfolioMatrixRenderer::BubbleSize::Potential));
    auto *exportButton = new QPushButton(tr("E&xport chart…"));
    exportButton->setObjectName(QStringLiteral("exportButton"));
    auto *print = new QPushButton(tr("&Print chart…"));
    print->setObjectName(QStringLiteral("printButton"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Tier scheme:")));
    bar->addWidget(m_scheme);
    bar->addWidget(schemesButton);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_tier);
    // The chart's tools on a row of their own: in one row the portfolio alone made the
    // window wider than a 1280-pixel screen allows (README "Reading the board").
    auto *tools = new QHBoxLayout;
    tools->addWidget(criteria);
    tools->addWidget(m_bubbleSize);
    tools->addWidget(exportButton);
    tools->addWidget(print);
    tools->addStretch(1);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("portfolioTable"));
    m_table->setAccessibleName(tr("Portfolio"));
    m_table->setAccessibleDescription(
        tr("Every account with its tier, quadrant, health, next review, scores and figures; "
           "choosing a row opens the account"));
    // Titles wrap rather than being cut short; every column is as wide as its title and
    // its shown cells, and the health column takes the room left (README "The portfolio
    // view").
    m_header = new WrappingHeaderView(m_table);
    m_header->setObjectName(QStringLiteral("portfolioHeader"));
    m_table->setHorizontalHeader(m_header);
    m_delegate = new ElidedTextDelegate(m_table);
    m_table->setItemDelegate(m_delegate);
    m_table->setModel(m_filter);
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_header->setStretchLastSection(false);
    m_header->setSectionsMovable(true);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this,
            &PortfolioView::showColumnMenu);
    m_table->installEventFilter(this);
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &PortfolioView::fitColumns);
    resetColumns(); // fits them too
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PortfolioTableModel::AttractivenessColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setAlternatingRowColors(true);
    m_chart = new PortfolioMatrixChart;
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("portfolioSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->installEventFilter(this);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("portfolioStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(tools);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    connect(m_model, &PortfolioTableModel::reloaded, this, &PortfolioView::refresh);
    // The chart shows the accounts the filter lets through.
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PortfolioView::updateChart);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PortfolioView::updateChart);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &PortfolioView::updateChart);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &PortfolioView::updateChart);
    // Columns follow what they show.
    const auto refit = [this] { m_fitTimer->start(); };
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, refit);
    connect(m_filter, &QAbstractItemModel::modelReset, this, refit);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, refit);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, refit);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, refit);
    connect(m_search, &QLineEdit::textChanged, m_filter, &PortfolioFilterModel::setText);
    connect(m_tier, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setTier(m_tier->itemData(index).toInt()); });
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &PortfolioView::onSchemeChosen);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit accountActivated(index.data(PortfolioTableModel::AccountIdRole).toLongLong());
    });
    connect(m_chart, &PortfolioMatrixChart::accountActivated, this,
            &PortfolioView::accountActivated);
    connect(m_bubbleSize, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_chart->setBubbleSize(
            PortfolioMatrixRenderer::BubbleSize(m_bubbleSize->itemData(index).toInt()));
    });
    connect(criteria, &QPushButton::clicked, this, &PortfolioView::openCriteriaEditor);
    connect(schemesButton, &QPushButton::clicked, this, &PortfolioView::openTierSchemes);
    connect(exportButton, &QPushButton::clicked, this, &PortfolioView::exportChartInteractively);
    connect(print, &QPushButton::clicked, this, &PortfolioView::printChart);
    refresh();
}

bool PortfolioView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        m_fitTimer->start();
    // The chart's size hint would take more than half the width, leaving the table's
    // health column out of sight at 1280 pixels: a first run gives the table 60 %.
    if (watched == m_splitter && event->type() == QEvent::Resize && !m_splitSet &&
        m_splitter->width() > 0) {
        m_splitSet = true;
        const int width = m_splitter->width() - m_splitter->handleWidth();
        const int chart = std::max(NarrowestChart, width * ChartShare / 100);
        m_splitter->setSizes({std::max(0, width - chart), chart});
    }
    return QWidget::eventFilter(watched, event);
}

void PortfolioView::fitColumns()
{
    const int columns = m_filter->columnCount();
    if (columns == 0)
        return;
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    option.widget = m_table;
    option.font = m_table->font();
    option.fontMetrics = m_table->fontMetrics();
    const int first = std::max(0, m_table->rowAt(0));
    const int last = std::min(m_filter->rowCount(), first + MeasuredRows);
    QList<int> widths(columns, 0);
    int total = 0;
    for (int column = 0; column < columns; ++column) {
        if (m_header->isSectionHidden(column))
            continue;
        int width = m_header->sectionSizeHint(column);
        int cells = 0;
        for (int row = first; row < last; ++row)
            cells = std::max(
                cells, m_delegate->sizeHint(option, m_filter->index(row, column)).width() + 4);
        if (column == PortfolioTableModel::AccountColumn)
            cells = std::min(cells, WidestAccountColumn);
        if (column == PortfolioTableModel::HealthColumn)
            cells = std::min(cells, WidestHealthColumn);
        width = std::max(width, cells);
        widths[column] = width;
        total += width;
    }
    const int viewport = m_table->viewport()->width();
    const int health = PortfolioTableModel::HealthColumn;
    const int spare = viewport - total;
    if (spare > 0) {
        widths[health] += spare;
    } else if (!m_header->isSectionHidden(health)) {
        // Short of room, Health still ends inside the view, cut short with its tooltip,
        // as long as that leaves it a readable width.
        int before = 0;
        for (int visual = 0; visual < m_header->visualIndex(health); ++visual)
            before += m_header->isSectionHidden(m_header->logicalIndex(visual))
                          ? 0
                          : widths[m_header->logicalIndex(visual)];
        if (viewport - before >= NarrowestHealthColumn)
            widths[health] = std::min(widths[health], viewport - before);
    }
    for (int column = 0; column < columns; ++column) {
        if (!m_header->isSectionHidden(column) && m_header->sectionSize(column) != widths[column])
            m_header->resizeSection(column, widths[column]);
    }
    // A squeezed health text wraps: rows grow to show it whole, up to three lines; beyond
    // that it is cut short, whole in its tooltip.
    int lines = 1;
    if (!m_header->isSectionHidden(health)) {
        const int room = std::max(1, widths[health] - 12);
        const QFontMetrics metrics = m_table->fontMetrics();
        for (int row = first; row < last; ++row) {
            const QString text = m_filter->index(row, health).data().toString();
            const int height =
                metrics.boundingRect(QRect(0, 0, room, 10000), Qt::TextWordWrap, text).height();
            lines = std::max(lines, (height + metrics.lineSpacing() - 1) / metrics.lineSpacing());
        }
    }
    lines = std::min(lines, MostHealthLines);
    const int rowHeight = std::max(m_rowHeight, lines * m_table->fontMetrics().lineSpacing() + 8);
    if (m_table->verticalHeader()->defaultSectionSize() != rowHeight)
        m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_header->refitHeight();
}

void PortfolioView::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    for (int column = 0; column < m_filter->columnCount(); ++column) {
        if (column == PortfolioTableModel::AccountColumn)
            continue; // a row without its account means nothing
        QString title = m_filter->headerData(column, Qt::Horizontal).toString();
        title.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QAction *action = menu.addAction(title);
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_header->setSectionHidden(column, !shown);
            m_fitTimer->start();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("&Reset Columns"), this, &PortfolioView::resetColumns);
    menu.exec(m_header->viewport()->mapToGlobal(position));
}

void PortfolioView::resetColumns()
{
    for (int visual = 0; visual < int(std::size(FirstRunOrder)); ++visual) {
        const int logical = FirstRunOrder[visual];
        m_header->setSectionHidden(logical, false);
        m_header->moveSection(m_header->visualIndex(logical), visual);
    }
    m_fitTimer->start();
}

QByteArray PortfolioView::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << LayoutVersion << m_splitter->saveState() << m_header->saveState();
    return state;
}

void PortfolioView::restoreLayout(const QByteArray &state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray split;
    QByteArray header;
    in >> version >> split >> header;
    if (in.status() != QDataStream::Ok || version != LayoutVersion)
        return; // a first run's layout, or one this version does not know
    if (m_splitter->restoreState(split))
        m_splitSet = true;
    if (m_header->count() == PortfolioTableModel::ColumnCount && m_header->restoreState(header))
        m_fitTimer->start();
}

QString PortfolioView::chartTitle() const
{
    return tr("Directional-policy matrix · tiers: %1").arg(m_model->scheme().name);
}

void PortfolioView::refresh()
{
    fillSchemes();
    updateChart();
    m_chart->setHighlighted(m_accountId);
    int missing = 0;
    for (const PortfolioEntry &entry : m_model->entries())
        missing += entry.scores.missingCount() > 0 ? 1 : 0;
    QString status = m_model->errorString();
    if (status.isEmpty())
        status = tr("%n account(s); ", nullptr, int(m_model->entries().size())) +
                 tr("attractiveness and strength = Σ weight share × score / 10, missing scores "
                    "count 0") +
                 (missing ? tr("; %n account(s) with missing scores.", nullptr, missing)
                          : QStringLiteral("."));
    m_status->setText(status);
}

void PortfolioView::updateChart()
{
    QList<PortfolioEntry> shown;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
        if (const PortfolioEntry *entry = m_model->entryAt(source.row()))
            shown.append(*entry);
    }
    m_chart->setEntries(shown, chartTitle());
}

void PortfolioView::fillSchemes()
{
    m_filling = true;
    m_scheme->clear();
    if (m_workspace->isOpen()) {
        for (const TierScheme &scheme : ScoringStore(m_workspace->database()).tierSchemes())
            m_scheme->addItem(scheme.name);
    }
    m_scheme->setCurrentIndex(m_scheme->findText(m_model->scheme().name));
    m_scheme->setEnabled(m_workspace->mayWrite(false));

    const int tier = m_filter->tier();
    m_tier->clear();
    m_tier->addItem(tr("All tiers"), PortfolioFilterModel::AllTiers);
    for (int i = 0; i < m_model->scheme().bands.size(); ++i)
        m_tier->addItem(m_model->scheme().bands[i].name, i);
    m_tier->addItem(tr("No tier"), PortfolioFilterModel::NoTier);
    const int keep = m_tier->findData(tier);
    m_tier->setCurrentIndex(keep >= 0 ? keep : 0);
    m_filter->setTier(m_tier->currentData().toInt());
    m_filling = false;
}

void PortfolioView::onSchemeChosen(int index)
{
    if (m_filling || index < 0)
        return;
    const QString name = m_scheme->itemText(index);
    if (name == m_model->scheme().name)
        return;
    if (!m_workspace->execute(new SetActiveTierScheme(m_workspace, name))) {
        m_status->setText(m_workspace->errorString());
        fillSchemes();
    }
}

void PortfolioView::setAccount(qint64 accountId)
{
    m_accountId = accountId;
    m_chart->setHighlighted(accountId);
    const int row = m_model->rowOf(accountId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    }
}

void PortfolioView::openCriteriaEditor()
{
    CriteriaDialog dialog(m_workspace, this);
    if (m_accountId)
        dialog.selectAccount(m_accountId);
    dialog.exec();
}

void PortfolioView::openTierSchemes()
{
    TierSchemeDialog dialog(m_workspace, this);
    dialog.exec();
}

bool PortfolioView::exportChart(const QString &path, QString *error) const
{
    return PortfolioChartExport::write(path, m_workspace ? m_workspace->path() : QString(),
                                       m_chart->entries(), chartTitle(), m_chart->bubbleSize(),
                                       error);
}

void PortfolioView::exportChartInteractively()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), QStringLiteral("portfolio.pdf"),
                                     tr("PDF (*.pdf);;SVG image (*.svg);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChart(path, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

void PortfolioView::printChart()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // "Print to file" is an export: written like one (never over the workspace, complete
    // or absent, mode 0600), not by the printer straight into the file.
    if (!printer.outputFileName().isEmpty()) {
        QString error;
        if (!exportChart(printer.outputFileName(), &error))
            QMessageBox::warning(this, tr("Print chart"), error);
        return;
    }
    QPainter painter(&printer);
    const QRect page = painter.viewport();
    const double scale = std::min(page.width() / 800.0, page.height() / 600.0);
    painter.scale(scale, scale);
    PortfolioMatrixRenderer::paint(&painter, QRectF(0, 0, 800, 600), m_chart->entries(),
                                   chartTitle(), 0, m_chart->bubbleSize());
}

} // namespace Kingside
