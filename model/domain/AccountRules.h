#pragma once

#include "Account.h"
#include "Department.h"
#include "Level.h"

#include <QList>
#include <QString>

// The rules of an account's facts and board structure, checked before anything is
// written. Each returns the sentence for the user, or an empty string when fine.
namespace Kingside::AccountRules {

constexpr int MaxNameLength = 200;

// Not empty, at most MaxNameLength characters, not the name of another account (ignoring
// case); the account with id `exceptId` is the one being renamed.
QString checkAccountName(const QString &name, const QList<Account> &existing, qint64 exceptId = 0);
// The same for a department (file) or a level (rank) among those of its account.
QString checkDepartmentName(const QString &name, const QList<Department> &existing,
                            qint64 exceptId = 0);
QString checkLevelName(const QString &name, const QList<Level> &existing, qint64 exceptId = 0);
// A product or competitor to name in an account: not empty, at most MaxNameLength
// characters, not already in `inAccount` (id, name) ignoring case.
QString checkProductName(const QString &name, const QList<std::pair<qint64, QString>> &inAccount);
QString checkCompetitorName(const QString &name,
                            const QList<std::pair<qint64, QString>> &inAccount);
// Annual sales and potential not negative, profitability -100…100 %, review cadence 1…24
// months, freshness window 1…3650 days, currency three letters A–Z; and the name's length.
QString checkFacts(const Account &facts);

// Whether `code` has the form of an ISO 4217 currency code (three letters A–Z).
bool isCurrencyCode(const QString &code);

} // namespace Kingside::AccountRules
