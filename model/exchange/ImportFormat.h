#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kingside {

// The kinds of file Kingside imports. Auto asks the reader to recognise the file.
enum class ImportFormat
{
    Auto,
    Salesforce,     // a Salesforce contact report (or Data Loader export)
    HubSpot,        // a HubSpot contacts export
    GoogleContacts, // Google Contacts "Google CSV" (the 2023+ and the older layout)
    Outlook,        // Outlook desktop's classic export, new Outlook and Outlook.com
    Dynamics,       // Dynamics 365 / Dataverse "Export to Excel", saved as CSV
    Pipedrive,      // a Pipedrive persons export ("Person - Name", …)
    Zoho,           // a Zoho CRM contacts export
    LinkedIn,       // LinkedIn's Connections.csv
    VCard,          // vCard 2.1 / 3.0 / 4.0
    GenericCsv,     // any other CSV, mapped column by column
    KingsideCsv,    // people as Kingside exports them
    Relationships,  // from,to,strength,kind,last_contact
};

QString codeOf(ImportFormat format);
QString displayName(ImportFormat format);
std::optional<ImportFormat> importFormatFromCode(const QString &code);
QList<ImportFormat> allImportFormats(); // without Auto

// What one CSV column of a contacts file means to Kingside.
enum class ContactField
{
    Ignore,
    RecordId,
    FullName,
    FirstName,
    MiddleName,
    LastName,
    Suffix, // "Jr.", "PhD": kept in the shown name, left out when matching
    Title,
    Department,
    Company,
    Email,
    Phone,
    MobilePhone,
    ReportsTo,
    Notes,
    Side,
    Level,
    DecisionRole,
    Piece,
    Attitude,
    Competitor,
    TeamRole,
};

QString codeOf(ContactField field);
QString displayName(ContactField field);
std::optional<ContactField> contactFieldFromCode(const QString &code);
QList<ContactField> allContactFields();

// Column meanings for one header, guessed from the names exporters use and
// adjustable in the import dialog.
class ColumnMapping
{
public:
    ColumnMapping() = default;
    explicit ColumnMapping(QList<ContactField> fields) : m_fields(std::move(fields)) {}

    // Each column's meaning by its header name ("Email Address", "Job Title", "Account
    // Name", "ReportsToId", …); a field already taken by an earlier column is not
    // given twice.
    static ColumnMapping guess(const QStringList &header);
    static ContactField guessField(const QString &headerName);
    // How strongly a header claims its field: "Job Title" (2) beats "Title" (1), which
    // beats a fallback such as "E-mail 2 Address" (0).
    static int rank(const QString &headerName);
    // Lower-case letters and digits only: "E-mail Address" -> "emailaddress".
    static QString normalizedHeader(const QString &headerName);
    // A stable key for a header, to remember a mapping per file layout.
    static QString signature(const QStringList &header);

    const QList<ContactField> &fields() const { return m_fields; }
    ContactField field(qsizetype column) const { return m_fields.value(column); }
    void setField(qsizetype column, ContactField field);
    int column(ContactField field) const; // -1 when no column has it
    bool hasName() const;
    int recognisedCount() const;

    QString toString() const; // "email,ignore,title" for QSettings
    static ColumnMapping fromString(const QString &text, qsizetype columns);

private:
    QList<ContactField> m_fields;
};

} // namespace Kingside
