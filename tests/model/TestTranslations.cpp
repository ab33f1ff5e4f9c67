// Translations (README "Translations"): English plural forms come from kingside_en.ts, the
// texts of free functions and helper classes are found in the context lupdate gives them,
// and the .ts files hold every plural of the code.
#include "domain/Translations.h"
#include "exchange/ImportReader.h"
#include "privacy/PersonEraser.h"

#include <QCoreApplication>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Kingside;

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
        PersonErasure erasure;
        erasure.person.name = QStringLiteral("Ada Berg");
        erasure.accountName = QStringLiteral("Acme");
        erasure.relationships = 1;
        erasure.comments = 2;
        const QString text = erasure.describe(true);
        QVERIFY2(text.contains(QLatin1String("1 relationship")) &&
                     !text.contains(QLatin1String("relationship(s)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("2 comments")), qPrintable(text));
    }

    // lupdate, run on today's code into a copy of each .ts file, finds nothing unfinished:
    // every plural has its English forms and no text is left behind in a wrong context.
    void translationSourcesAreComplete()
    {
        const QString lupdate = QStringLiteral(KINGSIDE_LUPDATE);
        const QString source = QStringLiteral(KINGSIDE_SOURCE_DIR);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("kingside_en.ts"));
        QVERIFY(
            QFile::copy(source + QStringLiteral("/resources/translations/kingside_en.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess run;
        run.start(lupdate, {QStringLiteral("-locations"), QStringLiteral("none"),
                            QStringLiteral("-no-obsolete"), QStringLiteral("-pluralonly"),
                            source + QStringLiteral("/app"), source + QStringLiteral("/ui"),
                            source + QStringLiteral("/model"), QStringLiteral("-ts"), copy});
        QVERIFY(run.waitForFinished(120000));
        QCOMPARE(run.exitCode(), 0);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ts = file.readAll();
        QVERIFY(ts.contains("numerus=\"yes\""));
        QStringList unfinished;
        qsizetype at = 0;
        while ((at = ts.indexOf("type=\"unfinished\"", at)) >= 0) {
            const qsizetype start = ts.lastIndexOf("<source>", at);
            const qsizetype end = ts.indexOf("</source>", start);
            unfinished.append(QString::fromUtf8(ts.mid(start + 8, end - start - 8)));
            at += 17;
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("Plurals without English forms (run the "
                                           "kingside_lupdate target, then fill them): ") +
                            unfinished.join(QStringLiteral(" | "))));
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
        PersonErasure erasure;
        erasure.person.name = QStringLiteral("Ada Berg");
        erasure.accountName = QStringLiteral("Acme");
        erasure.relationships = 1;
        erasure.comments = 2;
        const QString text = erasure.describe(true);
        QVERIFY2(text.contains(QLatin1String("1 relation")) &&
                     !text.contains(QLatin1String("relationship")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("2 commentaires sur la personne")), qPrintable(text));
    }

    // lupdate, run on today's code into a copy of kingside_fr.ts, finds every text translated:
    // a new text in app/, ui/ or model/ fails here until it has its French.
    void frenchIsComplete()
    {
        const QString lupdate = QStringLiteral(KINGSIDE_LUPDATE);
        const QString source = QStringLiteral(KINGSIDE_SOURCE_DIR);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("kingside_fr.ts"));
        QVERIFY(
            QFile::copy(source + QStringLiteral("/resources/translations/kingside_fr.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess run;
        run.start(lupdate, {QStringLiteral("-locations"), QStringLiteral("none"),
                            QStringLiteral("-no-obsolete"), source + QStringLiteral("/app"),
                            source + QStringLiteral("/ui"), source + QStringLiteral("/model"),
                            QStringLiteral("-ts"), copy});
        QVERIFY(run.waitForFinished(120000));
        QCOMPARE(run.exitCode(), 0);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ts = file.readAll();
        QVERIFY(ts.contains("<TS version=\"2.1\" language=\"fr_FR\">"));
        QVERIFY(ts.count("<message") > 1000);
        QStringList unfinished;
        qsizetype at = 0;
        while ((at = ts.indexOf("type=\"unfinished\"", at)) >= 0) {
            const qsizetype start = ts.lastIndexOf("<source>", at);
            const qsizetype end = ts.indexOf("</source>", start);
            unfinished.append(QString::fromUtf8(ts.mid(start + 8, end - start - 8)));
            at += 17;
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("Texts without French (run the kingside_lupdate "
                                           "target, then translate them in kingside_fr.ts): ") +
                            unfinished.join(QStringLiteral(" | "))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
