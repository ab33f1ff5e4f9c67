// libFuzzer target: any bytes through the iCalendar reader (README, "Activity: meetings and
// mail keep freshness true"). Every reported meeting lies in the window and names people by
// an address.
#include "activity/IcsReader.h"

#include <cstddef>
#include <cstdint>

using namespace Kingside;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ActivityWindow window;
    window.first = QDate(2000, 1, 1);
    window.last = QDate(2030, 12, 31);
    window.zone = QTimeZone::utc();
    const auto check = [&window](const ActivityItem &item) {
        if (!window.contains(item.day) || item.participants.isEmpty())
            __builtin_trap();
        for (const ActivityParticipant &participant : item.participants)
            if (!participant.address.contains(QLatin1Char('@')))
                __builtin_trap();
    };
    // As given, and behind a calendar header so that most inputs reach the event parser.
    IcsReader::readData(bytes, QStringLiteral("fuzz.ics"), window, check);
    IcsReader::readData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + bytes, QStringLiteral("fuzz.ics"),
                        window, check);
    return 0;
}
