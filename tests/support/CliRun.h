#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>

namespace Kingside::Test {

// What one run of a command-line program gave back.
struct CliRun
{
    // exitCode when the program did not start or did not finish within the timeout (it is
    // killed; err says which, out is empty), and when it crashed (out and err as written).
    static constexpr int NotFinished = -1;
    static constexpr int Crashed = -2;

    int exitCode = NotFinished;
    QByteArray out;
    QString err;

    // Standard output read as UTF-8.
    QString text() const { return QString::fromUtf8(out); }
};

// How to run it. The program inherits the test's environment, changed as asked.
struct CliOptions
{
    // Removes DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM: for commands that must run
    // where there is no display at all.
    bool withoutDisplay = false;
    // Set after the display variables are removed.
    QHash<QString, QString> environment = {};
    int timeoutSeconds = 120;
};

CliRun runCli(const QString &program, const QStringList &arguments, const CliOptions &options = {});

// A program and the options of all its runs, called like a function, so that a test reads
// `kingside({QStringLiteral("check"), path})`.
class CliProgram
{
public:
    explicit CliProgram(QString program, CliOptions options = {})
        : m_program(std::move(program)), m_options(std::move(options))
    {}

    CliRun operator()(const QStringList &arguments) const
    {
        return runCli(m_program, arguments, m_options);
    }

private:
    QString m_program;
    CliOptions m_options;
};

} // namespace Kingside::Test
