#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Kingside::Test {

// Every row of every table as sorted text: two dumps are equal exactly when the
// stored data is. Undo tests compare the dump before an edit with the dump after undo.
QString dumpDatabase(const QSqlDatabase &db);

} // namespace Kingside::Test
