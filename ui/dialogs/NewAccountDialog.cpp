#include "NewAccountDialog.h"

#include "commands/AddAccount.h"
#include "domain/AccountTemplates.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kingside {
namespace {

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

} // namespace

NewAccountDialog::NewAccountDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_templates(AccountTemplates::all()),
      m_name(new QLineEdit(this)), m_template(new QComboBox(this)), m_industry(new QLineEdit(this)),
      m_departments(new QPlainTextEdit(this)), m_levels(new QPlainTextEdit(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("newAccountDialog"));
    setWindowTitle(tr("New Account"));
    m_name->setObjectName(QStringLiteral("newAccountName"));
    m_name->setPlaceholderText(tr("The client organisation, e.g. Halvorsen Maritime Group"));
    m_template->setObjectName(QStringLiteral("newAccountTemplate"));
    for (const AccountTemplate &entry : std::as_const(m_templates))
        m_template->addItem(entry.name, entry.key);
    m_industry->setObjectName(QStringLiteral("newAccountIndustry"));
    m_departments->setObjectName(QStringLiteral("newAccountDepartments"));
    m_departments->setToolTip(tr("One department per line, left to right: the board's files"));
    m_departments->setTabChangesFocus(true);
    m_levels->setObjectName(QStringLiteral("newAccountLevels"));
    m_levels->setToolTip(tr("One level per line, top (board) to bottom: the board's ranks"));
    m_levels->setTabChangesFocus(true);
    m_message->setObjectName(QStringLiteral("newAccountMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Industry:"), m_industry);
    auto *structure = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *departmentsLabel = new QLabel(tr("&Departments (files, left to right):"), this);
    departmentsLabel->setBuddy(m_departments);
    left->addWidget(departmentsLabel);
    left->addWidget(m_departments);
    auto *right = new QVBoxLayout;
    auto *levelsLabel = new QLabel(tr("&Levels (ranks, top to bottom):"), this);
    levelsLabel->setBuddy(m_levels);
    right->addWidget(levelsLabel);
    right->addWidget(m_levels);
    structure->addLayout(left);
    structure->addLayout(right);
    auto *hint = new QLabel(tr("Change the template freely: every department and level can also "
                               "be added, renamed, reordered and removed later on the board's "
                               "edges."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Account"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newAccountCreate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(structure, 1);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(620, 480);

    connect(m_template, &QComboBox::currentIndexChanged, this, &NewAccountDialog::applyTemplate);
    applyTemplate(0);
}

void NewAccountDialog::applyTemplate(int index)
{
    if (index < 0 || index >= m_templates.size())
        return;
    const AccountTemplate &chosen = m_templates[index];
    m_industry->setText(chosen.industry);
    m_departments->setPlainText(chosen.departments.join(QLatin1Char('\n')));
    m_levels->setPlainText(chosen.levels.join(QLatin1Char('\n')));
}

AccountTemplate NewAccountDialog::editedTemplate() const
{
    AccountTemplate edited = m_templates.value(m_template->currentIndex());
    edited.industry = m_industry->text().trimmed();
    edited.departments = linesOf(m_departments);
    edited.levels = linesOf(m_levels);
    return edited;
}

QString NewAccountDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

bool NewAccountDialog::create()
{
    Account account;
    account.name = m_name->text().trimmed();
    const AccountTemplate chosen = editedTemplate();
    account.industry = chosen.industry;
    auto *command = new AddAccount(m_workspace, account, chosen);
    if (!m_workspace->execute(command)) {
        m_message->setText(m_workspace->errorString());
        m_message->show();
        m_name->setFocus();
        return false;
    }
    m_accountId = command->accountId();
    return true;
}

void NewAccountDialog::accept()
{
    if (create())
        QDialog::accept();
}

} // namespace Kingside
