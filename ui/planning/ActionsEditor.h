#pragma once

#include <QDate>
#include <QWidget>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace Kingside {

class Workspace;
class WorkspaceCommand;
struct PlanActionEdit;

// The plan's short-term actions as an editable table: title, owner (a team member),
// due date, status, linked objective and client person. Overdue actions are shown in
// red. Edits are undoable commands; the owner decides when to reload.
class ActionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ActionsEditor(Workspace *workspace, QWidget *parent = nullptr);

    void setAccount(qint64 accountId);
    void setToday(const QDate &today);
    void reload();
    void setEditable(bool editable);
    QTableWidget *table() const { return m_actions; }

signals:
    // After every edit: whether it was stored, and if not, why.
    void commandFinished(bool stored, const QString &error);

private:
    void reloadActions();
    void run(WorkspaceCommand *command);
    void addAction();
    void removeAction();
    void actionItemChanged(QTableWidgetItem *item);
    void editAction(qint64 actionId, const PlanActionEdit &edit);

    Workspace *m_workspace;
    qint64 m_accountId = 0;
    QDate m_today = QDate::currentDate();
    bool m_loading = false;
    QTableWidget *m_actions = nullptr;
    QPushButton *m_addAction = nullptr;
    QPushButton *m_removeAction = nullptr;
};

} // namespace Kingside
