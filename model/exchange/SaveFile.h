#pragma once

#include <QByteArray>
#include <QString>

namespace Kingside {

// Writes a file for the user through QSaveFile: the whole content or nothing; on
// failure the previous file is untouched and *error names the file and the reason.
class SaveFile
{
public:
    static bool write(const QString &path, const QByteArray &content, QString *error);
};

} // namespace Kingside
