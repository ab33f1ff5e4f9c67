#include "WorkspaceCheck.h"

#include "Migrator.h"
#include "ServerAddress.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Kingside {

// The connection is read-write with query_only on (Workspace::openForInspection): on a
// read-only connection SQLite 3.40's integrity_check skips the CHECK constraints.
QStringList WorkspaceCheck::problemsOf(const QSqlDatabase &db)
{
    QStringList problems;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems.append(query.lastError().text());
    } else {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
    }
    query.finish();
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next())
            problems.append(QCoreApplication::translate("Kingside::WorkspaceCheck",
                                                        "row %1 of table %2 refers to a missing "
                                                        "row of %3")
                                .arg(query.value(1).toString(), query.value(0).toString(),
                                     query.value(2).toString()));
    } else {
        problems.append(query.lastError().text());
    }
    return problems;
}

WorkspaceCheck WorkspaceCheck::run(const QString &path)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Kingside::WorkspaceCheck", text);
    };
    WorkspaceCheck result;
    result.latestVersion = Migrator::latestVersion();
    Workspace workspace;
    // A server checks its constraints on every write itself: what is left to see is that
    // it holds the schema Kingside creates (README "A shared workspace for a team").
    const bool onServer = ServerAddress::looksLikeAddress(path);
    if (!(onServer ? workspace.open(path, Workspace::Mode::ReadOnly)
                   : workspace.openForInspection(path))) {
        const auto code = workspace.lastError().code;
        if (code == WorkspaceError::Code::Damaged || code == WorkspaceError::Code::Untrusted)
            result.status = Status::Damaged;
        else if (code == WorkspaceError::Code::Locked ||
                 code == WorkspaceError::Code::NotReadable ||
                 code == WorkspaceError::Code::DiskFull)
            result.status = Status::Unavailable;
        else
            result.status = Status::NotWorkspace;
        result.summary = workspace.errorString();
        return result;
    }
    result.schemaVersion = workspace.schemaVersion();
    if (!onServer)
        result.problems = problemsOf(workspace.database());
    const QString name = onServer ? path : QFileInfo(path).fileName();
    if (!result.problems.isEmpty()) {
        result.status = Status::Damaged;
        result.summary =
            QCoreApplication::translate("Kingside::WorkspaceCheck",
                                        "%1 is damaged: %n problem(s) found, first: %2", nullptr,
                                        int(result.problems.size()))
                .arg(name, result.problems.first());
        return result;
    }
    result.status = Status::Sound;
    result.summary =
        result.schemaVersion < result.latestVersion
            ? tr("%1 is sound (schema version %2; it will be upgraded to %3 when "
                 "opened for editing).")
                  .arg(name)
                  .arg(result.schemaVersion)
                  .arg(result.latestVersion)
            : tr("%1 is sound (schema version %2).").arg(name).arg(result.schemaVersion);
    return result;
}

} // namespace Kingside
