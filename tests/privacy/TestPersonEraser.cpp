#include "PrivacyFixture.h"
#include "TestWorkspace.h"

#include "commands/AddPerson.h"
#include "planning/PlanStore.h"
#include "privacy/PersonEraser.h"
#include "privacy/PersonTraces.h"
#include "workspace/PersonStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace Kingside;
using namespace Kingside::Test;

namespace {

QStringList traces()
{
    return {PrivacyAccount::Name,     PrivacyAccount::Email,
            PrivacyAccount::Phone,    QStringLiteral("Quixtraw"),
            QStringLiteral("900123"), QStringLiteral("Allergic to peanuts")};
}

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return Sql::scalar(db, sql, values).value_or(-1).toLongLong();
}

QString text(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    return Sql::scalar(db, sql, values).value_or(QVariant()).toString();
}

} // namespace

class TestPersonEraser : public QObject
{
    Q_OBJECT

private slots:
    void noTraceIsLeftInTheFileItsLogOrItsFreePages();
    void eraseTakesWhatThePreviewNamed();
    void reviewsAndActionsStayWithoutTheirLink();
    void snapshotsAreRewrittenWithoutThePerson();
    void undoHistoryIsClearedAndEverythingAnnounced();
    void reviewAndReadOnlyModesRefuse();
    void shortNamesAreMatchedAsWholeWords();
};

void TestPersonEraser::noTraceIsLeftInTheFileItsLogOrItsFreePages()
{
    TestWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const QSqlDatabase db = ws->database();
    const auto a = PrivacyAccount::create(db);
    // Write and delete more rows about him, so that free pages and old log frames hold
    // copies too.
    for (int i = 0; i < 200; ++i)
        PrivacyAccount::insert(
            db,
            QStringLiteral("INSERT INTO comments (account_id, target_kind, "
                           "target_id, target_label, author, body, "
                           "created_at) VALUES (?, 'person', ?, ?, 'M', ?, 'x')"),
            {a.account, a.zebulon, PrivacyAccount::Name,
             QStringLiteral("Note %1 on Zebulon Quixtraw, zq@example.test, "
                            "+44 7700 900123")
                 .arg(i)});
    QVERIFY(Sql::run(db, QStringLiteral("DELETE FROM comments WHERE author = 'M' AND id % 2 = 0"),
                     {}, nullptr));
    const QByteArray before = rawBytes(ws.path());
    for (const QString &trace : traces())
        QVERIFY2(before.contains(trace.toUtf8()), qPrintable(trace + " missing before the erase"));
    QVERIFY(before.toLower().contains("quixtraw"));

    QString error;
    const auto erasure = PersonEraser(ws.workspace()).erase(a.zebulon, &error);
    QVERIFY2(erasure, qPrintable(error));
    QVERIFY2(erasure->wipeProblem.isEmpty(), qPrintable(erasure->wipeProblem));

    // Read while the workspace is still open, as the window would leave it, and after.
    for (int pass = 0; pass < 2; ++pass) {
        const QByteArray after = rawBytes(ws.path());
        QVERIFY(after.startsWith("SQLite format 3"));
        for (const QString &trace : traces())
            QVERIFY2(!after.contains(trace.toUtf8()),
                     qPrintable(trace + " is still in the file's bytes"));
        QVERIFY(!after.toLower().contains("quixtraw"));
        QVERIFY(after.contains("Cora Colleague")); // the rest is still there
        if (pass == 0) {
            QCOMPARE(count(db, QStringLiteral("PRAGMA freelist_count")), 0);
            ws->close();
        }
    }
    QFileInfo wal(ws.path() + QStringLiteral("-wal"));
    QVERIFY(!wal.exists() || wal.size() == 0);
}

void TestPersonEraser::eraseTakesWhatThePreviewNamed()
{
    TestWorkspace ws;
    const QSqlDatabase db = ws->database();
    const auto a = PrivacyAccount::create(db);
    PersonEraser eraser(ws.workspace());
    QString error;
    const auto preview = eraser.preview(a.zebulon, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->person.name, PrivacyAccount::Name);
    QCOMPARE(preview->accountName, QStringLiteral("Acme"));
    QCOMPARE(preview->relationships, 2);
    QCOMPARE(preview->productRoles, 1);
    QCOMPARE(preview->comments, 2); // on him and on his line with the manager
    QCOMPARE(preview->actionsUnlinked, 1);
    QCOMPARE(preview->reviewsWritten, 0);
    QCOMPARE(preview->agreements, 0);
    QCOMPARE(preview->snapshots, 2);
    // Account notes (name, phone), Cora's title and notes, the strategy (name, e-mail), the
    // action's title, the plan comment; not the notes of his lines, which go with them.
    QCOMPARE(preview->textMentions, 8);
    const QString question = preview->describe(false);
    QVERIFY(question.contains(PrivacyAccount::Name));
    QVERIFY(question.contains(QStringLiteral("cannot be undone")));
    // The preview changed nothing.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM people WHERE id = ?"), {a.zebulon}), 1);

    const auto erasure = eraser.erase(a.zebulon, &error);
    QVERIFY2(erasure, qPrintable(error));
    QCOMPARE(erasure->relationships, preview->relationships);
    QCOMPARE(erasure->productRoles, preview->productRoles);
    QCOMPARE(erasure->comments, preview->comments);
    QCOMPARE(erasure->actionsUnlinked, preview->actionsUnlinked);
    QCOMPARE(erasure->snapshots, preview->snapshots);
    QCOMPARE(erasure->textMentions, preview->textMentions);
    QVERIFY(erasure->describe(true).contains(QStringLiteral("cannot be undone")));

    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM people WHERE id = ?"), {a.zebulon}), 0);
    QCOMPARE(count(db,
                   QStringLiteral("SELECT count(*) FROM relationships WHERE from_id = ? OR "
                                  "to_id = ?"),
                   {a.zebulon, a.zebulon}),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM relationships")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM product_roles")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM comments")), 1);
    QCOMPARE(text(db, QStringLiteral("SELECT body FROM comments"), {}),
             QStringLiteral("Good; but do not rely on (erased person) alone."));
    QCOMPARE(text(db, QStringLiteral("SELECT notes FROM accounts WHERE id = ?"), {a.account}),
             QStringLiteral("Key contact: (erased person), call (erased person)."));
    QCOMPARE(text(db, QStringLiteral("SELECT title FROM people WHERE id = ?"), {a.colleague}),
             QStringLiteral("Assistant to (erased person)"));
    QCOMPARE(
        text(db, QStringLiteral("SELECT strategy FROM plans WHERE account_id = ?"), {a.account}),
        QStringLiteral("Win over (erased person) ((erased person))."));
    QCOMPARE(text(db, QStringLiteral("SELECT notes FROM accounts WHERE id = ?"), {a.otherAccount}),
             QStringLiteral("Nothing personal"));
    // Sound afterwards: foreign keys and integrity.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    QCOMPARE(text(db, QStringLiteral("PRAGMA integrity_check"), {}), QStringLiteral("ok"));
}

void TestPersonEraser::reviewsAndActionsStayWithoutTheirLink()
{
    TestWorkspace ws;
    const QSqlDatabase db = ws->database();
    const auto a = PrivacyAccount::create(db);
    PersonEraser eraser(ws.workspace());
    QString error;
    // The mentor wrote the review and its comments.
    const auto mentor = eraser.erase(a.mentor, &error);
    QVERIFY2(mentor, qPrintable(error));
    QCOMPARE(mentor->reviewsWritten, 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM reviews")), 1);
    QVERIFY(Sql::scalar(db, QStringLiteral("SELECT reviewer_id FROM reviews")).value().isNull());
    QCOMPARE(text(db, QStringLiteral("SELECT reviewer_name FROM reviews"), {}),
             PersonTraces::neutralName());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM comments WHERE author = ?"),
                   {PersonTraces::neutralName()}),
             3);
    // The manager owned the action and agreed to the plan.
    const auto manager = eraser.erase(a.manager, &error);
    QVERIFY2(manager, qPrintable(error));
    QCOMPARE(manager->actionsUnlinked, 1);
    QCOMPARE(manager->agreements, 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM plan_agreements")), 0);
    const auto action = PlanStore(db).action(a.action);
    QVERIFY(action);
    QCOMPARE(action->ownerId, 0);
    QCOMPARE(action->personId, a.zebulon); // still about him
    QVERIFY(manager->describe(true).contains(QStringLiteral("unlinked")));
}

void TestPersonEraser::snapshotsAreRewrittenWithoutThePerson()
{
    TestWorkspace ws;
    const QSqlDatabase db = ws->database();
    const auto a = PrivacyAccount::create(db);
    QString error;
    QVERIFY2(PersonEraser(ws.workspace()).erase(a.zebulon, &error), qPrintable(error));
    const auto ids = Sql::rows(db, QStringLiteral("SELECT id FROM snapshots"), {},
                               [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    QCOMPARE(ids.size(), 2);
    for (const qint64 id : ids) {
        const auto snapshot = Snapshot::load(db, id, &error);
        QVERIFY2(snapshot, qPrintable(error)); // still a readable snapshot
        const QByteArray json = QJsonDocument(*snapshot).toJson();
        QVERIFY(!json.contains("Quixtraw"));
        const QJsonArray people = snapshot->value("people").toArray();
        QCOMPARE(people.size(), 3); // manager, mentor, Cora
        for (const QJsonValue &line : snapshot->value("relationships").toArray()) {
            QVERIFY(line.toObject().value("from").toInteger() != a.zebulon);
            QVERIFY(line.toObject().value("to").toInteger() != a.zebulon);
        }
        const QJsonObject figures = snapshot->value("figures").toObject();
        QCOMPARE(figures.value("client_people").toInt(), 1);
        QCOMPARE(figures.value("relationships").toInt(), 1);
        const QJsonArray actions = snapshot->value("plan").toObject().value("actions").toArray();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions[0].toObject().value("person").toInteger(), 0);
        QCOMPARE(actions[0].toObject().value("title").toString(),
                 QStringLiteral("Send the roadmap to (erased person)"));
    }
}

void TestPersonEraser::undoHistoryIsClearedAndEverythingAnnounced()
{
    TestWorkspace ws;
    const auto a = PrivacyAccount::create(ws->database());
    Person person;
    person.accountId = a.account;
    person.name = QStringLiteral("Someone New");
    QVERIFY(ws->execute(new AddPerson(&ws.workspace(), person)));
    QCOMPARE(ws->undoStack()->count(), 1);
    QSignalSpy changes(&ws.workspace(), &Workspace::changed);
    QString error;
    QVERIFY2(PersonEraser(ws.workspace()).erase(a.zebulon, &error), qPrintable(error));
    QCOMPARE(ws->undoStack()->count(), 0);
    QVERIFY(!ws->undoStack()->canUndo());
    QCOMPARE(changes.size(), 1);
    const auto change = changes.first().first().value<Change>();
    QCOMPARE(change.entity, Change::Entity::Everything);
    QCOMPARE(change.accountId, a.account);
}

void TestPersonEraser::reviewAndReadOnlyModesRefuse()
{
    TestWorkspace ws;
    const auto a = PrivacyAccount::create(ws->database());
    const QString path = ws.path();
    for (const auto mode : {Workspace::Mode::Review, Workspace::Mode::ReadOnly}) {
        ws->close(); // the open connection holds the file's lock
        QVERIFY2(ws->open(path, mode), qPrintable(ws->errorString()));
        QString error;
        QVERIFY(!PersonEraser(ws.workspace()).erase(a.zebulon, &error));
        QVERIFY2(error.contains(mode == Workspace::Mode::Review ? QStringLiteral("review mode")
                                                                : QStringLiteral("read-only")),
                 qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("open for editing")));
        QVERIFY(PersonStore(ws->database()).person(a.zebulon));
        // A preview only reads, and is allowed.
        QVERIFY(PersonEraser(ws.workspace()).preview(a.zebulon, &error));
    }
    QVERIFY(rawBytes(path).contains(PrivacyAccount::Email.toUtf8()));
}

void TestPersonEraser::shortNamesAreMatchedAsWholeWords()
{
    Person jo;
    jo.id = 7;
    jo.name = QStringLiteral("Jo  Li");
    jo.phone = QStringLiteral("0123 456");
    const PersonTraces traces(jo);
    QVERIFY(traces.mentions(QStringLiteral("Met jo li today")));
    QVERIFY(!traces.mentions(QStringLiteral("Met John Lithgow")));
    QCOMPARE(traces.scrubbed(QStringLiteral("Jo Li (0123-456), not Jo Lin or 01234567")),
             QStringLiteral("(erased person) ((erased person)), not Jo Lin or 01234567"));
}

QTEST_GUILESS_MAIN(TestPersonEraser)
#include "TestPersonEraser.moc"
