// libFuzzer target: any bytes through decoding, format detection, the CSV reader and the
// record mapping (every product layout, names and their match keys), as `kingside import`
// reads a file.
#include "ImportReader.h"
#include "PersonName.h"

#include <cstddef>
#include <cstdint>

using namespace Kingside;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (ImportFormat format :
         {ImportFormat::Auto, ImportFormat::GenericCsv, ImportFormat::LinkedIn,
          ImportFormat::GoogleContacts, ImportFormat::Dynamics}) {
        const ImportFile file = ImportReader::readData(bytes, format);
        if (!file.readable)
            continue;
        const QList<ContactRecord> contacts = ImportReader::contacts(file);
        if (contacts.size() > file.rows.size() + file.problems.size() + file.cards.size())
            __builtin_trap();
        ImportReader::relationships(file);
        for (const ContactRecord &contact : contacts) {
            // Names as the matcher keys them (under ASan and UBSan).
            PersonName::matchKey(contact.name);
            PersonName::matchKey(contact.reportsTo);
        }
    }
    const QString text = QString::fromUtf8(bytes);
    CsvReader::Limits limits;
    limits.maxColumns = 8;
    limits.maxFieldLength = 64;
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        const CsvReader::Result result = CsvReader::parse(text, delimiter, limits);
        for (const CsvRow &row : result.rows) {
            if (row.line < 1 || row.fields.size() > limits.maxColumns)
                __builtin_trap();
        }
    }
    return 0;
}
