#include "CliRun.h"
#include "TestWorkspace.h"

#include "analysis/AnalysisStore.h"
#include "demo/DemoBuilder.h"
#include "moves/MovePlanner.h"
#include "moves/MoveReport.h"
#include "planning/PlanStore.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kingside;

namespace {
const Test::CliProgram kingside(QStringLiteral(KINGSIDE_EXECUTABLE));

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

// `kingside moves` on the demo, run as the user runs it: text, JSON, --apply and bad input.
class TestMovesCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void text();
    void json();
    void applyRecordsAction();
    void errorsChangeNothing();

private:
    QStringList movesOf(const QStringList &extra) const
    {
        return QStringList{QStringLiteral("moves"),     m_path,
                           QStringLiteral("--account"), DemoBuilder::largestAccountName(),
                           QStringLiteral("--today"),   QStringLiteral("2026-06-15")} +
               extra;
    }
    QTemporaryDir m_dir;
    QString m_path;
};

void TestMovesCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.kingside"));
    QString error;
    QVERIFY2(DemoBuilder::write(m_path, Test::fixedToday(), &error), qPrintable(error));
}

void TestMovesCli::text()
{
    const QByteArray before = digestOf(m_path);
    const Test::CliRun run = kingside(movesOf({}));
    QCOMPARE(run.exitCode, 0);
    const QString text = run.text();
    QVERIFY2(text.startsWith(DemoBuilder::largestAccountName() +
                             QStringLiteral(" — next moves as on 2026-06-15")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Now: King in check;")));
    for (int n = 1; n <= 5; ++n)
        QVERIFY2(text.contains(QStringLiteral("\n%1. ").arg(n)), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("\n6. ")));
    QCOMPARE(text.count(QStringLiteral("   Effect: ")), 5);
    QCOMPARE(text.count(QStringLiteral("   Alternative: ")), 5);
    QVERIFY(text.contains(QStringLiteral("Question 1 — take the King out of check")));
    QVERIFY2(text.contains(QStringLiteral("With these 5 moves: King out of check")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("After: King safe;")));

    const Test::CliRun three = kingside(movesOf({QStringLiteral("--count"), QStringLiteral("3")}));
    QCOMPARE(three.exitCode, 0);
    QVERIFY(three.text().contains(QStringLiteral("\n3. ")));
    QVERIFY(!three.text().contains(QStringLiteral("\n4. ")));
    QCOMPARE(digestOf(m_path), before); // read-only
}

void TestMovesCli::json()
{
    const Test::CliRun run = kingside(movesOf({QStringLiteral("--json")}));
    QCOMPARE(run.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(root.value("account").toString(), DemoBuilder::largestAccountName());
    QCOMPARE(root.value("today").toString(), QStringLiteral("2026-06-15"));
    QCOMPARE(root.value("figures").toObject().value("king_in_check").toBool(), true);
    QCOMPARE(
        root.value("total").toObject().value("after").toObject().value("king_in_check").toBool(),
        false);
    const QJsonArray moves = root.value("moves").toArray();
    QCOMPARE(moves.size(), 5);

    // The same plan as the model makes in-process from the same workspace.
    Workspace workspace;
    QVERIFY(workspace.open(m_path, Workspace::Mode::ReadOnly));
    const auto account =
        AccountStore(workspace.database()).accountByName(DemoBuilder::largestAccountName());
    QVERIFY(account);
    QString error;
    const auto input =
        AnalysisStore(workspace.database()).load(account->id, Test::fixedToday(), &error);
    QVERIFY2(input, qPrintable(error));
    const MovePlan plan = MovePlanner(*input).plan(5);
    const MoveReport report(*input);
    QCOMPARE(plan.chosen.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const QJsonObject move = moves.at(i).toObject();
        const Move &expected = plan.candidates[plan.chosen[i]];
        QCOMPARE(move.value("number").toInt(), i + 1);
        QCOMPARE(move.value("kind").toString(), codeOf(expected.kind));
        QCOMPARE(move.value("question").toInt(), questionOf(expected.kind));
        QCOMPARE(move.value("text").toString(), report.describe(expected));
        QCOMPARE(move.value("actor").toObject().value("id").toInteger(), expected.actorId);
        QCOMPARE(move.value("actor").toObject().value("name").toString(),
                 report.nameOf(expected.actorId));
        QCOMPARE(move.value("target").toObject().value("id").toInteger(), expected.targetId);
        QCOMPARE(move.value("effect").toObject().value("text").toString(),
                 report.effectText(expected.effect));
        QVERIFY(move.contains("alternative"));
        QVERIFY(move.value("path").isArray());
        QVERIFY(move.value("change").toObject().contains("type"));
        QVERIFY(move.value("weight").toInt() > 0);
    }
    QCOMPARE(moves.at(0).toObject().value("kind").toString(), QStringLiteral("king_out_of_check"));
}

void TestMovesCli::applyRecordsAction()
{
    const QString copy = m_dir.filePath(QStringLiteral("apply.kingside"));
    QVERIFY(QFile::copy(m_path, copy));
    const Test::CliRun listed =
        kingside({QStringLiteral("moves"), copy, QStringLiteral("--account"),
                  DemoBuilder::largestAccountName(), QStringLiteral("--today"),
                  QStringLiteral("2026-06-15"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonObject second =
        QJsonDocument::fromJson(listed.out).object().value("moves").toArray().at(1).toObject();

    qint64 accountId = 0;
    qsizetype actionsBefore = 0;
    qsizetype linesBefore = 0;
    {
        Workspace workspace;
        QVERIFY(workspace.open(copy, Workspace::Mode::ReadOnly));
        accountId =
            AccountStore(workspace.database()).accountByName(DemoBuilder::largestAccountName())->id;
        actionsBefore = PlanStore(workspace.database()).actions(accountId).size();
        linesBefore = PersonStore(workspace.database()).relationships(accountId).size();
    }
    const Test::CliRun run =
        kingside({QStringLiteral("moves"), copy, QStringLiteral("--account"),
                  DemoBuilder::largestAccountName(), QStringLiteral("--today"),
                  QStringLiteral("2026-06-15"), QStringLiteral("--apply"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.text().contains(second.value("text").toString()), qPrintable(run.text()));

    Workspace workspace;
    QVERIFY(workspace.open(copy, Workspace::Mode::ReadOnly));
    const PlanStore store(workspace.database());
    const QList<PlanAction> actions = store.actions(accountId);
    QCOMPARE(actions.size(), actionsBefore + 1);
    const auto added =
        std::find_if(actions.cbegin(), actions.cend(), [&](const PlanAction &action) {
            return action.title == second.value("text").toString();
        });
    QVERIFY(added != actions.cend());
    QCOMPARE(added->ownerId, second.value("actor").toObject().value("id").toInteger());
    QCOMPARE(added->personId, second.value("target").toObject().value("id").toInteger());
    QVERIFY(added->dueDate > Test::fixedToday());
    QVERIFY(added->objectiveId > 0);
    QCOMPARE(added->status, ActionStatus::Open);
    QVERIFY(run.text().contains(added->dueDate.toString(Qt::ISODate)));
    // Only the action: the move's line is drawn when it happens, not now.
    QCOMPARE(PersonStore(workspace.database()).relationships(accountId).size(), linesBefore);
}

void TestMovesCli::errorsChangeNothing()
{
    const QByteArray before = digestOf(m_path);
    auto exitOf = [this](const QStringList &extra) { return kingside(movesOf(extra)).exitCode; };
    QCOMPARE(exitOf({QStringLiteral("--count"), QStringLiteral("0")}), 2);
    QCOMPARE(exitOf({QStringLiteral("--count"), QStringLiteral("many")}), 2);
    QCOMPARE(exitOf({QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--apply"),
                     QStringLiteral("4")}),
             2);
    QCOMPARE(exitOf({QStringLiteral("--apply"), QStringLiteral("zero")}), 2);
    QCOMPARE(exitOf({QStringLiteral("--today"), QStringLiteral("15/06/2026")}), 2);
    const Test::CliRun unknown =
        kingside({QStringLiteral("moves"), m_path, QStringLiteral("--account"),
                  QStringLiteral("Nobody Ltd")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("Nobody Ltd")));
    const Test::CliRun applyUnknown =
        kingside({QStringLiteral("moves"), m_path, QStringLiteral("--account"),
                  QStringLiteral("Nobody Ltd"), QStringLiteral("--apply"), QStringLiteral("1")});
    QCOMPARE(applyUnknown.exitCode, 2);
    QCOMPARE(kingside({QStringLiteral("moves"), m_path}).exitCode, 2);
    QCOMPARE(kingside({QStringLiteral("moves"), m_dir.filePath(QStringLiteral("missing.kingside")),
                       QStringLiteral("--account"), QStringLiteral("X")})
                 .exitCode,
             1);
    QCOMPARE(digestOf(m_path), before);
}

QTEST_GUILESS_MAIN(TestMovesCli)
#include "TestMovesCli.moc"
