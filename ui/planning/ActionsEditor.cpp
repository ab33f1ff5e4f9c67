#include "ActionsEditor.h"

#include "domain/LocalFormat.h"
#include "planning/AddPlanAction.h"
#include "planning/EditPlanAction.h"
#include "planning/PlanStore.h"
#include "planning/RemovePlanAction.h"
#include "workspace/PersonStore.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kingside {
namespace {

enum ActionColumn
{
    ActionTitleColumn,
    ActionOwnerColumn,
    ActionDueColumn,
    ActionStatusColumn,
    ActionObjectiveColumn,
    ActionPersonColumn
};

} // namespace

ActionsEditor::ActionsEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    auto *actionsBox = new QGroupBox(tr("Short-term actions"), this);
    m_actions = new QTableWidget(0, 6, actionsBox);
    m_actions->setObjectName(QStringLiteral("actionsTable"));
    m_actions->setAccessibleName(tr("Short-term actions"));
    m_actions->setAccessibleDescription(
        tr("One row per action: what, owner, due date, status, the objective it serves and the "
           "client person it concerns; an overdue action is bold, its tooltip says by how "
           "many days"));
    m_actions->setHorizontalHeaderLabels(
        {tr("Action"), tr("Owner"), tr("Due"), tr("Status"), tr("Objective"), tr("Person")});
    m_actions->horizontalHeader()->setSectionResizeMode(ActionTitleColumn, QHeaderView::Stretch);
    m_actions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addAction = new QPushButton(tr("Add action"), actionsBox);
    m_addAction->setObjectName(QStringLiteral("addActionButton"));
    m_removeAction = new QPushButton(tr("Remove action"), actionsBox);
    m_removeAction->setObjectName(QStringLiteral("removeActionButton"));
    connect(m_actions, &QTableWidget::itemChanged, this, &ActionsEditor::actionItemChanged);
    connect(m_addAction, &QPushButton::clicked, this, &ActionsEditor::addAction);
    connect(m_removeAction, &QPushButton::clicked, this, &ActionsEditor::removeAction);
    auto *actionsLayout = new QVBoxLayout(actionsBox);
    actionsLayout->addWidget(m_actions);
    auto *actionButtons = new QHBoxLayout;
    actionButtons->addWidget(m_addAction);
    actionButtons->addWidget(m_removeAction);
    actionButtons->addStretch();
    actionsLayout->addLayout(actionButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(actionsBox);
}

void ActionsEditor::setAccount(qint64 accountId)
{
    m_accountId = accountId;
}

void ActionsEditor::setToday(const QDate &today)
{
    m_today = today;
}

void ActionsEditor::run(WorkspaceCommand *command)
{
    const bool done = m_workspace->execute(command);
    emit commandFinished(done, done ? QString() : m_workspace->errorString());
}

void ActionsEditor::reload()
{
    m_loading = true;
    if (m_workspace->isOpen() && m_accountId > 0)
        reloadActions();
    else
        m_actions->setRowCount(0);
    m_loading = false;
}

void ActionsEditor::setEditable(bool editable)
{
    m_addAction->setEnabled(editable);
    m_removeAction->setEnabled(editable);
    m_actions->setEditTriggers(editable ? QAbstractItemView::DoubleClicked |
                                              QAbstractItemView::EditKeyPressed |
                                              QAbstractItemView::AnyKeyPressed
                                        : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        for (int column = 0; column < m_actions->columnCount(); ++column) {
            if (QWidget *cell = m_actions->cellWidget(row, column))
                cell->setEnabled(editable);
        }
    }
}

void ActionsEditor::reloadActions()
{
    const QSqlDatabase db = m_workspace->database();
    const PlanStore store(db);
    const QList<PlanAction> actions = store.actions(m_accountId);
    const QList<Person> team = store.teamMembers(m_accountId);
    const QList<Objective> objectives = store.objectives(m_accountId);
    QList<Person> clients;
    for (const Person &person : PersonStore(db).people(m_accountId)) {
        if (!person.isTeam())
            clients.append(person);
    }
    m_actions->setRowCount(0);
    m_actions->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        const PlanAction &action = actions[row];
        const bool overdue = action.isOverdue(m_today);
        auto *title = new QTableWidgetItem(action.title);
        title->setData(Qt::UserRole, action.id);
        title->setData(Qt::UserRole + 1, overdue);
        auto *due = new QTableWidgetItem(action.dueDate.toString(Qt::ISODate));
        if (overdue) {
            const QString why =
                tr("Overdue: due %1, %n day(s) ago", nullptr, int(action.dueDate.daysTo(m_today)))
                    .arg(LocalFormat::date(action.dueDate));
            for (QTableWidgetItem *item : {title, due}) {
                item->setBackground(QColor(0xff, 0xcd, 0xd2));
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
                item->setToolTip(why);
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
        m_actions->setItem(row, ActionTitleColumn, title);
        m_actions->setItem(row, ActionDueColumn, due);

        // `assign` puts the chosen item's value into the edit.
        auto combo = [this, row, id = action.id,
                      title = action.title](int column, auto assign,
                                            const QList<std::pair<QString, QVariant>> &entries,
                                            const QVariant &current) {
            auto *box = new QComboBox(m_actions);
            // A cell's box says which column and action it is (README "Accessibility").
            box->setAccessibleName(
                tr("%1 of action “%2”")
                    .arg(m_actions->horizontalHeaderItem(column)->text(), title));
            for (const auto &[label, value] : entries)
                box->addItem(label, value);
            box->setCurrentIndex(std::max(0, box->findData(current)));
            connect(box, &QComboBox::activated, this, [this, box, id, assign] {
                PlanActionEdit edit;
                assign(edit, box->currentData());
                editAction(id, edit);
            });
            m_actions->setCellWidget(row, column, box);
        };
        QList<std::pair<QString, QVariant>> owners{{tr("(nobody yet)"), qint64(0)}};
        for (const Person &member : team)
            owners.append({member.name, member.id});
        combo(
            ActionOwnerColumn,
            [](PlanActionEdit &edit, const QVariant &value) { edit.ownerId = value.toLongLong(); },
            owners, action.ownerId);
        QList<std::pair<QString, QVariant>> statuses;
        for (ActionStatus status : allPlanningValues<ActionStatus>())
            statuses.append({displayName(status), codeOf(status)});
        combo(
            ActionStatusColumn,
            [](PlanActionEdit &edit, const QVariant &value) {
                edit.status = planningFromCode<ActionStatus>(value.toString());
            },
            statuses, codeOf(action.status));
        QList<std::pair<QString, QVariant>> goals{{tr("(none)"), qint64(0)}};
        for (const Objective &objective : objectives)
            goals.append({objective.title, objective.id});
        combo(
            ActionObjectiveColumn,
            [](PlanActionEdit &edit, const QVariant &value) {
                edit.objectiveId = value.toLongLong();
            },
            goals, action.objectiveId);
        QList<std::pair<QString, QVariant>> persons{{tr("(none)"), qint64(0)}};
        for (const Person &person : clients)
            persons.append({person.name, person.id});
        combo(
            ActionPersonColumn,
            [](PlanActionEdit &edit, const QVariant &value) { edit.personId = value.toLongLong(); },
            persons, action.personId);
    }
}

void ActionsEditor::addAction()
{
    PlanAction action;
    action.accountId = m_accountId;
    action.title = tr("New action");
    action.dueDate = m_today.addDays(14);
    const QList<Person> team = PlanStore(m_workspace->database()).teamMembers(m_accountId);
    if (!team.isEmpty())
        action.ownerId = team.first().id;
    run(new AddPlanAction(m_workspace, action));
}

void ActionsEditor::removeAction()
{
    const int row = m_actions->currentRow();
    if (row < 0 || !m_actions->item(row, ActionTitleColumn))
        return;
    run(new RemovePlanAction(
        m_workspace, m_actions->item(row, ActionTitleColumn)->data(Qt::UserRole).toLongLong()));
}

void ActionsEditor::actionItemChanged(QTableWidgetItem *item)
{
    if (m_loading)
        return;
    const QTableWidgetItem *titleItem = m_actions->item(item->row(), ActionTitleColumn);
    if (!titleItem)
        return;
    const qint64 id = titleItem->data(Qt::UserRole).toLongLong();
    const QString text = item->text().trimmed();
    if (item->column() == ActionTitleColumn) {
        PlanActionEdit edit;
        edit.title = text;
        editAction(id, edit);
    } else if (item->column() == ActionDueColumn) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !date.isValid()) {
            emit commandFinished(false,
                                 tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text));
            return;
        }
        PlanActionEdit edit;
        edit.dueDate = date;
        editAction(id, edit);
    }
}

void ActionsEditor::editAction(qint64 actionId, const PlanActionEdit &edit)
{
    run(new EditPlanAction(m_workspace, actionId, edit, m_today));
}

} // namespace Kingside
