#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace Kingside {

class Workspace;
class PortfolioTableModel;
class PortfolioFilterModel;
class PortfolioMatrixChart;
class WrappingHeaderView;
class ElidedTextDelegate;
struct Change;

// The portfolio: every account's tier, scores and facts in a sortable, filterable table
// beside the directional-policy matrix; the active tier scheme is chosen here and the
// criteria editor opens from here. Asks the main window to open an account.
class PortfolioView : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioView(Workspace *workspace, QWidget *parent = nullptr);

    // Marks an account in table and chart (the main window's current account).
    void setAccount(qint64 accountId);

    PortfolioTableModel *tableModel() const { return m_model; }
    PortfolioFilterModel *filterModel() const { return m_filter; }
    PortfolioMatrixChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }

    // The table's columns (shown, order) and the split between table and chart, kept
    // between runs by the main window (README "The portfolio view").
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

    // Writes the matrix chart to PNG, SVG or PDF (by the file's suffix), whole or not at all.
    bool exportChart(const QString &path, QString *error) const;

public slots:
    void openCriteriaEditor();
    void openTierSchemes();
    void exportChartInteractively();
    void printChart();

signals:
    void accountActivated(qint64 accountId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    void showColumnMenu(const QPoint &position);
    void resetColumns();
    void refresh();
    void updateChart();
    void fillSchemes();
    void onSchemeChosen(int index);
    QString chartTitle() const;

    Workspace *m_workspace;
    PortfolioTableModel *m_model;
    PortfolioFilterModel *m_filter;
    QTableView *m_table = nullptr;
    WrappingHeaderView *m_header = nullptr;
    ElidedTextDelegate *m_delegate = nullptr;
    QTimer *m_fitTimer = nullptr;
    PortfolioMatrixChart *m_chart = nullptr;
    QSplitter *m_splitter = nullptr;
    int m_rowHeight = 0;     // the style's, for rows whose health fits on one line
    bool m_splitSet = false; // a first run's split is given once, when the width is known
    QComboBox *m_scheme = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_bubbleSize = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_status = nullptr;
    qint64 m_accountId = 0;
    bool m_filling = false;
};

} // namespace Kingside
