#include "SqlErrors.h"

#include <QCoreApplication>

namespace Kingside::SqlErrors {

namespace {
QString diskFull()
{
    return QCoreApplication::translate("Kingside::SqlErrors",
                                       "The disk is full; the change was not saved.");
}

QString diskFailed()
{
    return QCoreApplication::translate(
        "Kingside::SqlErrors", "The disk could not be written: it turned read-only, was removed "
                               "or failed. The change was not saved.");
}
QString unknownRule()
{
    return QCoreApplication::translate(
        "Kingside::SqlErrors",
        "The workspace refused this change as inconsistent with what it holds; it was not saved.");
}
} // namespace

QString explain(const QString &databaseError)
{
    // Only the last guard: every rule of the document is checked by its command before
    // anything is written (README "Where the rules live"), so a constraint that still fires
    // is a rule the model does not know, said in one generic sentence.
    if (databaseError.contains(QLatin1String("readonly")))
        return QCoreApplication::translate("Kingside::SqlErrors",
                                           "The workspace file cannot be written (read-only).");
    if (databaseError.contains(QLatin1String("disk is full")) ||
        databaseError.contains(QLatin1String("SQLITE_FULL")))
        return diskFull();
    if (databaseError.contains(QLatin1String("disk I/O error")))
        return diskFailed();
    if (databaseError.contains(QLatin1String("constraint failed"), Qt::CaseInsensitive) ||
        databaseError.contains(QLatin1String("violates"), Qt::CaseInsensitive))
        return unknownRule();
    return databaseError;
}

QString explain(const QSqlError &error)
{
    // PostgreSQL names its errors by five-character SQLSTATE; SQLite's result codes have
    // at most four digits (README "A shared workspace for a team").
    const QString state = error.nativeErrorCode();
    if (state.size() == 5) {
        if (state == QLatin1String("53100"))
            return diskFull();
        if (state.startsWith(QLatin1String("23")))
            return unknownRule();
        if (state == QLatin1String("42501"))
            return QCoreApplication::translate(
                "Kingside::SqlErrors",
                "The server does not let your role write this; the change was not saved.");
        return error.text().trimmed();
    }
    // Extended result codes keep the primary code in their low byte (SQLITE_IOERR_WRITE is
    // 778 = 10 + 3 << 8).
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (numeric && code == 13)
        return diskFull();
    if (numeric && code == 10)
        return diskFailed();
    if (numeric && code == 19) // SQLITE_CONSTRAINT
        return unknownRule();
    return explain(error.text());
}

} // namespace Kingside::SqlErrors
