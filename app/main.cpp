#include "CommandLine.h"

#include "mainwindow/MainWindow.h"
#include "mainwindow/RecentWorkspaces.h"

#include "domain/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QPalette>
#include <QStyle>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <memory>

using namespace Kingside;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kingside"));
    QCoreApplication::setApplicationName(QStringLiteral("Kingside"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KINGSIDE_VERSION));
    // The desktop entry's name, the application id (README "Installing the Debian package"):
    // desktops match the window to its entry and icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral(KINGSIDE_APP_ID));
}

QString commandSummary()
{
    QString text =
        QCoreApplication::translate("Kingside::Cli", "Commands (run without a window):\n");
    qsizetype width = 0;
    for (const Cli::Command &command : Cli::commands())
        width = std::max(width, qsizetype(qstrlen(command.name)));
    for (const Cli::Command &command : Cli::commands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(width),
                         QCoreApplication::translate("Kingside::Cli", command.summary));
    text += QCoreApplication::translate("Kingside::Cli",
                                        "Run 'kingside COMMAND --help' for a command's options.\n");
    return text;
}

bool wantsInformationOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--version" ||
            argument == "-v" || argument == "--help-all")
            return true;
    }
    return false;
}

// The window follows the desktop's palette. KINGSIDE_PALETTE=dark (or light) puts the
// Fusion style in a dark (or light) palette instead: for trying the board in both, and for
// screenshots (README "Desktop behaviour").
void applyPaletteOverride()
{
    const QByteArray wanted = qgetenv("KINGSIDE_PALETTE");
    if (wanted != "dark" && wanted != "light")
        return;
    QApplication::setStyle(QStringLiteral("Fusion"));
    if (wanted == "light") {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    const QColor window(0x2D, 0x2D, 0x30), base(0x1E, 0x1E, 0x1F), text(0xE8, 0xE8, 0xE8);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(0x6C, 0xA8, 0xF5));
    dark.setColor(QPalette::Highlight, QColor(0x2F, 0x6F, 0xC8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
}

int runCommand(const Cli::Command &command, int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (command.needsGui) {
        // Rendering needs a GUI application, not a display.
        if (qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    Translations::install();
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst(); // the program; the command name stays first like argv[0]
    return command.run(arguments);
}

} // namespace

int main(int argc, char **argv)
{
    // `kingside import … | head` must finish the import when head stops reading: writes to
    // a closed pipe then fail with EPIPE (and are dropped) instead of killing the process.
    std::signal(SIGPIPE, SIG_IGN);
    if (argc > 1) {
        if (const Cli::Command *command = Cli::findCommand(QString::fromLocal8Bit(argv[1])))
            return runCommand(*command, argc, argv);
    }

    // A word that is neither a command nor a workspace is a typo: say so without a window.
    if (argc > 1 && argv[1][0] != '-') {
        const QString word = QString::fromLocal8Bit(argv[1]);
        if (!QFileInfo::exists(word) && !word.endsWith(QLatin1String(".kingside"))) {
            QCoreApplication core(argc, argv);
            Translations::install();
            Cli::err() << QCoreApplication::translate("Kingside::Cli",
                                                      "“%1” is neither a command nor a workspace "
                                                      "file.\n\n")
                              .arg(word)
                       << commandSummary();
            return Cli::BadInput;
        }
    }

    std::unique_ptr<QCoreApplication> app;
    if (wantsInformationOnly(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    describeApplication();
    Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Kingside::Cli",
                                    "Kingside: key account relationship maps on a chessboard.\n\n"
                                    "With no WORKSPACE, opens the last workspace, or the demo on "
                                    "first run.\n\n") +
        commandSummary());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption review(
        QStringLiteral("review"),
        QCoreApplication::translate("Kingside::Cli",
                                    "Open WORKSPACE for a mentor's review: everything readable, "
                                    "only comments and review records writable."));
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        QCoreApplication::translate("Kingside::Cli", "Open WORKSPACE read-only."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("Kingside::Cli",
                                    "Open the built-in demo workspace (created on first use)."));
    parser.addOption(review);
    parser.addOption(readOnly);
    parser.addOption(demo);
    parser.addPositionalArgument(
        QStringLiteral("WORKSPACE"),
        QCoreApplication::translate("Kingside::Cli", "A .kingside workspace file."),
        QStringLiteral("[WORKSPACE | COMMAND …]"));
    parser.process(*app); // --help and --version print and exit here

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        Cli::err() << QCoreApplication::translate("Kingside::Cli", "Unknown command “%1”.\n\n")
                          .arg(positional.first())
                   << commandSummary();
        return Cli::BadInput;
    }

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/kingside/icons/kingside.svg")));
    applyPaletteOverride();
    MainWindow window;
    window.show();
    const Workspace::Mode mode = parser.isSet(review)     ? Workspace::Mode::Review
                                 : parser.isSet(readOnly) ? Workspace::Mode::ReadOnly
                                                          : Workspace::Mode::ReadWrite;
    if (parser.isSet(demo)) {
        if (window.openDemoWorkspace())
            window.offerTour();
    } else if (!positional.isEmpty()) {
        const QString path = positional.first();
        if (!window.openWorkspace(path, mode))
            return Cli::Failed;
    } else {
        const QString last = RecentWorkspaces::last();
        // The last workspace opens in the mode it was last opened in, unless asked.
        const Workspace::Mode lastMode =
            parser.isSet(review) || parser.isSet(readOnly) ? mode : RecentWorkspaces::modeOf(last);
        if ((last.isEmpty() || !QFileInfo::exists(last) || !window.openWorkspace(last, lastMode)) &&
            window.openDemoWorkspace())
            window.offerTour(); // the first run's demo, with its tour unless dismissed
    }
    return app->exec();
}
