#pragma once

#include "domain/Account.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace Kingside {

class Workspace;

// Account → Account Properties…: everything the workspace holds about an account — its
// facts (industry, annual sales and currency, profitability, 3-year potential, lifecycle
// stage, review cadence, freshness window, the customer's objectives and buying process),
// its competitors and products, and its mentor. Competitors and products are added and
// removed at once, each one undoable step; the facts and the mentor are written on OK.
// A refused value is said in the dialog, which stays open.
class AccountPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    AccountPropertiesDialog(Workspace *workspace, qint64 accountId, QWidget *parent = nullptr);

    QString message() const;
    // Writes the facts and the mentor; false (and the reason shown) when refused.
    bool apply();
    bool addCompetitor(const QString &name);
    bool addProduct(const QString &name);
    bool removeSelectedCompetitor();
    bool removeSelectedProduct();

    void accept() override;

private:
    void load();
    void loadLists();
    void showMessage(const QString &text);
    bool run(class WorkspaceCommand *command);

    Workspace *m_workspace;
    qint64 m_accountId;
    Account m_account;
    qint64 m_mentorId = 0;

    QLineEdit *m_name;
    QLineEdit *m_industry;
    QDoubleSpinBox *m_sales;
    QComboBox *m_currency;
    QDoubleSpinBox *m_profitability;
    QDoubleSpinBox *m_potential;
    QComboBox *m_stage;
    QSpinBox *m_cadence;
    QSpinBox *m_freshness;
    QPlainTextEdit *m_objectives;
    QPlainTextEdit *m_buyingProcess;
    QListWidget *m_competitors;
    QLineEdit *m_newCompetitor;
    QListWidget *m_products;
    QLineEdit *m_newProduct;
    QComboBox *m_mentor;
    QLineEdit *m_newMentor;
    QLabel *m_message;
};

} // namespace Kingside
