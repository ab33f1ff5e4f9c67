#pragma once

#include "ActivityItem.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Kingside {

// The few pieces of RFC 5322 and RFC 2047 the mail reader needs for the header fields it
// reads (From, To, Cc, Date, Message-ID).
namespace MailHeaders {

// Decodes RFC 2047 encoded words (=?UTF-8?B?…?=, =?ISO-8859-1?Q?…?=); the white space
// between two adjacent encoded words is dropped (RFC 2047 section 6.2).
QString decodeWords(QByteArrayView text);

// The mailboxes of an address list ("Anna Berg" <anna@x.example>, b@y.example, a group:
// c@z.example;), addresses lower-cased, display names decoded.
QList<ActivityParticipant> addressList(QByteArrayView text);

// An RFC 5322 date ("Tue, 1 Jul 2003 10:52:37 +0200"), with the obsolete forms: two-digit
// years, zone names (GMT, UT, EST …), no seconds, a trailing comment such as "(CEST)".
std::optional<QDateTime> date(QByteArrayView text);

} // namespace MailHeaders

} // namespace Kingside
