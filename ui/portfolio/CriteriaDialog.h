#pragma once

#include "scoring/Portfolio.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QTabWidget;

namespace Kingside {

class Workspace;
struct Change;

// The workspace's selection criteria (name, description, axis, weight, share of the
// axis) and every account's scores with notes. Shows, before a change is applied, which
// accounts it would move to another tier. Every change is one undoable step.
class CriteriaDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CriteriaDialog(Workspace *workspace, QWidget *parent = nullptr);

    void selectCriterion(qint64 criterionId);
    void selectAccount(qint64 accountId);
    qint64 selectedCriterionId() const;

    // What applying the form would change (also shown in the what-if list).
    QList<TierChange> previewChanges() const { return m_preview; }

private:
    QWidget *createCriteriaPage();
    QWidget *createScoresPage();
    void reload();
    void onChanged(const Change &change);
    void fillForm();
    Criterion formCriterion() const;
    void updateWhatIf();
    void applyEdit();
    void addCriterion();
    void removeCriterion();
    void applySet();
    void fillScores();
    void commitScoreRow(int row);
    bool run(class WorkspaceCommand *command);

    Workspace *m_workspace;
    PortfolioInputs m_inputs;
    QList<TierChange> m_preview;
    bool m_filling = false;

    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_criteriaTable = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_axis = nullptr;
    QDoubleSpinBox *m_weight = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QComboBox *m_sets = nullptr;
    QPushButton *m_applySet = nullptr;
    QLabel *m_whatIfSummary = nullptr;
    QListWidget *m_whatIf = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_account = nullptr;
    QTableWidget *m_scores = nullptr;
};

} // namespace Kingside
