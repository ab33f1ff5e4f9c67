#pragma once

#include "exchange/ImportFormat.h"
#include "exchange/ImportPlan.h"
#include "exchange/ImportReader.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Kingside {

class Workspace;

// Imports contacts or relationships into one account: choose a file, see its detected
// format and how it was read, map the columns of a plain CSV (remembered per header in
// QSettings), preview what will be added, updated, skipped and rejected (with line and
// reason), then import it as one undoable step.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Workspace *workspace, qint64 accountId, QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    QString filePath() const;
    ImportFormat detectedFormat() const { return m_file.format; }
    const ImportPlan &plan() const { return m_plan; }
    ColumnMapping mapping() const { return m_mapping; }

    // Writes the previewed plan; false (with a message box) when nothing could be written.
    bool importPlan();

    static QString settingsKey(const QStringList &header);

signals:
    void imported(qint64 accountId);

private:
    void browse();
    void reload();
    void replan();
    void fillMappingTable();
    void fillPreview();
    void mappingChanged(int column, int comboIndex);

    Workspace *m_workspace;
    qint64 m_accountId;
    QString m_accountName;
    ImportFile m_file;
    ColumnMapping m_mapping;
    ImportPlan m_plan;

    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_side;
    QCheckBox *m_anyCompany;
    QLabel *m_detected;
    QLabel *m_notices;
    QTableWidget *m_mappingTable;
    QTableWidget *m_preview;
    QLabel *m_counts;
    QLabel *m_warnings;
    QDialogButtonBox *m_buttons;
};

} // namespace Kingside
