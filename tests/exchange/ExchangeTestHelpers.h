#pragma once

#include "exchange/ApplyImport.h"
#include "exchange/ImportPlanner.h"
#include "exchange/ImportReader.h"
#include "exchange/RelationshipPlanner.h"
#include "workspace/PersonStore.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QString>

namespace Kingside::Test {

inline QString goldenPath(const char *name)
{
    return QStringLiteral(KINGSIDE_TEST_DATA_DIR "/") + QLatin1String(name);
}

// Plans an import of a file (contacts, or relationships when the file is one).
inline ImportPlan planImport(Workspace &workspace, const QString &path, const QString &account,
                             Side side = Side::Client, ImportFormat format = ImportFormat::Auto)
{
    const ImportFile file = ImportReader::read(path, format);
    if (!file.readable) {
        ImportPlan failed;
        failed.error = file.error;
        return failed;
    }
    ImportOptions options;
    options.accountName = account;
    options.fileName = file.fileName;
    options.side = side;
    options.strictValues = file.format == ImportFormat::KingsideCsv;
    if (file.format == ImportFormat::Relationships)
        return RelationshipPlanner::plan(workspace.database(), ImportReader::relationships(file),
                                         options);
    return ImportPlanner::plan(workspace.database(), ImportReader::contacts(file), options);
}

inline const ImportPlan::Row *rowAt(const ImportPlan &plan, int line)
{
    for (const ImportPlan::Row &row : plan.rows) {
        if (row.line == line)
            return &row;
    }
    return nullptr;
}

inline std::optional<Person> personNamed(Workspace &workspace, qint64 accountId,
                                         const QString &name)
{
    for (const Person &person : PersonStore(workspace.database()).people(accountId)) {
        if (person.name == name)
            return person;
    }
    return std::nullopt;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace Kingside::Test
