#pragma once

#include <QString>

namespace Kingside {

// People's names as contact files write them (see README, Importing and exporting data):
// "Last, First" from Dynamics 365 and address books, credentials and generational
// suffixes after the name ("Lindqvist, CFA", "Jr.", "PhD"), salutations before it.
class PersonName
{
public:
    // The shown name from its parts; the suffix follows the name as people write it
    // ("Erik Strand Jr.", "Anna Lindqvist, CFA").
    static QString fromParts(const QString &first, const QString &middle, const QString &last,
                             const QString &suffix = {});
    // A whole name cell: "Hansen, Per" becomes "Per Hansen"; "Lindqvist, CFA" stays (the
    // words after the comma are credentials, not a first name).
    static QString fromFullName(const QString &fullName);
    // Whether the name is written "Last, First" (and not "Name, credential").
    static bool isLastCommaFirst(const QString &name);
    // The key names are matched by: case folded, without salutations (Mr., Dr.),
    // credentials and suffixes (PhD, CFA, MBA, Jr., III).
    static QString matchKey(const QString &name);
    // "PhD", "Ph.D.", "CFA", "MBA", "Jr.", "III", …
    static bool isSuffixWord(const QString &word);
    // "Mr.", "Ms", "Dr.", "Herr", "Frau", …
    static bool isSalutation(const QString &word);
    // name@domain.tld (what the importers accept as an e-mail address)
    static bool isEmailAddress(const QString &text);
};

} // namespace Kingside
