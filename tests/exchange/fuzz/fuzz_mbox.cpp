// libFuzzer target: any bytes through the mail header reader, as an mbox and as a single
// message, and through the date and address-list parsers (README, "Activity: meetings and
// mail keep freshness true").
#include "activity/MailHeaders.h"
#include "activity/MailReader.h"

#include <cstddef>
#include <cstdint>

using namespace Kingside;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ActivityWindow window;
    window.first = QDate(1990, 1, 1);
    window.last = QDate(2030, 12, 31);
    window.zone = QTimeZone::utc();
    const auto check = [&window](const ActivityItem &item) {
        if (!window.contains(item.day) || item.participants.isEmpty())
            __builtin_trap();
    };
    MailReader::readData(bytes, QStringLiteral("fuzz.eml"), window, check);
    MailReader::readData("From fuzz Mon Jan 1 00:00:00 2024\n" + bytes, QStringLiteral("fuzz.mbox"),
                         window, check);
    MailHeaders::date(bytes);
    for (const ActivityParticipant &participant : MailHeaders::addressList(bytes))
        if (!participant.address.contains(QLatin1Char('@')))
            __builtin_trap();
    return 0;
}
