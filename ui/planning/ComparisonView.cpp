#include "ComparisonView.h"

#include "domain/Enums.h"
#include "domain/LocalFormat.h"
#include "planning/PlanStore.h"
#include "planning/PlanningEnums.h"
#include "planning/Snapshot.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kingside {
namespace {

// A stored code in a snapshot ("neutral", "pawn", "in_progress") in the words the rest
// of the window uses; text that is no code of that kind stays as it is.
QString words(SnapshotChange::Kind kind, const QString &text)
{
    switch (kind) {
    case SnapshotChange::Kind::AttitudeChanged:
        if (const auto value = enumFromCode<Attitude>(text))
            return displayName(*value);
        break;
    case SnapshotChange::Kind::PieceChanged:
        if (const auto value = enumFromCode<Piece>(text))
            return displayName(*value);
        break;
    case SnapshotChange::Kind::StageChanged:
        if (const auto value = enumFromCode<LifecycleStage>(text))
            return displayName(*value);
        break;
    case SnapshotChange::Kind::ObjectiveChanged:
        if (const auto value = planningFromCode<TrafficLight>(text))
            return displayName(*value);
        break;
    case SnapshotChange::Kind::ActionDone:
    case SnapshotChange::Kind::ActionLate:
        if (const auto value = planningFromCode<ActionStatus>(text))
            return displayName(*value);
        break;
    default:
        break;
    }
    return text;
}

} // namespace

ComparisonView::ComparisonView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_from(new QComboBox(this)),
      m_to(new QComboBox(this)), m_message(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    m_from->setObjectName(QStringLiteral("compareFrom"));
    m_from->setAccessibleName(tr("Compare from"));
    m_to->setObjectName(QStringLiteral("compareTo"));
    m_to->setAccessibleName(tr("Compare with"));
    m_tree->setObjectName(QStringLiteral("comparisonTree"));
    m_tree->setAccessibleName(tr("What changed"));
    m_tree->setAccessibleDescription(
        tr("The changes between the two chosen snapshots, grouped by kind, each with its value "
           "before and after"));
    m_message->setObjectName(QStringLiteral("comparisonMessage"));
    m_message->setWordWrap(true);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Change"), tr("Before"), tr("After")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("Compare"), this));
    choice->addWidget(m_from, 1);
    choice->addWidget(new QLabel(tr("with"), this));
    choice->addWidget(m_to, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);

    connect(m_from, &QComboBox::activated, this, &ComparisonView::compareSelected);
    connect(m_to, &QComboBox::activated, this, &ComparisonView::compareSelected);
    connect(m_workspace, &Workspace::closed, this, [this] {
        m_accountId = 0;
        reload();
    });
    connect(m_workspace, &Workspace::changed, this, [this](const Change &change) {
        if (change.entity == Change::Entity::Review || change.entity == Change::Entity::Snapshot ||
            change.entity == Change::Entity::Everything)
            reload();
    });
}

void ComparisonView::setToday(const QDate &today)
{
    m_today = today;
}

void ComparisonView::setAccount(qint64 accountId)
{
    m_accountId = accountId;
    reload();
}

void ComparisonView::reload()
{
    const qint64 from = m_from->currentData().toLongLong();
    const qint64 to = m_to->currentData().toLongLong();
    const bool hadChoice = m_from->count() > 0;
    m_from->clear();
    m_to->clear();
    if (m_accountId <= 0 || !m_workspace->isOpen()) {
        // Another workspace, or none: nothing of the last one's changes stays behind.
        m_tree->clear();
        m_comparison.reset();
        m_message->setText(tr("Choose an account to see what changed since its last review."));
        emit changedItemsChanged({}, {});
        return;
    }
    const QList<Review> reviews = PlanStore(m_workspace->database()).reviews(m_accountId);
    for (const Review &review : reviews) {
        const QString label =
            QStringLiteral("%1 – %2 (%3)")
                .arg(LocalFormat::date(review.date), displayName(review.kind), review.reviewerName);
        m_from->addItem(label, review.id);
        m_to->addItem(label, review.id);
    }
    m_to->addItem(tr("Now"), Now);
    if (hadChoice && m_from->findData(from) >= 0 && m_to->findData(to) >= 0) {
        compare(from, to);
        return;
    }
    // By default: what changed since the last review.
    compare(reviews.isEmpty() ? Now : reviews.last().id, Now);
}

void ComparisonView::compareSelected()
{
    compare(m_from->currentData().toLongLong(), m_to->currentData().toLongLong());
}

std::optional<QJsonObject> ComparisonView::snapshotFor(qint64 reviewId, QString *error) const
{
    if (reviewId == Now)
        return Snapshot::capture(m_workspace->database(), m_accountId, m_today);
    return Snapshot::loadForReview(m_workspace->database(), reviewId, error);
}

void ComparisonView::compare(qint64 fromReviewId, qint64 toReviewId)
{
    m_from->setCurrentIndex(std::max(0, m_from->findData(fromReviewId)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(toReviewId)));
    m_tree->clear();
    m_comparison.reset();
    QString error;
    if (m_from->count() == 0) {
        m_message->setText(
            tr("<b>No review has been recorded for this account yet.</b><br>When a mentor "
               "records a review (Plan &amp; Reviews → Reviews → Record a review…), the account is "
               "kept as "
               "it was that day. This tab then lists what changed since: people who joined or "
               "left, attitudes, pieces, lines, objectives, actions and figures, and the board "
               "marks the changes with a teal Δ."));
        emit changedItemsChanged({}, {});
        return;
    }
    const auto before = snapshotFor(fromReviewId, &error);
    const auto after = before ? snapshotFor(toReviewId, &error) : std::nullopt;
    if (before && after)
        m_comparison = SnapshotComparison::compare(*before, *after, &error);
    if (!m_comparison) {
        m_message->setText(error);
        emit changedItemsChanged({}, {});
        return;
    }
    show(*m_comparison);
    emit changedItemsChanged(m_comparison->changedPersonIds(),
                             m_comparison->changedRelationshipIds());
}

void ComparisonView::show(const SnapshotComparison &comparison)
{
    m_message->setText(
        comparison.changes().isEmpty()
            ? tr("Nothing changed between %1 and %2.")
                  .arg(comparison.beforeDate(), comparison.afterDate())
            : tr("%n change(s) between %1 and %2.", nullptr, int(comparison.changes().size()))
                  .arg(comparison.beforeDate(), comparison.afterDate()));
    for (SnapshotChange::Kind kind : SnapshotComparison::allKinds()) {
        const QList<SnapshotChange> changes = comparison.changesOf(kind);
        if (changes.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)")
                                                       .arg(SnapshotComparison::kindTitle(kind))
                                                       .arg(changes.size())});
        group->setData(0, Qt::UserRole, SnapshotComparison::kindCode(kind));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const SnapshotChange &change : changes) {
            auto *item = new QTreeWidgetItem(
                group, {change.subject, words(kind, change.before), words(kind, change.after)});
            item->setData(0, Qt::UserRole,
                          change.personId ? change.personId : change.relationshipId);
        }
        group->setExpanded(true);
    }
}

QString ComparisonView::message() const
{
    return m_message->text();
}

} // namespace Kingside
