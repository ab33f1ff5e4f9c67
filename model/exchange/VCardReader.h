#pragma once

#include "ContactRecord.h"

#include <QStringView>

namespace Kingside {

// Reads vCard 2.1, 3.0 and 4.0 as address books and phones write them: folded lines,
// quoted-printable values with soft line breaks and charsets, backslash escapes, grouped
// properties (item1.EMAIL), several cards per file. N/FN give the name, ORG the company
// and department, TITLE (or ROLE) the title, EMAIL and TEL the preferred address and
// number.
class VCardReader
{
public:
    struct Result
    {
        QList<ContactRecord> contacts; // cards with a problem carry it in `problem`
        QString error;                 // set when the text holds no vCard at all
    };

    static bool looksLikeVCard(QStringView text);
    static Result parse(QStringView text);
};

} // namespace Kingside
