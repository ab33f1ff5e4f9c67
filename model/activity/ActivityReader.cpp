#include "ActivityReader.h"

#include "IcsReader.h"
#include "MailReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Kingside {

ActivityReader::Format ActivityReader::formatOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Format::Unknown;
    const QByteArray head = file.read(16384);
    const bool calendar = IcsReader::looksLikeCalendar(head.left(4096));
    const bool mail = MailReader::looksLikeMail(head);
    if (calendar && mail) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        return suffix == QLatin1String("ics") || suffix == QLatin1String("ical") ? Format::Calendar
                                                                                 : Format::Mail;
    }
    if (mail)
        return Format::Mail;
    return calendar ? Format::Calendar : Format::Unknown;
}

ActivityReadResult ActivityReader::read(const QString &path, const ActivityWindow &window,
                                        const ActivitySink &sink, const ActivityProgress &progress)
{
    switch (formatOf(path)) {
    case Format::Calendar:
        return IcsReader::read(path, window, sink, progress);
    case Format::Mail:
        return MailReader::read(path, window, sink, progress);
    case Format::Unknown:
        break;
    }
    ActivityReadResult failed;
    failed.readable = false;
    const QString name = QDir::toNativeSeparators(path);
    failed.error =
        QFileInfo(path).isReadable()
            ? QCoreApplication::translate("Kingside::ActivityReader",
                                          "%1 is neither a calendar export (.ics) nor a mail "
                                          "export (mbox or .eml).")
                  .arg(name)
            : QCoreApplication::translate("Kingside::ActivityReader", "%1 cannot be read.")
                  .arg(name);
    return failed;
}

} // namespace Kingside
