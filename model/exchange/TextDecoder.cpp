#include "TextDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::TextDecoder", text);
}

// 1-based line of a byte offset, counting LF (enough for error messages).
int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes[i] == '\n')
            ++line;
    }
    return line;
}

int lineOfIndex(const QString &text, qsizetype index)
{
    int line = 1;
    for (qsizetype i = 0; i < index && i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\n'))
            ++line;
    }
    return line;
}

// Microsoft's mapping of 0x80–0x9F; 0 marks the five undefined bytes.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// UTF-16 without a BOM: text in Latin script has a zero in every other byte.
std::optional<QStringDecoder::Encoding> guessUtf16(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (sample < 4)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    const qsizetype pairs = sample / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs)
        return QStringDecoder::Utf16LE;
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs)
        return QStringDecoder::Utf16BE;
    return std::nullopt;
}

} // namespace

bool TextDecoder::decodeWindows1252(const QByteArray &bytes, QString *text, qsizetype *badOffset)
{
    text->clear();
    text->reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte >= 0x80 && byte <= 0x9F) {
            const char16_t mapped = windows1252High[byte - 0x80];
            if (mapped == 0) {
                if (badOffset)
                    *badOffset = i;
                return false;
            }
            text->append(QChar(mapped));
        } else {
            text->append(QChar(byte));
        }
    }
    return true;
}

// Binary data (images, archives, spreadsheets saved as .xlsx) has NUL and other
// control characters that text exports never contain.
bool TextDecoder::checkText(const QString &text, Result *result)
{
    qsizetype controls = 0;
    qsizetype firstControl = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool control = (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') ||
                             c == 0x7F || c == 0xFFFD;
        if (control) {
            if (firstControl < 0)
                firstControl = i;
            ++controls;
            if (c == 0 || controls > 8) {
                result->ok = false;
                result->error =
                    tr("The file does not look like text (binary data at line %1). Export the "
                       "contacts as CSV or vCard and import that file.")
                        .arg(lineOfIndex(text, firstControl));
                return false;
            }
        }
    }
    return true;
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    Result result;
    if (bytes.isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }

    std::optional<QStringDecoder::Encoding> utf16;
    qsizetype skip = 0;
    if (bytes.startsWith("\xFF\xFE")) {
        utf16 = QStringDecoder::Utf16LE;
        skip = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        utf16 = QStringDecoder::Utf16BE;
        skip = 2;
    } else if (!bytes.startsWith("\xEF\xBB\xBF")) {
        utf16 = guessUtf16(bytes);
        if (utf16)
            result.notice = tr("The file has no byte-order mark; it was read as UTF-16 (%1).")
                                .arg(*utf16 == QStringDecoder::Utf16LE ? QStringLiteral("LE")
                                                                       : QStringLiteral("BE"));
    }

    if (utf16) {
        const QByteArray body = bytes.mid(skip);
        if (body.size() % 2 != 0) {
            result.error = tr("The file claims to be UTF-16 but has an odd number of bytes; it "
                              "is damaged or cut off.");
            return result;
        }
        QStringDecoder decoder(*utf16, QStringDecoder::Flag::Stateless);
        result.text = decoder.decode(body);
        if (decoder.hasError()) {
            result.error = tr("The file claims to be UTF-16 but contains invalid characters.");
            return result;
        }
        result.encoding = *utf16 == QStringDecoder::Utf16LE ? QStringLiteral("UTF-16LE")
                                                            : QStringLiteral("UTF-16BE");
    } else {
        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        const QByteArray body = bom ? bytes.mid(3) : bytes;
        if (const qsizetype zero = body.indexOf('\0'); zero >= 0) {
            result.error = tr("The file does not look like text (binary data at line %1). Export "
                              "the contacts as CSV or vCard and import that file.")
                               .arg(lineOfOffset(body, zero));
            return result;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        result.text = decoder.decode(body);
        if (!decoder.hasError()) {
            result.encoding = QStringLiteral("UTF-8");
        } else {
            if (bom) {
                result.error = tr("The file starts with a UTF-8 mark but is not valid UTF-8; it "
                                  "is damaged or mixes encodings.");
                return result;
            }
            qsizetype bad = -1;
            if (!decodeWindows1252(body, &result.text, &bad)) {
                result.text.clear();
                result.error =
                    tr("The file is neither UTF-8 nor Latin-1/Windows-1252 text (byte 0x%1 at "
                       "line %2). Save it as UTF-8 and import it again.")
                        .arg(QString::number(static_cast<unsigned char>(body[bad]), 16).toUpper())
                        .arg(lineOfOffset(body, bad));
                return result;
            }
            result.encoding = QStringLiteral("Windows-1252");
            qsizetype firstHigh = 0;
            while (firstHigh < body.size() && static_cast<unsigned char>(body[firstHigh]) < 0x80)
                ++firstHigh;
            result.notice = tr("The file is not UTF-8; it was read as Latin-1/Windows-1252 "
                               "(first such character at line %1). Check accented names in "
                               "the preview.")
                                .arg(lineOfOffset(body, firstHigh));
        }
    }
    if (result.text.startsWith(QChar(0xFEFF)))
        result.text.remove(0, 1);
    if (!checkText(result.text, &result)) {
        result.text.clear();
        return result;
    }
    if (result.text.trimmed().isEmpty()) {
        result.error = tr("The file contains no text.");
        result.text.clear();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Kingside
