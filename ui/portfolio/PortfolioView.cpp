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
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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

namespace Kingside {

namespace {
// Rows measured, from the first one shown, when the columns are fitted: enough for a
// screenful, few enough that a large portfolio works out no more health figures than it
// shows.
constexpr int MeasuredRows = 60;
constexpr int WidestAccountColumn = 260; // longer names are cut short, whole in the tooltip
} // namespace

PortfolioView::PortfolioView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new PortfolioTableModel(workspace, this)),
      m_filter(new PortfolioFilterModel(this))
{
    setObjectName(QStringLiteral("portfolioView"));
    m_filter->setSourceModel(m_model);

    m_scheme = new QComboBox;
    m_scheme->setObjectName(QStringLiteral("schemeCombo"));
    m_scheme->setToolTip(tr("The workspace's tier scheme; changing it re-tiers every account "
                            "(undoable)."));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("filterEdit"));
    m_search->setPlaceholderText(tr("Filter accounts…"));
    m_search->setClearButtonEnabled(true);
    m_tier = new QComboBox;
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    auto *schemesButton = new QPushButton(tr("&Tier schemes…"));
    schemesButton->setObjectName(QStringLiteral("tierSchemesButton"));
    auto *criteria = new QPushButton(tr("Criteria and &scores…"));
    criteria->setObjectName(QStringLiteral("criteriaButton"));
    m_bubbleSize = new QComboBox;
    m_bubbleSize->setObjectName(QStringLiteral("bubbleSizeCombo"));
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
    m_table->installEventFilter(this);
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &PortfolioView::fitColumns);
    m_fitTimer->start();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PortfolioTableModel::AttractivenessColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_chart = new PortfolioMatrixChart;
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("portfolioStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
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
        width = std::max(width, cells);
        widths[column] = width;
        total += width;
    }
    const int spare = m_table->viewport()->width() - total;
    if (spare > 0)
        widths[PortfolioTableModel::HealthColumn] += spare;
    for (int column = 0; column < columns; ++column) {
        if (!m_header->isSectionHidden(column) && m_header->sectionSize(column) != widths[column])
            m_header->resizeSection(column, widths[column]);
    }
    m_header->refitHeight();
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
