#pragma once

#include <QByteArray>
#include <QString>

namespace Kingside {

// Turns the bytes of an imported file into text: UTF-8 with or without BOM, UTF-16
// LE/BE (with BOM, or recognised by its zero bytes), and Windows-1252 / Latin-1 when the
// bytes are not UTF-8 (with a notice, never silently). Binary data is refused.
class TextDecoder
{
public:
    struct Result
    {
        bool ok = false;
        QString text;
        QString encoding; // "UTF-8", "UTF-16LE", "Windows-1252", …
        QString notice;   // set when the user should know how the file was read
        QString error;    // set when !ok: a sentence naming the line
    };

    static Result decode(const QByteArray &bytes);

    // Windows-1252 to Unicode (Latin-1 for 0xA0–0xFF; the C1 range as Microsoft defines it).
    // Returns false when a byte is undefined in Windows-1252.
    static bool decodeWindows1252(const QByteArray &bytes, QString *text, qsizetype *badOffset);

private:
    static bool checkText(const QString &text, Result *result);
};

} // namespace Kingside
