#pragma once

#include "activity/ActivityItem.h"
#include "activity/ActivityPlan.h"

#include <QDialog>
#include <QStringList>

#include <atomic>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace Kingside {

class ActivityPlanner;
class Workspace;

// File → Import Activity…: choose calendar (.ics) and mail (mbox, .eml) exports, read them
// off the GUI thread with progress and Cancel, preview for each pair of our team and the
// client what changes (last contact before → after, contacts in the freshness window, new
// lines), then write it as one undoable step (README, "Activity: meetings and mail keep
// freshness true").
class ActivityDialog : public QDialog
{
    Q_OBJECT

public:
    ActivityDialog(Workspace *workspace, qint64 accountId, QWidget *parent = nullptr);
    ~ActivityDialog() override;

    void addFiles(const QStringList &paths);
    // Starts reading the chosen files; the preview follows when it is done.
    void read();
    bool isReading() const { return m_thread != nullptr; }
    const ActivityPlan &plan() const { return m_plan; }
    // Writes the previewed plan; false (with a message box) when nothing could be written.
    bool apply();

signals:
    void previewReady();

private:
    void chooseFiles();
    void cancelReading();
    void finishReading();
    void showPlan();
    void updateButtons();

    Workspace *m_workspace;
    QString m_accountName;
    QStringList m_paths;
    QListWidget *m_files;
    QPushButton *m_addFiles;
    QPushButton *m_readButton;
    QCheckBox *m_createLines;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QDialogButtonBox *m_buttons;

    std::unique_ptr<ActivityPlanner> m_planner;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelRequested = false;
    QList<ActivityReadResult> m_results; // written by the reading thread only
    ActivityPlan m_plan;
};

} // namespace Kingside
