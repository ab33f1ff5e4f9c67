#include "VCardReader.h"

#include "TextDecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::VCardReader", text);
}

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::VCardReader)
};

constexpr qsizetype maxLogicalLine = 200000;

struct LogicalLine
{
    int line = 0;
    QString text;
};

struct Property
{
    QString name;                              // upper case, group removed
    QString group;                             // "ITEM1" of item1.X-ABLabel (upper case)
    QList<std::pair<QString, QString>> params; // upper-case names; bare 2.1 params have ""
    QString value;                             // raw, still escaped / encoded
    int line = 0;
};

bool hasParam(const Property &property, const QString &name, const QString &value = {})
{
    for (const auto &[key, paramValue] : property.params) {
        if (value.isEmpty() && key == name)
            return true;
        // TYPE=work,pref / TYPE=WORK;TYPE=PREF / bare WORK (2.1)
        const bool matchesKey = key == name || (key.isEmpty() && name == QLatin1String("TYPE"));
        if (matchesKey && !value.isEmpty()) {
            const QStringList values = paramValue.split(QLatin1Char(','));
            for (const QString &item : values) {
                if (item.trimmed().compare(value, Qt::CaseInsensitive) == 0)
                    return true;
            }
        }
    }
    return false;
}

QString paramValue(const Property &property, const QString &name)
{
    for (const auto &[key, value] : property.params) {
        if (key == name)
            return value;
    }
    return {};
}

bool isQuotedPrintable(const Property &property)
{
    const QString encoding = paramValue(property, QStringLiteral("ENCODING"));
    return encoding.compare(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive) == 0 ||
           encoding.compare(QLatin1String("QP"), Qt::CaseInsensitive) == 0 ||
           hasParam(property, QStringLiteral("TYPE"), QStringLiteral("QUOTED-PRINTABLE"));
}

bool isBinary(const Property &property)
{
    const QString encoding = paramValue(property, QStringLiteral("ENCODING"));
    return encoding.compare(QLatin1String("B"), Qt::CaseInsensitive) == 0 ||
           encoding.compare(QLatin1String("BASE64"), Qt::CaseInsensitive) == 0;
}

// Splits physical lines and undoes folding (a line starting with a space or tab
// continues the previous one) and quoted-printable soft line breaks ("=" at the end).
QList<LogicalLine> unfold(QStringView text)
{
    QList<LogicalLine> lines;
    qsizetype pos = 0;
    int line = 0;
    bool softBreak = false;
    while (pos < text.size()) {
        qsizetype end = pos;
        while (end < text.size() && text[end] != QLatin1Char('\n') &&
               text[end] != QLatin1Char('\r'))
            ++end;
        const QStringView physical = text.mid(pos, end - pos);
        ++line;
        if (end < text.size() && text[end] == QLatin1Char('\r') && end + 1 < text.size() &&
            text[end + 1] == QLatin1Char('\n'))
            ++end;
        pos = end + 1;
        const bool folded = !physical.isEmpty() &&
                            (physical[0] == QLatin1Char(' ') || physical[0] == QLatin1Char('\t'));
        if (!lines.isEmpty() && (softBreak || folded) &&
            lines.last().text.size() < maxLogicalLine) {
            lines.last().text += softBreak && !folded ? physical : physical.mid(1);
        } else if (!physical.trimmed().isEmpty()) {
            lines.append({line, physical.toString()});
        } else {
            softBreak = false;
            continue;
        }
        // A quoted-printable value that ends in "=" continues on the next line.
        const QString &current = lines.last().text;
        const qsizetype colon = current.indexOf(QLatin1Char(':'));
        softBreak =
            colon > 0 && current.endsWith(QLatin1Char('=')) &&
            current.left(colon).contains(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive);
        if (softBreak)
            lines.last().text.chop(1);
    }
    return lines;
}

std::optional<Property> parseProperty(const LogicalLine &logical)
{
    const QString &text = logical.text;
    // The name part ends at the first colon outside a quoted parameter value.
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && text[i] == QLatin1Char(':')) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return std::nullopt;
    Property property;
    property.line = logical.line;
    property.value = text.mid(colon + 1);
    const QStringList parts = text.left(colon).split(QLatin1Char(';'));
    QString name = parts.first().trimmed().toUpper();
    if (const qsizetype dot = name.lastIndexOf(QLatin1Char('.')); dot >= 0) {
        property.group = name.left(dot);
        name = name.mid(dot + 1); // item1.EMAIL
    }
    property.name = name;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &part = parts[i];
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals < 0) {
            // 2.1 bare parameters: WORK, PREF, QUOTED-PRINTABLE
            property.params.append({QString(), part.trimmed()});
        } else {
            QString value = part.mid(equals + 1).trimmed();
            if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) &&
                value.endsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            property.params.append({part.left(equals).trimmed().toUpper(), value});
        }
    }
    return property;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

QString decodeQuotedPrintable(const QString &value, const QString &charset)
{
    QByteArray bytes;
    bytes.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('=') && i + 2 < value.size()) {
            const int high = hexValue(value[i + 1]);
            const int low = hexValue(value[i + 2]);
            if (high >= 0 && low >= 0) {
                bytes.append(char(high * 16 + low));
                i += 2;
                continue;
            }
        }
        if (c.unicode() < 0x80)
            bytes.append(char(c.unicode()));
        else
            bytes.append(QString(c).toUtf8());
    }
    const QString upper = charset.toUpper();
    if (upper.isEmpty() || upper == QLatin1String("UTF-8") || upper == QLatin1String("UTF8")) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (!decoder.hasError() || !upper.isEmpty())
            return text;
    }
    QString text;
    if (TextDecoder::decodeWindows1252(bytes, &text, nullptr))
        return text;
    return QString::fromLatin1(bytes);
}

// Backslash escapes of vCard 3.0/4.0 text values.
QString unescape(QStringView value)
{
    QString text;
    text.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value[++i];
            if (next == QLatin1Char('n') || next == QLatin1Char('N'))
                text.append(QLatin1Char('\n'));
            else
                text.append(next); // \\ \, \; \:
        } else {
            text.append(c);
        }
    }
    return text;
}

// Structured values (N, ORG) split at semicolons that are not escaped.
QStringList components(QStringView value)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('\\')) {
            ++i;
        } else if (value[i] == QLatin1Char(';')) {
            parts.append(unescape(value.mid(start, i - start)).trimmed());
            start = i + 1;
        }
    }
    parts.append(unescape(value.mid(start)).trimmed());
    return parts;
}

QString simplified(const QString &text)
{
    return text.simplified();
}

struct Card
{
    int line = 0;
    bool ended = false;
    QString fn;
    QStringList n;
    QStringList org;
    QString title;
    QString role;
    QString note;
    QString uid;
    QList<std::pair<int, QString>> emails; // priority, address
    QList<std::pair<int, QString>> phones;
    QString manager;                                 // RELATED;TYPE=manager, X-MS-MANAGER, …
    QList<std::pair<QString, QString>> relatedNames; // Apple: group, X-ABRELATEDNAMES
    QHash<QString, QString> labels;                  // Apple: group, X-ABLabel
};

// Apple writes its standard labels as "_$!<Manager>!$_"; a custom label is plain text.
bool isManagerLabel(QString label)
{
    label = label.trimmed();
    if (label.startsWith(QLatin1String("_$!<")) && label.endsWith(QLatin1String(">!$_")))
        label = label.mid(4, label.size() - 8);
    label = label.toLower();
    return label == QLatin1String("manager") || label == QLatin1String("supervisor") ||
           label == QLatin1String("boss") || label == QLatin1String("line manager") ||
           label == QLatin1String("reports to") || label == QLatin1String("x-manager");
}

// A reference to another card: "urn:uuid:…" names its UID, "mailto:" its address.
QString reference(QString value)
{
    value = value.trimmed();
    if (value.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive))
        return value.mid(9);
    if (value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        return value.mid(7);
    return value;
}

int preference(const Property &property)
{
    int score = 0;
    if (hasParam(property, QStringLiteral("TYPE"), QStringLiteral("PREF")))
        score += 10;
    const QString pref = paramValue(property, QStringLiteral("PREF"));
    if (!pref.isEmpty())
        score += 10 + std::max(0, 100 - pref.toInt()) / 10;
    if (hasParam(property, QStringLiteral("TYPE"), QStringLiteral("WORK")))
        score += 5;
    if (hasParam(property, QStringLiteral("TYPE"), QStringLiteral("HOME")))
        score -= 1;
    return score;
}

QString best(QList<std::pair<int, QString>> values)
{
    if (values.isEmpty())
        return {};
    std::stable_sort(values.begin(), values.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    return values.first().second;
}

ContactRecord toContact(const Card &card)
{
    ContactRecord contact;
    contact.line = card.line;
    contact.recordId = card.uid;
    QString name = simplified(card.fn);
    if (name.isEmpty() && !card.n.isEmpty()) {
        // N: family; given; additional; prefixes; suffixes
        const QStringList parts{card.n.value(3), card.n.value(1), card.n.value(2), card.n.value(0),
                                card.n.value(4)};
        name = simplified(parts.join(QLatin1Char(' ')));
    }
    contact.name = name;
    contact.company = simplified(card.org.value(0));
    contact.department = simplified(card.org.value(1));
    contact.title = simplified(card.title.isEmpty() ? card.role : card.title);
    contact.email = best(card.emails).trimmed();
    contact.phone = simplified(best(card.phones));
    contact.notes = card.note.trimmed();
    contact.reportsTo = simplified(card.manager);
    for (const auto &[group, related] : card.relatedNames) {
        if (!contact.reportsTo.isEmpty())
            break;
        if (!group.isEmpty() && isManagerLabel(card.labels.value(group)))
            contact.reportsTo = simplified(related);
    }
    if (!card.ended)
        contact.problem = Text::tr("The card that begins on this line has no END:VCARD.");
    else if (contact.name.isEmpty())
        contact.problem = Text::tr("The card has no name (neither FN nor N).");
    return contact;
}

} // namespace

bool VCardReader::looksLikeVCard(QStringView text)
{
    const QStringView head = text.trimmed().left(64);
    return head.startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive);
}

VCardReader::Result VCardReader::parse(QStringView text)
{
    Result result;
    const QList<LogicalLine> lines = unfold(text);
    std::optional<Card> card;
    for (const LogicalLine &logical : lines) {
        const std::optional<Property> parsed = parseProperty(logical);
        if (!parsed)
            continue; // vCard readers skip what they do not understand
        const Property &property = *parsed;
        const QString upperValue = property.value.trimmed().toUpper();
        if (property.name == QLatin1String("BEGIN") && upperValue == QLatin1String("VCARD")) {
            if (card)
                result.contacts.append(toContact(*card)); // unterminated: reported
            card = Card{};
            card->line = logical.line;
            continue;
        }
        if (!card)
            continue;
        if (property.name == QLatin1String("END") && upperValue == QLatin1String("VCARD")) {
            card->ended = true;
            result.contacts.append(toContact(*card));
            card.reset();
            continue;
        }
        if (isBinary(property))
            continue; // PHOTO, LOGO, KEY
        const QString value =
            isQuotedPrintable(property)
                ? decodeQuotedPrintable(property.value,
                                        paramValue(property, QStringLiteral("CHARSET")))
                : property.value;
        const QString &name = property.name;
        if (name == QLatin1String("FN")) {
            card->fn = unescape(value);
        } else if (name == QLatin1String("N")) {
            card->n = components(value);
        } else if (name == QLatin1String("ORG")) {
            card->org = components(value);
        } else if (name == QLatin1String("TITLE")) {
            card->title = unescape(value);
        } else if (name == QLatin1String("ROLE")) {
            card->role = unescape(value);
        } else if (name == QLatin1String("NOTE")) {
            card->note = unescape(value);
        } else if (name == QLatin1String("UID")) {
            card->uid = reference(unescape(value));
        } else if (name == QLatin1String("EMAIL")) {
            QString address = unescape(value).trimmed();
            if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                address = address.mid(7);
            if (!address.isEmpty())
                card->emails.append({preference(property), address});
        } else if (name == QLatin1String("RELATED") || name == QLatin1String("X-RELATED")) {
            // vCard 4.0 (RFC 6350 6.6.6): RELATED;TYPE=manager, text or a reference
            bool manager = false;
            for (const char *type : {"manager", "x-manager", "supervisor"})
                manager = manager ||
                          hasParam(property, QStringLiteral("TYPE"), QString::fromLatin1(type));
            if (manager && card->manager.isEmpty())
                card->manager = reference(unescape(value));
        } else if (name == QLatin1String("X-MS-MANAGER") ||
                   name == QLatin1String("X-EVOLUTION-MANAGER") ||
                   name == QLatin1String("X-KADDRESSBOOK-X-MANAGERSNAME") ||
                   name == QLatin1String("X-MANAGER")) {
            // Outlook, Evolution, KAddressBook
            if (card->manager.isEmpty())
                card->manager = unescape(value).trimmed();
        } else if (name == QLatin1String("X-ANDROID-CUSTOM")) {
            // Android: vnd.android.cursor.item/relation;NAME;TYPE;LABEL, type 7 the
            // manager (0 a custom label)
            const QStringList parts = components(value);
            if (parts.value(0) == QLatin1String("vnd.android.cursor.item/relation") &&
                (parts.value(2) == QLatin1String("7") ||
                 (parts.value(2) == QLatin1String("0") && isManagerLabel(parts.value(3)))) &&
                card->manager.isEmpty())
                card->manager = parts.value(1);
        } else if (name == QLatin1String("X-ABRELATEDNAMES")) {
            if (hasParam(property, QStringLiteral("TYPE"), QStringLiteral("manager")) &&
                card->manager.isEmpty())
                card->manager = unescape(value).trimmed();
            card->relatedNames.append({property.group, unescape(value).trimmed()});
        } else if (name == QLatin1String("X-ABLABEL")) {
            if (!property.group.isEmpty())
                card->labels.insert(property.group, unescape(value));
        } else if (name == QLatin1String("TEL")) {
            QString number = unescape(value).trimmed();
            if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                number = number.mid(4);
            if (!number.isEmpty())
                card->phones.append({preference(property), number});
        }
    }
    if (card)
        result.contacts.append(toContact(*card));
    if (result.contacts.isEmpty())
        result.error = tr("The file contains no vCard (no BEGIN:VCARD line).");
    return result;
}

} // namespace Kingside
