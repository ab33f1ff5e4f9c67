#include "AccountRules.h"

#include <QCoreApplication>

#include <cmath>

namespace Kingside::AccountRules {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::AccountRules", text);
}

// The sentences differ by what is named; the rule is the same.
template <typename Row>
QString checkName(const QString &name, const QList<Row> &existing, qint64 exceptId,
                  const QString &emptySentence, const QString &tooLongSentence,
                  const QString &duplicateSentence)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return emptySentence;
    if (trimmed.size() > MaxNameLength)
        return tooLongSentence.arg(MaxNameLength);
    for (const Row &row : existing) {
        if (row.id != exceptId && row.name.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            return duplicateSentence.arg(row.name);
    }
    return {};
}

} // namespace

bool isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

QString checkAccountName(const QString &name, const QList<Account> &existing, qint64 exceptId)
{
    return checkName(name, existing, exceptId, tr("An account needs a name."),
                     tr("An account's name can have at most %1 characters."),
                     tr("There is already an account called “%1”."));
}

QString checkDepartmentName(const QString &name, const QList<Department> &existing, qint64 exceptId)
{
    return checkName(name, existing, exceptId, tr("A department needs a name."),
                     tr("A department's name can have at most %1 characters."),
                     tr("This account already has a department called “%1”."));
}

QString checkLevelName(const QString &name, const QList<Level> &existing, qint64 exceptId)
{
    return checkName(name, existing, exceptId, tr("A level needs a name."),
                     tr("A level's name can have at most %1 characters."),
                     tr("This account already has a level called “%1”."));
}

namespace {

QString checkLinkName(const QString &name, const QList<std::pair<qint64, QString>> &inAccount,
                      const QString &emptySentence, const QString &tooLongSentence,
                      const QString &duplicateSentence)
{
    struct Named
    {
        qint64 id;
        QString name;
    };
    QList<Named> rows;
    for (const auto &[id, existing] : inAccount)
        rows.append({id, existing});
    return checkName(name, rows, 0, emptySentence, tooLongSentence, duplicateSentence);
}

} // namespace

QString checkProductName(const QString &name, const QList<std::pair<qint64, QString>> &inAccount)
{
    return checkLinkName(name, inAccount, tr("A product needs a name."),
                         tr("A product's name can have at most %1 characters."),
                         tr("This account already has the product “%1”."));
}

QString checkCompetitorName(const QString &name, const QList<std::pair<qint64, QString>> &inAccount)
{
    return checkLinkName(name, inAccount, tr("A competitor needs a name."),
                         tr("A competitor's name can have at most %1 characters."),
                         tr("“%1” is already a competitor in this account."));
}

QString checkFacts(const Account &facts)
{
    const QString name = checkAccountName(facts.name, {});
    if (!name.isEmpty())
        return name;
    if (!std::isfinite(facts.annualSales) || facts.annualSales < 0)
        return tr("Annual sales cannot be negative.");
    if (!std::isfinite(facts.profitability) || facts.profitability < -100 ||
        facts.profitability > 100)
        return tr("Profitability is a margin between -100 % and 100 %.");
    if (!std::isfinite(facts.potential3y) || facts.potential3y < 0)
        return tr("The three-year potential cannot be negative.");
    if (facts.reviewCadenceMonths < 1 || facts.reviewCadenceMonths > 24)
        return tr("The review cadence is between 1 and 24 months.");
    if (facts.freshnessDays < 1 || facts.freshnessDays > 3650)
        return tr("The freshness window is between 1 and 3650 days.");
    if (!isCurrencyCode(facts.currency))
        return tr("The currency is a three-letter ISO 4217 code such as EUR or USD, in capitals.");
    return {};
}

} // namespace Kingside::AccountRules
