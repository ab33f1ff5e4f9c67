#include "exchange/CsvReader.h"
#include "exchange/ImportReader.h"
#include "exchange/TextDecoder.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Kingside;

// The CSV reader and the text decoding in front of it: RFC 4180 quoting, line ends,
// encodings, and hostile input that must give a message with a line number.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void quotedFieldsWithDelimitersQuotesAndLineBreaks();
    void lineEndsCrlfLfAndCr();
    void trailingDelimiterAndMissingFinalNewline();
    void blankRowsAreLeftOut();
    void delimiterDetection();
    void unbalancedQuoteIsReportedAtItsLineAndReadingResumes();
    void tooManyColumnsRejectsTheRow();
    void overlongFieldIsReported();
    void utf8WithAndWithoutBom();
    void utf16WithBom_data();
    void utf16WithBom();
    void utf16WithoutBomIsRecognised();
    void latin1IsDecodedWithNotice();
    void undefinedWindows1252ByteIsRefused();
    void binaryGarbageIsRefused();
    void emptyFileIsRefused();
    void headerOnlyIsReadableWithNotice();
    void fiftyMegabyteFileIsRefusedBeforeReading();
    void threeThousandColumnHeaderIsUnreadable();
    void hugeQuotedGarbageDoesNotHang();
};

void TestCsvReader::quotedFieldsWithDelimitersQuotesAndLineBreaks()
{
    const QString text =
        QStringLiteral("name,title,notes\r\n"
                       "\"Berg, Jonas\",\"Head of \"\"IT\"\"\",\"line one\r\nline two\"\r\n"
                       "Sofie,,\"\"\r\n");
    const CsvReader::Result result = CsvReader::parse(text, QLatin1Char(','));
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.rows.size(), 3);
    QCOMPARE(result.rows[1].line, 2);
    QCOMPARE(result.rows[1].fields,
             QStringList({QStringLiteral("Berg, Jonas"), QStringLiteral("Head of \"IT\""),
                          QStringLiteral("line one\nline two")}));
    QCOMPARE(result.rows[2].line, 4); // the quoted line break moved the next record down
    QCOMPARE(result.rows[2].fields, QStringList({QStringLiteral("Sofie"), QString(), QString()}));
}

void TestCsvReader::lineEndsCrlfLfAndCr()
{
    for (const QString &end :
         {QStringLiteral("\r\n"), QStringLiteral("\n"), QStringLiteral("\r")}) {
        const QString text =
            QStringLiteral("a,b") + end + QStringLiteral("1,2") + end + QStringLiteral("3,4") + end;
        const CsvReader::Result result = CsvReader::parse(text, QLatin1Char(','));
        QCOMPARE(result.rows.size(), 3);
        QCOMPARE(result.rows[2].line, 3);
        QCOMPARE(result.rows[2].fields, QStringList({QStringLiteral("3"), QStringLiteral("4")}));
    }
}

void TestCsvReader::trailingDelimiterAndMissingFinalNewline()
{
    const CsvReader::Result result =
        CsvReader::parse(QStringLiteral("a,b,\n1,\"2\""), QLatin1Char(','));
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows[0].fields,
             QStringList({QStringLiteral("a"), QStringLiteral("b"), QString()}));
    QCOMPARE(result.rows[1].fields, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
}

void TestCsvReader::blankRowsAreLeftOut()
{
    const CsvReader::Result result =
        CsvReader::parse(QStringLiteral("a,b\n\n,\n  ,  \n1,2\n"), QLatin1Char(','));
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows[1].line, 5);
}

void TestCsvReader::delimiterDetection()
{
    QCOMPARE(CsvReader::detectDelimiter(u"Navn;Stilling;E-post\nKari;CEO, Nordlys;k@n.no\n"),
             QLatin1Char(';'));
    QCOMPARE(CsvReader::detectDelimiter(u"a\tb\tc\n1\t2\t3\n"), QLatin1Char('\t'));
    QCOMPARE(CsvReader::detectDelimiter(u"\"x;y;z\",b\n1,2\n"), QLatin1Char(','));
    QCOMPARE(CsvReader::detectDelimiter(u"single"), QLatin1Char(','));
}

void TestCsvReader::unbalancedQuoteIsReportedAtItsLineAndReadingResumes()
{
    const QString text = QStringLiteral("name,title\n"
                                        "Kari,CEO\n"
                                        "\"Per,CFO\n"
                                        "Jonas,CIO\n");
    const CsvReader::Result result = CsvReader::parse(text, QLatin1Char(','));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 3);
    QVERIFY2(result.problems.first().message.contains(QLatin1String("never closed")),
             qPrintable(result.problems.first().message));
    QCOMPARE(result.rows.size(), 3);
    QCOMPARE(result.rows[2].line, 4);
    QCOMPARE(result.rows[2].fields.first(), QStringLiteral("Jonas"));
}

void TestCsvReader::tooManyColumnsRejectsTheRow()
{
    QString wide = QStringLiteral("x");
    for (int i = 1; i < 3000; ++i)
        wide += QStringLiteral(",x");
    const QString text = QStringLiteral("a,b\n1,2\n") + wide + QStringLiteral("\n3,4\n");
    const CsvReader::Result result = CsvReader::parse(text, QLatin1Char(','));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 3);
    QVERIFY(result.problems.first().message.contains(QLatin1String("3000")));
    QCOMPARE(result.rows.size(), 3);
    QCOMPARE(result.rows.last().line, 4);
}

void TestCsvReader::overlongFieldIsReported()
{
    CsvReader::Limits limits;
    limits.maxFieldLength = 100;
    const QString text =
        QStringLiteral("a\n") + QString(150, QLatin1Char('x')) + QStringLiteral("\nb\n");
    const CsvReader::Result result = CsvReader::parse(text, QLatin1Char(','), limits);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 2);
    QCOMPARE(result.rows.size(), 2);
}

void TestCsvReader::utf8WithAndWithoutBom()
{
    const QByteArray body = QStringLiteral("name\nBjørn Ødegård\n").toUtf8();
    for (const QByteArray &bytes : {body, QByteArray("\xEF\xBB\xBF") + body}) {
        const TextDecoder::Result decoded = TextDecoder::decode(bytes);
        QVERIFY(decoded.ok);
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
        QVERIFY(decoded.notice.isEmpty());
        QCOMPARE(decoded.text, QStringLiteral("name\nBjørn Ødegård\n"));
    }
}

void TestCsvReader::utf16WithBom_data()
{
    QTest::addColumn<bool>("littleEndian");
    QTest::newRow("LE") << true;
    QTest::newRow("BE") << false;
}

void TestCsvReader::utf16WithBom()
{
    QFETCH(bool, littleEndian);
    const QString text =
        QStringLiteral("First Name,Last Name,Email\r\nBjørn,Ødegård,b@n.example\r\n");
    QStringEncoder encoder(littleEndian ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE,
                           QStringEncoder::Flag::WriteBom);
    const QByteArray bytes = encoder.encode(text);
    const ImportFile file = ImportReader::readData(bytes, ImportFormat::Auto);
    QVERIFY2(file.readable, qPrintable(file.error));
    QCOMPARE(file.encoding, littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
    QCOMPARE(file.rows.size(), 1);
    QCOMPARE(file.rows.first().fields.value(1), QStringLiteral("Ødegård"));
}

void TestCsvReader::utf16WithoutBomIsRecognised()
{
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    const QByteArray bytes =
        encoder.encode(QStringLiteral("name,email\nKari Nordmann,k@n.example\n"));
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    QVERIFY(decoded.ok);
    QCOMPARE(decoded.encoding, QStringLiteral("UTF-16LE"));
    QVERIFY(!decoded.notice.isEmpty());
    QVERIFY(decoded.text.startsWith(QLatin1String("name,email")));
}

void TestCsvReader::latin1IsDecodedWithNotice()
{
    // "Ødegård" and "€" in Windows-1252: never UTF-8 mojibake, always a notice.
    const QByteArray bytes("name,title\nBj\xF8rn \xD8"
                           "deg\xE5rd,Budget \x80 owner\n");
    const ImportFile file = ImportReader::readData(bytes, ImportFormat::Auto);
    QVERIFY(file.readable);
    QCOMPARE(file.encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(file.rows.first().fields.first(), QStringLiteral("Bjørn Ødegård"));
    QCOMPARE(file.rows.first().fields.last(), QStringLiteral("Budget € owner"));
    QVERIFY(!file.notices.isEmpty());
    QVERIFY2(file.notices.first().contains(QLatin1String("line 2")),
             qPrintable(file.notices.first()));
}

void TestCsvReader::undefinedWindows1252ByteIsRefused()
{
    const ImportFile file =
        ImportReader::readData(QByteArray("name\nab\x81 cd\n"), ImportFormat::Auto);
    QVERIFY(!file.readable);
    QVERIFY2(file.error.contains(QLatin1String("0x81")) &&
                 file.error.contains(QLatin1String("line 2")),
             qPrintable(file.error));
}

void TestCsvReader::binaryGarbageIsRefused()
{
    QByteArray png("\x89PNG\r\n\x1A\n", 8);
    png.append(QByteArray("\0\0\0\rIHDR\0\0\0\x10", 12));
    for (int i = 0; i < 200; ++i)
        png.append(char((i * 37) % 256));
    const ImportFile file = ImportReader::readData(png, ImportFormat::Auto);
    QVERIFY(!file.readable);
    QVERIFY2(file.error.contains(QLatin1String("binary")), qPrintable(file.error));
}

void TestCsvReader::emptyFileIsRefused()
{
    QVERIFY(!ImportReader::readData(QByteArray(), ImportFormat::Auto).readable);
    const ImportFile blank = ImportReader::readData(QByteArray("\n\r\n  \n"), ImportFormat::Auto);
    QVERIFY(!blank.readable);
    QVERIFY(!blank.error.isEmpty());
}

void TestCsvReader::headerOnlyIsReadableWithNotice()
{
    const ImportFile file =
        ImportReader::readData(QByteArray("First Name,Last Name,Email\n"), ImportFormat::Auto);
    QVERIFY(file.readable);
    QCOMPARE(file.rows.size(), 0);
    QVERIFY(file.notices.join(QString()).contains(QLatin1String("no rows")));
}

void TestCsvReader::fiftyMegabyteFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("name,email\n") > 0);
    QVERIFY(file.resize(50LL * 1024 * 1024)); // sparse: no 50 MB written to disk
    file.close();
    QElapsedTimer timer;
    timer.start();
    const ImportFile read = ImportReader::read(path);
    QVERIFY(!read.readable);
    QVERIFY2(read.error.contains(QLatin1String("50.0 MB")), qPrintable(read.error));
}

void TestCsvReader::threeThousandColumnHeaderIsUnreadable()
{
    QByteArray header("c0");
    for (int i = 1; i < 3000; ++i)
        header += ",c" + QByteArray::number(i);
    const ImportFile file = ImportReader::readData(header + "\n1,2\n", ImportFormat::Auto);
    QVERIFY(!file.readable);
    QVERIFY2(file.error.contains(QLatin1String("Line 1")), qPrintable(file.error));
}

void TestCsvReader::hugeQuotedGarbageDoesNotHang()
{
    // 4 MB inside one never-closed quote: reported once, finished quickly.
    QString text = QStringLiteral("a,b\n1,\"");
    text += QString(4 * 1024 * 1024, QLatin1Char('y'));
    const CsvReader::Result result = CsvReader::parse(text, QLatin1Char(','));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 2);
    QCOMPARE(result.rows.size(), 1);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
