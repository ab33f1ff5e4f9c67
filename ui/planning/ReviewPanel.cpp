#include "ReviewPanel.h"

#include "panels/ButtonAction.h"

#include "ReviewDialog.h"
#include "domain/LocalFormat.h"

#include "commands/SetAccountFacts.h"
#include "planning/AddComment.h"
#include "planning/PlanStore.h"
#include "planning/ReviewSchedule.h"
#include "workspace/AccountStore.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kingside {
namespace {

QString lightText(const Review &review, ReviewSection section)
{
    return review.lights.contains(section) ? displayName(review.lights.value(section))
                                           : QStringLiteral("–");
}

QColor lightColour(const Review &review, ReviewSection section)
{
    if (!review.lights.contains(section))
        return {};
    switch (review.lights.value(section)) {
    case TrafficLight::Green:
        return QColor(0xc8, 0xe6, 0xc9);
    case TrafficLight::Amber:
        return QColor(0xff, 0xec, 0xb3);
    case TrafficLight::Red:
        return QColor(0xff, 0xcd, 0xd2);
    }
    return {};
}

} // namespace

ReviewPanel::ReviewPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_mentor(new QLabel(this)),
      m_cadence(new QSpinBox(this)), m_next(new QLabel(this)), m_reviews(new QTreeWidget(this)),
      m_commentAuthor(new QLineEdit(this)), m_commentText(new QLineEdit(this)),
      m_addComment(new QPushButton(tr("Comment on the plan"), this)),
      m_record(new QPushButton(tr("Record a review…"), this)),
      m_compare(new QPushButton(tr("Compare"), this)), m_error(new QLabel(this))
{
    m_mentor->setObjectName(QStringLiteral("mentorLabel"));
    m_cadence->setObjectName(QStringLiteral("cadenceSpin"));
    m_cadence->setAccessibleName(tr("Review every"));
    m_cadence->setRange(1, 24);
    m_cadence->setSuffix(tr(" months"));
    m_next->setObjectName(QStringLiteral("nextReviewLabel"));
    m_reviews->setObjectName(QStringLiteral("reviewsTree"));
    m_reviews->setAccessibleName(tr("Reviews"));
    m_reviews->setAccessibleDescription(
        tr("The recorded reviews, newest first: date, kind, reviewer and a traffic light per "
           "section in words, with the summary and comments under each"));
    m_commentAuthor->setObjectName(QStringLiteral("commentAuthor"));
    m_commentAuthor->setPlaceholderText(tr("Your name"));
    m_commentAuthor->setAccessibleName(tr("Your name"));
    m_commentText->setObjectName(QStringLiteral("commentText"));
    m_commentText->setPlaceholderText(tr("A comment on the plan"));
    m_commentText->setAccessibleName(tr("A comment on the plan"));
    m_addComment->setObjectName(QStringLiteral("addPlanCommentButton"));
    ButtonAction::markFormButton(m_addComment); // the name and comment typed beside it
    m_record->setObjectName(QStringLiteral("recordReviewButton"));
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setToolTip(tr("Compare the selected review with the one after it, or with now"));
    m_error->setObjectName(QStringLiteral("reviewPanelError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);

    const QStringList headers{tr("Date"),
                              tr("Kind"),
                              tr("Reviewer"),
                              displayName(ReviewSection::Overall),
                              displayName(ReviewSection::Relationships),
                              displayName(ReviewSection::Objectives),
                              displayName(ReviewSection::Actions),
                              displayName(ReviewSection::KeyInformation)};
    m_reviews->setHeaderLabels(headers);
    m_reviews->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *schedule = new QHBoxLayout;
    schedule->addWidget(m_mentor);
    schedule->addSpacing(16);
    schedule->addWidget(new QLabel(tr("Review every"), this));
    schedule->addWidget(m_cadence);
    schedule->addSpacing(16);
    schedule->addWidget(m_next, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_compare);
    buttons->addStretch();
    auto *comment = new QHBoxLayout;
    comment->addWidget(m_commentAuthor);
    comment->addWidget(m_commentText, 1);
    comment->addWidget(m_addComment);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(schedule);
    layout->addLayout(buttons);
    layout->addWidget(m_reviews, 1);
    layout->addLayout(comment);
    layout->addWidget(m_error);

    connect(m_record, &QPushButton::clicked, this, &ReviewPanel::recordReview);
    connect(m_compare, &QPushButton::clicked, this, &ReviewPanel::compareSelected);
    connect(m_addComment, &QPushButton::clicked, this, &ReviewPanel::addComment);
    connect(m_cadence, &QSpinBox::valueChanged, this, [this](int months) {
        if (m_loading || m_accountId <= 0)
            return;
        auto account = AccountStore(m_workspace->database()).account(m_accountId);
        if (!account)
            return;
        account->reviewCadenceMonths = months;
        if (!m_workspace->execute(new SetAccountFacts(m_workspace, *account)))
            m_error->setText(m_workspace->errorString());
    });
    connect(m_workspace, &Workspace::changed, this, [this](const Change &change) {
        if (change.entity == Change::Entity::Everything || change.accountId == m_accountId)
            reload();
    });
}

void ReviewPanel::setAccount(qint64 accountId)
{
    m_accountId = accountId;
    m_error->clear();
    reload();
}

void ReviewPanel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

QString ReviewPanel::nextReviewText() const
{
    return m_next->text();
}

void ReviewPanel::reload()
{
    m_loading = true;
    m_reviews->clear();
    const bool open = m_workspace->isOpen() && m_accountId > 0;
    setEnabled(open);
    if (!open) {
        m_loading = false;
        return;
    }
    const QSqlDatabase db = m_workspace->database();
    const PlanStore store(db);
    const ReviewStatus status = ReviewSchedule::status(db, m_accountId, m_today);
    m_mentor->setText(status.mentorName.isEmpty() ? tr("No mentor named for this account")
                                                  : tr("Mentor: %1").arg(status.mentorName));
    if (m_commentAuthor->text().isEmpty())
        m_commentAuthor->setText(status.mentorName);
    m_cadence->setValue(status.cadenceMonths);
    m_cadence->setEnabled(m_workspace->mayWrite(false));
    QString next =
        status.lastReview.isValid()
            ? tr("Last plan review %1; next due %2")
                  .arg(LocalFormat::date(status.lastReview), LocalFormat::date(status.nextReview))
            : tr("Never reviewed; first review due %1").arg(LocalFormat::date(status.nextReview));
    if (status.overdue)
        next += QStringLiteral(" — ") + tr("OVERDUE by %n day(s)", nullptr, status.daysOverdue);
    m_next->setText(next);
    m_next->setStyleSheet(status.overdue ? QStringLiteral("color: #c62828; font-weight: bold")
                                         : QString());

    for (const Review &review : store.reviews(m_accountId)) {
        auto *item = new QTreeWidgetItem(m_reviews);
        item->setText(0, LocalFormat::date(review.date));
        item->setData(0, Qt::UserRole, review.id);
        item->setText(1, displayName(review.kind));
        item->setText(2, review.reviewerName);
        item->setToolTip(0, review.summary);
        const QList<ReviewSection> sections{ReviewSection::Overall, ReviewSection::Relationships,
                                            ReviewSection::Objectives, ReviewSection::Actions,
                                            ReviewSection::KeyInformation};
        for (int s = 0; s < sections.size(); ++s) {
            item->setText(3 + s, lightText(review, sections[s]));
            if (const QColor colour = lightColour(review, sections[s]); colour.isValid())
                item->setBackground(3 + s, colour);
        }
        if (!review.summary.isEmpty()) {
            auto *summary = new QTreeWidgetItem(item, {tr("Summary"), review.summary});
            summary->setFirstColumnSpanned(false);
        }
        for (const ReviewComment &comment : store.comments(m_accountId, review.id)) {
            QString target =
                QStringLiteral("%1: %2").arg(displayName(comment.target), comment.targetLabel);
            if (comment.targetRemoved)
                target += QStringLiteral(" ") + tr("(removed item)");
            auto *child = new QTreeWidgetItem(item, {target, comment.body, comment.author});
            child->setData(0, Qt::UserRole + 1, comment.targetRemoved);
            if (comment.targetRemoved)
                child->setForeground(0, Qt::gray);
        }
        item->setExpanded(true);
    }
    const QList<ReviewComment> loose = store.comments(m_accountId, 0);
    if (!loose.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_reviews, {tr("Comments outside reviews")});
        for (const ReviewComment &comment : loose) {
            QString target =
                QStringLiteral("%1: %2").arg(displayName(comment.target), comment.targetLabel);
            if (comment.targetRemoved)
                target += QStringLiteral(" ") + tr("(removed item)");
            new QTreeWidgetItem(item, {target, comment.body, comment.author});
        }
        item->setExpanded(true);
    }
    const bool mayComment = m_workspace->mayWrite(true);
    m_record->setEnabled(mayComment);
    m_addComment->setEnabled(mayComment);
    m_loading = false;
}

qint64 ReviewPanel::recordReview()
{
    if (m_accountId <= 0)
        return 0;
    ReviewDialog dialog(m_workspace, m_accountId, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return dialog.reviewId();
}

void ReviewPanel::addComment()
{
    ReviewComment comment;
    comment.accountId = m_accountId;
    comment.target = CommentTarget::Plan;
    comment.author = m_commentAuthor->text().trimmed();
    comment.body = m_commentText->text().trimmed();
    if (m_workspace->execute(new AddComment(m_workspace, comment))) {
        m_commentText->clear();
        m_error->clear();
    } else {
        m_error->setText(m_workspace->errorString());
    }
}

void ReviewPanel::compareSelected()
{
    QTreeWidgetItem *item = m_reviews->currentItem();
    while (item && item->parent())
        item = item->parent();
    const QList<Review> reviews = PlanStore(m_workspace->database()).reviews(m_accountId);
    if (reviews.isEmpty())
        return;
    qint64 from = reviews.last().id;
    qint64 to = 0;
    if (item && item->data(0, Qt::UserRole).toLongLong() > 0) {
        from = item->data(0, Qt::UserRole).toLongLong();
        for (int i = 0; i + 1 < reviews.size(); ++i) {
            if (reviews[i].id == from)
                to = reviews[i + 1].id;
        }
    }
    emit compareRequested(from, to);
}

} // namespace Kingside
