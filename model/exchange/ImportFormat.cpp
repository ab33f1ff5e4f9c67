#include "ImportFormat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace Kingside {
namespace {

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::ImportFormat)
};

constexpr std::array<std::pair<ImportFormat, const char *>, 13> formatCodes{{
    {ImportFormat::Auto, "auto"},
    {ImportFormat::Salesforce, "salesforce"},
    {ImportFormat::HubSpot, "hubspot"},
    {ImportFormat::GoogleContacts, "google"},
    {ImportFormat::Outlook, "outlook"},
    {ImportFormat::Dynamics, "dynamics"},
    {ImportFormat::Pipedrive, "pipedrive"},
    {ImportFormat::Zoho, "zoho"},
    {ImportFormat::LinkedIn, "linkedin"},
    {ImportFormat::VCard, "vcard"},
    {ImportFormat::GenericCsv, "csv"},
    {ImportFormat::KingsideCsv, "kingside"},
    {ImportFormat::Relationships, "relationships"},
}};

constexpr std::array<std::pair<ContactField, const char *>, 22> fieldCodes{{
    {ContactField::Ignore, "ignore"},
    {ContactField::RecordId, "record_id"},
    {ContactField::FullName, "name"},
    {ContactField::FirstName, "first_name"},
    {ContactField::MiddleName, "middle_name"},
    {ContactField::LastName, "last_name"},
    {ContactField::Suffix, "suffix"},
    {ContactField::Title, "title"},
    {ContactField::Department, "department"},
    {ContactField::Company, "company"},
    {ContactField::Email, "email"},
    {ContactField::Phone, "phone"},
    {ContactField::MobilePhone, "mobile"},
    {ContactField::ReportsTo, "reports_to"},
    {ContactField::Notes, "notes"},
    {ContactField::Side, "side"},
    {ContactField::Level, "level"},
    {ContactField::DecisionRole, "decision_role"},
    {ContactField::Piece, "piece"},
    {ContactField::Attitude, "attitude"},
    {ContactField::Competitor, "competitor"},
    {ContactField::TeamRole, "team_role"},
}};

// Header names as Salesforce (report labels and API names), HubSpot, LinkedIn, Outlook,
// Google Contacts, Dynamics 365, Pipedrive, Zoho and spreadsheets write them, normalised
// by normalizedHeader(). See README, Importing and exporting data.
const QHash<QString, ContactField> &synonyms()
{
    static const QHash<QString, ContactField> table = [] {
        QHash<QString, ContactField> t;
        const auto add = [&t](ContactField field, std::initializer_list<const char *> names) {
            for (const char *name : names)
                t.insert(QString::fromLatin1(name), field);
        };
        add(ContactField::RecordId,
            {"id", "recordid", "contactid", "vid", "hubspotid", "uid", "contactrecordid", "sfid",
             "salesforceid", "18digitcontactid", "contactid18", "donotmodifycontact", "personid"});
        add(ContactField::FullName, {"name", "fullname", "contactname", "displayname",
                                     "contactfullname", "person", "personname"});
        add(ContactField::FirstName, {"firstname", "givenname", "forename", "first"});
        add(ContactField::MiddleName, {"middlename", "additionalname", "middle"});
        add(ContactField::LastName, {"lastname", "surname", "familyname", "last"});
        add(ContactField::Suffix, {"suffix", "namesuffix", "generationalsuffix"});
        add(ContactField::Title,
            {"title", "jobtitle", "position", "jobposition", "designation", "businesstitle",
             "currentposition", "organizationtitle", "organization1title"});
        add(ContactField::Department,
            {"department", "dept", "division", "businessunit", "departmentname",
             "organizationdepartment", "organization1department"});
        add(ContactField::Company,
            {"company", "companyname", "accountname", "account", "organization", "organisation",
             "associatedcompany", "employer", "currentcompany", "accountaccountname",
             "organizationname", "organization1name", "parentcustomer", "parentcustomerid"});
        add(ContactField::Email,
            {"email", "emailaddress", "email1", "workemail", "primaryemail", "businessemail",
             "emailaddress1", "mail", "email1value", "email1address", "emailwork", "email2address",
             "email3address", "email2value", "email3value", "email2", "emailhome", "emailother",
             "secondaryemail"});
        add(ContactField::Phone,
            {"phone", "phonenumber", "businessphone", "workphone", "telephone", "tel",
             "officephone", "phone1value", "telephonenumber", "directphone", "phonework"});
        add(ContactField::MobilePhone, {"mobile", "mobilephone", "mobilephonenumber", "cell",
                                        "cellphone", "mobilenumber", "phonemobile"});
        add(ContactField::ReportsTo,
            {"reportsto", "reportstoname", "reportstofullname", "manager", "reportstoid",
             "supervisor", "linemanager", "managername", "reportstocontactname", "managersname"});
        add(ContactField::Notes, {"notes", "note", "description", "comments"});
        add(ContactField::Side, {"side"});
        add(ContactField::Level, {"level", "orglevel", "hierarchylevel"});
        add(ContactField::DecisionRole, {"decisionrole", "buyingrole"});
        add(ContactField::Piece, {"piece", "pieceoverride"});
        add(ContactField::Attitude, {"attitude"});
        add(ContactField::Competitor, {"competitor", "favourscompetitor", "favorscompetitor"});
        add(ContactField::TeamRole, {"teamrole"});
        return t;
    }();
    return table;
}

// When two columns name the same field, the one with the higher rank has it: Outlook's
// "Title" is the salutation (Mr., Ms.) beside "Job Title"; Outlook's "Account" is an
// account number beside "Company"; "E-mail 2 Address" is only a fallback.
int rankOf(const QString &normalized)
{
    static const QHash<QString, int> ranks{{QStringLiteral("jobtitle"), 2},
                                           {QStringLiteral("organizationtitle"), 2},
                                           {QStringLiteral("organization1title"), 2},
                                           {QStringLiteral("company"), 2},
                                           {QStringLiteral("companyname"), 2},
                                           {QStringLiteral("accountname"), 2},
                                           {QStringLiteral("parentcustomer"), 2},
                                           {QStringLiteral("organizationname"), 2},
                                           {QStringLiteral("organization1name"), 2},
                                           {QStringLiteral("account"), 0},
                                           {QStringLiteral("email2address"), 0},
                                           {QStringLiteral("email3address"), 0},
                                           {QStringLiteral("email2value"), 0},
                                           {QStringLiteral("email3value"), 0},
                                           {QStringLiteral("email2"), 0},
                                           {QStringLiteral("emailhome"), 0},
                                           {QStringLiteral("emailother"), 0},
                                           {QStringLiteral("secondaryemail"), 0},
                                           {QStringLiteral("reportstoid"), 2}};
    return ranks.value(normalized, 1);
}

} // namespace

QString codeOf(ImportFormat format)
{
    for (const auto &[value, code] : formatCodes) {
        if (value == format)
            return QString::fromLatin1(code);
    }
    return {};
}

QString displayName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return Text::tr("Recognise automatically");
    case ImportFormat::Salesforce:
        return Text::tr("Salesforce contact report");
    case ImportFormat::HubSpot:
        return Text::tr("HubSpot contacts export");
    case ImportFormat::GoogleContacts:
        return Text::tr("Google Contacts (Google CSV)");
    case ImportFormat::Outlook:
        return Text::tr("Outlook contacts (CSV)");
    case ImportFormat::Dynamics:
        return Text::tr("Dynamics 365 export (Export to Excel, as CSV)");
    case ImportFormat::Pipedrive:
        return Text::tr("Pipedrive persons export");
    case ImportFormat::Zoho:
        return Text::tr("Zoho CRM contacts export");
    case ImportFormat::LinkedIn:
        return Text::tr("LinkedIn connections (Connections.csv)");
    case ImportFormat::VCard:
        return Text::tr("vCard address book");
    case ImportFormat::GenericCsv:
        return Text::tr("CSV file (columns mapped by hand)");
    case ImportFormat::KingsideCsv:
        return Text::tr("Kingside people CSV");
    case ImportFormat::Relationships:
        return Text::tr("Kingside relationships CSV");
    }
    return {};
}

std::optional<ImportFormat> importFormatFromCode(const QString &code)
{
    const QString wanted = code.trimmed().toLower();
    for (const auto &[value, name] : formatCodes) {
        if (wanted == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QList<ImportFormat> allImportFormats()
{
    QList<ImportFormat> formats;
    for (const auto &[value, code] : formatCodes) {
        if (value != ImportFormat::Auto)
            formats.append(value);
    }
    return formats;
}

QString codeOf(ContactField field)
{
    for (const auto &[value, code] : fieldCodes) {
        if (value == field)
            return QString::fromLatin1(code);
    }
    return {};
}

QString displayName(ContactField field)
{
    switch (field) {
    case ContactField::Ignore:
        return Text::tr("(ignore)");
    case ContactField::RecordId:
        return Text::tr("Record id");
    case ContactField::FullName:
        return Text::tr("Full name");
    case ContactField::FirstName:
        return Text::tr("First name");
    case ContactField::MiddleName:
        return Text::tr("Middle name");
    case ContactField::LastName:
        return Text::tr("Last name");
    case ContactField::Suffix:
        return Text::tr("Name suffix (Jr., PhD)");
    case ContactField::Title:
        return Text::tr("Title");
    case ContactField::Department:
        return Text::tr("Department");
    case ContactField::Company:
        return Text::tr("Company / account");
    case ContactField::Email:
        return Text::tr("E-mail");
    case ContactField::Phone:
        return Text::tr("Phone");
    case ContactField::MobilePhone:
        return Text::tr("Mobile phone");
    case ContactField::ReportsTo:
        return Text::tr("Reports to");
    case ContactField::Notes:
        return Text::tr("Notes");
    case ContactField::Side:
        return Text::tr("Side (client/team)");
    case ContactField::Level:
        return Text::tr("Level");
    case ContactField::DecisionRole:
        return Text::tr("Decision role");
    case ContactField::Piece:
        return Text::tr("Piece");
    case ContactField::Attitude:
        return Text::tr("Attitude");
    case ContactField::Competitor:
        return Text::tr("Favours competitor");
    case ContactField::TeamRole:
        return Text::tr("Team role");
    }
    return {};
}

std::optional<ContactField> contactFieldFromCode(const QString &code)
{
    for (const auto &[value, name] : fieldCodes) {
        if (code == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QList<ContactField> allContactFields()
{
    QList<ContactField> fields;
    for (const auto &[value, code] : fieldCodes)
        fields.append(value);
    return fields;
}

QString ColumnMapping::normalizedHeader(const QString &headerName)
{
    QString normal;
    for (const QChar c : headerName) {
        if (c.isLetterOrNumber())
            normal.append(c.toLower());
    }
    return normal;
}

ContactField ColumnMapping::guessField(const QString &headerName)
{
    const auto &table = synonyms();
    const QString whole = normalizedHeader(headerName);
    if (const auto found = table.constFind(whole); found != table.cend())
        return *found;
    // Pipedrive: "Person - Email - Work", "Person - Job title"
    static const QRegularExpression entityPrefix(
        QStringLiteral("^\\s*(person|contact|personne|kontakt)\\s+-\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = entityPrefix.match(headerName); match.hasMatch())
        return guessField(headerName.mid(match.capturedEnd()));
    // "Contact: Email", "Account: Account Name", "Account.Name"
    for (const QChar separator : {QLatin1Char(':'), QLatin1Char('.')}) {
        const qsizetype at = headerName.lastIndexOf(separator);
        if (at > 0) {
            const QString tail = normalizedHeader(headerName.mid(at + 1));
            const QString head = normalizedHeader(headerName.left(at));
            if (head == QLatin1String("reportsto"))
                return ContactField::ReportsTo;
            if (head == QLatin1String("account") && tail == QLatin1String("name"))
                return ContactField::Company;
            if (tail == QLatin1String("id"))
                return ContactField::Ignore; // "Account Name.id": another record's id
            if (const auto found = table.constFind(tail); found != table.cend())
                return *found;
        }
    }
    return ContactField::Ignore;
}

int ColumnMapping::rank(const QString &headerName)
{
    QString name = headerName;
    static const QRegularExpression entityPrefix(
        QStringLiteral("^\\s*(person|contact|personne|kontakt)\\s+-\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = entityPrefix.match(name); match.hasMatch())
        name = name.mid(match.capturedEnd());
    return rankOf(normalizedHeader(name));
}

ColumnMapping ColumnMapping::guess(const QStringList &header)
{
    QList<ContactField> fields;
    QHash<int, std::pair<qsizetype, int>> taken; // column, rank
    for (qsizetype i = 0; i < header.size(); ++i) {
        ContactField field = guessField(header[i]);
        if (field != ContactField::Ignore) {
            const int rank = ColumnMapping::rank(header[i]);
            const auto previous = taken.constFind(int(field));
            if (previous == taken.cend()) {
                taken.insert(int(field), {i, rank});
            } else if (rank > previous->second) {
                fields[previous->first] = ContactField::Ignore; // "Job Title" over "Title"
                taken.insert(int(field), {i, rank});
            } else {
                field = ContactField::Ignore; // the first "Email" wins over "Email 2"
            }
        }
        fields.append(field);
    }
    return ColumnMapping(fields);
}

QString ColumnMapping::signature(const QStringList &header)
{
    QStringList normal;
    for (const QString &name : header)
        normal.append(normalizedHeader(name));
    return QString::fromLatin1(
        QCryptographicHash::hash(normal.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16));
}

void ColumnMapping::setField(qsizetype column, ContactField field)
{
    if (column < 0)
        return;
    while (m_fields.size() <= column)
        m_fields.append(ContactField::Ignore);
    if (field != ContactField::Ignore) {
        for (ContactField &other : m_fields) {
            if (other == field)
                other = ContactField::Ignore;
        }
    }
    m_fields[column] = field;
}

int ColumnMapping::column(ContactField field) const
{
    return int(m_fields.indexOf(field));
}

bool ColumnMapping::hasName() const
{
    return m_fields.contains(ContactField::FullName) ||
           m_fields.contains(ContactField::FirstName) || m_fields.contains(ContactField::LastName);
}

int ColumnMapping::recognisedCount() const
{
    return int(std::count_if(m_fields.cbegin(), m_fields.cend(),
                             [](ContactField field) { return field != ContactField::Ignore; }));
}

QString ColumnMapping::toString() const
{
    QStringList codes;
    for (ContactField field : m_fields)
        codes.append(codeOf(field));
    return codes.join(QLatin1Char(','));
}

ColumnMapping ColumnMapping::fromString(const QString &text, qsizetype columns)
{
    ColumnMapping mapping;
    const QStringList codes = text.split(QLatin1Char(','));
    for (qsizetype i = 0; i < columns; ++i)
        mapping.m_fields.append(
            contactFieldFromCode(codes.value(i)).value_or(ContactField::Ignore));
    return mapping;
}

} // namespace Kingside
