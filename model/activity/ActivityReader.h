#pragma once

#include "ActivityItem.h"

#include <QString>

namespace Kingside {

// Reads one calendar or mail export, whichever it is: .ics by IcsReader, mbox and .eml by
// MailReader, recognised by content (the file name's suffix only breaks a tie).
class ActivityReader
{
public:
    enum class Format
    {
        Unknown,
        Calendar,
        Mail
    };

    static Format formatOf(const QString &path);
    static ActivityReadResult read(const QString &path, const ActivityWindow &window,
                                   const ActivitySink &sink, const ActivityProgress &progress = {});
};

} // namespace Kingside
