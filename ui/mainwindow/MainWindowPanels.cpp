// The parts of the main window that come from the product's areas: the portfolio, the
// plan and reviews, the Questions panel, import, print and export. Kept apart from
// MainWindow.cpp, which holds the window's own frame (workspaces, accounts, undo).
#include "MainWindow.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AnalysisStore.h"
#include "analysis/AnswerHighlight.h"
#include "board/BoardHighlight.h"
#include "board/BoardScene.h"
#include "board/BoardWidget.h"
#include "dialogs/ActivityDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/PersonDataActions.h"
#include "panels/QuestionsPanel.h"
#include "planning/PlanStore.h"
#include "planning/PlanView.h"
#include "planning/ReviewSchedule.h"
#include "portfolio/PortfolioView.h"
#include "print/PrintController.h"
#include "scoring/PortfolioTableModel.h"

#include <QAction>
#include <QDate>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace Kingside {

namespace {

// The portfolio's "Relationship health" cell for one account: the analysis' health
// figures and the plan's late actions and red objectives, with the key-piece coverage
// to sort by.
QVariant healthOf(Workspace *workspace, qint64 accountId)
{
    const QDate today = QDate::currentDate();
    QString error;
    const auto input = AnalysisStore(workspace->database()).load(accountId, today, &error);
    if (!input)
        return {};
    const AccountHealth health = AccountAnalyzer::analyse(*input).health;
    QStringList parts;
    if (!health.hasKing)
        parts.append(MainWindow::tr("no King marked"));
    else if (health.kingInCheck)
        parts.append(MainWindow::tr("King in check"));
    if (health.keyPieceCoverage)
        parts.append(
            MainWindow::tr("%1% key pieces covered").arg(qRound(*health.keyPieceCoverage * 100)));
    if (!health.singleThreaded.isEmpty())
        parts.append(MainWindow::tr("%1 single-threaded").arg(health.singleThreaded.size()));
    const PlanStore plan(workspace->database());
    const auto late = plan.overdueActions(today, accountId).size();
    if (late > 0)
        parts.append(MainWindow::tr("%n action(s) late", nullptr, int(late)));
    const auto red = plan.redObjectives(accountId).size();
    if (red > 0)
        parts.append(MainWindow::tr("%n objective(s) red", nullptr, int(red)));
    return QVariantList{parts.join(QStringLiteral(" · ")), health.keyPieceCoverage.value_or(-1.0)};
}

} // namespace

void MainWindow::createPanels()
{
    m_portfolio = new PortfolioView(m_workspace, this);
    m_portfolio->setObjectName(QStringLiteral("portfolioView"));
    m_tabs->insertTab(0, m_portfolio, tr("Portfolio"));
    connect(m_portfolio, &PortfolioView::accountActivated, this, [this](qint64 id) {
        selectAccount(id);
        m_tabs->setCurrentWidget(m_board);
    });
    connect(this, &MainWindow::currentAccountChanged, m_portfolio, &PortfolioView::setAccount);
    // Health figures are worked out once per account and kept until the data changes.
    auto healthCache = std::make_shared<QHash<qint64, QVariant>>();
    const auto forget = [healthCache] { healthCache->clear(); };
    connect(m_workspace, &Workspace::changed, this, forget);
    connect(m_workspace, &Workspace::opened, this, forget);
    connect(m_workspace, &Workspace::closed, this, forget);
    m_portfolio->tableModel()->setHealthProvider([this, healthCache](qint64 accountId) {
        const auto cached = healthCache->constFind(accountId);
        if (cached != healthCache->constEnd())
            return *cached;
        const QVariant health =
            m_workspace->isOpen() ? healthOf(m_workspace, accountId) : QVariant();
        healthCache->insert(accountId, health);
        return health;
    });

    m_plan = new PlanView(m_workspace, this);
    m_plan->setObjectName(QStringLiteral("planView"));
    m_tabs->addTab(m_plan, tr("Plan && Reviews"));
    connect(this, &MainWindow::currentAccountChanged, m_plan, &PlanView::setAccount);
    // What changed since the last review stays marked while answers are picked.
    connect(m_plan, &PlanView::changedItemsChanged, this,
            [this](const QSet<qint64> &people, const QSet<qint64> &lines) {
                m_board->scene()->setStandingHighlight(people, lines,
                                                       HighlightKind::ChangedSinceReview);
            });

    m_questions = new QuestionsPanel(m_workspace, this);
    m_questions->setObjectName(QStringLiteral("questionsPanel"));
    auto *dock = new QDockWidget(tr("Questions"), this);
    dock->setObjectName(QStringLiteral("questionsDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    dock->setWidget(m_questions);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(this, &MainWindow::currentAccountChanged, m_questions, &QuestionsPanel::setAccount);
    connect(m_questions, &QuestionsPanel::highlightRequested, this,
            [this](const QSet<qint64> &people, const QSet<qint64> &lines, AnswerHighlight kind) {
                BoardScene *scene = m_board->scene();
                scene->clearHighlights();
                if (kind == AnswerHighlight::KingInCheck) {
                    // Only a client King in check wears the check mark; our team members
                    // and their lines to the King are shown as the answer's people.
                    const KingFindings &king = m_questions->analysis().king;
                    QSet<qint64> others = people;
                    if (king.inCheck && people.contains(king.kingId)) {
                        scene->setHighlight({king.kingId}, {}, HighlightKind::Check);
                        others.remove(king.kingId);
                    }
                    scene->setHighlight(others, lines, HighlightKind::Answer);
                } else {
                    scene->setHighlight(people, lines,
                                        markFor(kind).value_or(HighlightKind::Answer));
                }
                if (m_tabs->currentWidget() != m_board)
                    m_tabs->setCurrentWidget(m_board);
            });
    // The fit view answers without a click: the King in check and the single-threaded
    // key pieces are marked as soon as the analysis is in (README "Reading the board").
    connect(m_questions, &QuestionsPanel::analysisUpdated, this, [this] {
        BoardScene *scene = m_board->scene();
        const AccountAnalysis &analysis = m_questions->analysis();
        if (analysis.accountId != scene->accountId())
            return;
        QSet<qint64> check;
        if (analysis.king.inCheck && analysis.king.kingId > 0)
            check.insert(analysis.king.kingId);
        scene->setStandingHighlight(check, {}, HighlightKind::Check);
        QSet<qint64> single;
        for (const KeyPieceReach &reach : analysis.singleThreaded)
            single.insert(reach.personId);
        scene->setStandingHighlight(single, {}, HighlightKind::SingleThreaded);
    });
    m_questionsDock = dock;
}

void MainWindow::createDocumentActions(QMenu *file)
{
    m_print = new PrintController(this);
    auto add = [this, file](QMenu *menu, const QString &text, const QString &name,
                            const QKeySequence &shortcut, auto slot) {
        QAction *action = (menu ? menu : file)->addAction(text);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_accountActions.append(action);
        return action;
    };
    add(nullptr, tr("&Import Contacts…"), QStringLiteral("actionImport"), QKeySequence(), [this] {
        ImportDialog dialog(m_workspace, m_accountId, this);
        // An import into another (or a new) account shows that account.
        connect(&dialog, &ImportDialog::imported, this, &MainWindow::selectAccount);
        dialog.exec();
    });
    add(nullptr, tr("Import &Activity…"), QStringLiteral("actionImportActivity"), QKeySequence(),
        [this] {
            ActivityDialog dialog(m_workspace, m_accountId, this);
            dialog.exec();
        });
    file->addSeparator();
    add(nullptr, tr("&Print Map…"), QStringLiteral("actionPrint"), QKeySequence::Print,
        [this] { m_print->print(this, m_workspace, m_accountId); });
    add(nullptr, tr("Print Pre&view…"), QStringLiteral("actionPrintPreview"), QKeySequence(),
        [this] { m_print->printPreview(this, m_workspace, m_accountId); });
    QMenu *exportMap = file->addMenu(tr("&Export Map"));
    exportMap->setObjectName(QStringLiteral("menuExportMap"));
    add(exportMap, tr("As &PDF…"), QStringLiteral("actionExportPdf"), QKeySequence(),
        [this] { m_print->exportPdf(this, m_workspace, m_accountId); });
    add(exportMap, tr("As &SVG…"), QStringLiteral("actionExportSvg"), QKeySequence(),
        [this] { m_print->exportSvg(this, m_workspace, m_accountId); });
    add(exportMap, tr("As P&NG…"), QStringLiteral("actionExportPng"), QKeySequence(),
        [this] { m_print->exportPng(this, m_workspace, m_accountId); });
    add(nullptr, tr("Export &Review Pack…"), QStringLiteral("actionExportReviewPack"),
        QKeySequence(), [this] { m_print->exportReviewPack(this, m_workspace, m_accountId); });
    file->addSeparator();
    // A person's data on request: on the person selected on the board.
    auto *personData = new PersonDataActions(
        m_workspace, [this] { return m_board->scene()->selectedPersonId(); }, this);
    file->addActions({personData->exportAction(), personData->eraseAction()});
    connect(m_board->scene(), &BoardScene::selectionChanged, personData,
            &PersonDataActions::updateActions);
    file->addSeparator();

    // Portfolio-wide tools live on the Portfolio menu.
    QMenu *portfolio = menuBar()->addMenu(tr("&Portfolio"));
    portfolio->setObjectName(QStringLiteral("menuPortfolio"));
    auto addPortfolio = [this, portfolio](const QString &text, const QString &name, auto slot) {
        QAction *action = portfolio->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    addPortfolio(tr("Show &Portfolio"), QStringLiteral("actionShowPortfolio"),
                 [this] { m_tabs->setCurrentWidget(m_portfolio); });
    addPortfolio(tr("Selection &Criteria…"), QStringLiteral("actionCriteria"),
                 [this] { m_portfolio->openCriteriaEditor(); });
    addPortfolio(tr("&Tier Schemes…"), QStringLiteral("actionTierSchemes"),
                 [this] { m_portfolio->openTierSchemes(); });
    addPortfolio(tr("Export &Matrix Chart…"), QStringLiteral("actionExportChart"),
                 [this] { m_portfolio->exportChartInteractively(); });
    addPortfolio(tr("Print Matrix C&hart…"), QStringLiteral("actionPrintChart"),
                 [this] { m_portfolio->printChart(); });
}

void MainWindow::updateAccountActions()
{
    const bool hasAccount = m_workspace->isOpen() && m_accountId > 0;
    for (QAction *action : std::as_const(m_accountActions))
        action->setEnabled(hasAccount);
    if (QAction *import = findChild<QAction *>(QStringLiteral("actionImport")))
        import->setEnabled(hasAccount && m_workspace->mode() == Workspace::Mode::ReadWrite);
    if (QAction *activity = findChild<QAction *>(QStringLiteral("actionImportActivity")))
        activity->setEnabled(hasAccount && m_workspace->mode() == Workspace::Mode::ReadWrite);
}

void MainWindow::flagOverdueReviews()
{
    const QString late =
        ReviewSchedule::overdueSummary(m_workspace->database(), QDate::currentDate());
    if (late.isEmpty())
        return;
    const QString text = QString(late).replace(QLatin1Char('\n'), QStringLiteral("; "));
    statusBar()->showMessage(tr("Reviews overdue: %1").arg(text), 30000);
}

} // namespace Kingside
