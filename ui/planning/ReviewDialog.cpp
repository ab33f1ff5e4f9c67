#include "ReviewDialog.h"

#include "domain/LocalFormat.h"
#include "planning/AddReview.h"
#include "planning/PlanStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kingside {

ReviewDialog::ReviewDialog(Workspace *workspace, qint64 accountId, const QDate &today,
                           QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_accountId(accountId), m_today(today),
      m_date(new QDateEdit(today, this)), m_reviewer(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_summary(new QPlainTextEdit(this)),
      m_comments(new QTableWidget(0, 3, this)), m_actions(new QTableWidget(0, 3, this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Record a review"));
    setObjectName(QStringLiteral("reviewDialog"));
    m_date->setObjectName(QStringLiteral("reviewDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(LocalFormat::dateFormat());
    m_reviewer->setObjectName(QStringLiteral("reviewer"));
    m_kind->setObjectName(QStringLiteral("reviewKind"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_comments->setObjectName(QStringLiteral("reviewComments"));
    m_actions->setObjectName(QStringLiteral("agreedActions"));
    m_comments->setAccessibleName(tr("Comments"));
    m_comments->setAccessibleDescription(
        tr("The mentor's comments, each on a part of the plan or one of its items"));
    m_actions->setAccessibleName(tr("Agreed actions"));
    m_actions->setAccessibleDescription(
        tr("Actions agreed in the review, with owner and due date; they join the plan"));
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    const PlanStore store(workspace->database());
    if (const auto mentor = store.mentor(accountId))
        m_reviewer->setText(mentor->name);
    for (ReviewKind kind : allPlanningValues<ReviewKind>())
        m_kind->addItem(displayName(kind), codeOf(kind));
    m_summary->setPlaceholderText(tr("What the mentor found, in a few lines"));
    m_summary->setMaximumHeight(80);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Reviewer:"), m_reviewer);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Summary:"), m_summary);

    auto *lights = new QGroupBox(tr("Traffic lights"), this);
    auto *lightsLayout = new QFormLayout(lights);
    for (ReviewSection section : allPlanningValues<ReviewSection>()) {
        auto *combo = new QComboBox(lights);
        combo->setObjectName(QStringLiteral("light_") + codeOf(section));
        for (TrafficLight light : allPlanningValues<TrafficLight>())
            combo->addItem(displayName(light), codeOf(light));
        m_lights.insert(section, combo);
        lightsLayout->addRow(displayName(section) + QLatin1Char(':'), combo);
    }

    auto *commentsBox = new QGroupBox(tr("Comments"), this);
    m_comments->setHorizontalHeaderLabels({tr("On"), tr("Item"), tr("Comment")});
    m_comments->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *addComment = new QPushButton(tr("Add &comment"), commentsBox);
    addComment->setObjectName(QStringLiteral("addCommentButton"));
    connect(addComment, &QPushButton::clicked, this, [this] { addCommentRow(); });
    auto *commentsLayout = new QVBoxLayout(commentsBox);
    commentsLayout->addWidget(m_comments);
    commentsLayout->addWidget(addComment, 0, Qt::AlignLeft);

    auto *actionsBox =
        new QGroupBox(tr("Agreed actions (they join the plan when the review is recorded)"), this);
    m_actions->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due")});
    m_actions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *addAction = new QPushButton(tr("Add agreed &action"), actionsBox);
    addAction->setObjectName(QStringLiteral("addAgreedActionButton"));
    connect(addAction, &QPushButton::clicked, this, [this] { addAgreedActionRow(); });
    auto *actionsLayout = new QVBoxLayout(actionsBox);
    actionsLayout->addWidget(m_actions);
    actionsLayout->addWidget(addAction, 0, Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record review"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordReviewButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewDialog::reject);

    auto *top = new QHBoxLayout;
    top->addLayout(form, 2);
    top->addWidget(lights, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(commentsBox, 1);
    layout->addWidget(actionsBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 640);
}

void ReviewDialog::fillTargets(QComboBox *items, CommentTarget target) const
{
    items->clear();
    const QSqlDatabase db = m_workspace->database();
    const PlanStore store(db);
    switch (target) {
    case CommentTarget::Account:
    case CommentTarget::Plan:
        items->addItem(displayName(target), 0);
        break;
    case CommentTarget::Objective:
        for (const Objective &objective : store.objectives(m_accountId))
            items->addItem(objective.title, objective.id);
        break;
    case CommentTarget::Action:
        for (const PlanAction &action : store.actions(m_accountId))
            items->addItem(action.title, action.id);
        break;
    case CommentTarget::Person:
        for (const Person &person : PersonStore(db).people(m_accountId))
            items->addItem(person.name, person.id);
        break;
    case CommentTarget::Relationship:
        for (const Relationship &line : PersonStore(db).relationships(m_accountId))
            items->addItem(store.labelFor(CommentTarget::Relationship, line.id), line.id);
        break;
    }
}

void ReviewDialog::addCommentRow(CommentTarget target, qint64 targetId, const QString &text)
{
    const int row = m_comments->rowCount();
    m_comments->insertRow(row);
    auto *kind = new QComboBox(m_comments);
    for (CommentTarget value : allPlanningValues<CommentTarget>())
        kind->addItem(displayName(value), codeOf(value));
    kind->setCurrentIndex(kind->findData(codeOf(target)));
    auto *items = new QComboBox(m_comments);
    fillTargets(items, target);
    if (items->findData(targetId) >= 0)
        items->setCurrentIndex(items->findData(targetId));
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind, items] {
        fillTargets(items, planningFromCode<CommentTarget>(kind->currentData().toString())
                               .value_or(CommentTarget::Plan));
    });
    kind->setAccessibleName(tr("Comment %1 is on").arg(row + 1));
    items->setAccessibleName(tr("Item of comment %1").arg(row + 1));
    m_comments->setCellWidget(row, 0, kind);
    m_comments->setCellWidget(row, 1, items);
    m_comments->setItem(row, 2, new QTableWidgetItem(text));
}

void ReviewDialog::addAgreedActionRow(const QString &title, qint64 ownerId, const QDate &due)
{
    const int row = m_actions->rowCount();
    m_actions->insertRow(row);
    m_actions->setItem(row, 0, new QTableWidgetItem(title));
    auto *owner = new QComboBox(m_actions);
    owner->addItem(tr("(nobody yet)"), 0);
    for (const Person &member : PlanStore(m_workspace->database()).teamMembers(m_accountId))
        owner->addItem(member.name, member.id);
    if (owner->findData(ownerId) >= 0)
        owner->setCurrentIndex(owner->findData(ownerId));
    auto *date = new QDateEdit(due.isValid() ? due : m_today.addMonths(1), m_actions);
    date->setDisplayFormat(LocalFormat::dateFormat());
    date->setCalendarPopup(true);
    owner->setAccessibleName(tr("Owner of agreed action %1").arg(row + 1));
    date->setAccessibleName(tr("Due date of agreed action %1").arg(row + 1));
    m_actions->setCellWidget(row, 1, owner);
    m_actions->setCellWidget(row, 2, date);
}

QString ReviewDialog::errorText() const
{
    return m_error->text();
}

void ReviewDialog::accept()
{
    Review review;
    review.accountId = m_accountId;
    review.date = m_date->date();
    review.reviewerName = m_reviewer->text().trimmed();
    if (const auto mentor = PlanStore(m_workspace->database()).mentor(m_accountId);
        mentor && mentor->name == review.reviewerName)
        review.reviewerId = mentor->id;
    review.kind =
        planningFromCode<ReviewKind>(m_kind->currentData().toString()).value_or(ReviewKind::Plan);
    review.summary = m_summary->toPlainText().trimmed();
    for (auto it = m_lights.cbegin(); it != m_lights.cend(); ++it)
        review.lights.insert(it.key(),
                             planningFromCode<TrafficLight>(it.value()->currentData().toString())
                                 .value_or(TrafficLight::Green));
    QList<AddReview::NewComment> comments;
    for (int row = 0; row < m_comments->rowCount(); ++row) {
        const QString text =
            m_comments->item(row, 2) ? m_comments->item(row, 2)->text().trimmed() : QString();
        if (text.isEmpty())
            continue; // an empty row is a row not used
        auto *kind = qobject_cast<QComboBox *>(m_comments->cellWidget(row, 0));
        auto *item = qobject_cast<QComboBox *>(m_comments->cellWidget(row, 1));
        comments.append({planningFromCode<CommentTarget>(kind->currentData().toString())
                             .value_or(CommentTarget::Plan),
                         item->currentData().toLongLong(), text});
    }
    QList<PlanAction> actions;
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        const QString title =
            m_actions->item(row, 0) ? m_actions->item(row, 0)->text().trimmed() : QString();
        if (title.isEmpty())
            continue;
        PlanAction action;
        action.accountId = m_accountId;
        action.title = title;
        action.ownerId =
            qobject_cast<QComboBox *>(m_actions->cellWidget(row, 1))->currentData().toLongLong();
        action.dueDate = qobject_cast<QDateEdit *>(m_actions->cellWidget(row, 2))->date();
        actions.append(action);
    }
    auto *command = new AddReview(m_workspace, review, comments, actions, m_today);
    if (!m_workspace->execute(command)) {
        // The dialog stays open with everything typed so far: nothing is lost.
        m_error->setText(m_workspace->errorString());
        return;
    }
    m_reviewId = command->reviewId(); // the undo stack owns the command now
    QDialog::accept();
}

} // namespace Kingside
