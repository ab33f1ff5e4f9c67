#pragma once

#include "AnalysisInput.h"

#include <QString>

namespace Kingside {

// Finds one person of an account by name or e-mail address, as typed on the command line.
class PersonLookup
{
public:
    enum class Result
    {
        Found,
        NotFound,
        Ambiguous
    };
    // Exact e-mail match first, then the name, both ignoring case and outer spaces.
    static Result find(const AnalysisInput &input, const QString &nameOrEmail, qint64 *personId);
};

} // namespace Kingside
