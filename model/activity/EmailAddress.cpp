#include "EmailAddress.h"

namespace Kingside::EmailAddress {

QString normalised(QStringView text)
{
    QStringView address = text.trimmed();
    if (address.startsWith(u"mailto:", Qt::CaseInsensitive))
        address = address.mid(7).trimmed();
    if (address.startsWith(u'<') && address.endsWith(u'>'))
        address = address.mid(1, address.size() - 2).trimmed();
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1)
        return {};
    return address.toString().toLower();
}

QStringList addressesIn(const QString &field)
{
    QStringList addresses;
    qsizetype start = 0;
    const auto flush = [&](qsizetype end) {
        const QString address = normalised(QStringView(field).mid(start, end - start));
        if (!address.isEmpty() && !addresses.contains(address))
            addresses.append(address);
        start = end + 1;
    };
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (c == u',' || c == u';' || c.isSpace())
            flush(i);
    }
    flush(field.size());
    return addresses;
}

} // namespace Kingside::EmailAddress
