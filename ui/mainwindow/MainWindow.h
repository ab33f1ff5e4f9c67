#pragma once

#include "workspace/Workspace.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QListView;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Kingside {

class AccountListModel;
class BoardWidget;
class PlanView;
class PortfolioView;
class PrintController;
class QuestionsPanel;
class PeopleTableModel;
class RelationshipTableModel;
class TablePage;
class Tour;
class WelcomePage;

// The main window: the account list on the left, the open account's views in tabs,
// menus for workspaces and undo. Owns the open Workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    qint64 currentAccountId() const { return m_accountId; }

    // Open a workspace as the user asked on the command line or from a menu; errors
    // are shown in a dialog. Returns whether it opened.
    bool openWorkspace(const QString &path, Workspace::Mode mode = Workspace::Mode::ReadWrite);
    bool openDemoWorkspace();
    void selectAccount(qint64 accountId);

    // MainWindowAccounts.cpp: Account → New (returns the new account's id, 0 when
    // cancelled), Duplicate as Template, Delete (each asks first), Properties.
    qint64 newAccount();
    bool duplicateAccount();
    bool deleteAccount();
    bool editAccountProperties();
    void importContacts(qint64 accountId);

    // MainWindowMenus.cpp: the first run's tour. offerTour() starts it unless it was
    // dismissed (the program calls it when the demo opens; tests never do); startTour()
    // always (Help → Tour).
    void offerTour();
    void startTour();
    Tour *tour() const { return m_tour; }

    // Where later views (board, questions, plan) join the window.
    QTabWidget *accountTabs() const { return m_tabs; }
    // The chessboard of the current account: the first, default tab.
    BoardWidget *board() const { return m_board; }

signals:
    void currentAccountChanged(qint64 accountId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createViews();
    void updateTitle();
    void updateRecentMenu();
    void onWorkspaceOpened();
    void showAccount(qint64 accountId);
    // MainWindowPanels.cpp: the views and actions of the product's areas.
    void createPanels();
    QWidget *createAccountPane();
    void createAccountActions();
    void createWelcome();
    void updateCentral();
    // MainWindowTables.cpp: the People and Relationships tabs.
    void createTablePages();
    // MainWindowAccessibility.cpp: names and descriptions for assistive technology.
    void describeWidgets();
    void createDocumentActions(QMenu *file);
    void updateAccountActions();
    void flagOverdueReviews();
    void onEditFailed(const QString &message);
    void newWorkspace();
    void openWorkspaceDialog(Workspace::Mode mode);
    void about();
    // MainWindowMenus.cpp: the Board and Plan menus, View → Language, Help → Tour, and the
    // panels' buttons tied to their menu commands (README "Desktop behaviour").
    void createBoardMenu();
    void createPlanMenu();
    void createLanguageMenu(QMenu *view);
    void linkButtons();

    Workspace *m_workspace;
    qint64 m_accountId = 0;
    AccountListModel *m_accounts;
    PeopleTableModel *m_people;
    RelationshipTableModel *m_relationships;
    QListView *m_accountList = nullptr;
    QTabWidget *m_tabs = nullptr;
    BoardWidget *m_board = nullptr;
    TablePage *m_peoplePage = nullptr;
    TablePage *m_relationshipPage = nullptr;
    QTableView *m_peopleView = nullptr;
    QTableView *m_relationshipView = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_modeLabel = nullptr;
    PortfolioView *m_portfolio = nullptr;
    PlanView *m_plan = nullptr;
    QuestionsPanel *m_questions = nullptr;
    QDockWidget *m_questionsDock = nullptr;
    QDockWidget *m_accountsDock = nullptr;
    PrintController *m_print = nullptr;
    QList<QAction *> m_accountActions;     // need an open account
    QList<QAction *> m_accountMenuActions; // the Account menu, also the list's context menu
    QList<QAction *> m_writeActions;       // need a workspace open for writing
    WelcomePage *m_welcome = nullptr;
    QStackedWidget *m_central = nullptr;
    Tour *m_tour = nullptr;
};

} // namespace Kingside
