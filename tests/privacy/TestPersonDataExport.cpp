#include "PrivacyFixture.h"
#include "TestWorkspace.h"

#include "privacy/PersonDataExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Kingside;
using namespace Kingside::Test;

class TestPersonDataExport : public QObject
{
    Q_OBJECT

private slots:
    void holdsEverythingAboutThePerson();
    void teamMemberHoldsReviewsAgreementsAndOwnedActions();
    void namesMatchIgnoringCaseAndSpaces();
    void fileIsPrivateToItsOwner();
};

void TestPersonDataExport::holdsEverythingAboutThePerson()
{
    TestWorkspace ws;
    const auto a = PrivacyAccount::create(ws->database());
    QString error;
    const auto document = PersonDataExport::collect(ws->database(), a.zebulon, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->value("kind").toString(), QStringLiteral("kingside.person-data"));
    QCOMPARE(document->value("account").toObject().value("name").toString(),
             QStringLiteral("Acme"));

    // The row with every column of the people table, as stored.
    const QJsonObject person = document->value("person").toObject();
    QCOMPARE(person.value("id").toInteger(), a.zebulon);
    QCOMPARE(person.value("name").toString(), PrivacyAccount::Name);
    QCOMPARE(person.value("email").toString(), PrivacyAccount::Email);
    QCOMPARE(person.value("phone").toString(), PrivacyAccount::Phone);
    QCOMPARE(person.value("title").toString(), QStringLiteral("Chief Widget Officer"));
    QCOMPARE(person.value("notes").toString(),
             QStringLiteral("Allergic to peanuts; plays the oboe."));
    QCOMPARE(person.value("attitude").toString(), QStringLiteral("sceptic"));
    QCOMPARE(person.value("decision_role").toString(), QStringLiteral("decision_maker"));
    QCOMPARE(person.value("created_at").toString(), QStringLiteral("2026-01-11T10:00:00Z"));
    QVERIFY(person.contains("piece_override") && person.value("piece_override").isNull());
    QVERIFY(person.contains("team_role"));
    QCOMPARE(person.value("department_name").toString(), QStringLiteral("Engineering"));
    QCOMPARE(person.value("level_name").toString(), QStringLiteral("Director"));
    QCOMPARE(document->value("favoured_competitor").toString(), QStringLiteral("Globex"));

    const QJsonArray lines = document->value("relationships").toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].toObject().value("other_name").toString(),
             QStringLiteral("Tobias Teamwright"));
    QCOMPARE(lines[0].toObject().value("direction").toString(), QStringLiteral("to"));
    QCOMPARE(lines[0].toObject().value("notes").toString(),
             QStringLiteral("Golf on Fridays with Zebulon Quixtraw"));
    QCOMPARE(lines[0].toObject().value("strength").toInt(), 4);
    QCOMPARE(lines[1].toObject().value("other_name").toString(), QStringLiteral("Cora Colleague"));
    QCOMPARE(lines[1].toObject().value("kind").toString(), QStringLiteral("reporting"));
    QCOMPARE(lines[1].toObject().value("direction").toString(), QStringLiteral("from"));

    const QJsonArray roles = document->value("product_roles").toArray();
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles[0].toObject().value("product").toString(), QStringLiteral("WidgetPro"));
    QCOMPARE(roles[0].toObject().value("role").toString(), QStringLiteral("user"));

    const QJsonArray actions = document->value("plan_actions").toArray();
    QCOMPARE(actions.size(), 1);
    QVERIFY(actions[0].toObject().value("linked_person").toBool());
    QVERIFY(!actions[0].toObject().value("owner").toBool());

    const QJsonArray comments = document->value("comments").toArray();
    QCOMPARE(comments.size(), 2);
    QCOMPARE(comments[0].toObject().value("target_kind").toString(), QStringLiteral("person"));
    QCOMPARE(comments[1].toObject().value("target_kind").toString(),
             QStringLiteral("relationship"));
    QCOMPARE(document->value("reviews_written").toArray().size(), 0);
    QCOMPARE(document->value("plan_agreements").toArray().size(), 0);

    const QJsonArray snapshots = document->value("snapshots").toArray();
    QCOMPARE(snapshots.size(), 2);
    for (const QJsonValue &value : snapshots) {
        const QJsonObject about = value.toObject().value("about_person").toObject();
        QCOMPARE(about.value("person").toObject().value("name").toString(), PrivacyAccount::Name);
        QCOMPARE(about.value("person").toObject().value("piece").toString(),
                 QStringLiteral("king"));
        QCOMPARE(about.value("relationships").toArray().size(), 2);
        QCOMPARE(about.value("plan_actions").toArray().size(), 1);
        // Cora's title, the strategy and the action's title name him.
        QStringList where;
        for (const QJsonValue &mention : about.value("mentions").toArray())
            where.append(mention.toObject().value("where").toString());
        where.sort();
        QCOMPARE(where, QStringList({"people[2].title", "plan.actions[0].title", "plan.strategy"}));
    }
    QCOMPARE(snapshots[1].toObject().value("review_id").toInteger(), a.review);

    // Free text elsewhere that names him: account notes, Cora's title and notes, the line's
    // notes, the strategy, the action, the three comments.
    const QJsonArray mentions = document->value("mentions").toArray();
    QStringList where;
    for (const QJsonValue &value : mentions)
        where.append(value.toObject().value("table").toString() + QLatin1Char('.') +
                     value.toObject().value("column").toString());
    where.sort();
    QCOMPARE(where,
             QStringList({"accounts.notes", "actions.title", "comments.body", "comments.body",
                          "comments.target_label", "comments.target_label", "people.notes",
                          "people.title", "plans.strategy", "relationships.notes"}));
}

void TestPersonDataExport::teamMemberHoldsReviewsAgreementsAndOwnedActions()
{
    TestWorkspace ws;
    const auto a = PrivacyAccount::create(ws->database());
    QString error;
    const auto manager = PersonDataExport::collect(ws->database(), a.manager, &error);
    QVERIFY2(manager, qPrintable(error));
    QCOMPARE(manager->value("plan_actions").toArray().size(), 1);
    QVERIFY(manager->value("plan_actions").toArray()[0].toObject().value("owner").toBool());
    const QJsonArray agreements = manager->value("plan_agreements").toArray();
    QCOMPARE(agreements.size(), 1);
    QCOMPARE(agreements[0].toObject().value("plan_version").toInt(), 1);
    QCOMPARE(manager->value("relationships").toArray().size(), 2);
    QVERIFY(manager->value("favoured_competitor").isNull());

    const auto mentor = PersonDataExport::collect(ws->database(), a.mentor, &error);
    QVERIFY2(mentor, qPrintable(error));
    const QJsonArray reviews = mentor->value("reviews_written").toArray();
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews[0].toObject().value("date").toString(), QStringLiteral("2026-03-01"));
    QCOMPARE(mentor->value("comments_written").toArray().size(), 3);
    QCOMPARE(mentor->value("comments").toArray().size(), 0);

    QVERIFY(!PersonDataExport::collect(ws->database(), 9999, &error));
    QVERIFY(error.contains(QStringLiteral("9999")));
}

void TestPersonDataExport::namesMatchIgnoringCaseAndSpaces()
{
    TestWorkspace ws;
    const auto a = PrivacyAccount::create(ws->database());
    const auto found = PersonDataExport::peopleNamed(ws->database(), a.account,
                                                     QStringLiteral(" zebulon  QUIXTRAW "));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, a.zebulon);
    QVERIFY(PersonDataExport::peopleNamed(ws->database(), a.account, QStringLiteral("Zebulon"))
                .isEmpty());
    QVERIFY(PersonDataExport::peopleNamed(ws->database(), a.otherAccount, PrivacyAccount::Name)
                .isEmpty());
}

void TestPersonDataExport::fileIsPrivateToItsOwner()
{
    TestWorkspace ws;
    const auto a = PrivacyAccount::create(ws->database());
    QString error;
    const auto document = PersonDataExport::collect(ws->database(), a.zebulon, &error);
    QVERIFY(document);
    const QString path = ws.folder() + QStringLiteral("/zebulon.json");
    // An existing, world-readable file is replaced by a private one.
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                               QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY2(PersonDataExport::write(*document, path, &error), qPrintable(error));
    struct stat status;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, mode_t(0600));
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QJsonDocument written = QJsonDocument::fromJson(in.readAll());
    QCOMPARE(written.object().value("person").toObject().value("email").toString(),
             PrivacyAccount::Email);
    // A folder that does not exist: an error naming the file, nothing written.
    const QString nowhere = ws.folder() + QStringLiteral("/missing/zebulon.json");
    QVERIFY(!PersonDataExport::write(*document, nowhere, &error));
    QVERIFY(error.contains(QStringLiteral("zebulon.json")));
}

QTEST_GUILESS_MAIN(TestPersonDataExport)
#include "TestPersonDataExport.moc"
