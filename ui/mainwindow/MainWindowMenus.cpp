// The menus that make every panel's command reachable from the menu bar (README "Desktop
// behaviour"): Board (the tools and the board's commands), Plan (the plan's and reviews'
// buttons), View → Language, Help → Tour, and the buttons tied to the commands they share.
#include "MainWindow.h"

#include "LanguageMenu.h"
#include "Tour.h"
#include "board/BoardWidget.h"
#include "domain/Translations.h"
#include "panels/ButtonAction.h"
#include "planning/PlanView.h"
#include "portfolio/PortfolioView.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace Kingside {

void MainWindow::createBoardMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Board"));
    menu->setObjectName(QStringLiteral("menuBoard"));
    QAction *show = menu->addAction(tr("Show the &Board"));
    show->setObjectName(QStringLiteral("actionShowBoard"));
    show->setStatusTip(tr("Show the chessboard of the account picked"));
    connect(show, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_board); });
    m_accountActions.append(show);
    menu->addSeparator();
    // A tool chosen from the menu is for the board: the board comes into sight with it.
    for (QAction *tool : m_board->toolActions()) {
        menu->addAction(tool);
        connect(tool, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_board); });
    }
    menu->addSeparator();
    for (QAction *command : m_board->commands()) {
        menu->addAction(command);
        connect(command, &QAction::triggered, this, [this] {
            if (m_tabs->currentWidget() != m_board)
                m_tabs->setCurrentWidget(m_board);
        });
        // The board's commands need an account; the board's own mode switches them off
        // in review and read-only.
        if (command->objectName() == QLatin1String("actionFindPerson") ||
            command->objectName() == QLatin1String("actionClearFilters"))
            m_accountActions.append(command);
    }
}

void MainWindow::createPlanMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("P&lan"));
    menu->setObjectName(QStringLiteral("menuPlan"));
    QAction *show = menu->addAction(tr("Show Plan && &Reviews"));
    show->setObjectName(QStringLiteral("actionShowPlan"));
    show->setStatusTip(tr("Show the account plan, its reviews and what changed since"));
    connect(show, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_plan); });
    m_accountActions.append(show);
    menu->addSeparator();
    // Each entry clicks the plan's own button, so it is on exactly when the button is.
    const QList<std::tuple<QString, QString, QString, QString>> mirrored{
        {QStringLiteral("newVersionButton"), tr("Start a New Plan &Version"),
         QStringLiteral("actionNewPlanVersion"),
         tr("Keep the plan as it is as a version, and go on editing a new one")},
        {QStringLiteral("addObjectiveButton"), tr("Add &Objective"),
         QStringLiteral("actionAddObjective"), tr("Add a long-term objective to the plan")},
        {QStringLiteral("removeObjectiveButton"), tr("Remove O&bjective"),
         QStringLiteral("actionRemoveObjective"), tr("Remove the objective selected")},
        {QStringLiteral("addActionButton"), tr("Add &Action"),
         QStringLiteral("actionAddPlanAction"), tr("Add a short-term action to the plan")},
        {QStringLiteral("removeActionButton"), tr("Re&move Action"),
         QStringLiteral("actionRemovePlanAction"), tr("Remove the action selected")},
        {QStringLiteral("recordReviewButton"), tr("Record a Revie&w…"),
         QStringLiteral("actionRecordReview"),
         tr("Record the mentor's review of the plan: a light and a comment per part")},
        {QStringLiteral("compareButton"), tr("&Compare Reviews"),
         QStringLiteral("actionCompareReviews"),
         tr("Compare the review selected with the one after it, or with now")},
    };
    for (const auto &[button, text, name, tip] : mirrored) {
        auto *target = m_plan->findChild<QAbstractButton *>(button);
        if (!target)
            continue;
        menu->addAction(ButtonAction::mirror(target, text, name, tip, this));
    }
}

void MainWindow::createLanguageMenu(QMenu *view)
{
    auto *languages = new LanguageMenu(Translations::available(), view);
    view->addMenu(languages);
    // Retranslating every open view live is not worth its cost: the choice applies from
    // the next start, and the window says so.
    connect(languages, &LanguageMenu::chosen, this, [this](const QString &, const QString &name) {
        statusBar()->showMessage(
            tr("Kingside will show in %1 from its next start: close and open it again.").arg(name),
            15000);
    });
}

void MainWindow::linkButtons()
{
    // Buttons that do what a menu command does (the command is the way in from the menu
    // bar; TestShortcuts walks them all).
    const QList<std::pair<const char *, const char *>> links{
        {"welcomeNewAccount", "actionNewAccount"},  {"welcomeImport", "actionImport"},
        {"welcomeNewWorkspace", "actionNew"},       {"welcomeOpen", "actionOpen"},
        {"welcomeDemo", "actionOpenDemo"},          {"accountListNew", "actionNewAccount"},
        {"peopleDelete", "actionDelete"},           {"relationshipDelete", "actionDelete"},
        {"inspectorRemove", "actionDelete"},        {"inspectorRemoveRelationship", "actionDelete"},
        {"tierSchemesButton", "actionTierSchemes"}, {"criteriaButton", "actionCriteria"},
        {"exportButton", "actionExportChart"},      {"printButton", "actionPrintChart"},
    };
    for (const auto &[buttonName, actionName] : links) {
        auto *action = findChild<QAction *>(QLatin1String(actionName));
        for (auto *button : findChildren<QAbstractButton *>(QLatin1String(buttonName)))
            if (action)
                ButtonAction::link(button, action);
    }
}

void MainWindow::offerTour()
{
    if (Tour::wanted())
        startTour();
}

void MainWindow::startTour()
{
    if (!m_tour) {
        const auto tab = [this](QWidget *page) {
            return [this, page]() -> QWidget * {
                if (m_central->currentWidget() == m_tabs)
                    m_tabs->setCurrentWidget(page);
                return page;
            };
        };
        m_tour = new Tour(
            {{tr("The portfolio"),
              tr("Every account with its scores, its tier and its place in the "
                 "directional-policy matrix. Click an account in the table or the chart to open "
                 "its board."),
              tab(m_portfolio)},
             {tr("The board"),
              tr("The client's organisation as a chessboard: departments are files, levels are "
                 "ranks, the piece is a person's decision role and its colour their attitude to "
                 "us. Our team stands on the rail at the left; the legend explains every mark."),
              tab(m_board)},
             {tr("The Questions panel"),
              tr("Ten questions about the account, answered from the board: is the King in "
                 "check, where are we single-threaded, who is unreachable. Pick one to see its "
                 "answer on the board."),
              [this]() -> QWidget * {
                  m_questionsDock->show();
                  if (m_central->currentWidget() == m_tabs)
                      m_tabs->setCurrentWidget(m_board);
                  return m_questionsDock;
              }},
             {tr("The plan"),
              tr("The account plan: objectives, actions and the team's agreement, the mentor's "
                 "reviews and what changed since the last one. Help → Tour of the Window shows "
                 "this tour again."),
              tab(m_plan)}},
            this);
    }
    m_tour->start();
}

} // namespace Kingside
