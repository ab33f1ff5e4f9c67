#pragma once

#include "scoring/TierScheme.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Kingside {

class Workspace;

// Tier schemes: the built-in Football, Olympic and Airline (read-only, can be copied) and
// the workspace's own, by score thresholds or by rank (top N). Bands are checked as they
// are typed; overlapping or unordered bands cannot be saved.
class TierSchemeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TierSchemeDialog(Workspace *workspace, QWidget *parent = nullptr);

    void selectScheme(const QString &name);
    // The scheme as the form shows it, and what is wrong with it (empty when fine).
    TierScheme formScheme() const;
    QString problem() const;

private:
    void reload();
    void fillForm();
    void validateForm();
    void newScheme();
    void copyScheme();
    void saveScheme();
    void removeScheme();
    void useScheme();
    void addBand();
    void removeBand();
    bool run(class WorkspaceCommand *command);

    Workspace *m_workspace;
    QList<TierScheme> m_schemes;
    qint64 m_editingId = 0; // 0 = a new scheme
    bool m_filling = false;

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_basis = nullptr;
    QTableWidget *m_bands = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_addBand = nullptr;
    QPushButton *m_removeBand = nullptr;
};

} // namespace Kingside
