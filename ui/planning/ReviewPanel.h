#pragma once

#include "workspace/Change.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Kingside {

class Workspace;

// The mentor's side of an account: who mentors it, the review cadence and the next
// review date (flagged when overdue), the recorded reviews with their traffic lights
// and comments (a comment on something deleted since is marked), and the buttons to
// record a review, comment on the plan and compare reviews.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(Workspace *workspace, QWidget *parent = nullptr);

    void setAccount(qint64 accountId);
    void setToday(const QDate &today);

    QTreeWidget *reviewsTree() const { return m_reviews; }
    QString nextReviewText() const;

public slots:
    // Opens the review dialog; returns the new review's id, 0 when cancelled.
    qint64 recordReview();

signals:
    void compareRequested(qint64 fromReviewId, qint64 toReviewId); // 0: now

private:
    void reload();
    void addComment();
    void compareSelected();

    Workspace *m_workspace;
    qint64 m_accountId = 0;
    QDate m_today = QDate::currentDate();
    bool m_loading = false;
    QLabel *m_mentor;
    QSpinBox *m_cadence;
    QLabel *m_next;
    QTreeWidget *m_reviews;
    QLineEdit *m_commentAuthor;
    QLineEdit *m_commentText;
    QPushButton *m_addComment;
    QPushButton *m_record;
    QPushButton *m_compare;
    QLabel *m_error;
};

} // namespace Kingside
