#include "CliRun.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace Kingside::Test {

CliRun runCli(const QString &program, const QStringList &arguments, const CliOptions &options)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (options.withoutDisplay) {
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
    }
    for (auto it = options.environment.cbegin(); it != options.environment.cend(); ++it)
        environment.insert(it.key(), it.value());

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForFinished(options.timeoutSeconds * 1000)) {
        // What it wrote before hanging is dropped: an expected message must not pass a test
        // that never ended.
        run.err = process.error() == QProcess::FailedToStart
                      ? process.errorString()
                      : QStringLiteral("timed out after %1 s").arg(options.timeoutSeconds);
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode =
        process.exitStatus() == QProcess::NormalExit ? process.exitCode() : CliRun::Crashed;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace Kingside::Test
