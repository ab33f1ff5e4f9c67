#pragma once

#include "ContactRecord.h"
#include "ImportPlan.h"

#include "domain/Enums.h"

#include <QSqlDatabase>

namespace Kingside {

class AccountIndex;

// How contacts are brought into an account.
struct ImportOptions
{
    QString accountName;
    QString fileName;
    Side side = Side::Client; // for rows without a side column
    // Client contacts whose company is another one are skipped unless this is set.
    bool anyCompany = false;
    // Kingside's own CSV: values of attitude, piece, … must be valid (else the row is
    // rejected); from CRMs, unknown values are ignored with a warning.
    bool strictValues = false;
};

// Works out what importing contacts would do, without writing: match by e-mail, else
// by name within the account; duplicates inside the file; departments, levels and
// competitors to create; reports-to lines (a line that would close a cycle is refused).
class ImportPlanner
{
public:
    static ImportPlan plan(const QSqlDatabase &db, const QList<ContactRecord> &records,
                           const ImportOptions &options);
    // Against an index read before (the import dialog plans off the GUI thread).
    static ImportPlan plan(const AccountIndex &index, const QList<ContactRecord> &records,
                           const ImportOptions &options);
};

} // namespace Kingside
