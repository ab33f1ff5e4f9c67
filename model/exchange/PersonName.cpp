#include "PersonName.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace Kingside {
namespace {

// Lower case, without dots: "Ph.D." -> "phd".
QString wordKey(const QString &word)
{
    QString key;
    for (const QChar c : word) {
        if (c.isLetterOrNumber())
            key.append(c.toCaseFolded());
    }
    return key;
}

// The words after a comma are all credentials or suffixes ("CFA", "PhD, MBA", "Jr.").
bool allSuffixes(const QString &text)
{
    const QStringList words = QString(text)
                                  .replace(QLatin1Char(','), QLatin1Char(' '))
                                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    for (const QString &word : words) {
        if (!PersonName::isSuffixWord(word))
            return false;
    }
    return true;
}

} // namespace

bool PersonName::isSuffixWord(const QString &word)
{
    static const QSet<QString> suffixes{
        QStringLiteral("jr"),    QStringLiteral("sr"),    QStringLiteral("ii"),
        QStringLiteral("iii"),   QStringLiteral("iv"),    QStringLiteral("phd"),
        QStringLiteral("dphil"), QStringLiteral("mphil"), QStringLiteral("md"),
        QStringLiteral("mba"),   QStringLiteral("emba"),  QStringLiteral("cfa"),
        QStringLiteral("cpa"),   QStringLiteral("acca"),  QStringLiteral("cima"),
        QStringLiteral("frm"),   QStringLiteral("caia"),  QStringLiteral("cfp"),
        QStringLiteral("pmp"),   QStringLiteral("cissp"), QStringLiteral("esq"),
        QStringLiteral("msc"),   QStringLiteral("bsc"),   QStringLiteral("llm"),
        QStringLiteral("jd"),    QStringLiteral("pe"),    QStringLiteral("peng"),
        QStringLiteral("rn"),    QStringLiteral("dds"),   QStringLiteral("mrics"),
        QStringLiteral("frics"), QStringLiteral("obe"),   QStringLiteral("mbe"),
        QStringLiteral("cbe"),   QStringLiteral("fca"),   QStringLiteral("aca"),
        QStringLiteral("cma"),   QStringLiteral("ceng"),  QStringLiteral("siviløkonom")};
    return suffixes.contains(wordKey(word));
}

bool PersonName::isSalutation(const QString &word)
{
    static const QSet<QString> salutations{
        QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),
        QStringLiteral("miss"), QStringLiteral("mx"),   QStringLiteral("dr"),
        QStringLiteral("prof"), QStringLiteral("herr"), QStringLiteral("frau"),
        QStringLiteral("fru"),  QStringLiteral("hr"),   QStringLiteral("sir"),
        QStringLiteral("dame"), QStringLiteral("mme"),  QStringLiteral("mlle"),
        QStringLiteral("m"),    QStringLiteral("sra"),  QStringLiteral("sr"),
        QStringLiteral("dott"), QStringLiteral("ing")};
    return salutations.contains(wordKey(word));
}

bool PersonName::isEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    const QString address = text.trimmed();
    // ASCII, as nearly every address is, is checked by hand: the same rule as the pattern
    // (one @ with text before it, a dot in the domain with text on both sides, no space),
    // without a regular expression per row of an import (README, Speed of import).
    qsizetype at = -1;
    for (qsizetype i = 0; i < address.size(); ++i) {
        const char16_t c = address[i].unicode();
        if (c >= 0x80)
            return pattern.match(address).hasMatch();
        if (c == u' ' || (c >= u'\t' && c <= u'\r'))
            return false;
        if (c == u'@') {
            if (at >= 0)
                return false;
            at = i;
        }
    }
    const qsizetype dot = address.lastIndexOf(QLatin1Char('.'));
    return at > 0 && dot > at + 1 && dot < address.size() - 1;
}

QString PersonName::fromParts(const QString &first, const QString &middle, const QString &last,
                              const QString &suffix)
{
    QString name = QStringList{first, middle, last}.join(QLatin1Char(' ')).simplified();
    const QString tail = suffix.simplified();
    if (tail.isEmpty() || name.isEmpty())
        return name.isEmpty() ? tail : name;
    // Generational suffixes follow with a space, credentials after a comma.
    const QString key = wordKey(tail);
    const bool generational = key == QLatin1String("jr") || key == QLatin1String("sr") ||
                              key == QLatin1String("ii") || key == QLatin1String("iii") ||
                              key == QLatin1String("iv");
    return name + (generational ? QStringLiteral(" ") : QStringLiteral(", ")) + tail;
}

bool PersonName::isLastCommaFirst(const QString &name)
{
    const QString text = name.simplified();
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma <= 0 || comma == text.size() - 1)
        return false;
    const QString before = text.left(comma).trimmed();
    const QString after = text.mid(comma + 1).trimmed();
    if (before.isEmpty() || after.isEmpty() || allSuffixes(after))
        return false;
    // "Hansen, Per" or "Hansen, Per Olav, PhD": the part after the first comma starts
    // with a name, not a credential.
    const QString firstAfter = after.section(QLatin1Char(','), 0, 0).trimmed();
    return !firstAfter.isEmpty() && !isSuffixWord(firstAfter.section(QLatin1Char(' '), 0, 0));
}

QString PersonName::fromFullName(const QString &fullName)
{
    const QString text = fullName.simplified();
    if (!isLastCommaFirst(text))
        return text;
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    const QString last = text.left(comma).trimmed();
    QString rest = text.mid(comma + 1).trimmed();
    // "Hansen, Per, PhD": what follows a second comma is the suffix.
    QString suffix;
    if (const qsizetype second = rest.indexOf(QLatin1Char(',')); second >= 0) {
        suffix = rest.mid(second + 1).trimmed();
        rest = rest.left(second).trimmed();
    }
    return fromParts(rest, {}, last, suffix);
}

QString PersonName::matchKey(const QString &name)
{
    QString text = name.simplified();
    // Most names are one or two words without a comma: nothing to turn round or set
    // aside, the key is the name case folded (an import keys every row; README, Speed of
    // import).
    if (!text.contains(QLatin1Char(',')) && text.count(QLatin1Char(' ')) <= 1)
        return text.toCaseFolded();
    if (isLastCommaFirst(text))
        text = fromFullName(text);
    QStringList words = QString(text)
                            .replace(QLatin1Char(','), QLatin1Char(' '))
                            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Only set aside while a name of two words is left: "Jr" alone is somebody's name.
    while (words.size() > 2 && isSalutation(words.first()))
        words.removeFirst();
    while (words.size() > 2 && isSuffixWord(words.last()))
        words.removeLast();
    if (words.size() == 2 && text.contains(QLatin1Char(',')) && isSuffixWord(words.last()))
        words.removeLast(); // "Lindqvist, CFA"
    return words.join(QLatin1Char(' ')).toCaseFolded();
}

} // namespace Kingside
