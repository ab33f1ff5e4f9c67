#pragma once

#include "workspace/Change.h"

#include <QDate>
#include <QSet>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QTabWidget;

namespace Kingside {

class ActionsEditor;
class ComparisonView;
class ReviewPanel;
class Workspace;

// The long-term account plan of one account: lifecycle stage and its history, key
// information, objectives with traffic lights, actions (overdue ones highlighted), the
// team's agreements; a tab with the mentor's reviews and one with what changed.
// Every edit is an undoable command; in read-only and review mode the plan is shown
// but not editable (comments and reviews stay possible in review mode).
class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(Workspace *workspace, QWidget *parent = nullptr);

    void setAccount(qint64 accountId);
    qint64 accountId() const { return m_accountId; }
    // The clock for overdue actions, due reviews and new reviews (tests fix it).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    ComparisonView *comparisonView() const { return m_comparison; }
    ReviewPanel *reviewPanel() const { return m_reviews; }
    QString errorText() const;

signals:
    // Forwarded from the comparison: people and relationships changed between the two
    // compared snapshots, for the board to mark.
    void changedItemsChanged(const QSet<qint64> &personIds, const QSet<qint64> &relationshipIds);

private:
    QWidget *createPlanPage();
    void onChanged(const Change &change);
    void scheduleReload();
    void reload();
    void reloadStage();
    void reloadKeyInformation();
    void reloadObjectives();
    void reloadAgreements();
    void updateEditability();
    bool run(class WorkspaceCommand *command);

    void setStage();
    void saveKeyInformation();
    void newPlanVersion();
    void addObjective();
    void removeObjective();
    void objectiveItemChanged(QTableWidgetItem *item);
    void recordAgreement();

    Workspace *m_workspace;
    qint64 m_accountId = 0;
    QDate m_today = QDate::currentDate();
    bool m_loading = false;
    bool m_reloadPending = false;

    QTabWidget *m_tabs;
    QLabel *m_alerts;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_error;
    QComboBox *m_stage;
    QDateEdit *m_stageSince;
    QPushButton *m_setStage;
    QLabel *m_history;
    QPlainTextEdit *m_businessObjectives;
    QPlainTextEdit *m_buyingProcess;
    QPlainTextEdit *m_strategy;
    QPlainTextEdit *m_competitorNotes;
    QDoubleSpinBox *m_revenue;
    QDoubleSpinBox *m_profit;
    QLabel *m_version;
    QLabel *m_keyPeople;
    QLabel *m_rivals;
    QPushButton *m_saveKeyInfo;
    QPushButton *m_newVersion;
    QTableWidget *m_objectives;
    QPushButton *m_addObjective;
    QPushButton *m_removeObjective;
    ActionsEditor *m_actionsEditor;
    QListWidget *m_agreements;
    QComboBox *m_agreeWho;
    QPushButton *m_recordAgreement;
    ReviewPanel *m_reviews;
    ComparisonView *m_comparison;
};

} // namespace Kingside
