// libFuzzer target: any bytes through the workbook reader (.xlsx and .ods zip archives)
// and on into the import reader, as a workbook file goes. The corpus is seeded with
// workbooks that run_fuzz.sh writes with python3's zipfile, so that most inputs get past
// the zip directory into the XML parts.
#include "ImportReader.h"
#include "Workbook.h"

#include <cstddef>
#include <cstdint>

using namespace Kingside;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Workbook::Result book = Workbook::read(bytes);
    if (book.ok) {
        if (book.sheetIndex < 0 || book.sheetIndex >= book.sheets.size())
            __builtin_trap();
        for (const CsvRow &row : book.rows) {
            if (row.line < 1 || row.line > Workbook::MaxRows || row.fields.isEmpty() ||
                row.fields.size() > Workbook::MaxColumns)
                __builtin_trap();
        }
    } else if (book.error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    // The second sheet by number, through the importer.
    const ImportFile file =
        ImportReader::readData(bytes, ImportFormat::Auto, {}, QStringLiteral("2"));
    if (file.readable)
        ImportReader::contacts(file);
    else if (file.error.isEmpty())
        __builtin_trap();
    return 0;
}
