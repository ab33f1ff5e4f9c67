#pragma once

#include "ActivityItem.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Kingside {

// Reads correspondence from a mail export: an mbox (Thunderbird, Apple Mail, Gmail's Google
// Takeout) or a single .eml message. Only the header fields From, To, Cc, Date and Message-ID
// are kept; every other header line and every body is passed over unread, in a fixed-size
// buffer, so a file of any size is scanned in constant memory (README, "Activity: meetings
// and mail keep freshness true").
class MailReader
{
public:
    static ActivityReadResult read(const QString &path, const ActivityWindow &window,
                                   const ActivitySink &sink, const ActivityProgress &progress = {});
    // `name` says where the data came from, in messages.
    static ActivityReadResult readDevice(QIODevice &device, const QString &name,
                                         const ActivityWindow &window, const ActivitySink &sink,
                                         const ActivityProgress &progress = {});
    static ActivityReadResult readData(const QByteArray &data, const QString &name,
                                       const ActivityWindow &window, const ActivitySink &sink);

    // Whether the data looks like an mbox ("From " first) or a message (header fields first).
    static bool looksLikeMail(const QByteArray &head);
};

} // namespace Kingside
