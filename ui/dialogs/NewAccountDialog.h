#pragma once

#include "domain/AccountTemplate.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Kingside {

class Workspace;

// New Account…: a name, a template of departments and levels (standard, by industry or
// blank) that the user can change before creating, and one undoable AddAccount on OK.
// A refusal (an empty or taken name, two departments of one name) is shown in the dialog,
// which stays open.
class NewAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAccountDialog(Workspace *workspace, QWidget *parent = nullptr);

    qint64 accountId() const { return m_accountId; }
    QString message() const;

    // The template as edited: the chosen one with the departments and levels typed here.
    AccountTemplate editedTemplate() const;
    // Creates the account; false (and the reason shown) when refused.
    bool create();

    void accept() override;

private:
    void applyTemplate(int index);

    Workspace *m_workspace;
    qint64 m_accountId = 0;
    QList<AccountTemplate> m_templates;
    QLineEdit *m_name;
    QComboBox *m_template;
    QLineEdit *m_industry;
    QPlainTextEdit *m_departments;
    QPlainTextEdit *m_levels;
    QLabel *m_message;
};

} // namespace Kingside
