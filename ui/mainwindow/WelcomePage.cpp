#include "WelcomePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kingside {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_text(new QLabel(this)),
      m_newAccount(new QPushButton(tr("New Account…"), this)),
      m_import(new QPushButton(tr("Import Contacts…"), this)),
      m_newWorkspace(new QPushButton(tr("New Workspace…"), this)),
      m_open(new QPushButton(tr("Open Workspace…"), this)),
      m_demo(new QPushButton(tr("Open the Demo"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_heading->setObjectName(QStringLiteral("welcomeHeading"));
    m_heading->setAlignment(Qt::AlignCenter);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_heading->setFont(big);
    m_text->setObjectName(QStringLiteral("welcomeText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(620);
    m_text->setTextFormat(Qt::RichText);

    const QList<std::pair<QPushButton *, const char *>> buttons{
        {m_newAccount, "welcomeNewAccount"},
        {m_import, "welcomeImport"},
        {m_newWorkspace, "welcomeNewWorkspace"},
        {m_open, "welcomeOpen"},
        {m_demo, "welcomeDemo"}};
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    for (const auto &[button, name] : buttons) {
        button->setObjectName(QLatin1String(name));
        button->setMinimumHeight(36);
        row->addWidget(button);
    }
    row->addStretch(1);
    m_newAccount->setDefault(true);
    m_newAccount->setToolTip(tr("Name the client and choose the departments and levels of its "
                                "board"));
    m_import->setToolTip(tr("Bring in the people of an account from a CRM, Outlook, Google, "
                            "LinkedIn or vCard export"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_heading);
    layout->addSpacing(12);
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(m_text);
    centred->addStretch(1);
    layout->addLayout(centred);
    layout->addSpacing(20);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_newAccount, &QPushButton::clicked, this, &WelcomePage::newAccountRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(m_newWorkspace, &QPushButton::clicked, this, &WelcomePage::newWorkspaceRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openWorkspaceRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    setWorkspaceOpen(false);
}

void WelcomePage::setWorkspaceOpen(bool open, const QString &workspaceName)
{
    if (open) {
        m_heading->setText(tr("%1 has no accounts yet").arg(workspaceName));
        m_text->setText(
            tr("<p>An account is one client organisation you want to win or grow. Start one "
               "with <b>New Account…</b>: name the client and choose a template of its "
               "departments (the board's files) and levels (its ranks), which you can change "
               "at any time on the board's edges.</p><p>Or bring its people in from a contact "
               "export with <b>Import Contacts…</b> (Salesforce, HubSpot, Outlook, Google, "
               "LinkedIn, vCard, CSV).</p><p>Then place the client's people on the board, add "
               "our team on the rail, and draw the relationships between them.</p>"));
    } else {
        m_heading->setText(tr("Welcome to Kingside"));
        m_text->setText(tr("<p>Kingside keeps your key accounts in a workspace: one file on "
                           "your computer. Create a new workspace for your own accounts, open "
                           "one, or look around the demo first.</p>"));
    }
    m_newAccount->setVisible(open);
    m_import->setVisible(open);
    m_newWorkspace->setVisible(!open);
    m_open->setVisible(!open);
    m_demo->setVisible(!open);
}

} // namespace Kingside
