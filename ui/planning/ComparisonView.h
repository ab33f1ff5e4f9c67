#pragma once

#include "planning/SnapshotComparison.h"

#include <QDate>
#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace Kingside {

class Workspace;

// What changed between two reviews of an account, or a review and now: a list grouped
// by kind (people joined or left, attitudes, pieces, lines, objectives, actions,
// figures). Announces the people and lines that changed so the board can mark them.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 Now = 0; // compare with the account as it stands

    explicit ComparisonView(Workspace *workspace, QWidget *parent = nullptr);

    void setAccount(qint64 accountId);
    void setToday(const QDate &today); // the clock for "now" (late actions)
    // Compare the snapshots of two reviews (either may be Now).
    void compare(qint64 fromReviewId, qint64 toReviewId);

    qint64 accountId() const { return m_accountId; }
    const std::optional<SnapshotComparison> &comparison() const { return m_comparison; }
    QTreeWidget *tree() const { return m_tree; }
    QString message() const;

signals:
    // The people and relationships changed between the two snapshots (ids as on the
    // board now; lost lines keep their former id). Emitted after every comparison, with
    // empty sets when nothing can be compared.
    void changedItemsChanged(const QSet<qint64> &personIds, const QSet<qint64> &relationshipIds);

private:
    void reload();
    void compareSelected();
    std::optional<QJsonObject> snapshotFor(qint64 reviewId, QString *error) const;
    void show(const SnapshotComparison &comparison);

    Workspace *m_workspace;
    qint64 m_accountId = 0;
    QDate m_today = QDate::currentDate();
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_message;
    QTreeWidget *m_tree;
    std::optional<SnapshotComparison> m_comparison;
};

} // namespace Kingside
