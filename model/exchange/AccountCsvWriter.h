#pragma once

#include "AccountData.h"

#include <QByteArray>
#include <QStringList>

namespace Kingside {

// The people and the relationships of an account as CSV that Kingside imports again
// without loss (ImportFormat::KingsideCsv and ImportFormat::Relationships).
class AccountCsvWriter
{
public:
    static QStringList peopleHeader();
    static QStringList relationshipsHeader();
    static QByteArray people(const AccountData &data);
    static QByteArray relationships(const AccountData &data);
};

} // namespace Kingside
