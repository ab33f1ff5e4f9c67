#include "SaveFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Kingside {

bool SaveFile::write(const QString &path, const QByteArray &content, QString *error)
{
    const QString shown = QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("Kingside::SaveFile", "%1 cannot be written: %2")
                     .arg(shown, file.errorString());
        return false;
    }
    if (file.write(content) != content.size() || !file.commit()) {
        *error = QCoreApplication::translate("Kingside::SaveFile",
                                             "%1 could not be written completely (%2); the "
                                             "previous file, if any, is unchanged.")
                     .arg(shown, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace Kingside
