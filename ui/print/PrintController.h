#pragma once

#include "PageSetup.h"

#include <QDate>
#include <QObject>

class QPrinter;
class QWidget;

namespace Kingside {

class Workspace;

// The File menu's print and export actions for one account: the system print dialog
// (with a "Map layout" tab for fit or tiles), print preview, and the board as PDF, SVG or
// PNG and the account's review pack as PDF. Remembers the last page setup (QSettings).
class PrintController : public QObject
{
    Q_OBJECT
public:
    explicit PrintController(QObject *parent = nullptr);

    PageSetup pageSetup() const { return m_setup; }
    void setPageSetup(const PageSetup &setup);
    // The day printed pages are dated (default: PrintContext::defaultToday()).
    void setToday(const QDate &today) { m_today = today; }

    // Each returns true when something was printed or written; false when cancelled or
    // failed (the failure is shown to the user in a message box on `parent`).
    bool print(QWidget *parent, Workspace *workspace, qint64 accountId);
    bool printPreview(QWidget *parent, Workspace *workspace, qint64 accountId);
    bool exportPdf(QWidget *parent, Workspace *workspace, qint64 accountId);
    bool exportSvg(QWidget *parent, Workspace *workspace, qint64 accountId);
    bool exportPng(QWidget *parent, Workspace *workspace, qint64 accountId);
    bool exportReviewPack(QWidget *parent, Workspace *workspace, qint64 accountId);

    // Paints the map on a printer whose page layout is set (used by print and preview).
    bool printTo(QPrinter *printer, Workspace *workspace, qint64 accountId, const PageSetup &setup,
                 QString *error) const;

private:
    QString askFile(QWidget *parent, Workspace *workspace, qint64 accountId, const QString &title,
                    const QString &suffix, const QString &filter) const;
    void fail(QWidget *parent, const QString &message) const;
    QDate today() const;

    PageSetup m_setup;
    QDate m_today;
};

} // namespace Kingside
