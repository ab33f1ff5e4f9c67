// kingside server-setup and kingside store copy, run as a user would, against the test
// cluster (README "A shared workspace for a team"). The password reaches libpq through
// PGPASSFILE only, as it would for a user.
#include "CliRun.h"
#include "DatabaseDump.h"
#include "PostgresServer.h"

#include "workspace/Sql.h"
#include "workspace/Workspace.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kingside;

namespace {

const Test::CliProgram kingside(QStringLiteral(KINGSIDE_EXECUTABLE), {.withoutDisplay = true});

QString fileDump(const QString &path)
{
    Workspace workspace;
    if (!workspace.open(path, Workspace::Mode::ReadOnly))
        return workspace.errorString();
    const QString dump = Test::dumpDatabase(workspace.database());
    workspace.close();
    return dump;
}

} // namespace

class TestCliPostgres : public QObject
{
    Q_OBJECT

private slots:
    void serverSetupThenCopyThereAndBack();
    void addressWithAPasswordIsRefused();
    void usage();
};

void TestCliPostgres::serverSetupThenCopyThereAndBack()
{
    KINGSIDE_REQUIRE_POSTGRES();
    Test::TestDatabase postgres;
    QVERIFY2(postgres.isValid(), qPrintable(postgres.error()));
    const QString prefix = Test::uniqueName(QStringLiteral("cli")) + QLatin1Char('_');
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.kingside"));
    QCOMPARE(kingside({QStringLiteral("demo"), demo}).exitCode, 0);

    const Test::CliRun setup = kingside(
        {QStringLiteral("server-setup"), postgres.url(), QStringLiteral("--role-prefix"), prefix});
    QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
    QVERIFY2(setup.text().contains(prefix + QStringLiteral("mentor")), qPrintable(setup.text()));
    // A second set-up finds the database in use and changes nothing.
    const Test::CliRun twice = kingside(
        {QStringLiteral("server-setup"), postgres.url(), QStringLiteral("--role-prefix"), prefix});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(QLatin1String("not empty")), qPrintable(twice.err));

    const Test::CliRun there =
        kingside({QStringLiteral("store"), QStringLiteral("copy"), demo, postgres.url()});
    QVERIFY2(there.exitCode == 0, qPrintable(there.err));
    QVERIFY2(there.text().contains(QLatin1String("checked it row for row")),
             qPrintable(there.text()));
    const qint64 people =
        Sql::scalar(postgres.database(), QStringLiteral("SELECT count(*) FROM people"))
            ->toLongLong();
    QVERIFY(people > 20);
    QVERIFY2(there.text().contains(QStringLiteral("  people: %1\n").arg(people)),
             qPrintable(there.text()));

    const Test::CliRun again =
        kingside({QStringLiteral("store"), QStringLiteral("copy"), demo, postgres.url()});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.text().contains(QLatin1String("nothing was changed")), qPrintable(again.text()));

    const QString back = dir.filePath(QStringLiteral("back.kingside"));
    const Test::CliRun home =
        kingside({QStringLiteral("store"), QStringLiteral("copy"), postgres.url(), back});
    QVERIFY2(home.exitCode == 0, qPrintable(home.err));
    QCOMPARE(fileDump(back), fileDump(demo));
    QCOMPARE(kingside({QStringLiteral("check"), back}).exitCode, 0);

    // The commands that read run against the server as against the file.
    const Test::CliRun checked = kingside({QStringLiteral("check"), postgres.url()});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
    QVERIFY2(checked.text().contains(QLatin1String("is sound")), qPrintable(checked.text()));
    const QStringList analyze = {QStringLiteral("analyze"),
                                 QStringLiteral("--account"),
                                 QStringLiteral("Halvorsen Maritime Group"),
                                 QStringLiteral("--today"),
                                 QStringLiteral("2026-06-15"),
                                 QStringLiteral("--json")};
    const Test::CliRun fromFile = kingside(QStringList{analyze.first(), demo} + analyze.mid(1));
    const Test::CliRun fromServer =
        kingside(QStringList{analyze.first(), postgres.url()} + analyze.mid(1));
    QVERIFY2(fromServer.exitCode == 0, qPrintable(fromServer.err));
    QVERIFY(fromFile.out.size() > 1000);
    QCOMPARE(fromServer.out, fromFile.out);
    // Writing commands are refused there, for now.
    const Test::CliRun add = kingside({QStringLiteral("account"), postgres.url(),
                                       QStringLiteral("--add"), QStringLiteral("Mine")});
    QCOMPARE(add.exitCode, 1);
    QVERIFY2(add.err.contains(QLatin1String("read-only")), qPrintable(add.err));

    // Onto a workspace that holds something else: refused, the file as it was.
    const QString other = dir.filePath(QStringLiteral("other.kingside"));
    QCOMPARE(kingside({QStringLiteral("new"), other}).exitCode, 0);
    QCOMPARE(kingside({QStringLiteral("account"), other, QStringLiteral("--add"),
                       QStringLiteral("Mine")})
                 .exitCode,
             0);
    const QString before = fileDump(other);
    const Test::CliRun refused =
        kingside({QStringLiteral("store"), QStringLiteral("copy"), postgres.url(), other});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("nothing was changed")), qPrintable(refused.err));
    QCOMPARE(fileDump(other), before);

    // From a database that holds no workspace: refused, and the new file it would have
    // written is not left behind.
    Test::TestDatabase empty;
    QVERIFY2(empty.isValid(), qPrintable(empty.error()));
    const QString never = dir.filePath(QStringLiteral("never.kingside"));
    const Test::CliRun nothing =
        kingside({QStringLiteral("store"), QStringLiteral("copy"), empty.url(), never});
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.err.contains(QLatin1String("server-setup")), qPrintable(nothing.err));
    QVERIFY(!QFile::exists(never));
    QVERIFY(!QFile::exists(never + QStringLiteral("-wal")));

    for (const QString &role :
         {QStringLiteral("team"), QStringLiteral("mentor"), QStringLiteral("leadership")}) {
        QSqlQuery drop(postgres.database());
        drop.exec(QStringLiteral("DROP OWNED BY %1%2").arg(prefix, role));
        drop.exec(QStringLiteral("DROP ROLE %1%2").arg(prefix, role));
    }
}

void TestCliPostgres::addressWithAPasswordIsRefused()
{
    const Test::CliRun run = kingside({QStringLiteral("server-setup"),
                                       QStringLiteral("postgresql://anna:hunter2@127.0.0.1/kam")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("~/.pgpass")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("hunter2")), qPrintable(run.err));
    const Test::CliRun copy = kingside({QStringLiteral("store"), QStringLiteral("copy"),
                                        QStringLiteral("postgresql://127.0.0.1/kam?password=x"),
                                        QStringLiteral("/nonexistent/x.kingside")});
    QCOMPARE(copy.exitCode, 2);
}

void TestCliPostgres::usage()
{
    QCOMPARE(kingside({QStringLiteral("store")}).exitCode, 2);
    QCOMPARE(kingside({QStringLiteral("store"), QStringLiteral("move"), QStringLiteral("a"),
                       QStringLiteral("b")})
                 .exitCode,
             2);
    QCOMPARE(kingside({QStringLiteral("server-setup")}).exitCode, 2);
    QCOMPARE(kingside({QStringLiteral("server-setup"), QStringLiteral("postgresql://h/db"),
                       QStringLiteral("--role-prefix"), QStringLiteral("Bad Prefix")})
                 .exitCode,
             2);
    QCOMPARE(kingside({QStringLiteral("store"), QStringLiteral("--help")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliPostgres)
#include "TestCliPostgres.moc"
