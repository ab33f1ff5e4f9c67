// The window's account actions: new (from a template), rename, duplicate as a template,
// delete, properties; the welcome page shown while there is no account yet (README
// "Your first account").
#include "MainWindow.h"

#include "WelcomePage.h"
#include "board/BoardWidget.h"
#include "commands/DuplicateAccount.h"
#include "commands/RemoveAccount.h"
#include "dialogs/AccountPropertiesDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/NewAccountDialog.h"
#include "itemmodels/AccountListModel.h"
#include "workspace/AccountStore.h"

#include <QAction>
#include <QInputDialog>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kingside {

QWidget *MainWindow::createAccountPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_accountList, 1);
    auto *add = new QPushButton(tr("+ New Account…"), pane);
    add->setObjectName(QStringLiteral("accountListNew"));
    add->setToolTip(tr("Start a new account from a template of departments and levels"));
    connect(add, &QPushButton::clicked, this, [this] { newAccount(); });
    layout->addWidget(add);
    m_accountList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_accountList, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("accountContextMenu"));
        for (QAction *action : std::as_const(m_accountMenuActions))
            menu.addAction(action);
        menu.exec(m_accountList->viewport()->mapToGlobal(at));
    });
    m_accountList->setEditTriggers(QAbstractItemView::EditKeyPressed);
    connect(m_accounts, &AccountListModel::editRefused, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("The account was not renamed"), message);
    });
    return pane;
}

void MainWindow::createAccountActions()
{
    QMenu *menu = menuBar()->addMenu(tr("&Account"));
    menu->setObjectName(QStringLiteral("menuAccount"));
    auto add = [this, menu](const QString &text, const QString &name, const QKeySequence &key,
                            const QString &tip, bool needsAccount, auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, slot);
        m_accountMenuActions.append(action);
        if (needsAccount)
            m_accountActions.append(action);
        return action;
    };
    QAction *newAccountAction = add(
        tr("&New Account…"), QStringLiteral("actionNewAccount"), QKeySequence(tr("Ctrl+Shift+N")),
        tr("Start a new account from a template of departments and levels"), false,
        [this] { newAccount(); });
    m_writeActions.append(newAccountAction);
    m_writeActions.append(add(tr("&Rename Account"), QStringLiteral("actionRenameAccount"),
                              QKeySequence(Qt::Key_F2), tr("Rename the account shown"), true,
                              [this] {
                                  m_accountList->setFocus();
                                  m_accountList->edit(m_accountList->currentIndex());
                              }));
    m_writeActions.append(add(tr("D&uplicate as Template…"),
                              QStringLiteral("actionDuplicateAccount"), QKeySequence(),
                              tr("A new account with this one's departments, levels, walls, "
                                 "products and competitors, but no people"),
                              true, [this] { duplicateAccount(); }));
    m_writeActions.append(add(tr("&Delete Account…"), QStringLiteral("actionDeleteAccount"),
                              QKeySequence(), tr("Delete the account shown and everything in it"),
                              true, [this] { deleteAccount(); }));
    menu->addSeparator();
    add(tr("Account &Properties…"), QStringLiteral("actionAccountProperties"),
        QKeySequence(tr("Alt+Return")),
        tr("Industry, sales, potential, stage, review cadence, competitors, products, mentor"),
        true, [this] { editAccountProperties(); });
}

void MainWindow::createWelcome()
{
    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::newAccountRequested, this, [this] { newAccount(); });
    connect(m_welcome, &WelcomePage::importRequested, this, [this] {
        // Contacts come into an account: name it first, then import into it.
        if (const qint64 id = newAccount())
            importContacts(id);
    });
    connect(m_welcome, &WelcomePage::newWorkspaceRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::openWorkspaceRequested, this,
            [this] { openWorkspaceDialog(Workspace::Mode::ReadWrite); });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoWorkspace);
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);
    connect(m_accounts, &QAbstractItemModel::modelReset, this, &MainWindow::updateCentral);
    connect(m_accounts, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCentral);
    connect(m_accounts, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCentral);
    updateCentral();
}

void MainWindow::updateCentral()
{
    const bool open = m_workspace->isOpen();
    const bool empty = !open || m_accounts->rowCount() == 0;
    m_welcome->setWorkspaceOpen(open, open ? m_workspace->displayName() : QString());
    m_central->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_tabs);
    const bool writable = open && m_workspace->mode() == Workspace::Mode::ReadWrite;
    for (QAction *action : std::as_const(m_writeActions))
        action->setEnabled(writable && (action->objectName() == QLatin1String("actionNewAccount") ||
                                        m_accountId > 0));
}

qint64 MainWindow::newAccount()
{
    QString why;
    if (!m_workspace->mayWrite(false, &why)) {
        QMessageBox::information(this, tr("New Account"), why);
        return 0;
    }
    NewAccountDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    selectAccount(dialog.accountId());
    m_tabs->setCurrentWidget(m_board);
    statusBar()->showMessage(tr("Account created. Click a square on the board to add the client's "
                                "people; Edit → Undo (Ctrl+Z) takes it back."),
                             15000);
    return dialog.accountId();
}

void MainWindow::importContacts(qint64 accountId)
{
    ImportDialog dialog(m_workspace, accountId, this);
    connect(&dialog, &ImportDialog::imported, this, &MainWindow::selectAccount);
    dialog.exec();
}

bool MainWindow::duplicateAccount()
{
    const auto account = AccountStore(m_workspace->database()).account(m_accountId);
    if (!account)
        return false;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Duplicate as Template"),
        tr("The new account gets %1's departments, levels, walls, products and competitors, "
           "but none of its people. Its name:")
            .arg(account->name),
        QLineEdit::Normal, tr("%1 (copy)").arg(account->name), &ok);
    if (!ok)
        return false;
    auto *command = new DuplicateAccount(m_workspace, m_accountId, name);
    if (!m_workspace->execute(command)) {
        QMessageBox::warning(this, tr("The account was not duplicated"),
                             m_workspace->errorString());
        return false;
    }
    selectAccount(command->newAccountId());
    return true;
}

bool MainWindow::deleteAccount()
{
    const AccountStore store(m_workspace->database());
    const auto account = store.account(m_accountId);
    if (!account)
        return false;
    const AccountContents contents = store.contentsSummary(m_accountId);
    QStringList parts;
    const auto part = [&parts](int n, const QString &text) {
        if (n > 0)
            parts.append(text);
    };
    part(contents.clientPeople, tr("%n client people", nullptr, contents.clientPeople));
    part(contents.teamPeople, tr("%n team members", nullptr, contents.teamPeople));
    part(contents.relationships, tr("%n relationships", nullptr, contents.relationships));
    part(contents.actions, tr("%n plan actions", nullptr, contents.actions));
    part(contents.reviews, tr("%n reviews", nullptr, contents.reviews));
    part(contents.snapshots, tr("%n snapshots", nullptr, contents.snapshots));
    const QString what = parts.isEmpty()
                             ? tr("Its board is empty.")
                             : tr("With it go %1.").arg(parts.join(QStringLiteral(", ")));
    QMessageBox box(QMessageBox::Warning, tr("Delete Account"),
                    tr("Delete the account “%1”?").arg(account->name), QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteAccountConfirmation"));
    box.setInformativeText(what + QStringLiteral("\n\n") +
                           tr("Edit → Undo (Ctrl+Z) brings it all back."));
    QPushButton *remove = box.addButton(tr("Delete Account"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteAccountConfirm"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return false;
    if (!m_workspace->execute(new RemoveAccount(m_workspace, m_accountId))) {
        QMessageBox::warning(this, tr("The account was not deleted"), m_workspace->errorString());
        return false;
    }
    statusBar()->showMessage(
        tr("Deleted %1. Edit → Undo (Ctrl+Z) brings it back.").arg(account->name), 15000);
    return true;
}

bool MainWindow::editAccountProperties()
{
    if (m_accountId <= 0)
        return false;
    AccountPropertiesDialog dialog(m_workspace, m_accountId, this);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace Kingside
