#include "exchange/ImportReader.h"
#include "exchange/VCardReader.h"

#include <QFile>
#include <QTest>

using namespace Kingside;

// vCard 2.1 / 3.0 / 4.0 as Thunderbird, Evolution and phones write them.
class TestVCardReader : public QObject
{
    Q_OBJECT

private slots:
    void thunderbirdVCard4();
    void androidVCard21QuotedPrintable();
    void evolutionVCard3FoldingAndEscapes();
    void missingEndIsReported();
    void quotedPrintableLatin1Charset();
    void nameFromNWhenFnIsMissing();
    void notAVCard();

private:
    static ImportFile readGolden(const char *name)
    {
        QFile file(QStringLiteral(KINGSIDE_TEST_DATA_DIR "/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return ImportReader::readData(file.readAll(), ImportFormat::Auto, QLatin1String(name));
    }
};

void TestVCardReader::thunderbirdVCard4()
{
    const ImportFile file = readGolden("thunderbird.vcf");
    QVERIFY2(file.readable, qPrintable(file.error));
    QCOMPARE(file.format, ImportFormat::VCard);
    const QList<ContactRecord> cards = ImportReader::contacts(file);
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards[0].line, 1);
    QCOMPARE(cards[0].name, QStringLiteral("Kari Nordmann"));
    QCOMPARE(cards[0].email, QStringLiteral("kari.nordmann@nordlys.example")); // PREF=1
    QCOMPARE(cards[0].company, QStringLiteral("Nordlys Shipping AS"));
    QCOMPARE(cards[0].department, QStringLiteral("Executive"));
    QCOMPARE(cards[0].title, QStringLiteral("Chief Executive Officer"));
    QCOMPARE(cards[0].phone, QStringLiteral("+47 22 00 00 01"));
    QCOMPARE(cards[0].recordId, QStringLiteral("5b1c9f0a-2f4e-4c1d-9a7e-3d3c8e1f0001"));
    QVERIFY(cards[0].problem.isEmpty());
    QCOMPARE(cards[1].line, 12);
    QCOMPARE(cards[1].email, QStringLiteral("per.hansen@nordlys.example")); // work over home
    QCOMPARE(cards[1].department, QStringLiteral("Finance"));
}

void TestVCardReader::androidVCard21QuotedPrintable()
{
    const ImportFile file = readGolden("android.vcf");
    QVERIFY2(file.readable, qPrintable(file.error));
    const QList<ContactRecord> cards = ImportReader::contacts(file);
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards[0].name, QStringLiteral("Bjørn Ødegård"));
    QCOMPARE(cards[0].title, QStringLiteral("Driftssjef for flåten og havnene")); // soft break
    QCOMPARE(cards[0].phone, QStringLiteral("+4722000003"));                      // WORK;PREF
    QCOMPARE(cards[0].email, QStringLiteral("bjorn.odegard@nordlys.example"));
    QCOMPARE(cards[0].department, QStringLiteral("Operations"));
    QVERIFY(cards[0].problem.isEmpty());
    QCOMPARE(cards[1].line, 12);
    QVERIFY(!cards[1].problem.isEmpty()); // a card with an empty N and no FN
}

void TestVCardReader::evolutionVCard3FoldingAndEscapes()
{
    const ImportFile file = readGolden("evolution.vcf");
    QVERIFY2(file.readable, qPrintable(file.error));
    const QList<ContactRecord> cards = ImportReader::contacts(file);
    QCOMPARE(cards.size(), 1);
    const ContactRecord &sofie = cards.first();
    QCOMPARE(sofie.name, QStringLiteral("Sofie Lund"));
    QCOMPARE(
        sofie.title,
        QStringLiteral("Developer, Team Lead for Vessel Tracking and Fleet Communication Systems"));
    QCOMPARE(sofie.email, QStringLiteral("sofie.lund@nordlys.example")); // item1.EMAIL
    QCOMPARE(sofie.phone, QStringLiteral("+47 22 00 00 05"));
    QCOMPARE(sofie.notes,
             QStringLiteral("Met at Nor-Shipping 2025\nLikes sailing; prefers e-mail"));
    QCOMPARE(sofie.department, QStringLiteral("IT"));
}

void TestVCardReader::missingEndIsReported()
{
    const VCardReader::Result result = VCardReader::parse(
        u"BEGIN:VCARD\nVERSION:3.0\nFN:A One\nBEGIN:VCARD\nVERSION:3.0\nFN:B Two\nEND:VCARD\n"
        u"BEGIN:VCARD\nFN:C Three\n");
    QCOMPARE(result.contacts.size(), 3);
    QCOMPARE(result.contacts[0].name, QStringLiteral("A One"));
    QVERIFY(result.contacts[0].problem.contains(QLatin1String("END:VCARD")));
    QVERIFY(result.contacts[1].problem.isEmpty());
    QCOMPARE(result.contacts[2].line, 8);
    QVERIFY(!result.contacts[2].problem.isEmpty());
}

void TestVCardReader::quotedPrintableLatin1Charset()
{
    const VCardReader::Result result = VCardReader::parse(
        u"BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:J=F8rgen =C5s\n"
        u"ORG;ENCODING=QUOTED-PRINTABLE:Fjord=20AS;Sales\nEND:VCARD\n");
    QCOMPARE(result.contacts.size(), 1);
    QCOMPARE(result.contacts[0].name, QStringLiteral("Jørgen Ås"));
    QCOMPARE(result.contacts[0].company, QStringLiteral("Fjord AS"));
    QCOMPARE(result.contacts[0].department, QStringLiteral("Sales"));
}

void TestVCardReader::nameFromNWhenFnIsMissing()
{
    const VCardReader::Result result = VCardReader::parse(
        u"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Strand;Erik;Johan;Dr.;\r\nEND:VCARD\r\n");
    QCOMPARE(result.contacts.size(), 1);
    QCOMPARE(result.contacts[0].name, QStringLiteral("Dr. Erik Johan Strand"));
}

void TestVCardReader::notAVCard()
{
    const ImportFile file =
        ImportReader::readData("name,email\nA,a@b.example\n", ImportFormat::VCard);
    QVERIFY(!file.readable);
    QVERIFY(file.error.contains(QLatin1String("BEGIN:VCARD")));
    QVERIFY(!VCardReader::parse(u"hello\nworld\n").error.isEmpty());
}

QTEST_GUILESS_MAIN(TestVCardReader)
#include "TestVCardReader.moc"
