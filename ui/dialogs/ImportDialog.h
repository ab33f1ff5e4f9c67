#pragma once

#include "exchange/ContactRecord.h"
#include "exchange/ImportFormat.h"
#include "exchange/ImportPlan.h"
#include "exchange/ImportReader.h"
#include "exchange/ImportRows.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace Kingside {

class Workspace;

// Imports contacts or relationships: choose a file (and a workbook's sheet), see the
// product it was recognised as and how it was read, choose the account (an existing one,
// or a new one, the file's own company suggested), fix what a column means (the mapping
// is remembered per header layout in QSettings), preview what will be added, updated,
// skipped and rejected with titles, departments and managers, then import it as one
// undoable step. Reading, planning and building the rows to insert run on a worker thread
// with a progress bar and Stop; only the inserts run on the GUI thread (the workspace's
// connection is its own), in one transaction, showing their progress through the event
// loop, with Stop rolling them back. See README, Importing and exporting data.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Workspace *workspace, qint64 accountId, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFilePath(const QString &path);
    QString filePath() const;
    ImportFormat detectedFormat() const { return m_file.format; }
    const ImportFile &file() const { return m_file; }
    const ImportPlan &plan() const { return m_plan; }
    ColumnMapping mapping() const { return m_mapping; }
    // Reading or planning is under way.
    bool isBusy() const { return m_busy; }
    // The import itself is being written (importPlan() has not returned).
    bool isImporting() const { return m_importing; }
    // The account chosen: its id, or 0 for a new one named targetAccountName().
    qint64 targetAccountId() const;
    QString targetAccountName() const;
    // The company most people in the file work at (empty when none is named).
    QString suggestedCompany() const { return m_suggestion; }

    // Writes the previewed plan; false when nothing was written: stopped (Stop, Cancel or
    // closing the window while it writes), or with a message box when it failed.
    bool importPlan();

public slots:
    // While the import is written, the window is not closed: the import is stopped.
    void reject() override;

    static QString settingsKey(const QStringList &header);

signals:
    void imported(qint64 accountId);
    // Background work finished and its result is shown.
    void idle();

private:
    struct Planned
    {
        ImportPlan plan;
        std::shared_ptr<const ImportRows> rows;
        QList<ContactRecord> records;
        QString company;
        int companyCount = 0;
        int namedCompanies = 0;
    };

    void browse();
    void reload();
    void showFile();
    void replan();
    void fillAccounts(qint64 select);
    void fillSheets();
    void fillMappingTable();
    void fillPreview();
    void mappingChanged(int column, int comboIndex);
    void targetChanged();
    void updateSuggestion();
    void useSuggestion();
    void cancelWork();
    void setBusy(bool busy, const QString &status = {});
    void setImporting(bool importing);
    bool showImportProgress(qsizetype done, qsizetype total);
    void updateImportButton();
    bool isContactsCsv() const;
    template <typename Result>
    void runInBackground(const QString &status, std::function<Result()> work,
                         std::function<void(const Result &)> done);

    Workspace *m_workspace;
    ImportFile m_file;
    ColumnMapping m_mapping;
    ImportPlan m_plan;
    std::shared_ptr<const ImportRows> m_rows; // the plan's rows, built by the worker
    QHash<int, ContactRecord> m_records;      // by line, for the preview's columns
    QString m_sheetWanted;
    QString m_loadedPath;
    QString m_suggestion;
    int m_suggestionCount = 0;
    int m_namedCompanies = 0;
    bool m_newNameTyped = false;
    bool m_busy = false;
    bool m_importing = false;
    bool m_stopImport = false;
    qsizetype m_progressShown = -1;
    QList<QWidget *> m_disabledWhileImporting;
    int m_generation = 0; // work started; a result of an older generation is dropped
    QList<QThread *> m_threads;

    QLineEdit *m_path;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QComboBox *m_format;
    QComboBox *m_account;
    QLineEdit *m_newName;
    QLabel *m_suggestionLabel;
    QPushButton *m_useSuggestion;
    QComboBox *m_side;
    QCheckBox *m_anyCompany;
    QLabel *m_detected;
    QLabel *m_notices;
    QTableWidget *m_mappingTable;
    QTableWidget *m_preview;
    QLabel *m_counts;
    QLabel *m_warnings;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancelWork;
    QDialogButtonBox *m_buttons;
};

} // namespace Kingside
