// The desktop integration files (README "Installing the Debian package"): the desktop entry,
// the AppStream metainfo, the MIME type of workspaces, the icons and the man page pass their
// validators, agree on the one application id and match what the program does.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString AppId = QStringLiteral(KINGSIDE_APP_ID);
const QString SourceDir = QStringLiteral(KINGSIDE_SOURCE_DIR);

QString desktopFile()
{
    return SourceDir + QStringLiteral("/packaging/") + AppId + QStringLiteral(".desktop");
}
QString metainfoFile()
{
    return SourceDir + QStringLiteral("/resources/") + AppId + QStringLiteral(".metainfo.xml");
}
QString mimeFile()
{
    return SourceDir + QStringLiteral("/resources/") + AppId + QStringLiteral(".mime.xml");
}
QString manPage()
{
    return SourceDir + QStringLiteral("/packaging/kingside.1");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    Run result;
    if (QStandardPaths::findExecutable(program).isEmpty() && !QFile::exists(program)) {
        result.err = QStringLiteral("%1 is not installed (packaging/setup.sh --test installs it)")
                         .arg(program);
        return result;
    }
    QProcess process;
    // The tools' and the program's own words, in English whatever the locale: the checks
    // read `kingside --help`, and man warns of a locale it cannot set.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Values of the elements named `element` in an XML file.
QStringList xmlTexts(const QString &path, const QString &element)
{
    QStringList texts;
    QXmlStreamReader xml(readAll(path));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == element)
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    return texts;
}

QString desktopValue(const QString &key)
{
    const QStringList lines = QString::fromUtf8(readAll(desktopFile())).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1);
    }
    return {};
}

// The commands `kingside --help` lists, and the options `kingside COMMAND --help` lists.
QStringList commandNames()
{
    const Run help = run(QStringLiteral(KINGSIDE_EXECUTABLE), {QStringLiteral("--help")});
    QStringList names;
    bool inCommands = false;
    for (const QString &line : help.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Commands")))
            inCommands = true;
        else if (inCommands && line.startsWith(QLatin1String("  ")))
            names << line.trimmed().section(QLatin1Char(' '), 0, 0);
        else
            inCommands = false;
    }
    return names;
}

QStringList optionsOf(const QString &command)
{
    const Run help = run(QStringLiteral(KINGSIDE_EXECUTABLE), {command, QStringLiteral("--help")});
    QStringList options;
    static const QRegularExpression option(QStringLiteral("^\\s+(?:-\\w, )?--([a-z-]+)"));
    for (const QString &line : help.out.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = option.match(line);
        if (match.hasMatch() && match.captured(1) != QLatin1String("help") &&
            match.captured(1) != QLatin1String("help-all"))
            options << match.captured(1);
    }
    return options;
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // One MIME database of the system's types and ours, as update-mime-database builds
        // it in /usr/share/mime when the package is installed. (Not ours stacked on the
        // system's: with several databases Qt 6.4 takes the last one's magic match.) Set
        // before the first QMimeDatabase.
        QVERIFY(m_mimeRoot.isValid());
        const QString packages = m_mimeRoot.path() + QStringLiteral("/mime/packages");
        QVERIFY(QDir().mkpath(packages));
        const QDir system(QStringLiteral("/usr/share/mime/packages"));
        const QStringList systemPackages = system.entryList({QStringLiteral("*.xml")}, QDir::Files);
        QVERIFY2(systemPackages.contains(QStringLiteral("freedesktop.org.xml")),
                 "shared-mime-info is not installed");
        for (const QString &name : systemPackages)
            QVERIFY(QFile::copy(system.filePath(name), packages + QLatin1Char('/') + name));
        QVERIFY(QFile::copy(mimeFile(), packages + QLatin1Char('/') + AppId + ".xml"));
        const Run update = run(QStringLiteral("update-mime-database"),
                               {QStringLiteral("-V"), m_mimeRoot.path() + QStringLiteral("/mime")});
        QVERIFY2(update.exitCode == 0, qPrintable(update.err));
        QVERIFY2(!update.err.contains(QLatin1String("rror")) &&
                     !update.err.contains(QLatin1String("arning")),
                 qPrintable(update.err));
        qputenv("XDG_DATA_DIRS", m_mimeRoot.path().toUtf8());
        qputenv("XDG_DATA_HOME", (m_mimeRoot.path() + QStringLiteral("/home")).toUtf8());
    }

    void oneApplicationId()
    {
        QVERIFY2(QFile::exists(desktopFile()), qPrintable(desktopFile()));
        QCOMPARE(desktopValue(QStringLiteral("Icon")), AppId);
        QCOMPARE(xmlTexts(metainfoFile(), QStringLiteral("id")), QStringList{AppId});
        QCOMPARE(xmlTexts(metainfoFile(), QStringLiteral("launchable")),
                 QStringList{AppId + QStringLiteral(".desktop")});
        QXmlStreamReader mime(readAll(mimeFile()));
        QString genericIcon;
        while (!mime.atEnd()) {
            if (mime.readNext() == QXmlStreamReader::StartElement &&
                mime.name() == QLatin1String("generic-icon"))
                genericIcon = mime.attributes().value(QLatin1String("name")).toString();
        }
        QCOMPARE(genericIcon, AppId);
        // The window names its desktop entry by the same id.
        const QByteArray main = readAll(SourceDir + QStringLiteral("/app/main.cpp"));
        QVERIFY(main.contains("setDesktopFileName(QStringLiteral(KINGSIDE_APP_ID))"));
    }

    void desktopEntryValidates()
    {
        const Run check = run(QStringLiteral("desktop-file-validate"), {desktopFile()});
        QVERIFY2(check.exitCode == 0 && check.out.isEmpty() && check.err.isEmpty(),
                 qPrintable(check.out + check.err));
        // A double click hands the file to the program, which opens it (app/main.cpp).
        QCOMPARE(desktopValue(QStringLiteral("Exec")), QStringLiteral("kingside %f"));
        QCOMPARE(desktopValue(QStringLiteral("MimeType")),
                 QStringLiteral("application/x-kingside-workspace;"));
    }

    void metainfoValidates()
    {
        const Run check = run(QStringLiteral("appstreamcli"),
                              {QStringLiteral("validate"), QStringLiteral("--no-net"),
                               QStringLiteral("--no-color"), metainfoFile()});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        static const QRegularExpression issue(QStringLiteral("^[EWI]: "),
                                              QRegularExpression::MultilineOption);
        QVERIFY2(!issue.match(check.out).hasMatch(), qPrintable(check.out));
        QVERIFY(!xmlTexts(metainfoFile(), QStringLiteral("description")).isEmpty());
        QVERIFY(!xmlTexts(metainfoFile(), QStringLiteral("release")).isEmpty());
    }

    void screenshotsAreTheProjects()
    {
        const QStringList images = xmlTexts(metainfoFile(), QStringLiteral("image"));
        QVERIFY(!images.isEmpty());
        for (const QString &url : images) {
            QVERIFY2(url.startsWith(QLatin1String("https://")), qPrintable(url));
            const QString file = url.section(QLatin1Char('/'), -1);
            QVERIFY2(url.endsWith(QStringLiteral("/resources/screenshots/") + file),
                     qPrintable(url));
            QVERIFY2(!QImage(SourceDir + QStringLiteral("/resources/screenshots/") + file).isNull(),
                     qPrintable(file));
        }
    }

    void releaseIsThisVersion()
    {
        QXmlStreamReader xml(readAll(metainfoFile()));
        QString newest;
        while (!xml.atEnd() && newest.isEmpty()) {
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                xml.name() == QLatin1String("release"))
                newest = xml.attributes().value(QLatin1String("version")).toString();
        }
        QCOMPARE(newest, QStringLiteral(KINGSIDE_VERSION));
        const QByteArray changelog =
            readAll(SourceDir + QStringLiteral("/packaging/changelog.Debian"));
        QVERIFY2(changelog.startsWith("kingside (" KINGSIDE_VERSION "-"), changelog.left(40));
    }

    void workspacesAreRecognisedByContent()
    {
        // A workspace as the program writes it, under a name that says nothing.
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("accounts.dat"));
        const Run created =
            run(QStringLiteral(KINGSIDE_EXECUTABLE), {QStringLiteral("new"), workspace});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QMimeDatabase mime;
        QCOMPARE(mime.mimeTypeForFile(workspace, QMimeDatabase::MatchContent).name(),
                 QStringLiteral("application/x-kingside-workspace"));
        QCOMPARE(
            mime.mimeTypeForFile(QStringLiteral("plan.kingside"), QMimeDatabase::MatchExtension)
                .name(),
            QStringLiteral("application/x-kingside-workspace"));
        QVERIFY(mime.mimeTypeForName(QStringLiteral("application/x-kingside-workspace"))
                    .inherits(QStringLiteral("application/vnd.sqlite3")));

        // Another SQLite file is not a workspace: the magic needs the application id.
        QByteArray header = readAll(workspace).left(4096);
        QCOMPARE(header.mid(68, 4), QByteArray("Kngs"));
        header.replace(68, 4, QByteArray(4, '\0'));
        const QString other = dir.filePath(QStringLiteral("other.dat"));
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(header);
        file.close();
        QCOMPARE(mime.mimeTypeForFile(other, QMimeDatabase::MatchContent).name(),
                 QStringLiteral("application/vnd.sqlite3"));
    }

    void iconsAreRendered()
    {
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            const QString path = QStringLiteral("%1/%2x%2/apps/%3.png")
                                     .arg(QStringLiteral(KINGSIDE_ICON_DIR))
                                     .arg(size)
                                     .arg(AppId);
            const QImage icon(path);
            QVERIFY2(!icon.isNull(), qPrintable(path));
            QCOMPARE(icon.size(), QSize(size, size));
            QVERIFY(icon.hasAlphaChannel());
            // Drawn: the middle is opaque, the rounded corner transparent.
            QCOMPARE(icon.pixelColor(size / 2, size / 2).alpha(), 255);
            QVERIFY(icon.pixelColor(0, 0).alpha() < 32);
        }
    }

    void manPageIsCleanRoff()
    {
        const Run man =
            run(QStringLiteral("man"),
                {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                 QStringLiteral("-l"), QStringLiteral("-Tutf8"), QStringLiteral("-Z"), manPage()});
        QVERIFY2(man.exitCode == 0 && man.err.isEmpty(), qPrintable(man.err));
    }

    void manPageHasEveryCommandAndOption()
    {
        const QString page = QString::fromUtf8(readAll(manPage()));
        const QStringList commands = commandNames();
        QVERIFY(commands.size() >= 10);
        for (const QString &command : commands) {
            // Each command has a subsection, and names its options within it.
            const QString heading = QStringLiteral(".SS \"") + command + QLatin1Char(' ');
            const qsizetype start = page.indexOf(heading);
            QVERIFY2(start >= 0, qPrintable(QStringLiteral("no .SS for ") + command));
            qsizetype end = page.indexOf(QStringLiteral("\n.S"), start + 1);
            if (end < 0)
                end = page.size();
            const QString section = page.mid(start, end - start);
            for (const QString &option : optionsOf(command)) {
                const QString roff =
                    QStringLiteral("\\-\\-") +
                    QString(option).replace(QLatin1Char('-'), QStringLiteral("\\-"));
                QVERIFY2(section.contains(roff),
                         qPrintable(QStringLiteral("%1 --%2").arg(command, option)));
            }
        }
        for (const QString &option : {QStringLiteral("review"), QStringLiteral("read\\-only"),
                                      QStringLiteral("demo"), QStringLiteral("version")})
            QVERIFY(page.contains(QStringLiteral("\\-\\-") + option));
    }

private:
    QTemporaryDir m_mimeRoot;
};

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "TestDesktopIntegration.moc"
