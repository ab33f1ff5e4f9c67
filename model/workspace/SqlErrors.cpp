#include "SqlErrors.h"

#include <QCoreApplication>

#include <array>
#include <utility>

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
} // namespace

QString explain(const QString &databaseError)
{
    // The pattern is a piece of SQLite's constraint message; the text says it for people.
    static const std::array<std::pair<const char *, const char *>, 14> known{{
        {"people.account_id, people.decision_role",
         QT_TRANSLATE_NOOP("Kingside::SqlErrors",
                           "This account already has a final decision maker (King); an account "
                           "has only one. Change the other person's role first.")},
        {"people.account_id, people.team_role",
         QT_TRANSLATE_NOOP("Kingside::SqlErrors", "This account already has a mentor.")},
        {"strength",
         QT_TRANSLATE_NOOP("Kingside::SqlErrors", "A relationship's strength is 1 (vendor) to 5 "
                                                  "(trusted advisor).")},
        {"from_id <> to_id",
         QT_TRANSLATE_NOOP("Kingside::SqlErrors",
                           "A relationship joins two different people, not a person to themself.")},
        {"relationships.from_id, relationships.to_id, relationships.kind",
         QT_TRANSLATE_NOOP("Kingside::SqlErrors",
                           "These two people already have a relationship of this kind.")},
        {"accounts.name",
         QT_TRANSLATE_NOOP("Kingside::SqlErrors", "An account with this name already exists.")},
        {"departments.account_id, departments.name",
         QT_TRANSLATE_NOOP("Kingside::SqlErrors",
                           "This account already has a department with this name.")},
        {"levels.account_id, levels.name",
         QT_TRANSLATE_NOOP("Kingside::SqlErrors",
                           "This account already has a level with this name.")},
        {"length(trim(name))", QT_TRANSLATE_NOOP("Kingside::SqlErrors", "A name cannot be empty.")},
        {"FOREIGN KEY", QT_TRANSLATE_NOOP("Kingside::SqlErrors",
                                          "This refers to something that does not exist in the "
                                          "account (a department, level or person), or something "
                                          "else still refers to it.")},
        {"side = 'team'",
         QT_TRANSLATE_NOOP("Kingside::SqlErrors",
                           "Our team members carry a team role and do not stand on the board; "
                           "client people have no team role.")},
        {"annual_sales",
         QT_TRANSLATE_NOOP("Kingside::SqlErrors", "Annual sales cannot be negative.")},
        {"review_cadence_months",
         QT_TRANSLATE_NOOP("Kingside::SqlErrors", "The review cadence is 1 to 24 months.")},
        {"readonly", QT_TRANSLATE_NOOP("Kingside::SqlErrors",
                                       "The workspace file cannot be written (read-only).")},
    }};
    for (const auto &[pattern, message] : known) {
        if (databaseError.contains(QLatin1String(pattern)))
            return QCoreApplication::translate("Kingside::SqlErrors", message);
    }
    if (databaseError.contains(QLatin1String("disk is full")) ||
        databaseError.contains(QLatin1String("SQLITE_FULL")))
        return diskFull();
    if (databaseError.contains(QLatin1String("disk I/O error")))
        return diskFailed();
    return databaseError;
}

QString explain(const QSqlError &error)
{
    // Extended result codes keep the primary code in their low byte (SQLITE_IOERR_WRITE is
    // 778 = 10 + 3 << 8).
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (numeric && code == 13)
        return diskFull();
    if (numeric && code == 10)
        return diskFailed();
    return explain(error.text());
}

} // namespace Kingside::SqlErrors
