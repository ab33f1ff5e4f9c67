#include "QuestionsPanel.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AnalysisStore.h"
#include "domain/LocalFormat.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPromise>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Kingside {

QuestionsPanel::QuestionsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_debounce(new QTimer(this)),
      m_status(new QLabel(this)), m_pathTargetBox(new QComboBox(this)),
      m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("questionsPanel"));
    m_status->setObjectName(QStringLiteral("questionsStatus"));
    m_status->setWordWrap(true);
    m_pathTargetBox->setObjectName(QStringLiteral("pathTarget"));
    m_pathTargetBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pathTargetBox->setMinimumContentsLength(10);
    m_browser->setObjectName(QStringLiteral("questionsBrowser"));
    m_browser->setAccessibleName(tr("Questions and answers"));
    m_browser->setAccessibleDescription(
        tr("The ten questions about this account's relationships, each with its answer; a "
           "question's link shows its answer on the board"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);

    auto *pathRow = new QHBoxLayout;
    // Short, so that the panel's column stays narrow (the tooltip says the rest).
    auto *pathLabel = new QLabel(tr("&Path to:"), this);
    pathLabel->setToolTip(tr("Introduction path to this person: who of us can introduce us, "
                             "through whom"));
    m_pathTargetBox->setToolTip(pathLabel->toolTip());
    pathLabel->setBuddy(m_pathTargetBox);
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_pathTargetBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_status);
    layout->addLayout(pathRow);
    layout->addWidget(m_browser, 1);

    // Edits often come in bursts (a drag, an import): analyse once they settle.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &QuestionsPanel::startAnalysis);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this,
            &QuestionsPanel::onAnalysisFinished);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &QuestionsPanel::onAnchorClicked);
    connect(m_pathTargetBox, &QComboBox::activated, this, [this](int index) {
        // Choosing a person shows the path to them on the board at once.
        setPathTarget(m_pathTargetBox->itemData(index).toLongLong());
        activate(6);
    });
    if (m_workspace) {
        connect(m_workspace, &Workspace::changed, this, &QuestionsPanel::onChanged);
        // Not on opened(): the window hands the new workspace's account over itself.
        connect(m_workspace, &Workspace::closed, this, [this] { setAccount(0); });
    }
    showMessage(tr("Choose an account to see its answers."));
}

QuestionsPanel::~QuestionsPanel()
{
    // The worker owns copies of its data only; nothing to wait for.
    m_watcher.disconnect(this);
}

void QuestionsPanel::setAccount(qint64 accountId)
{
    if (accountId != m_accountId)
        m_pathTarget = 0;
    m_accountId = accountId;
    ++m_generation; // results for another account are thrown away
    m_answers.clear();
    m_analysis = {};
    m_input = {};
    if (accountId == 0) {
        m_pathTargetBox->clear();
        showMessage(tr("Choose an account to see its answers."));
        return;
    }
    m_debounce->stop();
    startAnalysis();
}

void QuestionsPanel::setToday(const QDate &today)
{
    m_today = today;
    scheduleUpdate();
}

void QuestionsPanel::onChanged(const Change &change)
{
    if (m_accountId == 0)
        return;
    if (change.entity == Change::Entity::Everything || change.accountId == 0 ||
        change.accountId == m_accountId)
        scheduleUpdate();
}

void QuestionsPanel::scheduleUpdate()
{
    if (m_accountId != 0)
        m_debounce->start();
}

void QuestionsPanel::startAnalysis()
{
    if (m_accountId == 0 || !m_workspace || !m_workspace->isOpen())
        return;
    if (m_running) {
        m_pending = true; // once the running analysis is in, start again
        return;
    }
    // Reading runs here, where the connection lives; the graph work runs on the pool.
    QString error;
    auto input = AnalysisStore(m_workspace->database())
                     .load(m_accountId, m_today.isValid() ? m_today : QDate::currentDate(), &error);
    if (!input) {
        showMessage(error);
        return;
    }
    m_running = true;
    m_pending = false;
    m_status->setText(tr("Updating the answers…"));
    auto promise = std::make_shared<QPromise<Result>>();
    m_watcher.setFuture(promise->future());
    QThreadPool::globalInstance()->start(
        [promise, generation = m_generation, data = std::move(*input)]() mutable {
            promise->start();
            Result result;
            result.generation = generation;
            result.analysis = AccountAnalyzer::analyse(data);
            result.input = std::move(data);
            promise->addResult(std::move(result));
            promise->finish();
        });
}

void QuestionsPanel::onAnalysisFinished()
{
    m_running = false;
    const QFuture<Result> future = m_watcher.future();
    if (future.resultCount() > 0) {
        Result result = future.result();
        if (result.generation == m_generation) {
            m_input = std::move(result.input);
            m_analysis = std::move(result.analysis);
            rebuildPathTargets();
            render();
            emit analysisUpdated();
        } else {
            m_pending = true; // the account changed meanwhile
        }
    }
    if (m_pending)
        startAnalysis();
}

void QuestionsPanel::rebuildPathTargets()
{
    QList<const Person *> clients;
    for (const Person &person : m_input.people) {
        if (!person.isTeam())
            clients.append(&person);
    }
    std::sort(clients.begin(), clients.end(), [](const Person *a, const Person *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    bool targetKnown = false;
    m_pathTargetBox->clear();
    m_pathTargetBox->addItem(tr("the King"), qint64(0));
    for (const Person *person : clients) {
        m_pathTargetBox->addItem(person->name, person->id);
        targetKnown |= person->id == m_pathTarget;
    }
    if (!targetKnown)
        m_pathTarget = 0;
    m_pathTargetBox->setCurrentIndex(std::max(0, m_pathTargetBox->findData(m_pathTarget)));
}

void QuestionsPanel::setPathTarget(qint64 personId)
{
    m_pathTarget = personId;
    const int index = m_pathTargetBox->findData(personId);
    if (index >= 0)
        m_pathTargetBox->setCurrentIndex(index);
    if (!m_answers.isEmpty())
        render();
}

void QuestionsPanel::render()
{
    const AnalysisReport report(m_input, m_analysis);
    m_answers = report.answers();
    // Question 6 for a chosen person: the path is cheap, it runs here.
    if (m_pathTarget != 0 && m_answers.size() >= 6) {
        Answer &reach = m_answers[5];
        const Answer path = report.introductionAnswer(
            AccountAnalyzer::introductionPath(m_input, m_pathTarget), m_pathTarget);
        const int reachable = int(m_analysis.health.reachableClients.size());
        reach.answer = tr("%1 of %2 client people are reachable from our team; %3")
                           .arg(reachable)
                           .arg(m_analysis.health.clientPeople.size())
                           .arg(path.answer);
        QList<Evidence> evidence = path.evidence;
        for (const Evidence &item : std::as_const(reach.evidence)) {
            if (!item.personIds.isEmpty() && item.relationshipIds.isEmpty() &&
                !path.personIds.isEmpty() && item.personIds.size() == m_analysis.unreachable.size())
                evidence.append(item); // the people out of reach
        }
        reach.evidence = evidence;
        reach.personIds = path.personIds;
        reach.relationshipIds = path.relationshipIds;
    }

    // The text's colours come from the palette, so the answers read in a dark one too
    // (README "Desktop behaviour"): the questions a little quieter than the evidence.
    const QColor ink = m_browser->palette().color(QPalette::Text);
    const QColor paper = m_browser->palette().color(QPalette::Base);
    const QColor quiet = QColor::fromRgbF(0.75 * ink.redF() + 0.25 * paper.redF(),
                                          0.75 * ink.greenF() + 0.25 * paper.greenF(),
                                          0.75 * ink.blueF() + 0.25 * paper.blueF());
    QString html;
    html += QStringLiteral("<html><body>");
    for (const Answer &answer : std::as_const(m_answers)) {
        html += QStringLiteral("<p style='margin-top:10px; margin-bottom:2px; color:%3;'>"
                               "<b>%1.</b> %2</p>")
                    .arg(answer.id)
                    .arg(answer.question.toHtmlEscaped(), quiet.name());
        html += QStringLiteral("<p style='margin-top:0; margin-bottom:2px;'>"
                               "<a href='answer:%1' style='text-decoration:none;'>%2</a></p>")
                    .arg(answer.id)
                    .arg(answer.answer.toHtmlEscaped());
        if (!answer.evidence.isEmpty()) {
            html += QStringLiteral("<ul style='margin-top:0;'>");
            for (qsizetype i = 0; i < answer.evidence.size() && i < 40; ++i)
                html += QStringLiteral("<li><a href='evidence:%1:%2' style='text-decoration:none; "
                                       "color:%4;'>%3</a></li>")
                            .arg(answer.id)
                            .arg(i)
                            .arg(answer.evidence[i].text.toHtmlEscaped(), ink.name());
            if (answer.evidence.size() > 40)
                html += QStringLiteral("<li>%1</li>")
                            .arg(tr("… and %1 more").arg(answer.evidence.size() - 40));
            html += QStringLiteral("</ul>");
        }
    }
    html += QStringLiteral("</body></html>");
    m_browser->setHtml(html);
    m_status->setText(
        tr("%1 — as on %2").arg(m_analysis.accountName, LocalFormat::date(m_analysis.today)));
}

void QuestionsPanel::activate(int questionId, int evidence)
{
    const auto answer = std::find_if(m_answers.cbegin(), m_answers.cend(),
                                     [&](const Answer &a) { return a.id == questionId; });
    if (answer == m_answers.cend())
        return;
    if (evidence >= 0 && evidence < answer->evidence.size()) {
        const Evidence &item = answer->evidence[evidence];
        emit highlightRequested(item.personIds, item.relationshipIds, answer->highlight);
        return;
    }
    emit highlightRequested(answer->personIds, answer->relationshipIds, answer->highlight);
    if (!answer->squares.isEmpty())
        emit squaresHighlightRequested(answer->squares);
}

void QuestionsPanel::onAnchorClicked(const QUrl &url)
{
    const QStringList parts = url.toString().split(QLatin1Char(':'));
    if (parts.size() >= 2 && parts[0] == QLatin1String("answer"))
        activate(parts[1].toInt());
    else if (parts.size() >= 3 && parts[0] == QLatin1String("evidence"))
        activate(parts[1].toInt(), parts[2].toInt());
}

void QuestionsPanel::showMessage(const QString &message)
{
    m_status->setText(message);
    m_browser->clear();
}

} // namespace Kingside
