#pragma once

#include <QString>
#include <QStringList>

namespace Kingside {

// E-mail addresses as Kingside compares them: trimmed, without a "mailto:" scheme (in any
// letter case) and lower-cased, so that Anna.Berg@Example.COM is anna.berg@example.com.
namespace EmailAddress {

// The comparable form of one address, or an empty string when `text` holds no address.
QString normalised(QStringView text);

// Every address in a person's e-mail field, which may hold several (aliases) separated by
// commas, semicolons or spaces (README, "Activity: meetings and mail keep freshness true").
QStringList addressesIn(const QString &field);

} // namespace EmailAddress

} // namespace Kingside
