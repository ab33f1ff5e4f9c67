#pragma once

#include <QList>
#include <QString>

namespace Kingside {

// One person as read from an import file, before it is matched against the workspace.
// Empty strings mean "not in the file"; they never clear what is stored.
struct ContactRecord
{
    int line = 0;     // where the row or card starts (1-based)
    QString recordId; // the exporter's own id (Salesforce Id, HubSpot Record ID)
    QString name;
    QString title;
    QString department;
    QString company;
    QString email;
    QString phone;
    QString reportsTo; // a name, e-mail address or recordId of another row
    QString notes;
    // Kingside's own people CSV carries the rest of a person.
    QString side;
    QString level;
    QString decisionRole;
    QString piece;
    QString attitude;
    QString competitor;
    QString teamRole;
    QString problem;      // set when the row cannot be imported: the reason
    bool deleted = false; // a deleted record the export still carries (Salesforce IsDeleted)
};

// One line of a relationships-only file (header from,to,strength,kind,last_contact).
struct RelationshipRecord
{
    int line = 0;
    QString from;
    QString to;
    QString fromEmail;
    QString toEmail;
    QString kind;
    QString strength;
    QString lastContact;
    QString notes;
    bool hasStrength = false; // whether the file has the column at all
    bool hasKind = false;
    bool hasLastContact = false;
    bool hasNotes = false;
    QString problem;
};

} // namespace Kingside
