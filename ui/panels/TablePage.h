#pragma once

#include <QList>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Kingside {

class Workspace;
class WorkspaceCommand;

// One of the account's tables (People, Relationships): a filter box, the table edited in
// place, several rows selected and deleted at once as one undo step, the model's
// refusals shown above the table, and an empty state that says how rows get there.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    // `remove` makes the one command that deletes the rows with these ids (their idRole);
    // `removed` (optional) says what went, after it ran.
    using Remover = std::function<WorkspaceCommand *(const QList<qint64> &ids)>;
    using RemovedText = std::function<QString(WorkspaceCommand *command, int count)>;

    TablePage(Workspace *workspace, QAbstractItemModel *model, int idRole, int choicesRole,
              const QString &name, QWidget *parent = nullptr);

    void setRemover(Remover remover, RemovedText removedText = {});
    void setEmptyText(const QString &text);
    // What the table is, for assistive technology (README "Accessibility").
    void describe(const QString &title, const QString &description);

    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QString message() const;
    void showMessage(const QString &text, bool error);

    QList<qint64> selectedIds() const;
    // Deletes the selected rows; false (and a message) when refused or nothing is selected.
    bool removeSelected();

private:
    void updateEmptyState();

    Workspace *m_workspace;
    QAbstractItemModel *m_model;
    int m_idRole;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_message;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QPushButton *m_delete;
    Remover m_remover;
    RemovedText m_removedText;
};

} // namespace Kingside
