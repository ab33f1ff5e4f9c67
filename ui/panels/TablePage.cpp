#include "TablePage.h"

#include "ChoiceDelegate.h"
#include "commands/WorkspaceCommand.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Kingside {

TablePage::TablePage(Workspace *workspace, QAbstractItemModel *model, int idRole, int choicesRole,
                     const QString &name, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(model), m_idRole(idRole),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_filter(new QLineEdit(this)), m_message(new QLabel(this)), m_empty(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(name + QStringLiteral("Page"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // every column
    m_view->setObjectName(name + QStringLiteral("View"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // A to Z by the first column: enabling sorting alone would sort it Z to A (Qt's
    // default sort indicator).
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setItemDelegate(new ChoiceDelegate(choicesRole, m_view));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_filter->setObjectName(name + QStringLiteral("Filter"));
    m_filter->setPlaceholderText(tr("Filter: type part of a name, title, department …"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setAccessibleDescription(m_filter->placeholderText());
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_delete->setObjectName(name + QStringLiteral("Delete"));
    m_delete->setToolTip(tr("Delete the selected rows (Delete); Edit → Undo brings them back"));
    m_delete->setEnabled(false);
    connect(m_delete, &QPushButton::clicked, this, &TablePage::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_delete->setEnabled(!selectedIds().isEmpty() &&
                             m_workspace->mode() == Workspace::Mode::ReadWrite);
    });

    m_message->setObjectName(name + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_empty->setObjectName(name + QStringLiteral("Empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(40);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &TablePage::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TablePage::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateEmptyState);
    updateEmptyState();
}

void TablePage::setRemover(Remover remover, RemovedText removedText)
{
    m_remover = std::move(remover);
    m_removedText = std::move(removedText);
}

void TablePage::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    updateEmptyState();
}

void TablePage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_empty->text().isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
}

QString TablePage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void TablePage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e; padding: 2px 6px;")
                                   : QStringLiteral("padding: 2px 6px;"));
    m_message->setVisible(!text.isEmpty());
}

QList<qint64> TablePage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids.append(row.data(m_idRole).toLongLong());
    return ids;
}

bool TablePage::removeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_remover) {
        showMessage(tr("Select the rows to delete first."), true);
        return false;
    }
    WorkspaceCommand *command = m_remover(ids);
    if (!m_workspace->execute(command)) {
        showMessage(m_workspace->errorString(), true);
        return false;
    }
    showMessage(m_removedText ? m_removedText(command, int(ids.size()))
                              : tr("Deleted %n row(s). Edit → Undo (Ctrl+Z) brings them back.",
                                   nullptr, int(ids.size())),
                false);
    return true;
}

void TablePage::describe(const QString &title, const QString &description)
{
    m_view->setAccessibleName(title);
    m_view->setAccessibleDescription(description);
}

} // namespace Kingside
