#include "WorkspaceOpener.h"

#include "RecentWorkspaces.h"
#include "demo/DemoBuilder.h"

#include <QApplication>
#include <QDate>
#include <QFileInfo>
#include <QMessageBox>

namespace Kingside {

bool WorkspaceOpener::open(QWidget *parent, Workspace *workspace, const QString &path,
                           Workspace::Mode mode)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool ok = workspace->open(path, mode);
    QApplication::restoreOverrideCursor();
    if (ok) {
        RecentWorkspaces::add(path, mode);
        if (!workspace->backupPath().isEmpty())
            QMessageBox::information(parent, QObject::tr("Workspace upgraded"),
                                     QObject::tr("The workspace was upgraded to this version of "
                                                 "Kingside. A copy of the previous version was "
                                                 "kept at:\n%1")
                                         .arg(workspace->backupPath()));
        return true;
    }
    const WorkspaceError error = workspace->lastError();
    const bool offerReadOnly =
        mode != Workspace::Mode::ReadOnly && (error.code == WorkspaceError::Code::ReadOnly);
    if (offerReadOnly) {
        const auto answer = QMessageBox::question(
            parent, QObject::tr("Open read-only?"),
            error.message + QStringLiteral("\n\n") + QObject::tr("Open it read-only?"),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer == QMessageBox::Open)
            return open(parent, workspace, path, Workspace::Mode::ReadOnly);
        return false;
    }
    if (error.code == WorkspaceError::Code::NotFound)
        RecentWorkspaces::remove(path);
    QMessageBox::warning(parent, QObject::tr("Cannot open workspace"), error.message);
    return false;
}

bool WorkspaceOpener::create(QWidget *parent, Workspace *workspace, const QString &path)
{
    if (workspace->create(path)) {
        RecentWorkspaces::add(path);
        return true;
    }
    QMessageBox::warning(parent, QObject::tr("Cannot create workspace"), workspace->errorString());
    return false;
}

bool WorkspaceOpener::openDemo(QWidget *parent, Workspace *workspace)
{
    const QString path = RecentWorkspaces::demoPath();
    if (!QFileInfo::exists(path)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QString error;
        const bool written = DemoBuilder::write(path, QDate::currentDate(), &error);
        QApplication::restoreOverrideCursor();
        if (!written) {
            QMessageBox::warning(parent, QObject::tr("Cannot create the demo workspace"), error);
            return false;
        }
    }
    return open(parent, workspace, path, Workspace::Mode::ReadWrite);
}

} // namespace Kingside
