#include "AccountTemplates.h"

#include <QCoreApplication>

namespace Kingside::AccountTemplates {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::AccountTemplates", text);
}

// The names a template gives departments and levels are marked for lupdate in this file's
// context (README "Translations") and translated when the template is read.
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
    return translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Board"),
                       QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Executive"),
                       QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Senior management"),
                       QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Management"),
                       QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Team leaders"),
                       QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Specialists"),
                       QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Staff")});
}

} // namespace

AccountTemplate standard()
{
    return {QStringLiteral("standard"), tr("Standard"), QString(),
            translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Executive office"),
                        QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Finance"),
                        QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Procurement"),
                        QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "IT"),
                        QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Operations"),
                        QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Sales & Marketing")}),
            companyLevels()};
}

QList<AccountTemplate> all()
{
    return {
        standard(),
        {QStringLiteral("manufacturing"), tr("Manufacturing"), tr("Manufacturing"),
         translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Executive office"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Finance"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Procurement"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Engineering"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Production"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Quality"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Supply chain"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "IT"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Sales & Marketing")}),
         translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Board"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Executive"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Plant management"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Department heads"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Supervisors"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Engineers & specialists"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Shop floor")})},
        {QStringLiteral("healthcare"), tr("Healthcare"), tr("Healthcare"),
         translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Executive office"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Finance"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Procurement"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Clinical services"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Nursing"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Pharmacy"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "IT"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Estates & facilities")}),
         translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Board of trustees"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Executive"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Directors"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Clinical leads"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Ward & unit managers"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Clinicians"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Support staff")})},
        {QStringLiteral("financial-services"), tr("Financial services"), tr("Financial services"),
         translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Executive office"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Finance"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Risk & compliance"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Retail banking"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Corporate banking"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Operations"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "IT"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Procurement")}),
         translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Board"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Executive committee"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Managing directors"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Directors"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Managers"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Analysts & specialists"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Staff")})},
        {QStringLiteral("public-sector"), tr("Public sector"), tr("Public sector"),
         translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Leadership office"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Finance"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Procurement"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Policy"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Service delivery"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "IT"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Legal"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Human resources")}),
         translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Elected officials"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Chief executive"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Directors"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Heads of service"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Managers"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Officers"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Staff")})},
        {QStringLiteral("retail"), tr("Retail"), tr("Retail"),
         translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Executive office"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Finance"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Buying & merchandising"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Stores"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "E-commerce"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Supply chain"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Marketing"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "IT")}),
         translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Board"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Executive"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Directors"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Regional managers"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Store managers"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Specialists"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Store staff")})},
        {QStringLiteral("utilities"), tr("Utilities & energy"), tr("Utilities & energy"),
         translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Executive office"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Finance"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Procurement"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Generation"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Networks"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Customer service"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Regulation"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "IT")}),
         companyLevels()},
        {QStringLiteral("software"), tr("Software & technology"), tr("Software & technology"),
         translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Executive office"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Finance"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Engineering"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Product"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "IT & security"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Customer success"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Sales & Marketing"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Procurement")}),
         translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Board"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "C-level"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Vice presidents"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Directors"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Team leads"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Engineers & specialists"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Staff")})},
        {QStringLiteral("shipping"), tr("Shipping & logistics"), tr("Shipping & logistics"),
         translated({QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Executive office"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Finance"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Procurement"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Fleet operations"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Terminals"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "Chartering & commercial"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "IT"),
                     QT_TRANSLATE_NOOP("Kingside::AccountTemplates", "HSE")}),
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
