#pragma once

#include <QSqlError>
#include <QString>

namespace Kingside::SqlErrors {

// The last guard behind the model's rules (README "Where the rules live"): a full or
// failing disk and a read-only file read as sentences for the user, a constraint the
// schema enforces but no command checked as one generic sentence (the commands check
// every rule they know before writing); other errors pass through.
QString explain(const QString &databaseError);

// The same for an error as the driver reports it; its SQLite result code is used too,
// so that SQLITE_FULL (13) reads "the disk is full" whatever the message around it.
QString explain(const QSqlError &error);

} // namespace Kingside::SqlErrors
