// `kingside new`, `kingside account` and `kingside structure`, run as a script would
// (README "Accounts and the board's structure from the command line").
#include "CliRun.h"

#include "demo/DemoBuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kingside;

namespace {

const Test::CliProgram kingside(QStringLiteral(KINGSIDE_EXECUTABLE), {.withoutDisplay = true});

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestAccountCli : public QObject
{
    Q_OBJECT

private slots:
    void newMakesAnEmptyWorkspaceAndRefusesAnExistingFile();
    void accountAddRenameListRemove();
    void accountRefusals();
    void structureSetsTheBoardInOneStep();

private:
    QTemporaryDir m_dir;
};

void TestAccountCli::newMakesAnEmptyWorkspaceAndRefusesAnExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("new.kingside"));
    Test::CliRun run = kingside({QStringLiteral("new"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(path));
    run = kingside({QStringLiteral("check"), path});
    QCOMPARE(run.exitCode, 0);
    run = kingside({QStringLiteral("account"), path, QStringLiteral("--list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.text().contains(QStringLiteral("No accounts")));
    const QByteArray before = fileHash(path);
    run = kingside({QStringLiteral("new"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("already exists")));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(kingside({QStringLiteral("new")}).exitCode, 2);
}

void TestAccountCli::accountAddRenameListRemove()
{
    const QString path = m_dir.filePath(QStringLiteral("accounts.kingside"));
    QCOMPARE(kingside({QStringLiteral("new"), path}).exitCode, 0);
    Test::CliRun run = kingside({QStringLiteral("account"), path, QStringLiteral("--add"),
                                 QStringLiteral("Nordlys Energi")});
    QCOMPARE(run.exitCode, 0);
    run = kingside({QStringLiteral("account"), path, QStringLiteral("--add"),
                    QStringLiteral("Empty Co"), QStringLiteral("--template"),
                    QStringLiteral("blank")});
    QCOMPARE(run.exitCode, 0);
    run = kingside({QStringLiteral("account"), path, QStringLiteral("--rename"),
                    QStringLiteral("Empty Co"), QStringLiteral("Vacant Co")});
    QCOMPARE(run.exitCode, 0);
    run = kingside(
        {QStringLiteral("account"), path, QStringLiteral("--list"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray accounts = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(accounts.size(), 2);
    QStringList names;
    for (const QJsonValue &account : accounts)
        names.append(account.toObject().value(QStringLiteral("name")).toString());
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Nordlys Energi"), QStringLiteral("Vacant Co")}));
    // The standard template gave the new account a board; blank gave none.
    run = kingside({QStringLiteral("structure"), path, QStringLiteral("--account"),
                    QStringLiteral("Nordlys Energi"), QStringLiteral("--show")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.text().contains(QStringLiteral("Finance")), qPrintable(run.text()));
    run = kingside(
        {QStringLiteral("account"), path, QStringLiteral("--remove"), QStringLiteral("Vacant Co")});
    QCOMPARE(run.exitCode, 0);
    run = kingside({QStringLiteral("account"), path, QStringLiteral("--list")});
    QVERIFY(!run.text().contains(QStringLiteral("Vacant Co")));
}

void TestAccountCli::accountRefusals()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.kingside"));
    QCOMPARE(kingside({QStringLiteral("demo"), path}).exitCode, 0);
    const QByteArray before = fileHash(path);
    // An account with people is removed only with --force, and says what it holds.
    Test::CliRun run = kingside({QStringLiteral("account"), path, QStringLiteral("--remove"),
                                 DemoBuilder::largestAccountName()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("--force")), qPrintable(run.err));
    // A name taken (in any case), an unknown template, an unknown account.
    run = kingside({QStringLiteral("account"), path, QStringLiteral("--add"),
                    DemoBuilder::largestAccountName().toUpper()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("already")), qPrintable(run.err));
    run = kingside({QStringLiteral("account"), path, QStringLiteral("--add"), QStringLiteral("X"),
                    QStringLiteral("--template"), QStringLiteral("no-such")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("standard")));
    run = kingside({QStringLiteral("account"), path, QStringLiteral("--rename"),
                    QStringLiteral("Nobody Ltd"), QStringLiteral("Y")});
    QVERIFY(run.exitCode != 0);
    QCOMPARE(fileHash(path), before);
    run = kingside({QStringLiteral("account"), path, QStringLiteral("--remove"),
                    DemoBuilder::largestAccountName(), QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 0);
}

void TestAccountCli::structureSetsTheBoardInOneStep()
{
    const QString path = m_dir.filePath(QStringLiteral("structure.kingside"));
    QCOMPARE(kingside({QStringLiteral("new"), path}).exitCode, 0);
    QCOMPARE(kingside({QStringLiteral("account"), path, QStringLiteral("--add"),
                       QStringLiteral("Nordlys Energi"), QStringLiteral("--template"),
                       QStringLiteral("blank")})
                 .exitCode,
             0);
    Test::CliRun run =
        kingside({QStringLiteral("structure"), path, QStringLiteral("--account"),
                  QStringLiteral("Nordlys Energi"), QStringLiteral("--departments"),
                  QStringLiteral("Finance,IT,Operations"), QStringLiteral("--levels"),
                  QStringLiteral("Board,Executive,Management,Staff")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = kingside({QStringLiteral("structure"), path, QStringLiteral("--account"),
                    QStringLiteral("Nordlys Energi"), QStringLiteral("--show")});
    const QString shown = run.text();
    QVERIFY(shown.indexOf(QStringLiteral("Finance")) < shown.indexOf(QStringLiteral("Operations")));
    QVERIFY(shown.contains(QStringLiteral("Executive")));
    // Reordered and one renamed away, in one go.
    run = kingside({QStringLiteral("structure"), path, QStringLiteral("--account"),
                    QStringLiteral("Nordlys Energi"), QStringLiteral("--departments"),
                    QStringLiteral("Operations,Finance")});
    QCOMPARE(run.exitCode, 0);
    run = kingside({QStringLiteral("structure"), path, QStringLiteral("--account"),
                    QStringLiteral("Nordlys Energi"), QStringLiteral("--show")});
    QVERIFY(!run.text().contains(QStringLiteral("IT")));
    QVERIFY(run.text().indexOf(QStringLiteral("Operations")) <
            run.text().indexOf(QStringLiteral("Finance")));
    // A duplicate name is refused and nothing changes.
    const QByteArray before = fileHash(path);
    run = kingside({QStringLiteral("structure"), path, QStringLiteral("--account"),
                    QStringLiteral("Nordlys Energi"), QStringLiteral("--departments"),
                    QStringLiteral("Finance,finance")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("already")), qPrintable(run.err));
    QCOMPARE(fileHash(path), before);
    // Removing a level people stand on is refused with the count.
    const QString demo = m_dir.filePath(QStringLiteral("demo2.kingside"));
    QCOMPARE(kingside({QStringLiteral("demo"), demo}).exitCode, 0);
    const QByteArray demoBefore = fileHash(demo);
    run = kingside({QStringLiteral("structure"), demo, QStringLiteral("--account"),
                    DemoBuilder::largestAccountName(), QStringLiteral("--levels"),
                    QStringLiteral("Only")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(fileHash(demo), demoBefore);
}

QTEST_GUILESS_MAIN(TestAccountCli)
#include "TestAccountCli.moc"
