#pragma once

#include <QSqlError>
#include <QString>

namespace Kingside::SqlErrors {

// Turns a constraint failure reported by the database into a sentence for the user
// ("An account has one final decision maker (King)…"); other errors pass through.
QString explain(const QString &databaseError);

// The same for an error as the driver reports it; its SQLite result code is used too,
// so that SQLITE_FULL (13) reads "the disk is full" whatever the message around it.
QString explain(const QSqlError &error);

} // namespace Kingside::SqlErrors
