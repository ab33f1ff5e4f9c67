// `kingside activity` (README, "Activity: meetings and mail keep freshness true"): preview,
// --dry-run, writing, exit codes and messages. Calendar layout: Google's (cited in
// TestIcsReader); mbox layout: mbox(5) (cited in TestMailReader).
#include "ActivityFixture.h"
#include "CliRun.h"

#include "demo/DemoBuilder.h"
#include "workspace/AccountStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kingside;
using namespace Kingside::Test;

namespace {

const CliProgram kingside(QStringLiteral(KINGSIDE_EXECUTABLE),
                          {.withoutDisplay = true, .timeoutSeconds = 120});

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestActivityCli : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("demo.kingside"));
        QString error;
        QVERIFY2(DemoBuilder::write(m_path, fixedToday(), &error), qPrintable(error));
        Workspace workspace;
        QVERIFY(workspace.open(m_path, Workspace::Mode::ReadOnly));
        const qint64 accountId =
            AccountStore(workspace.database()).accountByName(DemoBuilder::largestAccountName())->id;
        m_team = firstOf(workspace, accountId, Side::Team);
        // A client person who has a line with that team member.
        const PersonStore store(workspace.database());
        for (const Relationship &line : store.relationships(accountId)) {
            const qint64 other = line.fromId == m_team.id ? line.toId
                                 : line.toId == m_team.id ? line.fromId
                                                          : 0;
            const auto person = other ? store.person(other) : std::nullopt;
            if (person && !person->isTeam() && !person->email.isEmpty()) {
                m_client = *person;
                m_line = line;
                break;
            }
        }
        QVERIFY(m_client.id);
        m_met = QDate::currentDate().addDays(-1);
        if (m_line.lastContact.isValid() && m_line.lastContact >= m_met)
            m_met = m_line.lastContact.addDays(1);
        m_ics = m_dir->filePath(QStringLiteral("calendar.ics"));
        QFile ics(m_ics);
        QVERIFY(ics.open(QIODevice::WriteOnly));
        ics.write(calendarOf({{m_met, {m_team.email, m_client.email.toUpper()}}}));
        ics.close();
        m_mbox = m_dir->filePath(QStringLiteral("Sent"));
        QFile mbox(m_mbox);
        QVERIFY(mbox.open(QIODevice::WriteOnly));
        mbox.write("From x Mon Jan 5 10:00:00 2026\nDate: Mon, 5 Jan 2026 10:00:00 +0000\nFrom: " +
                   m_team.email.toUtf8() + "\nTo: " + m_client.email.toUtf8() + "\n\nbody\n");
    }

    void dryRunPreviewsAndWritesNothing()
    {
        const QByteArray before = hashOf(m_path);
        const CliRun run = kingside({QStringLiteral("activity"), m_path, m_ics, m_mbox,
                                     QStringLiteral("--account"), DemoBuilder::largestAccountName(),
                                     QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.text().contains(QStringLiteral("%1 – %2").arg(m_team.name, m_client.name)));
        QVERIFY(run.text().contains(m_met.toString(Qt::ISODate)));
        QVERIFY(run.text().contains(QStringLiteral("--dry-run")));
        QCOMPARE(hashOf(m_path), before);
    }

    void writesAndSaysSo()
    {
        const CliRun run =
            kingside({QStringLiteral("activity"), m_path, m_ics, m_mbox,
                      QStringLiteral("--account"), DemoBuilder::largestAccountName()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.text().contains(QStringLiteral("Updated")));
        Workspace workspace;
        QVERIFY(workspace.open(m_path, Workspace::Mode::ReadOnly));
        QCOMPARE(PersonStore(workspace.database()).relationship(m_line.id)->lastContact, m_met);
        workspace.close();
        // Again: nothing to change.
        const CliRun again =
            kingside({QStringLiteral("activity"), m_path, m_ics, QStringLiteral("--account"),
                      DemoBuilder::largestAccountName()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.text().contains(QStringLiteral("Nothing to change")));
    }

    void badInputIsRefused()
    {
        const QByteArray before = hashOf(m_path);
        const QString junk = m_dir->filePath(QStringLiteral("notes.txt"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some text\n");
        file.close();
        CliRun run = kingside({QStringLiteral("activity"), m_path, m_ics, junk,
                               QStringLiteral("--account"), DemoBuilder::largestAccountName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("notes.txt")));
        run = kingside({QStringLiteral("activity"), m_path, m_ics, QStringLiteral("--account"),
                        QStringLiteral("Nobody Ltd")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("Nobody Ltd")));
        run = kingside({QStringLiteral("activity"), m_path, m_ics});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("usage")));
        QCOMPARE(hashOf(m_path), before);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_ics;
    QString m_mbox;
    Person m_team;
    Person m_client;
    Relationship m_line;
    QDate m_met;
};

QTEST_GUILESS_MAIN(TestActivityCli)
#include "TestActivityCli.moc"
