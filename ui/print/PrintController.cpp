#include "PrintController.h"

#include "BoardExport.h"
#include "MapPrinter.h"
#include "PageSetupWidget.h"
#include "PrintContext.h"
#include "ReviewPack.h"

#include "exchange/OutputGuard.h"
#include "workspace/AccountStore.h"
#include "workspace/Workspace.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Kingside {

PrintController::PrintController(QObject *parent) : QObject(parent)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("print"));
    m_setup.paper = PageSetup::paperFromName(settings.value(QStringLiteral("paper")).toString())
                        .value_or(PageSetup::Paper::A4);
    m_setup.landscape = settings.value(QStringLiteral("landscape"), true).toBool();
    m_setup.columns =
        qBound(1, settings.value(QStringLiteral("columns"), 1).toInt(), PageSetup::MaxTiles);
    m_setup.rows =
        qBound(1, settings.value(QStringLiteral("rows"), 1).toInt(), PageSetup::MaxTiles);
    m_setup.overlapMm =
        qBound(0.0, settings.value(QStringLiteral("overlapMm"), 12.0).toDouble(), 50.0);
}

void PrintController::setPageSetup(const PageSetup &setup)
{
    m_setup = setup;
    QSettings settings;
    settings.beginGroup(QStringLiteral("print"));
    settings.setValue(QStringLiteral("paper"), PageSetup::paperName(setup.paper));
    settings.setValue(QStringLiteral("landscape"), setup.landscape);
    settings.setValue(QStringLiteral("columns"), setup.columns);
    settings.setValue(QStringLiteral("rows"), setup.rows);
    settings.setValue(QStringLiteral("overlapMm"), setup.overlapMm);
}

QDate PrintController::today() const
{
    return m_today.isValid() ? m_today : PrintContext::defaultToday();
}

void PrintController::fail(QWidget *parent, const QString &message) const
{
    QMessageBox::warning(parent, tr("Kingside"), message);
}

bool PrintController::printTo(QPrinter *printer, Workspace *workspace, qint64 accountId,
                              const PageSetup &setup, QString *error) const
{
    const auto context = PrintContext::load(*workspace, accountId, today(), error);
    if (!context)
        return false;
    // Pages are laid out at 96 dpi so the renderer's fonts keep their size on the board
    // (Qt's printing on Linux and macOS is vector PDF whatever the resolution).
    printer->setResolution(int(MapPrinter::Dpi));
    printer->setFullPage(true);
    printer->setDocName(tr("%1 — relationship map").arg(context->data.account.name));
    const MapPrinter mapPrinter(*context, setup);
    return mapPrinter.print(printer, error);
}

bool PrintController::print(QWidget *parent, Workspace *workspace, qint64 accountId)
{
    if (!workspace || accountId <= 0)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_setup.pageLayout());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print relationship map"));
    auto *layoutTab = new PageSetupWidget(false);
    layoutTab->setSetup(m_setup);
    dialog.setOptionTabs({layoutTab});
    if (dialog.exec() != QDialog::Accepted)
        return false;
    PageSetup setup = layoutTab->setup();
    const QPageLayout chosen = printer.pageLayout();
    setup.paper = PageSetup::paperFromPageSize(chosen.pageSize()).value_or(setup.paper);
    setup.landscape = chosen.orientation() == QPageLayout::Landscape;
    setPageSetup(setup);
    QString error;
    // "Print to file" is an export: written like one (never over the workspace, complete
    // or absent, mode 0600), not by the printer straight into the file.
    if (!printer.outputFileName().isEmpty()) {
        const auto context = PrintContext::load(*workspace, accountId, today(), &error);
        if (!context || !BoardExport::writePdf(*context, setup, printer.outputFileName(), &error)) {
            fail(parent, tr("The map could not be printed to a file: %1").arg(error));
            return false;
        }
        return true;
    }
    if (!printTo(&printer, workspace, accountId, setup, &error)) {
        fail(parent, tr("The map could not be printed: %1").arg(error));
        return false;
    }
    return true;
}

bool PrintController::printPreview(QWidget *parent, Workspace *workspace, qint64 accountId)
{
    if (!workspace || accountId <= 0)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_setup.pageLayout());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — relationship map"));
    QString error;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        PageSetup setup = m_setup;
        const QPageLayout chosen = target->pageLayout();
        setup.paper = PageSetup::paperFromPageSize(chosen.pageSize()).value_or(setup.paper);
        setup.landscape = chosen.orientation() == QPageLayout::Landscape;
        error.clear();
        printTo(target, workspace, accountId, setup, &error);
    });
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (!error.isEmpty())
        fail(parent, tr("The map could not be printed: %1").arg(error));
    return accepted && error.isEmpty();
}

QString PrintController::askFile(QWidget *parent, Workspace *workspace, qint64 accountId,
                                 const QString &title, const QString &suffix,
                                 const QString &filter) const
{
    QString base = QStringLiteral("map");
    if (const auto account = AccountStore(workspace->database()).account(accountId))
        base = account->name;
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString folder = QFileInfo(workspace->path()).absolutePath();
    QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(folder).filePath(QStringLiteral("%1.%2").arg(base, suffix)), filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    // Refused at once, before anything is drawn (BoardExport and ReviewPack check again).
    if (const QString refusal = OutputGuard::refusal(path, workspace->path());
        !path.isEmpty() && !refusal.isEmpty()) {
        fail(parent, refusal);
        return {};
    }
    return path;
}

bool PrintController::exportPdf(QWidget *parent, Workspace *workspace, qint64 accountId)
{
    if (!workspace || accountId <= 0)
        return false;
    QDialog layoutDialog(parent);
    layoutDialog.setWindowTitle(tr("Export map as PDF"));
    auto *layout = new QVBoxLayout(&layoutDialog);
    auto *setupWidget = new PageSetupWidget(true, &layoutDialog);
    setupWidget->setSetup(m_setup);
    layout->addWidget(setupWidget);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &layoutDialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &layoutDialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &layoutDialog, &QDialog::reject);
    if (layoutDialog.exec() != QDialog::Accepted)
        return false;
    setPageSetup(setupWidget->setup());
    const QString path = askFile(parent, workspace, accountId, tr("Export map as PDF"),
                                 QStringLiteral("pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    const auto context = PrintContext::load(*workspace, accountId, today(), &error);
    if (!context || !BoardExport::writePdf(*context, m_setup, path, &error)) {
        fail(parent, error);
        return false;
    }
    return true;
}

bool PrintController::exportSvg(QWidget *parent, Workspace *workspace, qint64 accountId)
{
    if (!workspace || accountId <= 0)
        return false;
    const QString path = askFile(parent, workspace, accountId, tr("Export map as SVG"),
                                 QStringLiteral("svg"), tr("SVG drawings (*.svg)"));
    if (path.isEmpty())
        return false;
    QString error;
    const auto context = PrintContext::load(*workspace, accountId, today(), &error);
    if (!context || !BoardExport::writeSvg(*context, path, &error)) {
        fail(parent, error);
        return false;
    }
    return true;
}

bool PrintController::exportPng(QWidget *parent, Workspace *workspace, qint64 accountId)
{
    if (!workspace || accountId <= 0)
        return false;
    bool ok = false;
    const int dpi = QInputDialog::getInt(parent, tr("Export map as PNG"), tr("Resolution (dpi):"),
                                         BoardExport::DefaultPngDpi, 10, 2400, 10, &ok);
    if (!ok)
        return false;
    const QString path = askFile(parent, workspace, accountId, tr("Export map as PNG"),
                                 QStringLiteral("png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return false;
    QString error;
    const auto context = PrintContext::load(*workspace, accountId, today(), &error);
    if (!context || !BoardExport::writePng(*context, dpi, path, &error)) {
        fail(parent, error);
        return false;
    }
    return true;
}

bool PrintController::exportReviewPack(QWidget *parent, Workspace *workspace, qint64 accountId)
{
    if (!workspace || accountId <= 0)
        return false;
    const QString path = askFile(parent, workspace, accountId, tr("Export review pack"),
                                 QStringLiteral("pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    const ReviewPack pack(*workspace, accountId, today());
    if (!pack.write(m_setup, path, &error)) {
        fail(parent, error);
        return false;
    }
    return true;
}

} // namespace Kingside
