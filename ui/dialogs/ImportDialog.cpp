#include "ImportDialog.h"

#include "exchange/ApplyImport.h"
#include "exchange/ImportPlanner.h"
#include "exchange/RelationshipPlanner.h"
#include "workspace/AccountStore.h"
#include "workspace/Workspace.h"

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
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kingside {
namespace {

constexpr int sampleRows = 3;

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

} // namespace

ImportDialog::ImportDialog(Workspace *workspace, qint64 accountId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_accountId(accountId)
{
    setObjectName(QStringLiteral("importDialog"));
    if (const auto account = AccountStore(workspace->database()).account(accountId))
        m_accountName = account->name;
    setWindowTitle(tr("Import into %1").arg(m_accountName));
    resize(900, 640);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setPlaceholderText(
        tr("A CSV export (Salesforce, HubSpot, LinkedIn, …) or a vCard file"));
    auto *browseButton = new QPushButton(tr("Choose…"), this);
    browseButton->setObjectName(QStringLiteral("importBrowse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->addItem(displayName(ImportFormat::Auto), int(ImportFormat::Auto));
    for (ImportFormat format : allImportFormats())
        m_format->addItem(displayName(format), int(format));
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
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("Recognised as:"), m_detected);
    form->addRow(tr("&People are:"), m_side);
    form->addRow(QString(), m_anyCompany);
    form->addRow(QString(), m_notices);

    m_mappingTable = new QTableWidget(0, 3, this);
    m_mappingTable->setObjectName(QStringLiteral("importMapping"));
    m_mappingTable->setHorizontalHeaderLabels(
        {tr("Column"), tr("First values"), tr("Kingside field")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_preview = new QTableWidget(0, 4, this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Result"), tr("Name"), tr("Reason or change")});
    m_preview->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
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

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_warnings);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportDialog::reload);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::reload);
    connect(m_side, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
    connect(m_anyCompany, &QCheckBox::toggled, this, &ImportDialog::replan);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (importPlan())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    replan();
}

QString ImportDialog::settingsKey(const QStringList &header)
{
    return QStringLiteral("importMappings/%1").arg(ColumnMapping::signature(header));
}

void ImportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
    reload();
}

QString ImportDialog::filePath() const
{
    return m_path->text().trimmed();
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("importFolder")).toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import contacts"), folder,
                                     tr("Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("importFolder"), QFileInfo(path).absolutePath());
    setFilePath(path);
}

void ImportDialog::reload()
{
    m_file = {};
    if (!filePath().isEmpty()) {
        const auto requested = ImportFormat(m_format->currentData().toInt());
        m_file = ImportReader::read(filePath(), requested);
    }
    m_mapping = ImportReader::defaultMapping(m_file);
    if (m_file.readable && m_file.format != ImportFormat::VCard &&
        m_file.format != ImportFormat::Relationships) {
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
    fillMappingTable();
    replan();
}

void ImportDialog::fillMappingTable()
{
    const bool csv = m_file.readable && m_file.format != ImportFormat::VCard &&
                     m_file.format != ImportFormat::Relationships;
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
    if (m_file.readable) {
        ImportOptions options;
        options.accountName = m_accountName;
        options.fileName = m_file.fileName;
        options.side = Side(m_side->currentData().toInt());
        options.anyCompany = m_anyCompany->isChecked();
        options.strictValues = m_file.format == ImportFormat::KingsideCsv;
        if (m_file.format == ImportFormat::Relationships)
            m_plan = RelationshipPlanner::plan(m_workspace->database(),
                                               ImportReader::relationships(m_file), options);
        else
            m_plan = ImportPlanner::plan(m_workspace->database(),
                                         ImportReader::contacts(m_file, m_mapping), options);
    }
    fillPreview();
}

void ImportDialog::fillPreview()
{
    m_preview->setRowCount(int(m_plan.rows.size()));
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        const ImportPlan::Row &row = m_plan.rows[i];
        const QStringList cells{QString::number(row.line), displayName(row.outcome), row.name,
                                row.detail};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (const QColor colour = outcomeColour(row.outcome); colour.isValid())
                item->setBackground(colour);
            if (column == 3)
                item->setToolTip(row.detail);
            m_preview->setItem(i, column, item);
        }
    }
    m_preview->resizeColumnToContents(0);
    m_preview->resizeColumnToContents(1);
    const bool mappingLacksName = m_file.readable && m_file.format != ImportFormat::VCard &&
                                  m_file.format != ImportFormat::Relationships &&
                                  !m_mapping.hasName();
    if (!m_file.readable)
        m_counts->clear();
    else if (mappingLacksName)
        m_counts->setText(tr("Choose which column holds the name (or first and last name)."));
    else
        m_counts->setText(m_plan.countsText());
    QStringList extra = m_plan.warnings;
    if (!m_plan.newDepartments.isEmpty())
        extra.append(
            tr("New departments: %1").arg(m_plan.newDepartments.join(QStringLiteral(", "))));
    if (!m_plan.error.isEmpty())
        extra.prepend(m_plan.error);
    m_warnings->setText(extra.join(QLatin1Char('\n')));
    if (QPushButton *button = findChild<QPushButton *>(QStringLiteral("importButton")))
        button->setEnabled(m_file.readable && m_plan.error.isEmpty() && m_plan.hasWrites() &&
                           !m_workspace->isReadOnly());
}

bool ImportDialog::importPlan()
{
    if (!m_file.readable || !m_plan.hasWrites())
        return false;
    if (!m_workspace->execute(new ApplyImport(m_workspace, m_plan))) {
        QMessageBox::warning(this, tr("Import"),
                             tr("Nothing was imported: %1").arg(m_workspace->errorString()));
        return false;
    }
    emit imported(m_accountId);
    return true;
}

} // namespace Kingside
