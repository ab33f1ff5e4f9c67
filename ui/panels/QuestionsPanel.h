#pragma once

#include "analysis/AccountAnalysis.h"
#include "analysis/AnalysisReport.h"
#include "analysis/AnswerHighlight.h"
#include "workspace/Change.h"

#include <QDate>
#include <QFutureWatcher>
#include <QPair>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;
class QTimer;
class QUrl;

namespace Kingside {

class Workspace;

// The "Questions" panel beside the board: the ten questions of DESIGN.md answered in one
// sentence each, with the evidence under it. Clicking an answer or a piece of evidence
// asks the board to highlight its people and lines. The analysis runs on a worker thread
// and follows Workspace::changed, so the window never freezes.
class QuestionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionsPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~QuestionsPanel() override;

    void setAccount(qint64 accountId);
    qint64 accountId() const { return m_accountId; }

    // "Today" for freshness and lateness; the current date unless set (tests, reviews).
    void setToday(const QDate &today);

    // The person question 6 shows the introduction path to; 0: the King.
    void setPathTarget(qint64 personId);

    const QList<Answer> &answers() const { return m_answers; }
    const AccountAnalysis &analysis() const { return m_analysis; }
    bool isBusy() const { return m_running; }

    // As if the user clicked answer `questionId` (1…10), or its evidence item `evidence`.
    void activate(int questionId, int evidence = -1);

signals:
    // The people and lines of the answer the user picked, and how to show them.
    void highlightRequested(const QSet<qint64> &personIds, const QSet<qint64> &relationshipIds,
                            Kingside::AnswerHighlight kind);
    // Whitespace: (department id, level id) squares with nobody on them.
    void squaresHighlightRequested(const QList<QPair<qint64, qint64>> &squares);
    // A new analysis is shown.
    void analysisUpdated();

private:
    struct Result
    {
        int generation = 0;
        AnalysisInput input;
        AccountAnalysis analysis;
    };
    void onChanged(const Change &change);
    void scheduleUpdate();
    void startAnalysis();
    void onAnalysisFinished();
    void rebuildPathTargets();
    void render();
    void onAnchorClicked(const QUrl &url);
    void showMessage(const QString &message);

    Workspace *m_workspace;
    qint64 m_accountId = 0;
    QDate m_today;
    qint64 m_pathTarget = 0;
    int m_generation = 0;
    bool m_running = false;
    bool m_pending = false;
    AnalysisInput m_input;
    AccountAnalysis m_analysis;
    QList<Answer> m_answers;
    QFutureWatcher<Result> m_watcher;
    QTimer *m_debounce;
    QLabel *m_status;
    QComboBox *m_pathTargetBox;
    QTextBrowser *m_browser;
};

} // namespace Kingside
