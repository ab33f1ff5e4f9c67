#pragma once

#include "planning/PlanningEnums.h"

#include <QDate>
#include <QDialog>
#include <QMap>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace Kingside {

class Workspace;

// Records a mentor's review of an account: date, reviewer, kind, a traffic light per
// plan section, comments on the plan or its elements, and agreed actions, which become
// plan actions when the review is recorded. Works in review mode.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(Workspace *workspace, qint64 accountId, const QDate &today,
                 QWidget *parent = nullptr);

    // Rows added by code as the buttons do (also used by tests).
    void addCommentRow(CommentTarget target = CommentTarget::Plan, qint64 targetId = 0,
                       const QString &text = {});
    void addAgreedActionRow(const QString &title = {}, qint64 ownerId = 0, const QDate &due = {});

    qint64 reviewId() const { return m_reviewId; }
    QString errorText() const;

    void accept() override;

private:
    void fillTargets(QComboBox *items, CommentTarget target) const;

    Workspace *m_workspace;
    qint64 m_accountId;
    QDate m_today;
    qint64 m_reviewId = 0;
    QDateEdit *m_date;
    QLineEdit *m_reviewer;
    QComboBox *m_kind;
    QPlainTextEdit *m_summary;
    QMap<ReviewSection, QComboBox *> m_lights;
    QTableWidget *m_comments;
    QTableWidget *m_actions;
    QLabel *m_error;
};

} // namespace Kingside
