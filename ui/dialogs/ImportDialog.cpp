#include "ImportDialog.h"

#include "commands/AddAccount.h"
#include "commands/CommandGroup.h"
#include "exchange/AccountIndex.h"
#include "exchange/ApplyImport.h"
#include "exchange/ImportPlanner.h"
#include "exchange/RelationshipPlanner.h"
#include "workspace/AccountStore.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <memory>

namespace Kingside {
namespace {

constexpr int sampleRows = 3;

enum PreviewColumn
{
    LineColumn,
    ResultColumn,
    NameColumn,
    TitleColumn,
    DepartmentColumn,
    ManagerColumn,
    DetailColumn,
    PreviewColumns
};

QColor outcomeColour(ImportPlan::Outcome outcome)
{
    switch (outcome) {
    case ImportPlan::Outcome::Added:
        return QColor(0xe8, 0xf5, 0xe9);
    case ImportPlan::Outcome::Updated:
        return QColor(0xe3, 0xf2, 0xfd);
    case ImportPlan::Outcome::Rejected:
        return QColor(0xff, 0xeb, 0xee);
    case ImportPlan::Outcome::Skipped:
        return QColor(0xf5, 0xf5, 0xf5);
    case ImportPlan::Outcome::Unchanged:
        break;
    }
    return {};
}

QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

ImportDialog::ImportDialog(Workspace *workspace, qint64 accountId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Contacts"));
    resize(1000, 700);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setPlaceholderText(tr("A CSV export (Salesforce, HubSpot, LinkedIn, …), an Excel or "
                                  "OpenDocument workbook, or a vCard file"));
    auto *browseButton = new QPushButton(tr("Choose…"), this);
    browseButton->setObjectName(QStringLiteral("importBrowse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);

    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheetLabel = new QLabel(tr("&Sheet:"), this);
    m_sheetLabel->setBuddy(m_sheet);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->addItem(displayName(ImportFormat::Auto), int(ImportFormat::Auto));
    for (ImportFormat format : allImportFormats())
        m_format->addItem(displayName(format), int(format));

    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("importAccount"));
    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("importNewAccount"));
    m_newName->setPlaceholderText(tr("Name of the new account"));
    m_newName->setAccessibleName(tr("Name of the new account"));
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_account, 1);
    accountRow->addWidget(m_newName, 1);
    m_suggestionLabel = new QLabel(this);
    m_suggestionLabel->setObjectName(QStringLiteral("importSuggestion"));
    m_suggestionLabel->setWordWrap(true);
    m_useSuggestion = new QPushButton(this);
    m_useSuggestion->setObjectName(QStringLiteral("importUseSuggestion"));
    m_useSuggestion->setAccessibleName(tr("Use the suggested account"));
    auto *suggestionRow = new QHBoxLayout;
    suggestionRow->addWidget(m_suggestionLabel, 1);
    suggestionRow->addWidget(m_useSuggestion);

    m_side = new QComboBox(this);
    m_side->setObjectName(QStringLiteral("importSide"));
    m_side->addItem(tr("Client people"), int(Side::Client));
    m_side->addItem(tr("Our account team"), int(Side::Team));
    m_anyCompany = new QCheckBox(tr("Also import contacts of other companies"), this);
    m_anyCompany->setObjectName(QStringLiteral("importAnyCompany"));
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_notices = new QLabel(this);
    m_notices->setObjectName(QStringLiteral("importNotices"));
    m_notices->setWordWrap(true);

    auto *form = new QFormLayout;
    // A label beside a layout has no buddy of its own: without one it shows its "&".
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(m_sheetLabel, m_sheet);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("Recognised as:"), m_detected);
    form->addRow(QString(), m_notices);
    auto *accountLabel = new QLabel(tr("Into &account:"), this);
    accountLabel->setBuddy(m_account);
    form->addRow(accountLabel, accountRow);
    form->addRow(QString(), suggestionRow);
    form->addRow(tr("&People are:"), m_side);
    form->addRow(QString(), m_anyCompany);

    m_mappingTable = new QTableWidget(0, 3, this);
    m_mappingTable->setObjectName(QStringLiteral("importMapping"));
    m_mappingTable->setAccessibleName(tr("Columns of the file"));
    m_mappingTable->setAccessibleDescription(
        tr("One row per column of the file: its title, its first values and the Kingside field "
           "it goes into, which can be changed"));
    m_mappingTable->setHorizontalHeaderLabels(
        {tr("Column"), tr("First values"), tr("Kingside field")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_preview = new QTableWidget(0, PreviewColumns, this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Preview of the import"));
    m_preview->setAccessibleDescription(
        tr("What each line of the file will do: added, updated, skipped with the reason, or "
           "refused"));
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Result"), tr("Name"), tr("Title"),
                                          tr("Department"), tr("Reports to"),
                                          tr("Reason or change")});
    m_preview->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_mappingTable);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 2);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("importWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0); // the readers do not count: a busy indicator
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_cancelWork = new QPushButton(tr("Stop"), this);
    m_cancelWork->setObjectName(QStringLiteral("importCancelWork"));
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_status);
    busyRow->addWidget(m_progress, 1);
    busyRow->addWidget(m_cancelWork);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_warnings);
    layout->addLayout(busyRow);
    layout->addWidget(m_buttons);

    fillAccounts(accountId);
    fillSheets();
    updateSuggestion();
    setBusy(false);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (filePath() != m_loadedPath) {
            m_sheetWanted.clear();
            reload();
        }
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        m_sheetWanted = m_sheet->currentText();
        reload();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::reload);
    connect(m_account, &QComboBox::currentIndexChanged, this, &ImportDialog::targetChanged);
    connect(m_newName, &QLineEdit::textEdited, this, [this] { m_newNameTyped = true; });
    connect(m_newName, &QLineEdit::textChanged, this, &ImportDialog::replan);
    connect(m_useSuggestion, &QPushButton::clicked, this, &ImportDialog::useSuggestion);
    connect(m_side, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
    connect(m_anyCompany, &QCheckBox::toggled, this, &ImportDialog::replan);
    connect(m_cancelWork, &QPushButton::clicked, this, &ImportDialog::cancelWork);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (importPlan())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        cancelWork();
        reject();
    });
    targetChanged();
}

ImportDialog::~ImportDialog()
{
    // QDialog's destructor hides the dialog, which takes the focus from the fields: their
    // signals (the file field's editingFinished) must not reach this half-destroyed
    // dialog (UBSan found it in TestImportDialog).
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
    ++m_generation;
    // A worker still reading finishes first: it holds no pointer to the dialog.
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

QString ImportDialog::settingsKey(const QStringList &header)
{
    return QStringLiteral("importMappings/%1").arg(ColumnMapping::signature(header));
}

void ImportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
    m_sheetWanted.clear();
    reload();
}

QString ImportDialog::filePath() const
{
    return m_path->text().trimmed();
}

qint64 ImportDialog::targetAccountId() const
{
    return m_account->currentData().toLongLong();
}

QString ImportDialog::targetAccountName() const
{
    return targetAccountId() > 0 ? m_account->currentText() : m_newName->text().trimmed();
}

bool ImportDialog::isContactsCsv() const
{
    return m_file.readable && m_file.format != ImportFormat::VCard &&
           m_file.format != ImportFormat::Relationships;
}

template <typename Result>
void ImportDialog::runInBackground(const QString &status, std::function<Result()> work,
                                   std::function<void(const Result &)> done)
{
    const int generation = ++m_generation;
    setBusy(true, status);
    auto result = std::make_shared<Result>();
    // The work gets copies only: it never touches the dialog, its widgets or the
    // workspace's connection, which belong to the GUI thread.
    QThread *thread = QThread::create([work = std::move(work), result] { *result = work(); });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this,
            [this, thread, generation, result, done = std::move(done)] {
                m_threads.removeOne(thread);
                thread->deleteLater();
                if (generation != m_generation)
                    return; // stopped, or replaced by newer work
                setBusy(false);
                done(*result);
                if (!m_busy)
                    emit idle();
            });
    thread->start();
}

void ImportDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancelWork->setVisible(busy);
    m_status->setText(status);
    if (busy)
        m_counts->clear();
    updateImportButton();
}

void ImportDialog::cancelWork()
{
    if (m_importing) {
        m_stopImport = true; // seen by the next progress report, which rolls back
        m_status->setText(tr("Stopping the import…"));
        return;
    }
    if (!m_busy)
        return;
    ++m_generation; // the worker's result will be dropped
    const bool reading = !m_file.readable;
    setBusy(false, reading ? tr("Stopped reading the file.") : tr("Stopped the preview."));
    m_plan = {};
    fillPreview();
}

void ImportDialog::reject()
{
    if (m_importing) {
        cancelWork();
        return;
    }
    QDialog::reject();
}

// The inserts run on the GUI thread in one transaction (the workspace's connection holds
// SQLite's exclusive lock: no other thread can write). Everything else was done by the
// worker; while they run, the form is disabled, the bar shows how far they got and the
// event loop runs at each step, so the window repaints and Stop, Cancel or closing the
// window stop the import (README, Importing and exporting data).
void ImportDialog::setImporting(bool importing)
{
    m_importing = importing;
    m_stopImport = false;
    m_progressShown = -1;
    if (importing) {
        m_disabledWhileImporting.clear();
        for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child == m_progress || child == m_status || child == m_cancelWork ||
                child == m_buttons || !child->isEnabled())
                continue;
            child->setEnabled(false);
            m_disabledWhileImporting.append(child);
        }
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
        m_cancelWork->setVisible(true);
        m_status->setText(tr("Importing…"));
        QApplication::setOverrideCursor(Qt::BusyCursor);
    } else {
        for (QWidget *child : std::as_const(m_disabledWhileImporting))
            child->setEnabled(true);
        m_disabledWhileImporting.clear();
        QApplication::restoreOverrideCursor();
        m_progress->setRange(0, 0); // back to a busy indicator for reading and planning
        m_progress->setVisible(false);
        m_cancelWork->setVisible(false);
        m_status->clear();
    }
    updateImportButton();
}

bool ImportDialog::showImportProgress(qsizetype done, qsizetype total)
{
    // About a hundred steps, whatever the size: a step costs little when nothing waits.
    const qsizetype step = std::max<qsizetype>(1, total / 100);
    if (m_progressShown < 0 || done - m_progressShown >= step || done >= total) {
        m_progressShown = done;
        m_progress->setRange(0, int(std::min<qsizetype>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qsizetype>(done, INT_MAX)));
        m_status->setText(m_stopImport ? tr("Stopping the import…")
                                       : tr("Importing row %1 of %2…").arg(done).arg(total));
        QCoreApplication::processEvents();
    }
    return !m_stopImport;
}

void ImportDialog::fillAccounts(qint64 select)
{
    const QSignalBlocker blocker(m_account);
    m_account->clear();
    for (const Account &account : AccountStore(m_workspace->database()).accounts())
        m_account->addItem(account.name, account.id);
    m_account->addItem(tr("New account…"), qint64(0));
    const int index = m_account->findData(select);
    m_account->setCurrentIndex(index >= 0 ? index : m_account->count() - 1);
}

void ImportDialog::targetChanged()
{
    const bool creating = targetAccountId() == 0;
    m_newName->setVisible(creating);
    if (creating && m_newName->text().trimmed().isEmpty() && !m_suggestion.isEmpty()) {
        const QSignalBlocker blocker(m_newName);
        m_newName->setText(m_suggestion);
    }
    setWindowTitle(targetAccountName().isEmpty() ? tr("Import Contacts")
                                                 : tr("Import into %1").arg(targetAccountName()));
    updateSuggestion();
    replan();
}

void ImportDialog::updateSuggestion()
{
    m_suggestionLabel->setVisible(!m_suggestion.isEmpty());
    m_useSuggestion->setVisible(false);
    if (m_suggestion.isEmpty())
        return;
    m_suggestionLabel->setText(
        tr("%1 of the %n people who name a company work at “%2”.", nullptr, m_namedCompanies)
            .arg(m_suggestionCount)
            .arg(m_suggestion));
    if (AccountIndex::companyMatches(m_suggestion, targetAccountName()))
        return;
    int existing = -1;
    for (int i = 0; i < m_account->count(); ++i) {
        if (m_account->itemData(i).toLongLong() > 0 &&
            AccountIndex::companyMatches(m_suggestion, m_account->itemText(i)))
            existing = i;
    }
    m_useSuggestion->setText(existing >= 0 ? tr("Import into %1").arg(m_account->itemText(existing))
                                           : tr("Create the account “%1”").arg(m_suggestion));
    m_useSuggestion->setVisible(true);
}

void ImportDialog::useSuggestion()
{
    if (m_suggestion.isEmpty())
        return;
    for (int i = 0; i < m_account->count(); ++i) {
        if (m_account->itemData(i).toLongLong() > 0 &&
            AccountIndex::companyMatches(m_suggestion, m_account->itemText(i))) {
            m_account->setCurrentIndex(i);
            return;
        }
    }
    {
        const QSignalBlocker blocker(m_newName);
        m_newName->setText(m_suggestion);
    }
    m_newNameTyped = false;
    if (targetAccountId() == 0)
        targetChanged();
    else
        m_account->setCurrentIndex(m_account->count() - 1);
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("importFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import contacts"), folder,
        tr("Contacts (*.csv *.xlsx *.ods *.vcf *.vcard *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("importFolder"), QFileInfo(path).absolutePath());
    setFilePath(path);
}

void ImportDialog::reload()
{
    const QString path = filePath();
    const auto requested = ImportFormat(m_format->currentData().toInt());
    const QString sheet = m_sheetWanted;
    m_loadedPath = path;
    m_file = {};
    m_plan = {};
    m_records.clear();
    if (path.isEmpty()) {
        ++m_generation;
        setBusy(false);
        showFile();
        return;
    }
    m_detected->setText(tr("Reading…"));
    fillPreview();
    runInBackground<ImportFile>(
        tr("Reading %1…").arg(QFileInfo(path).fileName()),
        [path, requested, sheet] { return ImportReader::read(path, requested, sheet); },
        [this](const ImportFile &file) {
            m_file = file;
            showFile();
        });
}

void ImportDialog::showFile()
{
    m_mapping = ImportReader::defaultMapping(m_file);
    if (isContactsCsv()) {
        const QString remembered = QSettings().value(settingsKey(m_file.header)).toString();
        if (!remembered.isEmpty())
            m_mapping = ColumnMapping::fromString(remembered, m_file.header.size());
    }
    if (filePath().isEmpty())
        m_detected->clear();
    else if (!m_file.readable)
        m_detected->setText(tr("Cannot be read"));
    else
        m_detected->setText(tr("%1 (%2, %n row(s))", nullptr, m_file.dataRowCount())
                                .arg(displayName(m_file.format), m_file.encoding));
    QStringList notices = m_file.notices;
    if (!m_file.readable && !m_file.error.isEmpty())
        notices.prepend(m_file.error);
    m_notices->setText(notices.join(QLatin1Char('\n')));
    fillSheets();
    fillMappingTable();
    m_suggestion.clear();
    updateSuggestion();
    replan();
}

void ImportDialog::fillSheets()
{
    const QSignalBlocker blocker(m_sheet);
    m_sheet->clear();
    m_sheet->addItems(m_file.sheets);
    const qsizetype current =
        m_file.sheets.indexOf(m_file.sheet.isEmpty() ? m_sheetWanted : m_file.sheet);
    m_sheet->setCurrentIndex(int(current));
    const bool workbook = !m_file.sheets.isEmpty();
    m_sheet->setVisible(workbook);
    m_sheetLabel->setVisible(workbook);
    m_sheet->setEnabled(m_file.sheets.size() > 1);
}

void ImportDialog::fillMappingTable()
{
    const bool csv = isContactsCsv();
    m_mappingTable->setVisible(csv);
    m_mappingTable->setRowCount(0);
    if (!csv)
        return;
    const QList<ContactField> fields = allContactFields();
    m_mappingTable->setRowCount(int(m_file.header.size()));
    for (int column = 0; column < m_file.header.size(); ++column) {
        m_mappingTable->setItem(column, 0, new QTableWidgetItem(m_file.header[column]));
        QStringList samples;
        for (int row = 0; row < m_file.rows.size() && samples.size() < sampleRows; ++row) {
            const QString value = m_file.rows[row].fields.value(column).simplified();
            if (!value.isEmpty())
                samples.append(value.left(40));
        }
        m_mappingTable->setItem(column, 1,
                                new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
        auto *combo = new QComboBox(m_mappingTable);
        combo->setObjectName(QStringLiteral("mapping%1").arg(column));
        combo->setAccessibleName(tr("Field for column “%1”").arg(m_file.header[column]));
        for (ContactField field : fields)
            combo->addItem(displayName(field), int(field));
        combo->setCurrentIndex(int(fields.indexOf(m_mapping.field(column))));
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, column](int index) { mappingChanged(column, index); });
        m_mappingTable->setCellWidget(column, 2, combo);
    }
    m_mappingTable->resizeColumnToContents(0);
}

void ImportDialog::mappingChanged(int column, int comboIndex)
{
    const ContactField field = allContactFields().value(comboIndex);
    m_mapping.setField(column, field);
    // One column per field: another column that had it is reset in its combo too.
    for (int other = 0; other < m_mappingTable->rowCount(); ++other) {
        auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(other, 2));
        if (combo && other != column) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(int(allContactFields().indexOf(m_mapping.field(other))));
        }
    }
    QSettings().setValue(settingsKey(m_file.header), m_mapping.toString());
    replan();
}

void ImportDialog::replan()
{
    m_plan = {};
    m_rows.reset();
    m_records.clear();
    if (!m_file.readable) {
        fillPreview();
        return;
    }
    ImportOptions options;
    options.accountName = targetAccountName();
    options.fileName = m_file.fileName;
    options.side = Side(m_side->currentData().toInt());
    options.anyCompany = m_anyCompany->isChecked();
    options.strictValues = m_file.format == ImportFormat::KingsideCsv;
    if (options.accountName.isEmpty()) {
        ++m_generation;
        setBusy(false);
        m_plan.error = tr("Name the new account.");
        fillPreview();
        return;
    }
    // The account's people are read here, on the GUI thread that owns the connection
    // (one account: quick); matching the file's rows against them runs on the worker.
    const AccountIndex index(m_workspace->database(), options.accountName);
    const ImportFile file = m_file;
    const ColumnMapping mapping = m_mapping;
    setWindowTitle(tr("Import into %1").arg(options.accountName));
    runInBackground<Planned>(
        tr("Matching %n row(s)…", nullptr, file.dataRowCount()),
        [file, mapping, options, index] {
            Planned out;
            if (file.format == ImportFormat::Relationships) {
                out.plan =
                    RelationshipPlanner::plan(index, ImportReader::relationships(file), options);
                out.rows = ImportRows::of(out.plan);
                return out;
            }
            out.records = ImportReader::contacts(file, mapping);
            out.plan = ImportPlanner::plan(index, out.records, options);
            // The rows to insert, encoded here: Import only binds and writes them.
            out.rows = ImportRows::of(out.plan);
            // The company most people name, to suggest as the account.
            QHash<QString, int> counts;
            QHash<QString, QString> spelling;
            for (const ContactRecord &record : std::as_const(out.records)) {
                const QString company = record.company.simplified();
                if (company.isEmpty())
                    continue;
                const QString key = AccountIndex::nameKey(company);
                ++counts[key];
                spelling.insert(key, company);
                ++out.namedCompanies;
            }
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                if (it.value() > out.companyCount ||
                    (it.value() == out.companyCount && spelling.value(it.key()) < out.company)) {
                    out.companyCount = it.value();
                    out.company = spelling.value(it.key());
                }
            }
            return out;
        },
        [this](const Planned &planned) {
            m_plan = planned.plan;
            m_rows = planned.rows;
            for (const ContactRecord &record : planned.records)
                m_records.insert(record.line, record);
            m_suggestion = planned.company;
            m_suggestionCount = planned.companyCount;
            m_namedCompanies = planned.namedCompanies;
            if (targetAccountId() == 0 && !m_newNameTyped && !m_suggestion.isEmpty() &&
                m_newName->text().trimmed() != m_suggestion) {
                // A new account is named after the file's company until the user types.
                m_newName->setText(m_suggestion); // plans again
                return;
            }
            updateSuggestion();
            fillPreview();
        });
}

void ImportDialog::fillPreview()
{
    m_preview->setRowCount(int(m_plan.rows.size()));
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        const ImportPlan::Row &row = m_plan.rows[i];
        const ContactRecord record = m_records.value(row.line);
        const QStringList cells{
            QString::number(row.line), displayName(row.outcome), row.name,  record.title,
            record.department,         record.reportsTo,         row.detail};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (const QColor colour = outcomeColour(row.outcome); colour.isValid())
                item->setBackground(colour);
            if (column == DetailColumn)
                item->setToolTip(row.detail);
            m_preview->setItem(i, column, item);
        }
    }
    m_preview->resizeColumnToContents(LineColumn);
    m_preview->resizeColumnToContents(ResultColumn);
    const bool mappingLacksName = isContactsCsv() && !m_mapping.hasName();
    if (!m_file.readable || m_busy)
        m_counts->clear();
    else if (mappingLacksName)
        m_counts->setText(tr("Choose which column holds the name (or first and last name)."));
    else
        m_counts->setText(m_plan.countsText());
    QStringList extra = m_plan.warnings;
    if (m_plan.createsAccount() && m_file.readable && !m_busy && m_plan.error.isEmpty())
        extra.prepend(tr("The account “%1” will be created.").arg(m_plan.accountName));
    if (!m_plan.newDepartments.isEmpty())
        extra.append(
            tr("New departments: %1").arg(m_plan.newDepartments.join(QStringLiteral(", "))));
    if (!m_plan.error.isEmpty())
        extra.prepend(m_plan.error);
    m_warnings->setText(extra.join(QLatin1Char('\n')));
    updateImportButton();
}

void ImportDialog::updateImportButton()
{
    if (QPushButton *button = findChild<QPushButton *>(QStringLiteral("importButton")))
        button->setEnabled(!m_busy && !m_importing && m_file.readable && m_plan.error.isEmpty() &&
                           m_plan.hasWrites() && !m_workspace->isReadOnly());
}

bool ImportDialog::importPlan()
{
    if (m_busy || m_importing || !m_file.readable || !m_plan.error.isEmpty() || !m_plan.hasWrites())
        return false;
    WorkspaceCommand *command = nullptr;
    AddAccount *added = nullptr;
    ApplyImport *apply = nullptr;
    if (m_plan.createsAccount()) {
        // A new account goes through AddAccount (its rules, its board), the people into
        // it through ApplyImport: one command group, so one transaction and one undo step.
        Account account;
        account.name = m_plan.accountName;
        account.industry = orEmpty(account.industry);
        account.businessObjectives = orEmpty(account.businessObjectives);
        account.buyingProcess = orEmpty(account.buyingProcess);
        account.notes = orEmpty(account.notes);
        const QStringList levels = m_plan.createDefaultLevels ? QStringList() : m_plan.newLevels;
        added = new AddAccount(m_workspace, account, m_plan.newDepartments, levels);
        ImportPlan rest = m_plan;
        rest.newDepartments.clear();
        rest.createDefaultLevels = false;
        if (!levels.isEmpty())
            rest.newLevels.clear();
        apply = new ApplyImport(m_workspace, rest, m_rows);
        apply->intoAccountOf(added);
        auto *group = new CommandGroup(
            m_workspace,
            m_plan.fileName.isEmpty()
                ? tr("Import into the new account %1").arg(m_plan.accountName)
                : tr("Import %1 into the new account %2").arg(m_plan.fileName, m_plan.accountName));
        group->add(added);
        group->add(apply);
        command = group;
    } else {
        apply = new ApplyImport(m_workspace, m_plan, m_rows);
        command = apply;
    }
    apply->setProgress(
        [this](qsizetype done, qsizetype total) { return showImportProgress(done, total); });
    setImporting(true);
    const bool ok = m_workspace->execute(command);
    const bool stopped = m_stopImport;
    setImporting(false);
    if (!ok && stopped) {
        m_status->setText(tr("Stopped the import; nothing was changed."));
        return false;
    }
    if (!ok) {
        QMessageBox::warning(this, tr("Import"),
                             tr("Nothing was imported: %1").arg(m_workspace->errorString()));
        return false;
    }
    const qint64 accountId = added ? added->accountId() : m_plan.accountId;
    fillAccounts(accountId);
    emit imported(accountId);
    return true;
}

} // namespace Kingside
