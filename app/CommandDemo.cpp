#include "CommandLine.h"

#include "demo/DemoBuilder.h"
#include "workspace/WorkspaceLock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <optional>

namespace Kingside::Cli {

namespace {
int runDemo(const QStringList &arguments);
const Registrar registrar({"demo",
                           QT_TRANSLATE_NOOP("Kingside::Cli", "Write the demo workspace to a file"),
                           false, runDemo, 10});
} // namespace

// kingside demo OUT.kingside [--force]: written beside the target under a temporary
// name, then moved into place, so an existing file is replaced whole or not at all. A
// target open in another Kingside window or program is refused (exit 1) and left as it is.
namespace {
int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Kingside::Cli", "Write Kingside's demo workspace (four accounts) to OUT."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("OUT"),
        QCoreApplication::translate("Kingside::Cli", "The workspace file to write."));
    const QCommandLineOption force(
        QStringLiteral("force"),
        QCoreApplication::translate("Kingside::Cli", "Replace OUT if it exists."));
    parser.addOption(force);
    if (const auto stop = parseArguments(parser, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        err() << QCoreApplication::translate("Kingside::Cli", "usage: kingside demo OUT.kingside "
                                                              "[--force]")
              << Qt::endl;
        return BadInput;
    }
    const QString target = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    if (QFileInfo::exists(target) && !parser.isSet(force)) {
        err() << QCoreApplication::translate("Kingside::Cli",
                                             "%1 already exists; add --force to replace it.")
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
        return Failed;
    }
    if (QFileInfo(target).isDir()) {
        err() << QCoreApplication::translate("Kingside::Cli", "%1 is a folder.")
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
        return Failed;
    }
    // A workspace open in another Kingside holds SQLite's exclusive lock. Taking that lock
    // refuses such a file, and holding it until the new file is in place keeps anyone
    // from opening the old one meanwhile.
    std::optional<WorkspaceLock> lock;
    if (QFileInfo::exists(target)) {
        lock.emplace(target);
        if (lock->state() == WorkspaceLock::State::Locked) {
            err() << lock->errorString() << ' '
                  << QCoreApplication::translate("Kingside::Cli", "It was not replaced.")
                  << Qt::endl;
            return Failed;
        }
    }
    const QString temporary = target + QStringLiteral(".partial");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(temporary + QLatin1String(suffix));
    QString error;
    if (!DemoBuilder::write(temporary, QDate::currentDate(), &error)) {
        err() << error << Qt::endl;
        return Failed;
    }
    // No journal of the old file may be left for SQLite to replay onto the new one.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(target + QLatin1String(suffix));
    // rename(2) replaces the target in one step: the old file or the new one, never none.
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) !=
        0) {
        QFile::remove(temporary);
        err() << QCoreApplication::translate("Kingside::Cli", "%1 could not be written.")
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
        return Failed;
    }
    lock.reset();
    out() << QCoreApplication::translate("Kingside::Cli", "Wrote the demo workspace to %1")
                 .arg(QDir::toNativeSeparators(target))
          << Qt::endl;
    return Ok;
}

} // namespace

} // namespace Kingside::Cli
