// Translations (README "Translations"): English plural forms come from kingside_en.ts, the
// texts of free functions and helper classes are found in the context lupdate gives them,
// the .ts files hold every plural of the code, and German (and every language the build
// lists) has every text translated, in the window and on the command line.
#include "domain/LocalFormat.h"
#include "domain/Translations.h"
#include "exchange/ImportReader.h"
#include "privacy/PersonEraser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Kingside;

namespace {
// An erasure with one relationship and two comments, whose description counts by name.
PersonErasure sampleErasure()
{
    PersonErasure erasure;
    erasure.person.name = QStringLiteral("Ada Berg");
    erasure.accountName = QStringLiteral("Acme");
    erasure.relationships = 1;
    erasure.comments = 2;
    return erasure;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    }

    void englishPluralsReadAsEnglish_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one action late")
            << QByteArray("Kingside::MainWindow") << QByteArray("%n action(s) late") << 1
            << QStringLiteral("1 action late");
        QTest::newRow("two actions late")
            << QByteArray("Kingside::MainWindow") << QByteArray("%n action(s) late") << 2
            << QStringLiteral("2 actions late");
        QTest::newRow("one person") << QByteArray("Kingside::Cli") << QByteArray("%n person(s)")
                                    << 1 << QStringLiteral("1 person");
        QTest::newRow("three people") << QByteArray("Kingside::Cli") << QByteArray("%n person(s)")
                                      << 3 << QStringLiteral("3 people");
        QTest::newRow("no departments")
            << QByteArray("Kingside::Cli") << QByteArray("%n department(s)") << 0
            << QStringLiteral("0 departments");
        QTest::newRow("a rejected row")
            << QByteArray("Kingside::Cli")
            << QByteArray("Nothing was imported: %n row(s) were rejected and --strict is set.") << 1
            << QStringLiteral("Nothing was imported: 1 row was rejected and --strict is set.");
    }

    void englishPluralsReadAsEnglish()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, text);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(QCoreApplication::translate(context.constData(), text.constData(), nullptr, n),
                 expected);
    }

    // A free function of ImportReader.cpp (Text::tr in README "Translations").
    void freeFunctionsFindTheirContext()
    {
        const QByteArray csv = "Report: contacts\nFirst Name,Last Name,Email\nAda,Berg,a@b.no\n";
        const ImportFile file =
            ImportReader::readData(csv, ImportFormat::Auto, QStringLiteral("notes.csv"));
        QVERIFY2(file.readable, qPrintable(file.error));
        const QString notices = file.notices.join(QLatin1Char('\n'));
        QVERIFY2(notices.contains(QLatin1String("Left out 1 line of notes before the header")),
                 qPrintable(notices));
    }

    // Counts passed through QT_TRANSLATE_N_NOOP (PersonErasure::describe).
    void countsPassedByNameAreTranslated()
    {
        const PersonErasure erasure = sampleErasure();
        const QString text = erasure.describe(true);
        QVERIFY2(text.contains(QLatin1String("1 relationship")) &&
                     !text.contains(QLatin1String("relationship(s)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("2 comments")), qPrintable(text));
    }

    // lupdate, run on today's code into a copy of each .ts file the build embeds
    // (KINGSIDE_TS_FILES in resources/CMakeLists.txt), finds nothing unfinished: every plural
    // has its English forms, every text of an interface language its translation, and no
    // text is left behind in a wrong context.
    void translationSourcesAreComplete_data()
    {
        QTest::addColumn<QString>("tsFile");
        QStringList languages;
        for (const QString &file : tsFiles()) {
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
            languages << languageOf(file);
        }
        // German and French are complete and must stay so: a new text fails here until it
        // has both translations.
        QVERIFY(languages.contains(QStringLiteral("de")) &&
                languages.contains(QStringLiteral("fr")));
    }

    void translationSourcesAreComplete()
    {
        QFETCH(QString, tsFile);
        const bool english = languageOf(tsFile) == QLatin1String("en");
        const QString lupdate = QStringLiteral(KINGSIDE_LUPDATE);
        const QString source = QStringLiteral(KINGSIDE_SOURCE_DIR);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
        QVERIFY(QFile::copy(tsFile, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("-no-obsolete")};
        // English holds plural forms only; the other languages hold every text.
        if (english)
            arguments << QStringLiteral("-pluralonly");
        arguments << source + QStringLiteral("/app") << source + QStringLiteral("/ui")
                  << source + QStringLiteral("/model") << QStringLiteral("-ts") << copy;
        QProcess run;
        run.start(lupdate, arguments);
        QVERIFY(run.waitForFinished(120000));
        QCOMPARE(run.exitCode(), 0);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ts = file.readAll();
        QVERIFY(ts.contains("numerus=\"yes\""));
        if (!english)
            QVERIFY2(ts.count("<message") > 1000, "an interface language holds every text");
        QStringList unfinished;
        qsizetype at = 0;
        while ((at = ts.indexOf("type=\"unfinished\"", at)) >= 0) {
            const qsizetype start = ts.lastIndexOf("<source>", at);
            const qsizetype end = ts.indexOf("</source>", start);
            unfinished.append(QString::fromUtf8(ts.mid(start + 8, end - start - 8)));
            at += 17;
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2 untranslated (run the kingside_lupdate "
                                           "target, then translate them): %3")
                                .arg(QFileInfo(tsFile).fileName())
                                .arg(unfinished.size())
                                .arg(unfinished.join(QStringLiteral(" | ")))));
    }

    // Translations::available() finds the languages in the embedded resources: exactly the
    // interface languages the build lists, German among them.
    void everyListedLanguageIsOffered()
    {
        QStringList listed;
        for (const QString &file : tsFiles())
            if (languageOf(file) != QLatin1String("en"))
                listed << languageOf(file);
        listed.sort();
        QStringList offered = Translations::available();
        offered.sort();
        QCOMPARE(offered, listed);
        QVERIFY(offered.contains(QStringLiteral("de")));
    }

    void germanTranslatesKnownTexts_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("menu title") << QByteArray("Kingside::MainWindow") << QByteArray("&File")
                                    << -1 << QStringLiteral("&Datei");
        QTest::newRow("one action late")
            << QByteArray("Kingside::MainWindow") << QByteArray("%n action(s) late") << 1
            << QStringLiteral("1 Maßnahme verspätet");
        QTest::newRow("three actions late")
            << QByteArray("Kingside::MainWindow") << QByteArray("%n action(s) late") << 3
            << QStringLiteral("3 Maßnahmen verspätet");
        QTest::newRow("one person") << QByteArray("Kingside::Cli") << QByteArray("%n person(s)")
                                    << 1 << QStringLiteral("1 Person");
        QTest::newRow("two people") << QByteArray("Kingside::Cli") << QByteArray("%n person(s)")
                                    << 2 << QStringLiteral("2 Personen");
        QTest::newRow("command line")
            << QByteArray("Kingside::Cli") << QByteArray("Nothing was written (--dry-run).") << -1
            << QStringLiteral("Es wurde nichts geschrieben (--dry-run).");
        QTest::newRow("chess piece") << QByteArray("Kingside::Enums") << QByteArray("Bishop") << -1
                                     << QStringLiteral("Läufer");
    }

    // The German .qm embedded under :/i18n, read without installing it.
    void germanTranslatesKnownTexts()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, text);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German), QStringLiteral("kingside"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
        QString translated = german.translate(context.constData(), text.constData(), nullptr, n);
        if (n >= 0)
            translated.replace(QLatin1String("%n"), QString::number(n));
        QCOMPARE(translated, expected);
    }

    // The command line follows the system locale: German under de_DE, English under C, with
    // no language chosen in the settings (a fresh configuration folder).
    void commandLineFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("unknownCommand");
        QTest::addColumn<QString>("demoWritten");
        QTest::newRow("German") << QStringLiteral("de_DE.UTF-8")
                                << QStringLiteral("„frobnicate“ ist weder ein Befehl noch eine "
                                                  "Arbeitsbereichsdatei.")
                                << QStringLiteral("Demo-Arbeitsbereich nach ");
        QTest::newRow("English") << QStringLiteral("C")
                                 << QStringLiteral("“frobnicate” is neither a command nor a "
                                                   "workspace file.")
                                 << QStringLiteral("Wrote the demo workspace to ");
    }

    void commandLineFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, unknownCommand);
        QFETCH(QString, demoWritten);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"})
            environment.insert(QLatin1String(name), locale);
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           dir.filePath(QStringLiteral("config")));
        auto kingside = [&](const QStringList &arguments) {
            QProcess run;
            run.setProcessEnvironment(environment);
            run.start(QStringLiteral(KINGSIDE_EXECUTABLE), arguments);
            run.waitForFinished(60000);
            return QString::fromUtf8(run.readAllStandardOutput() + run.readAllStandardError());
        };
        const QString typo = kingside({QStringLiteral("frobnicate")});
        QVERIFY2(typo.contains(unknownCommand), qPrintable(typo));
        const QString demo =
            kingside({QStringLiteral("demo"), dir.filePath(QStringLiteral("demo.kingside"))});
        QVERIFY2(demo.contains(demoWritten), qPrintable(demo));
    }

    // Dates and figures the window shows follow the default locale; English keeps ISO dates.
    void datesAndNumbersFollowTheLocale()
    {
        const QLocale before;
        const QDate day(2026, 12, 4);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString germanDate = LocalFormat::date(day);
        const QString germanNumber = LocalFormat::number(2.5);
        const QString germanWhole = LocalFormat::number(1250);
        const QString germanFormat = LocalFormat::dateFormat();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString englishDate = LocalFormat::date(day);
        const QString englishNumber = LocalFormat::number(2.5);
        QLocale::setDefault(before);
        QCOMPARE(germanDate, QStringLiteral("04.12.2026"));
        QCOMPARE(germanNumber, QStringLiteral("2,5"));
        QCOMPARE(germanWhole, QStringLiteral("1250"));
        QCOMPARE(QDate::fromString(germanDate, germanFormat), day); // date fields read it back
        QCOMPARE(englishDate, QStringLiteral("2026-12-04"));
        QCOMPARE(englishNumber, QStringLiteral("2.5"));
        QCOMPARE(LocalFormat::date(QDate()), QString());
    }

    // Last, as it changes the application's translators and default locale for good.
    void installingGermanTranslatesTheApplication()
    {
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("Kingside::MainWindow", "&Edit"),
                 QStringLiteral("&Bearbeiten"));
        QCOMPARE(
            QCoreApplication::translate("Kingside::MainWindow", "%n action(s) late", nullptr, 2),
            QStringLiteral("2 Maßnahmen verspätet"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(LocalFormat::date(QDate(2026, 12, 4)), QStringLiteral("04.12.2026"));
    }

private:
    static QStringList tsFiles()
    {
        return QStringLiteral(KINGSIDE_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    }

    // "de" of kingside_de.ts.
    static QString languageOf(const QString &tsFile)
    {
        const QString name = QFileInfo(tsFile).completeBaseName();
        return name.mid(name.indexOf(QLatin1Char('_')) + 1);
    }
    // French (README "Translations"): the embedded kingside_fr.qm gives a menu title, both
    // French plural forms (0 and 1 are singular in French), a command-line message, and the
    // texts the model's own code asks for. The translator is removed again at the end, so
    // the English cases above and below are not affected.
    void frenchReadsAsFrench()
    {
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(":/i18n/kingside_fr.qm")));
        QVERIFY(QCoreApplication::installTranslator(&french));
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&french); });
        const auto translate = [](const char *context, const char *text, int n = -1) {
            return QCoreApplication::translate(context, text, nullptr, n);
        };
        const QChar nbsp(0x00a0); // French typography: a no-break space before : ; ? !

        QCOMPARE(translate("Kingside::MainWindow", "&File"), QStringLiteral("&Fichier"));
        QCOMPARE(translate("Kingside::MainWindow", "&Edit"), QStringLiteral("&Édition"));
        QCOMPARE(translate("Kingside::MainWindow", "%n action(s) late", 0),
                 QStringLiteral("0 action en retard"));
        QCOMPARE(translate("Kingside::MainWindow", "%n action(s) late", 1),
                 QStringLiteral("1 action en retard"));
        QCOMPARE(translate("Kingside::MainWindow", "%n action(s) late", 2),
                 QStringLiteral("2 actions en retard"));
        QCOMPARE(translate("Kingside::Cli", "%n person(s)", 0), QStringLiteral("0 personne"));
        QCOMPARE(translate("Kingside::Cli", "%n person(s)", 3), QStringLiteral("3 personnes"));
        QCOMPARE(translate("Kingside::Cli",
                           "Nothing was imported: %n row(s) were rejected and --strict is set.", 2),
                 QStringLiteral("Rien n'a été importé") + nbsp +
                     QStringLiteral(": 2 lignes ont été rejetées et --strict est activé."));
        QCOMPARE(translate("Kingside::Cli", "There is no account “%1” in %2.")
                     .arg(QStringLiteral("Acme"), QStringLiteral("demo.kingside")),
                 QStringLiteral("Il n'y a aucun compte «") + nbsp + QStringLiteral("Acme") + nbsp +
                     QStringLiteral("» dans demo.kingside."));

        // What the model's code says reads in French too: a free function's notice and the
        // named counts of an erasure (the contexts of README "Translations").
        const QByteArray csv = "Report: contacts\nFirst Name,Last Name,Email\nAda,Berg,a@b.no\n";
        const ImportFile file =
            ImportReader::readData(csv, ImportFormat::Auto, QStringLiteral("notes.csv"));
        QVERIFY2(file.readable, qPrintable(file.error));
        const QString notices = file.notices.join(QLatin1Char('\n'));
        QVERIFY2(notices.contains(QStringLiteral("1 ligne de notes avant l'en-tête")),
                 qPrintable(notices));
        const PersonErasure erasure = sampleErasure();
        const QString text = erasure.describe(true);
        QVERIFY2(text.contains(QLatin1String("1 relation")) &&
                     !text.contains(QLatin1String("relationship")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("2 commentaires sur la personne")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
