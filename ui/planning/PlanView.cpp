#include "PlanView.h"

#include "panels/ButtonAction.h"

#include "ActionsEditor.h"
#include "ComparisonView.h"
#include "ReviewPanel.h"
#include "domain/LocalFormat.h"

#include "commands/SetAccountFacts.h"
#include "domain/Enums.h"
#include "planning/AddObjective.h"
#include "planning/EditObjective.h"
#include "planning/PlanStore.h"
#include "planning/RecordAgreement.h"
#include "planning/RemoveObjective.h"
#include "planning/SetLifecycleStage.h"
#include "planning/SetPlanFields.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kingside {
namespace {

enum ObjectiveColumn
{
    ObjectiveKindColumn,
    ObjectiveTitleColumn,
    ObjectiveMeasureColumn,
    ObjectiveTargetColumn,
    ObjectiveLightColumn
};

QColor lightColour(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case TrafficLight::Amber:
        return QColor(0xf9, 0xa8, 0x25);
    case TrafficLight::Red:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QPlainTextEdit *textBox(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setMaximumHeight(64);
    return edit;
}

QDoubleSpinBox *moneyBox(const QString &name, double minimum, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, 1e12);
    box->setDecimals(0);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

PlanView::PlanView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_tabs(new QTabWidget(this)),
      m_alerts(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("planView"));
    m_alerts->setObjectName(QStringLiteral("planAlerts"));
    m_error->setObjectName(QStringLiteral("planError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_reviews = new ReviewPanel(workspace, this);
    m_comparison = new ComparisonView(workspace, this);
    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_tabs->setAccessibleName(tr("Plan and reviews"));
    m_tabs->setAccessibleDescription(
        tr("The account plan, the mentor's reviews and what changed between snapshots"));
    m_tabs->addTab(createPlanPage(), tr("Plan"));
    m_tabs->addTab(m_reviews, tr("Reviews"));
    m_tabs->addTab(m_comparison, tr("What changed"));
    auto *layout = new QVBoxLayout(this);
    // A new account's plan explains itself instead of showing empty tables.
    m_emptyHint = new QLabel(this);
    m_emptyHint->setObjectName(QStringLiteral("planEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(
        QStringLiteral("QLabel { background: #f4f8fc; color: #233; border: 1px solid #9ab; "
                       "border-radius: 6px; padding: 8px; }"));
    m_emptyHint->hide();
    layout->addWidget(m_alerts);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);

    connect(m_workspace, &Workspace::changed, this, &PlanView::onChanged);
    // Opening a workspace closes the one before (which forgets the account here); the
    // window then sets the account to show, possibly before this view hears of the
    // opening, so the account is kept.
    connect(m_workspace, &Workspace::opened, this, &PlanView::reload);
    connect(m_workspace, &Workspace::closed, this, [this] {
        m_accountId = 0;
        reload();
    });
    connect(m_comparison, &ComparisonView::changedItemsChanged, this,
            &PlanView::changedItemsChanged);
    connect(m_reviews, &ReviewPanel::compareRequested, this, [this](qint64 from, qint64 to) {
        m_comparison->compare(from, to);
        m_tabs->setCurrentWidget(m_comparison);
    });
    reload();
}

QWidget *PlanView::createPlanPage()
{
    auto *page = new QWidget(this);

    // Lifecycle.
    m_stage = new QComboBox(page);
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    m_stage->setAccessibleName(tr("Lifecycle stage"));
    for (LifecycleStage stage : allValues<LifecycleStage>())
        m_stage->addItem(displayName(stage), codeOf(stage));
    m_stageSince = new QDateEdit(page);
    m_stageSince->setObjectName(QStringLiteral("stageSince"));
    m_stageSince->setAccessibleName(tr("In this stage since"));
    m_stageSince->setDisplayFormat(LocalFormat::dateFormat());
    m_stageSince->setCalendarPopup(true);
    m_setStage = new QPushButton(tr("Move to stage"), page);
    m_setStage->setObjectName(QStringLiteral("setStageButton"));
    m_history = new QLabel(page);
    m_history->setObjectName(QStringLiteral("lifecycleHistory"));
    m_history->setWordWrap(true);
    connect(m_setStage, &QPushButton::clicked, this, &PlanView::setStage);
    ButtonAction::markFormButton(m_setStage); // the stage and date beside it
    auto *stageRow = new QHBoxLayout;
    stageRow->addWidget(new QLabel(tr("Lifecycle stage:"), page));
    stageRow->addWidget(m_stage);
    stageRow->addWidget(new QLabel(tr("since"), page));
    stageRow->addWidget(m_stageSince);
    stageRow->addWidget(m_setStage);
    stageRow->addStretch();

    // Key information.
    auto *keyBox = new QGroupBox(tr("Key information"), page);
    m_businessObjectives = textBox(QStringLiteral("businessObjectives"), keyBox);
    m_buyingProcess = textBox(QStringLiteral("buyingProcess"), keyBox);
    m_strategy = textBox(QStringLiteral("strategy"), keyBox);
    m_competitorNotes = textBox(QStringLiteral("competitorNotes"), keyBox);
    m_revenue = moneyBox(QStringLiteral("revenuePlanned"), 0, keyBox);
    m_profit = moneyBox(QStringLiteral("profitPlanned"), -1e12, keyBox);
    m_profit->setAccessibleName(tr("Profit planned"));
    m_version = new QLabel(keyBox);
    m_keyPeople = new QLabel(keyBox);
    m_keyPeople->setObjectName(QStringLiteral("keyPeople"));
    m_keyPeople->setWordWrap(true);
    m_rivals = new QLabel(keyBox);
    m_rivals->setObjectName(QStringLiteral("competitorActivity"));
    m_rivals->setWordWrap(true);
    m_version->setObjectName(QStringLiteral("planVersion"));
    m_saveKeyInfo = new QPushButton(tr("Save key information"), keyBox);
    m_saveKeyInfo->setObjectName(QStringLiteral("saveKeyInfoButton"));
    m_newVersion = new QPushButton(tr("Start a new plan version"), keyBox);
    m_newVersion->setObjectName(QStringLiteral("newVersionButton"));
    connect(m_saveKeyInfo, &QPushButton::clicked, this, &PlanView::saveKeyInformation);
    ButtonAction::markFormButton(m_saveKeyInfo);
    connect(m_newVersion, &QPushButton::clicked, this, &PlanView::newPlanVersion);
    auto *keyForm = new QFormLayout(keyBox);
    keyForm->addRow(tr("Customer's business objectives:"), m_businessObjectives);
    keyForm->addRow(tr("Buying process:"), m_buyingProcess);
    keyForm->addRow(tr("Our strategy:"), m_strategy);
    keyForm->addRow(tr("Decision makers on the board:"), m_keyPeople);
    keyForm->addRow(tr("Competitors active here:"), m_rivals);
    keyForm->addRow(tr("Competitors and their activity:"), m_competitorNotes);
    auto *money = new QHBoxLayout;
    money->addWidget(m_revenue);
    money->addWidget(new QLabel(tr("profit planned:"), keyBox));
    money->addWidget(m_profit);
    keyForm->addRow(tr("Revenue planned:"), money);
    auto *versionRow = new QHBoxLayout;
    versionRow->addWidget(m_version);
    versionRow->addStretch();
    versionRow->addWidget(m_newVersion);
    versionRow->addWidget(m_saveKeyInfo);
    keyForm->addRow(versionRow);

    // Objectives.
    auto *objectivesBox = new QGroupBox(tr("Long-term objectives"), page);
    m_objectives = new QTableWidget(0, 5, objectivesBox);
    m_objectives->setObjectName(QStringLiteral("objectivesTable"));
    m_objectives->setAccessibleName(tr("Long-term objectives"));
    m_objectives->setAccessibleDescription(
        tr("One row per objective: kind, objective, measure, target date and its traffic "
           "light"));
    m_objectives->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Objective"), tr("Measure"), tr("Target date"), tr("Light")});
    m_objectives->horizontalHeader()->setSectionResizeMode(ObjectiveTitleColumn,
                                                           QHeaderView::Stretch);
    m_objectives->horizontalHeader()->setSectionResizeMode(ObjectiveMeasureColumn,
                                                           QHeaderView::Stretch);
    m_objectives->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addObjective = new QPushButton(tr("Add objective"), objectivesBox);
    m_addObjective->setObjectName(QStringLiteral("addObjectiveButton"));
    m_removeObjective = new QPushButton(tr("Remove objective"), objectivesBox);
    m_removeObjective->setObjectName(QStringLiteral("removeObjectiveButton"));
    connect(m_objectives, &QTableWidget::itemChanged, this, &PlanView::objectiveItemChanged);
    connect(m_addObjective, &QPushButton::clicked, this, &PlanView::addObjective);
    connect(m_removeObjective, &QPushButton::clicked, this, &PlanView::removeObjective);
    auto *objectivesLayout = new QVBoxLayout(objectivesBox);
    objectivesLayout->addWidget(m_objectives);
    auto *objectiveButtons = new QHBoxLayout;
    objectiveButtons->addWidget(m_addObjective);
    objectiveButtons->addWidget(m_removeObjective);
    objectiveButtons->addStretch();
    objectivesLayout->addLayout(objectiveButtons);

    m_actionsEditor = new ActionsEditor(m_workspace, page);
    connect(m_actionsEditor, &ActionsEditor::commandFinished, this,
            [this](bool stored, const QString &error) {
                m_error->setText(error);
                if (!stored)
                    scheduleReload(); // put the shown values back
            });

    // Agreements.
    auto *agreementsBox = new QGroupBox(tr("The team's agreement to the plan"), page);
    m_agreements = new QListWidget(agreementsBox);
    m_agreements->setObjectName(QStringLiteral("agreementsList"));
    m_agreements->setAccessibleName(tr("Agreements to the plan"));
    m_agreements->setAccessibleDescription(
        tr("Who of the team agreed to which version of the plan, and when"));
    m_agreements->setMaximumHeight(110);
    m_agreeWho = new QComboBox(agreementsBox);
    m_agreeWho->setObjectName(QStringLiteral("agreeCombo"));
    m_agreeWho->setAccessibleName(tr("Team member who agrees"));
    m_recordAgreement = new QPushButton(tr("Record agreement"), agreementsBox);
    m_recordAgreement->setObjectName(QStringLiteral("recordAgreementButton"));
    connect(m_recordAgreement, &QPushButton::clicked, this, &PlanView::recordAgreement);
    ButtonAction::markFormButton(m_recordAgreement); // the team member chosen beside it
    auto *agreementsLayout = new QVBoxLayout(agreementsBox);
    agreementsLayout->addWidget(m_agreements);
    auto *agreeRow = new QHBoxLayout;
    agreeRow->addWidget(m_agreeWho, 1);
    agreeRow->addWidget(m_recordAgreement);
    agreementsLayout->addLayout(agreeRow);

    auto *content = new QWidget(page);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(stageRow);
    contentLayout->addWidget(m_history);
    contentLayout->addWidget(keyBox);
    contentLayout->addWidget(objectivesBox);
    contentLayout->addWidget(m_actionsEditor);
    contentLayout->addWidget(agreementsBox);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("planScroll"));
    scroll->setAccessibleName(tr("Account plan"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return page;
}

void PlanView::setAccount(qint64 accountId)
{
    m_accountId = accountId;
    m_actionsEditor->setAccount(accountId);
    m_error->clear();
    m_reviews->setAccount(accountId);
    m_comparison->setAccount(accountId);
    reload();
}

void PlanView::setToday(const QDate &today)
{
    m_today = today;
    m_actionsEditor->setToday(today);
    m_reviews->setToday(today);
    m_comparison->setToday(today);
    reload();
}

QString PlanView::errorText() const
{
    return m_error->text();
}

void PlanView::onChanged(const Change &change)
{
    if (change.entity == Change::Entity::Everything || change.accountId == m_accountId)
        scheduleReload();
}

// Reloading inside an item's own signal would delete the item under Qt's feet: the
// tables are rebuilt once the event loop is back.
void PlanView::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

bool PlanView::run(WorkspaceCommand *command)
{
    if (m_workspace->execute(command)) {
        m_error->clear();
        return true;
    }
    m_error->setText(m_workspace->errorString());
    scheduleReload(); // put the shown values back
    return false;
}

void PlanView::reload()
{
    m_loading = true;
    const bool open = m_workspace->isOpen() && m_accountId > 0;
    m_tabs->setEnabled(open);
    if (open) {
        reloadStage();
        reloadKeyInformation();
        reloadObjectives();
        m_actionsEditor->reload();
        reloadAgreements();
        const PlanStore store(m_workspace->database());
        const int overdue = int(store.overdueActions(m_today, m_accountId).size());
        const int red = int(store.redObjectives(m_accountId).size());
        m_alerts->setText(overdue + red == 0 ? tr("No overdue actions, no objectives at red.")
                                             : tr("%n action(s) overdue", nullptr, overdue) +
                                                   QStringLiteral(" · ") +
                                                   tr("%n objective(s) at red", nullptr, red));
        m_alerts->setStyleSheet(overdue + red > 0 ? QStringLiteral("color: #c62828; "
                                                                   "font-weight: bold")
                                                  : QString());
    } else {
        m_objectives->setRowCount(0);
        m_actionsEditor->reload();
        m_agreements->clear();
        m_alerts->clear();
    }
    if (!open)
        m_emptyHint->setText(
            tr("Choose an account to see its plan, its reviews and what changed."));
    else
        m_emptyHint->setText(
            tr("<b>This account has no plan yet.</b> Start with its objectives below: what the "
               "customer wants to achieve with us (visionary), the relationships we need "
               "(relationship) and the business we aim for (commercial), each with a traffic "
               "light. Then add the actions that serve them, each with an owner and a due date. "
               "A mentor's reviews go on the <i>Reviews</i> tab; <i>What changed</i> lists the "
               "changes since the last review."));
    m_emptyHint->setVisible(!open || m_objectives->rowCount() == 0);
    updateEditability();
    m_loading = false;
}

void PlanView::reloadStage()
{
    const auto account = AccountStore(m_workspace->database()).account(m_accountId);
    if (!account)
        return;
    m_stage->setCurrentIndex(m_stage->findData(codeOf(account->stage)));
    m_stageSince->setDate(m_today);
    QStringList steps;
    for (const LifecycleEntry &entry : PlanStore(m_workspace->database()).lifecycle(m_accountId))
        steps.append(
            tr("%1 since %2").arg(displayName(entry.stage), LocalFormat::date(entry.since)));
    m_history->setText(steps.isEmpty() ? tr("No lifecycle history yet.")
                                       : tr("History: %1").arg(steps.join(QStringLiteral(" → "))));
}

void PlanView::reloadKeyInformation()
{
    const auto account = AccountStore(m_workspace->database()).account(m_accountId);
    const Plan plan = PlanStore(m_workspace->database()).plan(m_accountId).value_or(Plan{});
    m_businessObjectives->setPlainText(account ? account->businessObjectives : QString());
    m_buyingProcess->setPlainText(account ? account->buyingProcess : QString());
    m_strategy->setPlainText(plan.strategy);
    m_competitorNotes->setPlainText(plan.competitorNotes);
    m_revenue->setValue(plan.revenuePlanned);
    m_profit->setValue(plan.profitPlanned);
    m_version->setText(tr("Plan version %1").arg(plan.version));

    // The pieces that decide or block, as they stand on the board.
    QStringList keyPeople;
    for (const Person &person : PersonStore(m_workspace->database()).people(m_accountId)) {
        const Piece piece = person.piece();
        if (person.isTeam() ||
            (piece != Piece::King && piece != Piece::Queen && piece != Piece::Rook))
            continue;
        keyPeople.append(QStringLiteral("%1 (%2, %3)")
                             .arg(person.name, displayName(piece), displayName(person.attitude)));
    }
    m_keyPeople->setText(keyPeople.isEmpty() ? tr("None marked yet.")
                                             : keyPeople.join(QStringLiteral("; ")));
    QStringList rivals;
    const AccountStore accounts(m_workspace->database());
    QHash<qint64, QString> activities;
    for (const CompetitorLink &link : accounts.competitorLinks(m_accountId))
        activities.insert(link.competitorId, link.activity);
    for (const auto &[competitorId, name] : accounts.competitors(m_accountId)) {
        const QString activity = activities.value(competitorId);
        rivals.append(activity.isEmpty() ? name : QStringLiteral("%1: %2").arg(name, activity));
    }
    m_rivals->setText(rivals.isEmpty() ? tr("None recorded.") : rivals.join(QLatin1Char('\n')));
}

void PlanView::reloadObjectives()
{
    const QList<Objective> objectives = PlanStore(m_workspace->database()).objectives(m_accountId);
    m_objectives->setRowCount(0);
    m_objectives->setRowCount(int(objectives.size()));
    for (int row = 0; row < objectives.size(); ++row) {
        const Objective &objective = objectives[row];
        auto *kind = new QComboBox(m_objectives);
        kind->setAccessibleName(tr("Kind of objective “%1”").arg(objective.title));
        for (ObjectiveKind value : allPlanningValues<ObjectiveKind>())
            kind->addItem(displayName(value), codeOf(value));
        kind->setCurrentIndex(kind->findData(codeOf(objective.kind)));
        connect(kind, &QComboBox::activated, this, [this, kind, id = objective.id] {
            ObjectiveEdit edit;
            edit.kind = planningFromCode<ObjectiveKind>(kind->currentData().toString());
            run(new EditObjective(m_workspace, id, edit));
        });
        m_objectives->setCellWidget(row, ObjectiveKindColumn, kind);
        auto *title = new QTableWidgetItem(objective.title);
        title->setData(Qt::UserRole, objective.id);
        m_objectives->setItem(row, ObjectiveTitleColumn, title);
        m_objectives->setItem(row, ObjectiveMeasureColumn, new QTableWidgetItem(objective.measure));
        m_objectives->setItem(row, ObjectiveTargetColumn,
                              new QTableWidgetItem(objective.targetDate.toString(Qt::ISODate)));
        auto *light = new QComboBox(m_objectives);
        light->setObjectName(QStringLiteral("objectiveLight"));
        light->setAccessibleName(tr("Traffic light of objective “%1”").arg(objective.title));
        for (TrafficLight value : allPlanningValues<TrafficLight>())
            light->addItem(displayName(value), codeOf(value));
        light->setCurrentIndex(light->findData(codeOf(objective.light)));
        // The word says the light; the colour is only behind it, with text that stays
        // readable on it (dark on amber) (README "Accessibility").
        light->setStyleSheet(QStringLiteral("QComboBox { color: %1; background: %2 }")
                                 .arg(objective.light == TrafficLight::Amber
                                          ? QStringLiteral("#1a1a1a")
                                          : QStringLiteral("white"),
                                      lightColour(objective.light).name()));
        connect(light, &QComboBox::activated, this, [this, light, id = objective.id] {
            ObjectiveEdit edit;
            edit.light = planningFromCode<TrafficLight>(light->currentData().toString());
            run(new EditObjective(m_workspace, id, edit));
        });
        m_objectives->setCellWidget(row, ObjectiveLightColumn, light);
    }
}

void PlanView::reloadAgreements()
{
    const PlanStore store(m_workspace->database());
    const int version = store.plan(m_accountId).value_or(Plan{}).version;
    m_agreements->clear();
    QSet<qint64> agreedNow;
    for (const PlanAgreement &agreement : store.agreements(m_accountId)) {
        auto *item = new QListWidgetItem(tr("%1 agreed to version %2 on %3")
                                             .arg(agreement.personName)
                                             .arg(agreement.planVersion)
                                             .arg(agreement.agreedAt.left(10)),
                                         m_agreements);
        if (agreement.planVersion == version)
            agreedNow.insert(agreement.personId);
        else
            item->setForeground(Qt::gray); // an earlier version
    }
    m_agreeWho->clear();
    const QList<Person> team = store.teamMembers(m_accountId);
    for (const Person &member : team) {
        if (!agreedNow.contains(member.id))
            m_agreeWho->addItem(member.name, member.id);
    }
    m_agreements->setToolTip(tr("%1 of %2 team members agreed to the current version")
                                 .arg(agreedNow.size())
                                 .arg(team.size()));
}

void PlanView::updateEditability()
{
    const bool editable = m_workspace->isOpen() && m_accountId > 0 && m_workspace->mayWrite(false);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_stage, m_stageSince, m_setStage, m_saveKeyInfo, m_newVersion, m_addObjective,
             m_removeObjective, m_agreeWho, m_recordAgreement})
        widget->setEnabled(editable);
    for (QPlainTextEdit *edit :
         {m_businessObjectives, m_buyingProcess, m_strategy, m_competitorNotes})
        edit->setReadOnly(!editable);
    m_revenue->setReadOnly(!editable);
    m_profit->setReadOnly(!editable);
    const auto triggers = editable ? QAbstractItemView::DoubleClicked |
                                         QAbstractItemView::EditKeyPressed |
                                         QAbstractItemView::AnyKeyPressed
                                   : QAbstractItemView::NoEditTriggers;
    m_actionsEditor->setEditable(editable);
    for (QTableWidget *table : {m_objectives}) {
        table->setEditTriggers(triggers);
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (QWidget *cell = table->cellWidget(row, column))
                    cell->setEnabled(editable);
            }
        }
    }
}

void PlanView::setStage()
{
    const auto stage = enumFromCode<LifecycleStage>(m_stage->currentData().toString());
    if (stage)
        run(new SetLifecycleStage(m_workspace, m_accountId, *stage, m_stageSince->date()));
}

void PlanView::saveKeyInformation()
{
    const auto account = AccountStore(m_workspace->database()).account(m_accountId);
    const Plan plan = PlanStore(m_workspace->database()).plan(m_accountId).value_or(Plan{});
    if (!account)
        return;
    Account facts = *account;
    facts.businessObjectives = PlanStore::nonNull(m_businessObjectives->toPlainText());
    facts.buyingProcess = PlanStore::nonNull(m_buyingProcess->toPlainText());
    const bool factsChanged = facts.businessObjectives != account->businessObjectives ||
                              facts.buyingProcess != account->buyingProcess;
    PlanEdit planEdit;
    if (PlanStore::nonNull(m_strategy->toPlainText()) != plan.strategy)
        planEdit.strategy = m_strategy->toPlainText();
    if (PlanStore::nonNull(m_competitorNotes->toPlainText()) != plan.competitorNotes)
        planEdit.competitorNotes = m_competitorNotes->toPlainText();
    if (m_revenue->value() != plan.revenuePlanned)
        planEdit.revenuePlanned = m_revenue->value();
    if (m_profit->value() != plan.profitPlanned)
        planEdit.profitPlanned = m_profit->value();
    if (!factsChanged && planEdit.isEmpty())
        return;
    // One undo step for one click.
    m_workspace->undoStack()->beginMacro(tr("Edit key information"));
    if (factsChanged)
        run(new SetAccountFacts(m_workspace, facts));
    if (!planEdit.isEmpty())
        run(new SetPlanFields(m_workspace, m_accountId, planEdit));
    m_workspace->undoStack()->endMacro();
}

void PlanView::newPlanVersion()
{
    const Plan plan = PlanStore(m_workspace->database()).plan(m_accountId).value_or(Plan{});
    PlanEdit edit;
    edit.version = plan.version + 1;
    run(new SetPlanFields(m_workspace, m_accountId, edit));
}

void PlanView::addObjective()
{
    Objective objective;
    objective.accountId = m_accountId;
    objective.title = tr("New objective");
    objective.targetDate = m_today.addYears(1);
    objective.position = m_objectives->rowCount();
    run(new AddObjective(m_workspace, objective));
}

void PlanView::removeObjective()
{
    const int row = m_objectives->currentRow();
    if (row < 0 || !m_objectives->item(row, ObjectiveTitleColumn))
        return;
    run(new RemoveObjective(
        m_workspace,
        m_objectives->item(row, ObjectiveTitleColumn)->data(Qt::UserRole).toLongLong()));
}

void PlanView::objectiveItemChanged(QTableWidgetItem *item)
{
    if (m_loading)
        return;
    const QTableWidgetItem *titleItem = m_objectives->item(item->row(), ObjectiveTitleColumn);
    if (!titleItem)
        return;
    const qint64 id = titleItem->data(Qt::UserRole).toLongLong();
    const QString text = item->text().trimmed();
    switch (item->column()) {
    case ObjectiveTitleColumn:
    case ObjectiveMeasureColumn: {
        ObjectiveEdit edit;
        (item->column() == ObjectiveTitleColumn ? edit.title : edit.measure) = text;
        run(new EditObjective(m_workspace, id, edit));
        break;
    }
    case ObjectiveTargetColumn: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !date.isValid()) {
            m_error->setText(tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text));
            scheduleReload();
            return;
        }
        ObjectiveEdit edit;
        edit.targetDate = date;
        run(new EditObjective(m_workspace, id, edit));
        break;
    }
    default:
        break;
    }
}

void PlanView::recordAgreement()
{
    if (m_agreeWho->currentIndex() < 0)
        return;
    run(new RecordAgreement(m_workspace, m_accountId, m_agreeWho->currentData().toLongLong()));
}

} // namespace Kingside
