#pragma once

#include <QByteArrayView>
#include <QList>

namespace Kingside {

// The non-empty parts of `text` between `separator`s, as views into it.
inline QList<QByteArrayView> splitBytes(QByteArrayView text, char separator)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == separator) {
            if (i > start)
                parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

} // namespace Kingside
