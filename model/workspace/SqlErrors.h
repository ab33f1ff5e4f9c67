#pragma once

#include <QString>

namespace Kingside::SqlErrors {

// Turns a constraint failure reported by the database into a sentence for the user
// ("An account has one final decision maker (King)…"); other errors pass through.
QString explain(const QString &databaseError);

} // namespace Kingside::SqlErrors
