#include "PersonDataActions.h"

#include "privacy/PersonDataExport.h"
#include "privacy/PersonEraser.h"
#include "workspace/PersonStore.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

namespace Kingside {

PersonDataActions::PersonDataActions(Workspace *workspace, std::function<qint64()> selectedPerson,
                                     QWidget *window)
    : QObject(window), m_workspace(workspace), m_selectedPerson(std::move(selectedPerson)),
      m_window(window), m_export(new QAction(tr("Export &Person's Data…"), this)),
      m_erase(new QAction(tr("&Erase Person…"), this))
{
    m_export->setObjectName(QStringLiteral("actionExportPersonData"));
    m_erase->setObjectName(QStringLiteral("actionErasePerson"));
    connect(m_export, &QAction::triggered, this, &PersonDataActions::exportSelected);
    connect(m_erase, &QAction::triggered, this, &PersonDataActions::eraseSelected);
    for (auto signal : {&Workspace::opened, &Workspace::closed})
        connect(m_workspace, signal, this, &PersonDataActions::updateActions);
    connect(m_workspace, &Workspace::changed, this, &PersonDataActions::updateActions);
    updateActions();
}

void PersonDataActions::updateActions()
{
    const bool person = m_workspace->isOpen() && m_selectedPerson() > 0;
    QString why;
    const bool writable = m_workspace->mayWrite(false, &why);
    m_export->setEnabled(person);
    m_erase->setEnabled(person && writable);
    const QString select = tr("Select a person on the board first.");
    m_export->setStatusTip(person ? tr("Write everything held about the selected person to a "
                                       "JSON file.")
                                  : select);
    m_erase->setStatusTip(!person     ? select
                          : !writable ? why
                                      : tr("Erase the selected person for good (not undoable)."));
}

bool PersonDataActions::exportTo(qint64 personId, const QString &path, QString *error) const
{
    const auto document = PersonDataExport::collect(m_workspace->database(), personId, error);
    return document && PersonDataExport::write(*document, path, error);
}

QString PersonDataActions::erase(qint64 personId, QString *error)
{
    PersonEraser eraser(*m_workspace);
    const auto erasure = eraser.erase(personId, error);
    if (!erasure)
        return {};
    const QString summary = erasure->describe(true);
    // The rows are gone even when compacting failed; the caller shows both.
    if (!erasure->wipeProblem.isEmpty())
        *error = erasure->wipeProblem;
    emit erased(personId, summary);
    return summary;
}

void PersonDataActions::exportSelected()
{
    const qint64 personId = m_selectedPerson();
    const auto person = PersonStore(m_workspace->database()).person(personId);
    if (!person)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Person's Data"),
        QDir(folder).filePath(tr("%1 - personal data.json").arg(person->name)),
        tr("JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(personId, path, &error)) {
        QMessageBox::warning(m_window, tr("Export Person's Data"), error);
        return;
    }
    if (auto *window = qobject_cast<QMainWindow *>(m_window))
        window->statusBar()->showMessage(
            tr("Wrote everything held about %1 to %2 (readable by you only).")
                .arg(person->name, QDir::toNativeSeparators(path)),
            10000);
}

void PersonDataActions::eraseSelected()
{
    const qint64 personId = m_selectedPerson();
    PersonEraser eraser(*m_workspace);
    QString error;
    const auto preview = eraser.preview(personId, &error);
    if (!preview) {
        QMessageBox::warning(m_window, tr("Erase Person"), error);
        return;
    }
    QMessageBox confirm(QMessageBox::Warning, tr("Erase Person"),
                        tr("Erase %1 for good?").arg(preview->person.name), QMessageBox::NoButton,
                        m_window);
    confirm.setObjectName(QStringLiteral("erasePersonConfirmation"));
    confirm.setInformativeText(preview->describe(false));
    QPushButton *eraseButton =
        confirm.addButton(tr("Erase for Good"), QMessageBox::DestructiveRole);
    eraseButton->setObjectName(QStringLiteral("erasePersonButton"));
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != eraseButton)
        return;
    const QString summary = erase(personId, &error);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Erase Person"), error);
    if (summary.isEmpty())
        return;
    if (auto *window = qobject_cast<QMainWindow *>(m_window))
        window->statusBar()->showMessage(summary.section(QLatin1Char('\n'), 0, 0) +
                                             QLatin1Char(' ') + tr("This cannot be undone."),
                                         15000);
}

} // namespace Kingside
