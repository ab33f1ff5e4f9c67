#include "ReferenceRunner.h"

#include <QJsonDocument>
#include <QProcess>

namespace Kingside::Test {

QJsonObject runNetworkxReference(const QString &workspacePath, qint64 accountId, QString *error,
                                 const QStringList &extraArguments)
{
    QString python = qEnvironmentVariable("KINGSIDE_PYTHON");
    if (python.isEmpty())
        python = QStringLiteral("/usr/bin/python3");
    QProcess process;
    process.start(python, QStringList{QStringLiteral(KINGSIDE_SOURCE_DIR
                                                     "/tests/analysis/networkx_reference.py"),
                                      workspacePath, QString::number(accountId)} +
                              extraArguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2 %3")
                     .arg(python, process.errorString(),
                          QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return {};
    }
    return document.object();
}

} // namespace Kingside::Test
