#include "ActivityDialog.h"

#include "activity/ActivityPlanner.h"
#include "activity/ActivityReader.h"
#include "commands/RecordActivity.h"
#include "domain/LocalFormat.h"
#include "workspace/AccountStore.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace Kingside {

ActivityDialog::ActivityDialog(Workspace *workspace, qint64 accountId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_files(new QListWidget(this)),
      m_addFiles(new QPushButton(tr("&Add Files…"), this)),
      m_readButton(new QPushButton(tr("&Read"), this)),
      m_createLines(new QCheckBox(tr("&Draw a working line (strength 1) for people who met and "
                                     "have none"),
                                  this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel Reading"), this)),
      m_summary(new QLabel(this)), m_preview(new QTableWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    if (const auto account = AccountStore(workspace->database()).account(accountId))
        m_accountName = account->name;
    setWindowTitle(tr("Import Activity into %1").arg(m_accountName));
    setObjectName(QStringLiteral("activityDialog"));
    m_files->setObjectName(QStringLiteral("activityFiles"));
    m_addFiles->setObjectName(QStringLiteral("activityAddFiles"));
    m_readButton->setObjectName(QStringLiteral("activityRead"));
    m_createLines->setObjectName(QStringLiteral("activityCreateLines"));
    m_progress->setObjectName(QStringLiteral("activityProgress"));
    m_cancel->setObjectName(QStringLiteral("activityCancel"));
    m_summary->setObjectName(QStringLiteral("activitySummary"));
    m_preview->setObjectName(QStringLiteral("activityPreview"));
    m_files->setAccessibleName(tr("Files to read"));
    m_files->setAccessibleDescription(tr("The calendar and mail exports chosen with Add Files"));
    m_preview->setAccessibleName(tr("Lines that change"));
    m_preview->setAccessibleDescription(
        tr("One row per pair of our team and a client person: the last contact now and after "
           "the update, the meetings and messages found, and whether a line is drawn"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Update Lines"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("activityApply"));

    auto *explanation = new QLabel(
        tr("Meetings from calendar exports (.ics from Outlook, Google Calendar, Apple Calendar) "
           "and messages from mail exports (mbox, .eml) move the last contact of the lines "
           "between our team and the client's people forward, never back. Only the day, the "
           "attendees and the From, To and Cc addresses are read; subjects, descriptions and "
           "bodies are never read or stored."),
        this);
    explanation->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_files->setMaximumHeight(90);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_preview->setColumnCount(7);
    m_preview->setHorizontalHeaderLabels({tr("Our team"), tr("Client person"), tr("Last contact"),
                                          tr("New last contact"), tr("Meetings in window"),
                                          tr("Messages in window"), tr("Line")});
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->setVisible(false);

    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_addFiles);
    fileButtons->addWidget(m_readButton);
    fileButtons->addStretch();
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_files);
    layout->addLayout(fileButtons);
    layout->addWidget(m_createLines);
    layout->addLayout(progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);
    resize(820, 560);

    connect(m_addFiles, &QPushButton::clicked, this, &ActivityDialog::chooseFiles);
    connect(m_readButton, &QPushButton::clicked, this, &ActivityDialog::read);
    connect(m_cancel, &QPushButton::clicked, this, &ActivityDialog::cancelReading);
    connect(m_createLines, &QCheckBox::toggled, this, [this] {
        if (!isReading() && !m_paths.isEmpty())
            read();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

ActivityDialog::~ActivityDialog()
{
    if (m_thread) {
        m_cancelRequested = true;
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void ActivityDialog::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (m_paths.contains(path))
            continue;
        m_paths.append(path);
        m_files->addItem(QFileInfo(path).fileName());
        m_files->item(m_files->count() - 1)->setToolTip(path);
    }
    updateButtons();
}

void ActivityDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Choose Calendar and Mail Exports"), QString(),
        tr("Calendar and mail exports (*.ics *.ical *.mbox *.mbx *.eml);;All files (*)"));
    if (paths.isEmpty())
        return;
    addFiles(paths);
    read();
}

void ActivityDialog::read()
{
    if (isReading() || m_paths.isEmpty())
        return;
    ActivityPlanner::Options options;
    options.createLines = m_createLines->isChecked();
    m_planner = std::make_unique<ActivityPlanner>(m_workspace->database(), m_accountName, options);
    m_plan = {};
    m_results.clear();
    m_cancelRequested = false;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_summary->setText(tr("Reading…"));
    m_preview->setRowCount(0);

    // The planner's database work stays on this thread (its constructor and finish());
    // the worker only reads files and adds what it finds.
    ActivityPlanner *planner = m_planner.get();
    const QStringList paths = m_paths;
    const ActivityWindow window = planner->window();
    QPointer<QProgressBar> bar = m_progress;
    m_thread = QThread::create([this, planner, paths, window, bar] {
        for (qsizetype i = 0; i < paths.size(); ++i) {
            const auto progress = [&](qint64 done, qint64 total) {
                const int value =
                    int(1000 * (double(i) + (total > 0 ? double(done) / double(total) : 0.0)) /
                        double(paths.size()));
                QMetaObject::invokeMethod(
                    bar,
                    [bar, value] {
                        if (bar)
                            bar->setValue(value);
                    },
                    Qt::QueuedConnection);
                return !m_cancelRequested.load();
            };
            const ActivityReadResult result = ActivityReader::read(
                paths.at(i), window, [planner](const ActivityItem &item) { planner->add(item); },
                progress);
            m_results.append(result); // read by finishReading() once this thread ended
            if (m_cancelRequested.load())
                break;
        }
    });
    connect(m_thread, &QThread::finished, this, &ActivityDialog::finishReading);
    m_thread->start();
    updateButtons();
}

void ActivityDialog::cancelReading()
{
    m_cancelRequested = true;
}

void ActivityDialog::finishReading()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    QStringList errors;
    bool cancelled = m_cancelRequested.load();
    for (const ActivityReadResult &result : std::as_const(m_results)) {
        if (result.cancelled)
            cancelled = true;
        else if (!result.readable)
            errors.append(result.error);
        else
            m_planner->addResult(result);
    }
    if (cancelled) {
        m_summary->setText(tr("Reading was cancelled; nothing will be changed."));
        m_planner.reset();
    } else if (!errors.isEmpty()) {
        m_summary->setText(tr("Nothing will be changed: %1").arg(errors.join(QLatin1Char(' '))));
        m_planner.reset();
    } else {
        m_plan = m_planner->finish();
        showPlan();
    }
    updateButtons();
    emit previewReady();
}

void ActivityDialog::showPlan()
{
    if (!m_plan.error.isEmpty()) {
        m_summary->setText(m_plan.error);
        return;
    }
    QStringList summary;
    summary << tr("%n meeting(s) and message(s) read, %1 with one of our team and a client "
                  "person.",
                  nullptr, int(m_plan.itemsRead))
                   .arg(m_plan.itemsMatched);
    summary << tr("%n pair(s) change", nullptr, int(m_plan.pairs.size())) +
                   (m_plan.newLineCount() > 0
                        ? tr(", %n new line(s)", nullptr, m_plan.newLineCount())
                        : QString()) +
                   (m_plan.unchangedPairs > 0
                        ? tr("; %n already up to date", nullptr, m_plan.unchangedPairs)
                        : QString()) +
                   QLatin1Char('.');
    if (!m_plan.pairsWithoutLine.isEmpty())
        summary << tr("%n pair(s) met or wrote but have no line: %1", nullptr,
                      int(m_plan.pairsWithoutLine.size()))
                       .arg(m_plan.pairsWithoutLine.join(QStringLiteral("; ")));
    for (const QString &notice : std::as_const(m_plan.notices))
        summary << notice;
    m_summary->setText(summary.join(QLatin1Char('\n')));

    const auto day = [](const QDate &date) {
        return date.isValid() ? LocalFormat::date(date) : tr("never");
    };
    m_preview->setRowCount(int(m_plan.pairs.size()));
    for (int row = 0; row < m_plan.pairs.size(); ++row) {
        const ActivityPairChange &pair = m_plan.pairs.at(row);
        const QStringList cells{pair.teamName,
                                pair.clientName,
                                day(pair.lastContactBefore),
                                day(pair.lastContactAfter),
                                QString::number(pair.inWindow.meetings),
                                QString::number(pair.inWindow.mails),
                                pair.newLine ? tr("new, strength 1") : tr("existing")};
        for (int column = 0; column < cells.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_preview->setToolTip(tr("Contacts in window: within the account's freshness window of %n "
                             "day(s), counting those recorded before.",
                             nullptr, m_plan.freshnessDays));
}

bool ActivityDialog::apply()
{
    if (!m_plan.hasWrites())
        return true;
    if (!m_workspace->execute(new RecordActivity(m_workspace, m_plan))) {
        QMessageBox::warning(this, tr("Import Activity"),
                             tr("Nothing was changed: %1").arg(m_workspace->errorString()));
        return false;
    }
    return true;
}

void ActivityDialog::updateButtons()
{
    const bool reading = isReading();
    m_addFiles->setEnabled(!reading);
    m_readButton->setEnabled(!reading && !m_paths.isEmpty());
    m_createLines->setEnabled(!reading);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reading && m_plan.hasWrites());
}

} // namespace Kingside
