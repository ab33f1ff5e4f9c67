#pragma once

#include <QJsonObject>
#include <QString>

namespace Kingside::Test {

// Runs tests/analysis/networkx_reference.py on one account of a workspace file.
// Returns the parsed JSON, or an empty object with *error set.
QJsonObject runNetworkxReference(const QString &workspacePath, qint64 accountId, QString *error,
                                 const QStringList &extraArguments = {});

} // namespace Kingside::Test
