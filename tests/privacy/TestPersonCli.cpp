#include "CliRun.h"
#include "PrivacyFixture.h"

#include "workspace/PersonStore.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Kingside;
using namespace Kingside::Test;

namespace {

const CliProgram kingside(QStringLiteral(KINGSIDE_EXECUTABLE),
                          {.withoutDisplay = true, .timeoutSeconds = 60});

} // namespace

class TestPersonCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportWritesJsonToStandardOutput();
    void exportWritesAPrivateFile();
    void ambiguousNamesListTheMatches();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void eraseNeedsConfirmation();
    void eraseRemovesThePersonForGood();
    void lockedWorkspaceIsRefused();

private:
    bool personExists(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    PrivacyAccount m_account;
};

void TestPersonCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("privacy.kingside"));
    Workspace workspace;
    QVERIFY2(workspace.create(m_path), qPrintable(workspace.errorString()));
    m_account = PrivacyAccount::create(workspace.database());
}

void TestPersonCli::cleanup()
{
    m_dir.reset();
}

bool TestPersonCli::personExists(qint64 id)
{
    Workspace workspace;
    if (!workspace.open(m_path, Workspace::Mode::ReadOnly))
        return false;
    return PersonStore(workspace.database()).person(id).has_value();
}

void TestPersonCli::exportWritesJsonToStandardOutput()
{
    const CliRun run =
        kingside({"person", m_path, "--account", "Acme", "--export", "zebulon quixtraw"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    const QJsonObject person = document.object().value("person").toObject();
    QCOMPARE(person.value("email").toString(), PrivacyAccount::Email);
    QCOMPARE(person.value("phone").toString(), PrivacyAccount::Phone);
    QCOMPARE(document.object().value("relationships").toArray().size(), 2);
    QCOMPARE(document.object().value("snapshots").toArray().size(), 2);
    // By id, the same document.
    const CliRun byId = kingside({"person", m_path, "--account", "Acme", "--export", "--id",
                                  QString::number(m_account.zebulon)});
    QVERIFY2(byId.exitCode == 0, qPrintable(byId.err));
    QCOMPARE(QJsonDocument::fromJson(byId.out).object().value("person"), QJsonValue(person));
}

void TestPersonCli::exportWritesAPrivateFile()
{
    const QString output = m_dir->filePath(QStringLiteral("zebulon.json"));
    const CliRun run = kingside({"person", m_path, "--account", "Acme", "--export",
                                 PrivacyAccount::Name, "--output", output});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    struct stat status;
    QCOMPARE(::stat(QFile::encodeName(output).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, mode_t(0600));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll())
                 .object()
                 .value("person")
                 .toObject()
                 .value("name")
                 .toString(),
             PrivacyAccount::Name);
}

void TestPersonCli::ambiguousNamesListTheMatches()
{
    qint64 second = 0;
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_path));
        second = PrivacyAccount::insert(
            workspace.database(),
            QStringLiteral("INSERT INTO people (account_id, side, name, title, created_at, "
                           "updated_at) VALUES (?, 'client', 'ZEBULON QUIXTRAW', 'Intern', 'x', "
                           "'x')"),
            {m_account.account});
    }
    for (const char *action : {"--export", "--erase"}) {
        QStringList arguments{"person", m_path, "--account", "Acme", action, PrivacyAccount::Name};
        if (QLatin1String(action) == QLatin1String("--erase"))
            arguments.append(QStringLiteral("--yes"));
        const CliRun run = kingside(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("id %1:").arg(m_account.zebulon)),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("id %1:").arg(second)));
        QVERIFY(run.err.contains(QStringLiteral("--id")));
    }
    QVERIFY(personExists(m_account.zebulon));
    QVERIFY(personExists(second));
}

void TestPersonCli::badInputIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString ws = QStringLiteral("WS");
    QTest::newRow("no action") << QStringList{"person", ws, "--account", "Acme", "Zebulon Quixtraw"}
                               << 2 << "usage";
    QTest::newRow("both actions") << QStringList{"person",   ws,        "--account",       "Acme",
                                                 "--export", "--erase", "Zebulon Quixtraw"}
                                  << 2 << "usage";
    QTest::newRow("yes with export")
        << QStringList{"person", ws, "--account", "Acme", "--export", "Zebulon Quixtraw", "--yes"}
        << 2 << "usage";
    QTest::newRow("no account") << QStringList{"person", ws, "--export", "Zebulon Quixtraw"} << 2
                                << "usage";
    QTest::newRow("unknown account")
        << QStringList{"person", ws, "--account", "Nope", "--export", "Zebulon Quixtraw"} << 2
        << "no account";
    QTest::newRow("unknown person")
        << QStringList{"person", ws, "--account", "Acme", "--export", "Nobody"} << 2
        << "no person named";
    QTest::newRow("other account's person")
        << QStringList{"person", ws, "--account", "Bravo", "--export", "Zebulon Quixtraw"} << 2
        << "no person named";
    QTest::newRow("unknown id") << QStringList{"person",  ws,     "--account", "Acme",
                                               "--erase", "--id", "9999",      "--yes"}
                                << 2 << "no person with id 9999";
    QTest::newRow("missing file") << QStringList{"person",    "/nonexistent/x.kingside",
                                                 "--account", "Acme",
                                                 "--export",  "Zebulon Quixtraw"}
                                  << 1 << "does not exist";
}

void TestPersonCli::badInputIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("WS"), m_path);
    const CliRun run = kingside(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message, Qt::CaseInsensitive), qPrintable(run.err));
    QVERIFY(personExists(m_account.zebulon));
}

void TestPersonCli::eraseNeedsConfirmation()
{
    const CliRun run =
        kingside({"person", m_path, "--account", "Acme", "--erase", PrivacyAccount::Name});
    QCOMPARE(run.exitCode, 1);
    // It says what would go, and that nothing went.
    QVERIFY2(run.text().contains(QStringLiteral("2 relationships")), qPrintable(run.text()));
    QVERIFY(run.text().contains(QStringLiteral("cannot be undone")));
    QVERIFY(run.err.contains(QStringLiteral("--yes")));
    QVERIFY(personExists(m_account.zebulon));
}

void TestPersonCli::eraseRemovesThePersonForGood()
{
    QVERIFY(rawBytes(m_path).contains(PrivacyAccount::Phone.toUtf8()));
    const CliRun run =
        kingside({"person", m_path, "--account", "Acme", "--erase", PrivacyAccount::Name, "--yes"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.text().contains(QStringLiteral("Erased “Zebulon Quixtraw”")),
             qPrintable(run.text()));
    QVERIFY(run.text().contains(QStringLiteral("2 snapshot(s) rewritten")) ||
            run.text().contains(QStringLiteral("2 snapshots rewritten")));
    QVERIFY(run.text().contains(QStringLiteral("cannot be undone")));
    QVERIFY(!personExists(m_account.zebulon));
    QVERIFY(personExists(m_account.colleague));
    const QByteArray bytes = rawBytes(m_path);
    for (const QString &trace :
         {PrivacyAccount::Name, PrivacyAccount::Email, PrivacyAccount::Phone})
        QVERIFY2(!bytes.contains(trace.toUtf8()), qPrintable(trace));
    // The workspace is sound and a second erase finds nobody.
    const CliRun check = kingside({"check", m_path});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    const CliRun again =
        kingside({"person", m_path, "--account", "Acme", "--erase", PrivacyAccount::Name, "--yes"});
    QCOMPARE(again.exitCode, 2);
}

void TestPersonCli::lockedWorkspaceIsRefused()
{
    Workspace holder;
    QVERIFY(holder.open(m_path)); // like a Kingside window that has it open
    for (const char *action : {"--export", "--erase"}) {
        QStringList arguments{"person", m_path, "--account", "Acme", action, PrivacyAccount::Name};
        if (QLatin1String(action) == QLatin1String("--erase"))
            arguments.append(QStringLiteral("--yes"));
        const CliRun run = kingside(arguments);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("open in another")), qPrintable(run.err));
    }
    QVERIFY(PersonStore(holder.database()).person(m_account.zebulon));
}

QTEST_GUILESS_MAIN(TestPersonCli)
#include "TestPersonCli.moc"
