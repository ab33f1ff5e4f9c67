#include "CriteriaDialog.h"

#include "scoring/AddCriterion.h"
#include "scoring/CriteriaSets.h"
#include "scoring/EditCriterion.h"
#include "scoring/RemoveCriterion.h"
#include "scoring/ReplaceCriteria.h"
#include "scoring/ScoreCalculator.h"
#include "scoring/SetCriterionScore.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kingside {

namespace {
constexpr int IdRole = Qt::UserRole;

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}
} // namespace

CriteriaDialog::CriteriaDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("criteriaDialog"));
    setWindowTitle(tr("Selection criteria and scores"));
    m_tabs = new QTabWidget;
    m_tabs->addTab(createCriteriaPage(), tr("Criteria"));
    m_tabs->addTab(createScoresPage(), tr("Scores"));
    m_tabs->setAccessibleName(tr("Criteria and scores"));
    m_tabs->setAccessibleDescription(
        tr("The criteria that rate accounts, and each account's scores against them"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b02020"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(workspace, &Workspace::changed, this, &CriteriaDialog::onChanged);
    reload();
    resize(760, 560);
}

QWidget *CriteriaDialog::createCriteriaPage()
{
    auto *page = new QWidget;
    m_sets = new QComboBox;
    m_sets->setObjectName(QStringLiteral("setCombo"));
    m_sets->setAccessibleName(tr("Ready-made criteria"));
    for (const CriteriaSet &set : CriteriaSets::all()) {
        m_sets->addItem(set.name, set.id);
        m_sets->setItemData(m_sets->count() - 1, set.description, Qt::ToolTipRole);
    }
    m_applySet = new QPushButton(tr("Start from this set"));
    m_applySet->setObjectName(QStringLiteral("applySetButton"));
    m_applySet->setToolTip(tr("Replaces all criteria and scores by the ready-made set (one step "
                              "to undo)."));
    auto *setRow = new QHBoxLayout;
    setRow->addWidget(new QLabel(tr("Ready-made criteria:")));
    setRow->addWidget(m_sets, 1);
    setRow->addWidget(m_applySet);

    m_criteriaTable = new QTableWidget(0, 4);
    m_criteriaTable->setObjectName(QStringLiteral("criteriaTable"));
    m_criteriaTable->setAccessibleName(tr("Criteria"));
    m_criteriaTable->setAccessibleDescription(
        tr("One row per criterion: name, description, the axis it rates and its weight"));
    m_criteriaTable->setHorizontalHeaderLabels(
        {tr("Criterion"), tr("Axis"), tr("Weight"), tr("Share of axis")});
    m_criteriaTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_criteriaTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_criteriaTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_criteriaTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_criteriaTable->verticalHeader()->hide();

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_description = new QLineEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_axis = new QComboBox;
    m_axis->setObjectName(QStringLiteral("axisCombo"));
    m_axis->addItem(displayName(ScoringAxis::Attractiveness), int(ScoringAxis::Attractiveness));
    m_axis->addItem(displayName(ScoringAxis::Strength), int(ScoringAxis::Strength));
    m_weight = new QDoubleSpinBox;
    m_weight->setObjectName(QStringLiteral("weightSpin"));
    m_weight->setRange(0, 1000);
    m_weight->setDecimals(2);
    m_weight->setToolTip(tr("Raw weight; shown as a share of the axis (each axis adds up to "
                            "100)."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("A&xis:"), m_axis);
    form->addRow(tr("&Weight:"), m_weight);
    m_apply = new QPushButton(tr("&Apply changes"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_add = new QPushButton(tr("Add as &new criterion"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_apply);
    buttonRow->addWidget(m_add);
    buttonRow->addStretch();
    buttonRow->addWidget(m_remove);

    auto *whatIfBox = new QGroupBox(tr("What if: tiers after this change"));
    m_whatIfSummary = new QLabel;
    m_whatIfSummary->setObjectName(QStringLiteral("whatIfSummary"));
    m_whatIfSummary->setWordWrap(true);
    m_whatIf = new QListWidget;
    m_whatIf->setObjectName(QStringLiteral("whatIfList"));
    m_whatIf->setAccessibleName(tr("What if: tiers after this change"));
    m_whatIf->setAccessibleDescription(tr("The accounts whose tier the change would move"));
    auto *whatIfLayout = new QVBoxLayout(whatIfBox);
    whatIfLayout->addWidget(m_whatIfSummary);
    whatIfLayout->addWidget(m_whatIf);

    auto *left = new QVBoxLayout;
    left->addLayout(setRow);
    left->addWidget(m_criteriaTable, 1);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(buttonRow);
    right->addWidget(whatIfBox, 1);
    auto *layout = new QHBoxLayout(page);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(m_criteriaTable, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!m_filling)
            fillForm();
    });
    connect(m_name, &QLineEdit::textChanged, this, &CriteriaDialog::updateWhatIf);
    connect(m_axis, &QComboBox::currentIndexChanged, this, &CriteriaDialog::updateWhatIf);
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, &CriteriaDialog::updateWhatIf);
    connect(m_apply, &QPushButton::clicked, this, &CriteriaDialog::applyEdit);
    connect(m_add, &QPushButton::clicked, this, &CriteriaDialog::addCriterion);
    connect(m_remove, &QPushButton::clicked, this, &CriteriaDialog::removeCriterion);
    connect(m_applySet, &QPushButton::clicked, this, &CriteriaDialog::applySet);
    return page;
}

QWidget *CriteriaDialog::createScoresPage()
{
    auto *page = new QWidget;
    m_account = new QComboBox;
    m_account->setObjectName(QStringLiteral("accountCombo"));
    m_account->setAccessibleName(tr("Account"));
    m_scores = new QTableWidget(0, 4);
    m_scores->setObjectName(QStringLiteral("scoresTable"));
    m_scores->setAccessibleName(tr("Scores"));
    m_scores->setAccessibleDescription(
        tr("The chosen account's score of 1 to 10 for each criterion, with a note"));
    m_scores->setHorizontalHeaderLabels({tr("Criterion"), tr("Axis"), tr("Score"), tr("Note")});
    m_scores->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_scores->verticalHeader()->hide();
    auto *hint = new QLabel(tr("Score each criterion 1 (poor) to 10 (excellent). Leave a score "
                               "empty when unknown: it is shown as missing and counts 0."));
    hint->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Account:")));
    row->addWidget(m_account, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_scores, 1);
    layout->addWidget(hint);
    connect(m_account, &QComboBox::currentIndexChanged, this, &CriteriaDialog::fillScores);
    // Committed after the edit has finished: the command rebuilds the table.
    connect(m_scores, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || (item->column() != 2 && item->column() != 3))
            return;
        const int row = item->row();
        QMetaObject::invokeMethod(
            this, [this, row] { commitScoreRow(row); }, Qt::QueuedConnection);
    });
    return page;
}

void CriteriaDialog::onChanged(const Change &change)
{
    switch (change.entity) {
    case Change::Entity::Account:
    case Change::Entity::Criterion:
    case Change::Entity::Score:
    case Change::Entity::TierScheme:
    case Change::Entity::Everything:
        reload();
        break;
    default:
        break;
    }
}

void CriteriaDialog::reload()
{
    const qint64 selected = selectedCriterionId();
    const qint64 account = m_account->currentData().toLongLong();
    QString error;
    if (auto inputs = Portfolio::load(m_workspace->database(), {}, &error))
        m_inputs = *inputs;
    else
        m_message->setText(error);

    m_filling = true;
    const ScoreCalculator calculator(m_inputs.criteria);
    const QLocale locale;
    m_criteriaTable->setRowCount(0);
    for (const Criterion &criterion : calculator.criteria()) {
        const int row = m_criteriaTable->rowCount();
        m_criteriaTable->insertRow(row);
        auto *name = readOnlyItem(criterion.name);
        name->setData(IdRole, criterion.id);
        name->setToolTip(criterion.description);
        m_criteriaTable->setItem(row, 0, name);
        m_criteriaTable->setItem(row, 1, readOnlyItem(displayName(criterion.axis)));
        m_criteriaTable->setItem(row, 2, readOnlyItem(locale.toString(criterion.weight, 'g', 6)));
        m_criteriaTable->setItem(row, 3,
                                 readOnlyItem(tr("%1 %").arg(locale.toString(
                                     calculator.normalisedWeight(criterion), 'f', 1))));
    }
    m_account->clear();
    for (const Account &entry : std::as_const(m_inputs.accounts))
        m_account->addItem(entry.name, entry.id);
    m_filling = false;

    const bool writable = m_workspace->mayWrite(false);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_apply, m_add, m_remove, m_applySet})
        widget->setEnabled(writable);
    m_scores->setEditTriggers(writable ? QAbstractItemView::AllEditTriggers
                                       : QAbstractItemView::NoEditTriggers);

    selectCriterion(selected);
    if (account != 0)
        selectAccount(account);
    else
        fillScores();
}

qint64 CriteriaDialog::selectedCriterionId() const
{
    const QList<QTableWidgetItem *> items = m_criteriaTable->selectedItems();
    for (QTableWidgetItem *item : items) {
        if (item->column() == 0)
            return item->data(IdRole).toLongLong();
    }
    return 0;
}

void CriteriaDialog::selectCriterion(qint64 criterionId)
{
    m_filling = true;
    m_criteriaTable->clearSelection();
    for (int row = 0; row < m_criteriaTable->rowCount(); ++row) {
        if (m_criteriaTable->item(row, 0)->data(IdRole).toLongLong() == criterionId) {
            m_criteriaTable->selectRow(row);
            break;
        }
    }
    m_filling = false;
    fillForm();
}

void CriteriaDialog::selectAccount(qint64 accountId)
{
    const int index = m_account->findData(accountId);
    if (index >= 0 && index != m_account->currentIndex())
        m_account->setCurrentIndex(index); // fills the scores
    else
        fillScores();
}

void CriteriaDialog::fillForm()
{
    const qint64 id = selectedCriterionId();
    Criterion criterion;
    for (const Criterion &known : std::as_const(m_inputs.criteria)) {
        if (known.id == id)
            criterion = known;
    }
    const bool wasFilling = std::exchange(m_filling, true);
    m_name->setText(criterion.name);
    m_description->setText(criterion.description);
    m_axis->setCurrentIndex(m_axis->findData(int(criterion.axis)));
    m_weight->setValue(criterion.weight);
    m_filling = wasFilling;
    m_apply->setEnabled(id != 0 && m_workspace->mayWrite(false));
    m_remove->setEnabled(id != 0 && m_workspace->mayWrite(false));
    updateWhatIf();
}

Criterion CriteriaDialog::formCriterion() const
{
    Criterion criterion;
    const qint64 id = selectedCriterionId();
    for (const Criterion &known : m_inputs.criteria) {
        if (known.id == id)
            criterion = known;
    }
    criterion.name = m_name->text().trimmed();
    criterion.description = m_description->text();
    criterion.axis = ScoringAxis(m_axis->currentData().toInt());
    criterion.weight = m_weight->value();
    return criterion;
}

void CriteriaDialog::updateWhatIf()
{
    if (m_filling)
        return;
    m_whatIf->clear();
    m_preview.clear();
    const qint64 id = selectedCriterionId();
    QList<Criterion> proposed = m_inputs.criteria;
    const Criterion changed = formCriterion();
    if (id != 0) {
        for (Criterion &criterion : proposed) {
            if (criterion.id == id)
                criterion = changed;
        }
    } else {
        if (changed.name.isEmpty()) {
            m_whatIfSummary->setText(tr("Select a criterion, or type a name to add one."));
            return;
        }
        Criterion added = changed;
        added.id = -1; // nobody is scored on it yet
        proposed.append(added);
    }
    if (const QString problem = ScoreCalculator::validateWeights(proposed); !problem.isEmpty()) {
        m_whatIfSummary->setText(problem);
        return;
    }
    m_preview = Portfolio::whatIf(m_inputs, proposed);
    const QLocale locale;
    for (const TierChange &change : std::as_const(m_preview)) {
        auto *item = new QListWidgetItem(
            tr("%1: %2 → %3 (attractiveness %4 → %5)")
                .arg(change.account, change.fromTier.isEmpty() ? tr("no tier") : change.fromTier,
                     change.toTier.isEmpty() ? tr("no tier") : change.toTier,
                     locale.toString(change.fromAttractiveness, 'f', 1),
                     locale.toString(change.toAttractiveness, 'f', 1)));
        item->setData(IdRole, change.accountId);
        item->setForeground(change.isPromotion() ? QColor(0x1b, 0x5e, 0x20)
                                                 : QColor(0xb0, 0x20, 0x20));
        m_whatIf->addItem(item);
    }
    m_whatIfSummary->setText(
        m_preview.isEmpty()
            ? tr("No account would change tier under “%1”.").arg(m_inputs.scheme.name)
            : tr("%n account(s) would change tier under “%1”:", nullptr, int(m_preview.size()))
                  .arg(m_inputs.scheme.name));
}

bool CriteriaDialog::run(WorkspaceCommand *command)
{
    if (!m_workspace->execute(command)) {
        m_message->setText(m_workspace->errorString());
        return false;
    }
    m_message->clear();
    return true;
}

void CriteriaDialog::applyEdit()
{
    if (selectedCriterionId() == 0)
        return;
    run(new EditCriterion(m_workspace, formCriterion()));
}

void CriteriaDialog::addCriterion()
{
    Criterion criterion = formCriterion();
    criterion.id = 0;
    criterion.position = -1;
    auto *command = new AddCriterion(m_workspace, criterion);
    if (run(command))
        selectCriterion(command->criterionId());
}

void CriteriaDialog::removeCriterion()
{
    const qint64 id = selectedCriterionId();
    if (id != 0)
        run(new RemoveCriterion(m_workspace, id, formCriterion().name));
}

void CriteriaDialog::applySet()
{
    const CriteriaSet *set = CriteriaSets::find(m_sets->currentData().toString());
    if (set)
        run(new ReplaceCriteria(m_workspace, set->criteria, {},
                                tr("Use criteria set %1").arg(set->name)));
}

void CriteriaDialog::fillScores()
{
    const qint64 accountId = m_account->currentData().toLongLong();
    const bool wasFilling = std::exchange(m_filling, true);
    m_scores->setRowCount(0);
    const ScoreCalculator calculator(m_inputs.criteria);
    const AccountScores scores = calculator.scoresFor(accountId, m_inputs.scores);
    for (const Contribution &part : scores.breakdown) {
        const int row = m_scores->rowCount();
        m_scores->insertRow(row);
        auto *name = readOnlyItem(part.criterion);
        name->setData(IdRole, part.criterionId);
        m_scores->setItem(row, 0, name);
        m_scores->setItem(row, 1, readOnlyItem(displayName(part.axis)));
        auto *score = new QTableWidgetItem(part.missing ? QString() : QString::number(part.score));
        score->setToolTip(part.missing ? tr("Not scored: counts 0") : QString());
        if (part.missing)
            score->setBackground(QColor(0xfd, 0xec, 0xc8));
        m_scores->setItem(row, 2, score);
        m_scores->setItem(row, 3, new QTableWidgetItem(part.note));
    }
    m_filling = wasFilling;
}

void CriteriaDialog::commitScoreRow(int row)
{
    if (row < 0 || row >= m_scores->rowCount() || !m_scores->item(row, 2))
        return;
    const qint64 accountId = m_account->currentData().toLongLong();
    const qint64 criterionId = m_scores->item(row, 0)->data(IdRole).toLongLong();
    const QString scoreText = m_scores->item(row, 2)->text().trimmed();
    const QString note = m_scores->item(row, 3) ? m_scores->item(row, 3)->text() : QString();
    std::optional<int> score;
    if (!scoreText.isEmpty()) {
        bool ok = false;
        const int value = QLocale().toInt(scoreText, &ok);
        if (!ok || !CriterionScore::isValidScore(value)) {
            m_message->setText(
                tr("A score is a whole number from 1 to 10; “%1” is not.").arg(scoreText));
            fillScores();
            return;
        }
        score = value;
    } else if (!note.trimmed().isEmpty()) {
        m_message->setText(tr("Give a score before a note; an empty score means not scored."));
        fillScores();
        return;
    }
    if (!run(new SetCriterionScore(m_workspace, accountId, criterionId, score, note)))
        fillScores();
}

} // namespace Kingside
