#pragma once

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace Kingside {

// The demo's past: freezes a snapshot for every review that has none. The past cannot
// be captured after the fact, so each snapshot is the current account wound back
// deterministically: the older the review, the more people had not joined yet, the
// cooler some attitudes and the weaker or missing some lines, the fewer actions done.
class DemoHistory
{
public:
    static bool write(const QSqlDatabase &db, const QDate &today, QString *error);

    // The account of `snapshot` as it plausibly stood `steps` reviews ago (1, 2, …).
    static QJsonObject windBack(const QJsonObject &snapshot, int steps, const QDate &reviewDate);
};

} // namespace Kingside
