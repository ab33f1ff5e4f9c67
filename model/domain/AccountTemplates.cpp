#include "AccountTemplates.h"

#include <QCoreApplication>

namespace Kingside::AccountTemplates {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::AccountTemplates", text);
}

QStringList translated(std::initializer_list<const char *> texts)
{
    QStringList result;
    for (const char *text : texts)
        result.append(tr(text));
    return result;
}

// The ranks of a typical company, the board of directors at the top.
QStringList companyLevels()
{
    return translated({"Board", "Executive", "Senior management", "Management", "Team leaders",
                       "Specialists", "Staff"});
}

} // namespace

AccountTemplate standard()
{
    return {QStringLiteral("standard"), tr("Standard"), QString(),
            translated({"Executive office", "Finance", "Procurement", "IT", "Operations",
                        "Sales & Marketing"}),
            companyLevels()};
}

QList<AccountTemplate> all()
{
    return {
        standard(),
        {QStringLiteral("manufacturing"), tr("Manufacturing"), tr("Manufacturing"),
         translated({"Executive office", "Finance", "Procurement", "Engineering", "Production",
                     "Quality", "Supply chain", "IT", "Sales & Marketing"}),
         translated({"Board", "Executive", "Plant management", "Department heads", "Supervisors",
                     "Engineers & specialists", "Shop floor"})},
        {QStringLiteral("healthcare"), tr("Healthcare"), tr("Healthcare"),
         translated({"Executive office", "Finance", "Procurement", "Clinical services", "Nursing",
                     "Pharmacy", "IT", "Estates & facilities"}),
         translated({"Board of trustees", "Executive", "Directors", "Clinical leads",
                     "Ward & unit managers", "Clinicians", "Support staff"})},
        {QStringLiteral("financial-services"), tr("Financial services"), tr("Financial services"),
         translated({"Executive office", "Finance", "Risk & compliance", "Retail banking",
                     "Corporate banking", "Operations", "IT", "Procurement"}),
         translated({"Board", "Executive committee", "Managing directors", "Directors", "Managers",
                     "Analysts & specialists", "Staff"})},
        {QStringLiteral("public-sector"), tr("Public sector"), tr("Public sector"),
         translated({"Leadership office", "Finance", "Procurement", "Policy", "Service delivery",
                     "IT", "Legal", "Human resources"}),
         translated({"Elected officials", "Chief executive", "Directors", "Heads of service",
                     "Managers", "Officers", "Staff"})},
        {QStringLiteral("retail"), tr("Retail"), tr("Retail"),
         translated({"Executive office", "Finance", "Buying & merchandising", "Stores",
                     "E-commerce", "Supply chain", "Marketing", "IT"}),
         translated({"Board", "Executive", "Directors", "Regional managers", "Store managers",
                     "Specialists", "Store staff"})},
        {QStringLiteral("utilities"), tr("Utilities & energy"), tr("Utilities & energy"),
         translated({"Executive office", "Finance", "Procurement", "Generation", "Networks",
                     "Customer service", "Regulation", "IT"}),
         companyLevels()},
        {QStringLiteral("software"), tr("Software & technology"), tr("Software & technology"),
         translated({"Executive office", "Finance", "Engineering", "Product", "IT & security",
                     "Customer success", "Sales & Marketing", "Procurement"}),
         translated({"Board", "C-level", "Vice presidents", "Directors", "Team leads",
                     "Engineers & specialists", "Staff"})},
        {QStringLiteral("shipping"), tr("Shipping & logistics"), tr("Shipping & logistics"),
         translated({"Executive office", "Finance", "Procurement", "Fleet operations", "Terminals",
                     "Chartering & commercial", "IT", "HSE"}),
         companyLevels()},
        {QStringLiteral("blank"), tr("Blank"), QString(), {}, {}},
    };
}

std::optional<AccountTemplate> find(const QString &keyOrName)
{
    const QString wanted = keyOrName.trimmed();
    for (const AccountTemplate &candidate : all()) {
        if (candidate.key.compare(wanted, Qt::CaseInsensitive) == 0 ||
            candidate.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

} // namespace Kingside::AccountTemplates
