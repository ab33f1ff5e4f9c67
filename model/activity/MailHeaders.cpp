#include "MailHeaders.h"

#include "EmailAddress.h"
#include "SplitBytes.h"
#include "exchange/TextDecoder.h"

#include <QStringDecoder>
#include <QTimeZone>

namespace Kingside::MailHeaders {
namespace {

QString decodeCharset(const QByteArray &bytes, QByteArray charset)
{
    charset = charset.toLower();
    if (const qsizetype star = charset.indexOf('*'); star >= 0) // RFC 2231 language
        charset.truncate(star);
    if (charset == "windows-1252" || charset == "cp1252") {
        QString text;
        qsizetype bad = 0;
        if (TextDecoder::decodeWindows1252(bytes, &text, &bad))
            return text;
        return QString::fromLatin1(bytes);
    }
    if (charset == "us-ascii" || charset == "ascii")
        return QString::fromLatin1(bytes);
    if (auto encoding = QStringConverter::encodingForName(charset.constData())) {
        QStringDecoder decoder(*encoding);
        return decoder.decode(bytes);
    }
    // A charset Qt does not know: UTF-8 when it is, else byte by byte. Names are only shown.
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString text = utf8.decode(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

// One encoded word starting at `text[0]`: the decoded text and its length, or nothing.
std::optional<std::pair<QString, qsizetype>> encodedWord(QByteArrayView text)
{
    if (!text.startsWith("=?"))
        return std::nullopt;
    const qsizetype first = text.indexOf('?', 2);
    if (first < 0 || first + 2 >= text.size() || text[first + 2] != '?')
        return std::nullopt;
    const char encoding = char(text[first + 1] | 0x20);
    const qsizetype end = text.indexOf("?=", first + 3);
    if (end < 0 || (encoding != 'b' && encoding != 'q'))
        return std::nullopt;
    const QByteArray charset = text.sliced(2, first - 2).toByteArray();
    const QByteArrayView payload = text.sliced(first + 3, end - first - 3);
    if (payload.contains(' '))
        return std::nullopt;
    QByteArray bytes;
    if (encoding == 'b') {
        auto decoded = QByteArray::fromBase64Encoding(payload.toByteArray());
        if (!decoded)
            return std::nullopt;
        bytes = *decoded;
    } else {
        for (qsizetype i = 0; i < payload.size(); ++i) {
            const char c = payload[i];
            if (c == '_') {
                bytes += ' ';
            } else if (c == '=' && i + 2 < payload.size()) {
                bool ok = false;
                const int value = payload.sliced(i + 1, 2).toInt(&ok, 16);
                if (!ok)
                    return std::nullopt;
                bytes += char(value);
                i += 2;
            } else {
                bytes += c;
            }
        }
    }
    return std::pair{decodeCharset(bytes, charset), end + 2};
}

QByteArrayView stripComments(QByteArrayView text, QByteArray *storage)
{
    if (!text.contains('('))
        return text;
    storage->clear();
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            *storage += c;
            if (c == '\\' && i + 1 < text.size())
                *storage += text[++i];
            else if (c == '"')
                quoted = false;
        } else if (c == '"' && depth == 0) {
            quoted = true;
            *storage += c;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && depth > 0) {
            --depth;
        } else if (depth == 0) {
            *storage += c;
        }
    }
    return *storage;
}

QString displayName(QByteArrayView phrase)
{
    QByteArray unquoted;
    for (qsizetype i = 0; i < phrase.size(); ++i) {
        const char c = phrase[i];
        if (c == '"')
            continue;
        if (c == '\\' && i + 1 < phrase.size())
            unquoted += phrase[++i];
        else
            unquoted += c;
    }
    return decodeWords(unquoted).simplified();
}

void addMailbox(QByteArrayView segment, QList<ActivityParticipant> *list)
{
    QByteArray storage;
    const QByteArrayView text = stripComments(segment, &storage).trimmed();
    if (text.isEmpty())
        return;
    QString name;
    QString address;
    const qsizetype open = text.lastIndexOf('<');
    if (open >= 0) {
        const qsizetype close = text.indexOf('>', open);
        const QByteArrayView inside =
            text.sliced(open + 1, (close < 0 ? text.size() : close) - open - 1);
        address = EmailAddress::normalised(QString::fromUtf8(inside));
        name = displayName(text.first(open));
    } else {
        address = EmailAddress::normalised(QString::fromUtf8(text));
    }
    if (address.isEmpty())
        return;
    for (const ActivityParticipant &known : std::as_const(*list))
        if (known.address == address)
            return;
    list->append({address, name});
}

int monthOf(QByteArrayView name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i)
        if (name.first(3).compare(QByteArrayView(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    return 0;
}

std::optional<int> zoneOffset(QByteArrayView zone)
{
    if (zone.size() == 5 && (zone[0] == '+' || zone[0] == '-')) {
        bool ok = false;
        const int value = zone.sliced(1).toInt(&ok);
        if (!ok || value % 100 >= 60 || value / 100 > 23)
            return std::nullopt;
        const int seconds = (value / 100) * 3600 + (value % 100) * 60;
        return zone[0] == '-' ? -seconds : seconds;
    }
    static const std::pair<const char *, int> names[] = {
        {"UT", 0},          {"UTC", 0},         {"GMT", 0},         {"Z", 0},
        {"EST", -5 * 3600}, {"EDT", -4 * 3600}, {"CST", -6 * 3600}, {"CDT", -5 * 3600},
        {"MST", -7 * 3600}, {"MDT", -6 * 3600}, {"PST", -8 * 3600}, {"PDT", -7 * 3600}};
    for (const auto &[name, offset] : names)
        if (zone.compare(QByteArrayView(name), Qt::CaseInsensitive) == 0)
            return offset;
    // Other (military) zone letters mean nothing reliable: RFC 5322 reads them as -0000.
    return 0;
}

} // namespace

QString decodeWords(QByteArrayView text)
{
    QString result;
    qsizetype i = 0;
    bool lastWasEncoded = false;
    QString pendingSpace;
    while (i < text.size()) {
        if (text[i] == '=' && i + 1 < text.size() && text[i + 1] == '?') {
            if (const auto word = encodedWord(text.sliced(i))) {
                if (!lastWasEncoded)
                    result += pendingSpace;
                pendingSpace.clear();
                result += word->first;
                i += word->second;
                lastWasEncoded = true;
                continue;
            }
        }
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            pendingSpace += QLatin1Char(' ');
            ++i;
            continue;
        }
        result += pendingSpace;
        pendingSpace.clear();
        // Raw 8-bit text in a header: UTF-8 as most mailers write it today.
        qsizetype end = i;
        while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\r' &&
               text[end] != '\n' &&
               !(text[end] == '=' && end + 1 < text.size() && text[end + 1] == '?'))
            ++end;
        if (end == i)
            end = i + 1;
        result += QString::fromUtf8(text.sliced(i, end - i));
        i = end;
        lastWasEncoded = false;
    }
    return result;
}

QList<ActivityParticipant> addressList(QByteArrayView text)
{
    QList<ActivityParticipant> list;
    qsizetype start = 0;
    bool quoted = false;
    bool angled = false;
    int depth = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ',';
        if (quoted) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                quoted = false;
            continue;
        }
        if (depth > 0) {
            if (c == '(')
                ++depth;
            else if (c == ')')
                --depth;
            continue;
        }
        if (c == '"')
            quoted = true;
        else if (c == '(')
            depth = 1;
        else if (c == '<')
            angled = true;
        else if (c == '>')
            angled = false;
        else if (!angled && c == ':') // a group's name: "Project team: a@x, b@y;"
            start = i + 1;
        else if (!angled && (c == ',' || c == ';')) {
            addMailbox(text.sliced(start, std::min(i, text.size()) - start), &list);
            start = i + 1;
        }
    }
    return list;
}

std::optional<QDateTime> date(QByteArrayView text)
{
    QByteArray storage;
    const QByteArrayView plain = stripComments(text, &storage);
    QList<QByteArrayView> tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= plain.size(); ++i) {
        const bool separator = i == plain.size() || plain[i] == ' ' || plain[i] == '\t' ||
                               plain[i] == ',' || plain[i] == '\r' || plain[i] == '\n';
        if (separator && start >= 0) {
            tokens.append(plain.sliced(start, i - start));
            start = -1;
        } else if (!separator && start < 0) {
            start = i;
        }
    }
    qsizetype at = 0;
    // A weekday name, if any, says nothing the date does not.
    if (at < tokens.size() && !tokens[at].isEmpty() &&
        !(tokens[at][0] >= '0' && tokens[at][0] <= '9'))
        ++at;
    if (tokens.size() - at < 4)
        return std::nullopt;
    bool ok = false;
    const int day = tokens[at].toInt(&ok);
    if (!ok)
        return std::nullopt;
    const int month = monthOf(tokens[at + 1]);
    int year = tokens[at + 2].toInt(&ok);
    if (!ok || month == 0)
        return std::nullopt;
    if (tokens[at + 2].size() <= 2)
        year += year < 50 ? 2000 : 1900;
    else if (tokens[at + 2].size() == 3)
        year += 1900;
    const QList<QByteArrayView> clock = [&] {
        QList<QByteArrayView> parts;
        for (const QByteArrayView part : splitBytes(tokens[at + 3], ':'))
            parts.append(part);
        return parts;
    }();
    if (clock.size() < 2 || clock.size() > 3)
        return std::nullopt;
    const int hour = clock[0].toInt(&ok);
    if (!ok)
        return std::nullopt;
    const int minute = clock[1].toInt(&ok);
    if (!ok)
        return std::nullopt;
    const int second = clock.size() == 3 ? clock[2].toInt(&ok) : 0;
    if (!ok)
        return std::nullopt;
    const QDate calendarDay(year, month, day);
    const QTime time(hour, minute, second == 60 ? 59 : second);
    if (!calendarDay.isValid() || !time.isValid())
        return std::nullopt;
    const std::optional<int> offset =
        tokens.size() > at + 4 ? zoneOffset(tokens[at + 4]) : std::optional<int>(0);
    if (!offset || *offset < -14 * 3600 || *offset > 14 * 3600)
        return std::nullopt;
    return QDateTime(calendarDay, time, QTimeZone(*offset));
}

} // namespace Kingside::MailHeaders
