#include "CliRun.h"
#include "TestWorkspace.h"

#include "demo/DemoBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kingside;
using namespace Kingside::Test;

namespace {

const CliProgram kingside(QStringLiteral(KINGSIDE_EXECUTABLE), {.timeoutSeconds = 60});

} // namespace

class TestReviewCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listIsJsonOldestFirst();
    void compareTwoReviewsAsJson();
    void compareWithNow();
    void portfolioListsWhatIsOverdueOrRed();
    void badInputIsRefusedWithAMessage_data();
    void badInputIsRefusedWithAMessage();

private:
    QTemporaryDir m_dir;
    QString m_path;
    const QString m_account = DemoBuilder::largestAccountName();
    const QString m_first = fixedToday().addDays(-171).toString(Qt::ISODate);
    const QString m_second = fixedToday().addDays(-80).toString(Qt::ISODate);
};

void TestReviewCli::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("demo.kingside"));
    QString error;
    QVERIFY2(DemoBuilder::write(m_path, fixedToday(), &error), qPrintable(error));
}

void TestReviewCli::listIsJsonOldestFirst()
{
    const CliRun result = kingside({"review", m_path, "--account", m_account, "--list", "--json"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &parseError);
    QVERIFY2(document.isArray(), qPrintable(parseError.errorString()));
    const QJsonArray reviews = document.array();
    QCOMPARE(reviews.size(), 2);
    QCOMPARE(reviews[0].toObject().value("date").toString(), m_first);
    QCOMPARE(reviews[1].toObject().value("date").toString(), m_second);
    const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    for (const QJsonValue &value : reviews) {
        const QJsonObject review = value.toObject();
        QVERIFY(isoDate.match(review.value("date").toString()).hasMatch());
        QCOMPARE(review.value("reviewer").toString(), QStringLiteral("Helena Voss"));
        QCOMPARE(review.value("kind").toString(), QStringLiteral("plan"));
        const QJsonObject lights = review.value("traffic_lights").toObject();
        QCOMPARE(lights.size(), 5);
        QVERIFY(lights.contains("overall"));
        const QJsonArray comments = review.value("comments").toArray();
        QCOMPARE(comments.size(), 2);
        QCOMPARE(comments[0].toObject().value("author").toString(), QStringLiteral("Helena Voss"));
        QVERIFY(!comments[0].toObject().value("body").toString().isEmpty());
        QVERIFY(review.value("has_snapshot").toBool());
    }
    QCOMPARE(
        reviews[1].toObject().value("traffic_lights").toObject().value("relationships").toString(),
        QStringLiteral("red"));
    // The text form names the mentor and the next review.
    const CliRun text = kingside({"review", m_path, "--account", m_account, "--list", "--today",
                                  fixedToday().toString(Qt::ISODate)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Helena Voss"));
    QVERIFY(
        text.out.contains(fixedToday().addDays(-80).addMonths(3).toString(Qt::ISODate).toUtf8()));
}

void TestReviewCli::compareTwoReviewsAsJson()
{
    const CliRun result = kingside(
        {"review", m_path, "--account", m_account, "--compare", m_first, m_second, "--json"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(root.value("before").toString(), m_first);
    QCOMPARE(root.value("after").toString(), m_second);
    const QJsonObject changes = root.value("changes").toObject();
    for (const char *kind :
         {"people_joined", "people_left", "attitude_changes", "piece_changes",
          "relationships_gained", "relationships_lost", "relationships_strengthened",
          "relationships_weakened", "actions_done", "actions_late", "figures"})
        QVERIFY2(changes.value(QLatin1String(kind)).isArray(), kind);
    QCOMPARE(changes.value("people_joined").toArray().size(), 2);
    QVERIFY(!changes.value("attitude_changes").toArray().isEmpty());
    QVERIFY(!changes.value("relationships_strengthened").toArray().isEmpty());
    const QJsonObject figures = root.value("figures").toObject();
    QVERIFY(figures.value("client_people").toObject().value("after").toInt() >
            figures.value("client_people").toObject().value("before").toInt());
    QVERIFY(figures.contains("key_coverage_percent"));
}

void TestReviewCli::compareWithNow()
{
    const CliRun result =
        kingside({"review", m_path, "--account", m_account, "--compare", m_second, "now", "--json",
                  "--today", fixedToday().toString(Qt::ISODate)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject changes =
        QJsonDocument::fromJson(result.out).object().value("changes").toObject();
    const QJsonArray left = changes.value("people_left").toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0].toObject().value("subject").toString(), QStringLiteral("Per Solheim"));
    QVERIFY(!changes.value("actions_done").toArray().isEmpty());
    QVERIFY(!changes.value("actions_late").toArray().isEmpty());
    // The text form lists the groups.
    const CliRun text = kingside({"review", m_path, "--account", m_account, "--compare", m_second,
                                  "now", "--today", fixedToday().toString(Qt::ISODate)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("People left (1)"));
}

void TestReviewCli::portfolioListsWhatIsOverdueOrRed()
{
    const CliRun result = kingside(
        {"review", m_path, "--portfolio", "--json", "--today", fixedToday().toString(Qt::ISODate)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    QStringList late;
    for (const QJsonValue &value : root.value("overdue_reviews").toArray())
        late.append(value.toObject().value("account").toString());
    QCOMPARE(late, QStringList{"Brightwater Utilities"});
    int halvorsenActions = 0;
    for (const QJsonValue &value : root.value("overdue_actions").toArray()) {
        const QJsonObject action = value.toObject();
        QVERIFY(action.value("due_date").toString() < fixedToday().toString(Qt::ISODate));
        QVERIFY(action.value("status").toString() != QLatin1String("done"));
        if (action.value("account").toString() == m_account)
            ++halvorsenActions;
    }
    QCOMPARE(halvorsenActions, 2);
    QVERIFY(!root.value("red_objectives").toArray().isEmpty());
    QCOMPARE(root.value("red_objectives").toArray()[0].toObject().value("title").toString(),
             QStringLiteral("A strong, fresh relationship with the final decision maker"));
}

void TestReviewCli::badInputIsRefusedWithAMessage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString path = QStringLiteral("@");
    QTest::newRow("unknown account")
        << QStringList{"review", path, "--account", "Nobody Ltd", "--list"} << 2
        << "No account named";
    QTest::newRow("unknown date") << QStringList{"review",    path,         "--account", m_account,
                                                 "--compare", "2020-01-01", "now"}
                                  << 2 << "Review dates:";
    QTest::newRow("not a date") << QStringList{"review",    path,        "--account", m_account,
                                               "--compare", "yesterday", "now"}
                                << 2 << "neither a date";
    QTest::newRow("one side only")
        << QStringList{"review", path, "--account", m_account, "--compare", "now"} << 2 << "usage";
    QTest::newRow("list and compare")
        << QStringList{"review", path, "--account", m_account, "--list", "--compare", "now", "now"}
        << 2 << "usage";
    QTest::newRow("no account") << QStringList{"review", path, "--list"} << 2 << "usage";
    QTest::newRow("portfolio with account")
        << QStringList{"review", path, "--portfolio", "--account", m_account} << 2 << "usage";
    QTest::newRow("bad today") << QStringList{"review", path,      "--account", m_account,
                                              "--list", "--today", "2026-13-01"}
                               << 2 << "not a date";
    QTest::newRow("missing workspace")
        << QStringList{"review", "/nonexistent/x.kingside", "--account", m_account, "--list"} << 1
        << "Cannot open";
}

void TestReviewCli::badInputIsRefusedWithAMessage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("@"), m_path);
    const QByteArray before = [this] {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const CliRun result = kingside(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before); // nothing lost, nothing written
}

QTEST_GUILESS_MAIN(TestReviewCli)
#include "TestReviewCli.moc"
