// libFuzzer target: any bytes through decoding and the vCard reader.
#include "ImportReader.h"
#include "VCardReader.h"

#include <cstddef>
#include <cstdint>

using namespace Kingside;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const VCardReader::Result direct = VCardReader::parse(QString::fromUtf8(bytes));
    for (const ContactRecord &contact : direct.contacts) {
        if (contact.line < 1)
            __builtin_trap();
    }
    // With a header so that most inputs reach the card parser through the importer too.
    const ImportFile file =
        ImportReader::readData(QByteArray("BEGIN:VCARD\r\n") + bytes, ImportFormat::VCard);
    if (file.readable)
        ImportReader::contacts(file);
    return 0;
}
