#include "MainWindow.h"

#include "LanguageMenu.h"
#include "RecentWorkspaces.h"
#include "WorkspaceOpener.h"
#include "board/BoardView.h"
#include "board/BoardWidget.h"
#include "itemmodels/AccountListModel.h"
#include "itemmodels/PeopleTableModel.h"
#include "itemmodels/RelationshipTableModel.h"
#include "panels/TablePage.h"
#include "portfolio/PortfolioView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

namespace Kingside {

namespace {

QString workspaceFilter()
{
    return MainWindow::tr("Kingside workspaces (*.kingside);;All files (*)");
}

// What each command of the menus does, in the status bar while the pointer is on it, and
// in its tooltip with its key (README "Working with the board").
void describeActions(QWidget *window)
{
    const QHash<QString, QString> hints{
        {QStringLiteral("actionNew"),
         MainWindow::tr("Create an empty workspace file and start your first account")},
        {QStringLiteral("actionOpen"), MainWindow::tr("Open a workspace file to work in")},
        {QStringLiteral("actionOpenReview"),
         MainWindow::tr("Open a workspace as its mentor: comments and reviews only, the plan "
                        "and the board stay as they are")},
        {QStringLiteral("actionOpenReadOnly"),
         MainWindow::tr("Open a workspace to read it; nothing can be changed")},
        {QStringLiteral("actionOpenDemo"),
         MainWindow::tr("Open the built-in demo workspace of four accounts")},
        {QStringLiteral("actionImport"),
         MainWindow::tr("Bring in people from a CRM, mail or phone export (CSV, vCard, Excel, "
                        "OpenDocument)")},
        {QStringLiteral("actionImportActivity"),
         MainWindow::tr("Read a calendar or mail export to bring each line's last contact up "
                        "to date")},
        {QStringLiteral("actionPrint"), MainWindow::tr("Print the account's map")},
        {QStringLiteral("actionPrintPreview"),
         MainWindow::tr("See the printed map page by page before printing")},
        {QStringLiteral("actionExportPdf"), MainWindow::tr("Save the map as a PDF document")},
        {QStringLiteral("actionExportSvg"),
         MainWindow::tr("Save the map as an SVG drawing for other programs")},
        {QStringLiteral("actionExportPng"), MainWindow::tr("Save the map as a PNG picture")},
        {QStringLiteral("actionExportReviewPack"),
         MainWindow::tr("Save the mentor's review pack (map, questions, plan) as a PDF")},
        {QStringLiteral("actionQuit"), MainWindow::tr("Close Kingside; every edit is saved")},
        {QStringLiteral("actionShowPortfolio"),
         MainWindow::tr("Show every account's scores, tier and quadrant")},
        {QStringLiteral("actionCriteria"),
         MainWindow::tr("Choose the criteria and weights that score the accounts")},
        {QStringLiteral("actionTierSchemes"),
         MainWindow::tr("Name the tiers and set the scores that divide them")},
        {QStringLiteral("actionExportChart"),
         MainWindow::tr("Save the directional-policy matrix as PDF, SVG or PNG")},
        {QStringLiteral("actionPrintChart"), MainWindow::tr("Print the directional-policy matrix")},
        {QStringLiteral("actionUndo"), MainWindow::tr("Take back the last edit")},
        {QStringLiteral("actionRedo"), MainWindow::tr("Make the edit that was taken back again")},
        {QStringLiteral("actionZoomIn"), MainWindow::tr("Show the board larger")},
        {QStringLiteral("actionZoomOut"), MainWindow::tr("Show more of the board")},
        {QStringLiteral("actionZoomFit"), MainWindow::tr("Fit the whole board into the window")},
        {QStringLiteral("actionShowQuestions"),
         MainWindow::tr("Show or hide the ten questions and their answers")},
        {QStringLiteral("actionShowAccounts"), MainWindow::tr("Show or hide the accounts list")},
        {QStringLiteral("actionAbout"), MainWindow::tr("Which version of Kingside this is")},
        {QStringLiteral("actionTour"),
         MainWindow::tr("A short tour of the board, the Questions panel, the portfolio and the "
                        "plan")},
    };
    for (QAction *action : window->findChildren<QAction *>()) {
        const auto hint = hints.constFind(action->objectName());
        if (hint == hints.cend()) {
            // Commands described where they are made still name their key.
            const QString key = action->shortcut().toString(QKeySequence::NativeText);
            if (!key.isEmpty() && !action->toolTip().contains(key))
                action->setToolTip(QStringLiteral("%1 (%2)").arg(action->toolTip(), key));
            continue;
        }
        if (action->statusTip().isEmpty())
            action->setStatusTip(*hint);
        const QKeySequence key = action->shortcut();
        const QString name = action->text().remove(QLatin1Char('&')).remove(QChar(0x2026));
        action->setToolTip(key.isEmpty() ? name
                                         : QStringLiteral("%1 (%2)").arg(
                                               name, key.toString(QKeySequence::NativeText)));
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workspace(new Workspace(this)),
      m_accounts(new AccountListModel(m_workspace, this)),
      m_people(new PeopleTableModel(m_workspace, this)),
      m_relationships(new RelationshipTableModel(m_workspace, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    createViews();
    createPanels();
    createActions();
    describeActions(this);
    describeWidgets();
    connect(m_workspace, &Workspace::opened, this, &MainWindow::onWorkspaceOpened);
    connect(m_workspace, &Workspace::closed, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::closed, this, &MainWindow::updateCentral);
    connect(m_workspace, &Workspace::editFailed, this, &MainWindow::onEditFailed);
    connect(m_workspace->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    updateTitle();
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // A first run fits the screen it opens on (a 1280 × 720 laptop too).
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect();
        resize(screen.isEmpty() ? QSize(1400, 900)
                                : QSize(qMin(1400, screen.width()), qMin(900, screen.height())));
    }
    // The layout is kept between runs: docks, and the board's splitters (README "Reading
    // the board"). A first run gives Questions the room and the short account list less.
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        resizeDocks({m_accountsDock, m_questionsDock}, {150, 600}, Qt::Vertical);
    m_board->restoreLayout(settings.value(QStringLiteral("window/board")).toByteArray());
    m_portfolio->restoreLayout(settings.value(QStringLiteral("window/portfolio")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Close while every view is still alive: closing announces itself to them.
    m_workspace->close();
    disconnect(m_accounts, nullptr, this, nullptr);
}

void MainWindow::createViews()
{
    m_accountList = new QListView(this);
    m_accountList->setObjectName(QStringLiteral("accountList"));
    m_accountList->setModel(m_accounts);
    connect(m_accountList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = m_accounts->accountIdAt(current.row());
                if (id != m_accountId)
                    showAccount(id);
            });
    // After a reset (another workspace, an account added or renamed) keep the account
    // shown when it is still there, else show the largest.
    connect(m_accounts, &QAbstractItemModel::modelReset, this, [this] {
        int row = m_accounts->rowOf(m_accountId);
        if (row < 0)
            row = m_accounts->rowOfLargest();
        const qint64 id = m_accounts->accountIdAt(row);
        m_accountId = id; // the currentChanged handler leaves the showing to us
        m_accountList->setCurrentIndex(row >= 0 ? m_accounts->index(row) : QModelIndex());
        showAccount(id);
    });

    auto *dock = new QDockWidget(tr("Accounts"), this);
    dock->setObjectName(QStringLiteral("accountsDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_accountsDock = dock;
    dock->setWidget(createAccountPane());
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    m_tabs->setDocumentMode(true);
    createTablePages();
    m_board = new BoardWidget(m_workspace, this);
    m_tabs->addTab(m_board, tr("Board"));
    connect(this, &MainWindow::currentAccountChanged, m_board, &BoardWidget::setAccount);
    m_tabs->addTab(m_peoplePage, tr("People"));
    m_tabs->addTab(m_relationshipPage, tr("Relationships"));
    createWelcome();

    m_modeLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_modeLabel);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    auto add = [this](QMenu *menu, const QString &text, const QString &name,
                      const QKeySequence &shortcut, auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(file, tr("&New Workspace…"), QStringLiteral("actionNew"), QKeySequence::New,
        &MainWindow::newWorkspace);
    add(file, tr("&Open Workspace…"), QStringLiteral("actionOpen"), QKeySequence::Open,
        [this] { openWorkspaceDialog(Workspace::Mode::ReadWrite); });
    add(file, tr("Open for &Review…"), QStringLiteral("actionOpenReview"), QKeySequence(),
        [this] { openWorkspaceDialog(Workspace::Mode::Review); });
    add(file, tr("Open Read-&Only…"), QStringLiteral("actionOpenReadOnly"), QKeySequence(),
        [this] { openWorkspaceDialog(Workspace::Mode::ReadOnly); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    add(file, tr("Open &Demo Workspace"), QStringLiteral("actionOpenDemo"), QKeySequence(),
        &MainWindow::openDemoWorkspace);
    file->addSeparator();
    createDocumentActions(file);
    add(file, tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence::Quit, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    QAction *undo = m_workspace->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_workspace->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    // The platform's Redo keys, with Ctrl+Shift+Z and Ctrl+Y wherever the platform lacks
    // them: each key once, or Qt finds the shortcut ambiguous and runs neither.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *remove =
        add(edit, tr("&Delete"), QStringLiteral("actionDelete"), QKeySequence::Delete, [this] {
            if (m_tabs->currentWidget() == m_board)
                m_board->deleteSelection();
            else if (m_tabs->currentWidget() == m_peoplePage)
                m_peoplePage->removeSelected();
            else if (m_tabs->currentWidget() == m_relationshipPage)
                m_relationshipPage->removeSelected();
        });
    remove->setStatusTip(tr("Delete the selected person, line or wall on the board, or the "
                            "selected rows of a table"));

    createAccountActions();
    createBoardMenu();
    createPlanMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    QAction *zoomIn = add(view, tr("Zoom &In"), QStringLiteral("actionZoomIn"),
                          QKeySequence::ZoomIn, [this] { m_board->view()->zoomIn(); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    add(view, tr("Zoom &Out"), QStringLiteral("actionZoomOut"), QKeySequence::ZoomOut,
        [this] { m_board->view()->zoomOut(); });
    add(view, tr("&Fit Board"), QStringLiteral("actionZoomFit"), QKeySequence(tr("Ctrl+0")),
        [this] { m_board->view()->zoomToFit(); });
    view->addSeparator();
    // A closed panel comes back from here.
    QAction *questions = m_questionsDock->toggleViewAction();
    questions->setText(tr("&Questions Panel"));
    questions->setObjectName(QStringLiteral("actionShowQuestions"));
    view->addAction(questions);
    QAction *accounts = m_accountsDock->toggleViewAction();
    accounts->setText(tr("&Accounts Panel"));
    accounts->setObjectName(QStringLiteral("actionShowAccounts"));
    view->addAction(accounts);
    view->addSeparator();
    createLanguageMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    add(help, tr("&Tour of the Window"), QStringLiteral("actionTour"), QKeySequence(),
        &MainWindow::startTour);
    add(help, tr("&About Kingside"), QStringLiteral("actionAbout"), QKeySequence(),
        &MainWindow::about);
    linkButtons();
}

bool MainWindow::openWorkspace(const QString &path, Workspace::Mode mode)
{
    return WorkspaceOpener::open(this, m_workspace, path, mode);
}

bool MainWindow::openDemoWorkspace()
{
    if (!WorkspaceOpener::openDemo(this, m_workspace))
        return false;
    // The demo starts on the portfolio: the accounts in their tiers, one click from a board.
    m_tabs->setCurrentWidget(m_portfolio);
    return true;
}

void MainWindow::selectAccount(qint64 accountId)
{
    const int row = m_accounts->rowOf(accountId);
    if (row >= 0)
        m_accountList->setCurrentIndex(m_accounts->index(row));
}

void MainWindow::showAccount(qint64 accountId)
{
    m_accountId = accountId;
    m_people->setAccount(accountId);
    m_relationships->setAccount(accountId);
    m_peopleView->resizeColumnsToContents();
    m_relationshipView->resizeColumnsToContents();
    updateTitle();
    updateAccountActions();
    updateCentral();
    emit currentAccountChanged(accountId);
}

void MainWindow::onWorkspaceOpened()
{
    // The account list reloads itself on opened() and shows the largest account.
    updateTitle();
    updateAccountActions();
    updateCentral();
    flagOverdueReviews();
}

void MainWindow::onEditFailed(const QString &message)
{
    QMessageBox::warning(this, tr("The change was not saved"), message);
}

void MainWindow::updateTitle()
{
    if (!m_workspace->isOpen()) {
        setWindowTitle(tr("Kingside"));
        m_modeLabel->setText(tr("No workspace open"));
        return;
    }
    const QModelIndex current = m_accountList->currentIndex();
    const QString account = current.isValid() ? current.data().toString() : QString();
    setWindowTitle(account.isEmpty()
                       ? tr("%1 — Kingside").arg(m_workspace->displayName())
                       : tr("%1 · %2 — Kingside").arg(account, m_workspace->displayName()));
    switch (m_workspace->mode()) {
    case Workspace::Mode::ReadWrite:
        m_modeLabel->setText(QDir::toNativeSeparators(m_workspace->path()));
        break;
    case Workspace::Mode::ReadOnly:
        m_modeLabel->setText(tr("Read-only: %1").arg(m_workspace->path()));
        break;
    case Workspace::Mode::Review:
        m_modeLabel->setText(tr("Review mode: comments only"));
        break;
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentWorkspaces::list();
    for (const QString &path : recent) {
        // A workspace opened for review (or read-only) opens the same way again.
        const Workspace::Mode mode = RecentWorkspaces::modeOf(path);
        const QString shown = QDir::toNativeSeparators(path);
        QAction *action = m_recentMenu->addAction(
            mode == Workspace::Mode::Review     ? tr("%1 (for review)").arg(shown)
            : mode == Workspace::Mode::ReadOnly ? tr("%1 (read-only)").arg(shown)
                                                : shown);
        connect(action, &QAction::triggered, this,
                [this, path, mode] { openWorkspace(path, mode); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QDir::homePath(),
                                                workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".kingside");
    WorkspaceOpener::create(this, m_workspace, path);
}

void MainWindow::openWorkspaceDialog(Workspace::Mode mode)
{
    const QString title = mode == Workspace::Mode::Review     ? tr("Open for Review")
                          : mode == Workspace::Mode::ReadOnly ? tr("Open Read-Only")
                                                              : tr("Open Workspace");
    const QString path = QFileDialog::getOpenFileName(
        this, title, QFileInfo(m_workspace->path()).absolutePath(), workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(path, mode);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Kingside"),
                       tr("<h3>Kingside %1</h3><p>Key account relationship maps on a "
                          "chessboard: who decides, who is with us, and how to reach the King.</p>")
                           .arg(QStringLiteral(KINGSIDE_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/board"), m_board->saveLayout());
    settings.setValue(QStringLiteral("window/portfolio"), m_portfolio->saveLayout());
    m_workspace->close();
    event->accept();
}

} // namespace Kingside
